"""Strict readers for the parsed JSON of an instrument file.

Instrument files are edited by hand when a new version is made; a typo in a key or a strength
must stop the instrument from loading, with the exact key path, rather than silently change how
people are scored. Every reader here raises InstrumentDefinitionError naming the path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from fieldcase.domain.screening_types import InstrumentDefinitionError

T = TypeVar("T", bound=str)


class Fields:
    """A JSON object at ``path``, with checked access to its keys."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            raise InstrumentDefinitionError(path or "instrument", "must be a JSON object")
        self._data: Mapping[str, object] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def only(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Reject unknown keys and report the first missing required key."""
        required_keys = set(required)
        allowed = required_keys | set(optional)
        for key in self._data:
            if key not in allowed:
                raise InstrumentDefinitionError(self.at(key), "unknown key")
        for key in sorted(required_keys):
            if key not in self._data:
                raise InstrumentDefinitionError(self.at(key), "is required")

    def has(self, key: str) -> bool:
        return key in self._data

    def raw(self, key: str) -> object:
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InstrumentDefinitionError(self.at(key), "must be a non-empty string")
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if key in self._data else None

    def integer(self, key: str, minimum: int) -> int:
        value = self._data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise InstrumentDefinitionError(self.at(key), f"must be a whole number >= {minimum}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._data.get(key, default)
        if not isinstance(value, bool):
            raise InstrumentDefinitionError(self.at(key), "must be true or false")
        return value

    def choice(self, key: str, allowed: tuple[T, ...]) -> T:
        return pick(self._data.get(key), allowed, self.at(key))

    def items(self, key: str) -> list[object]:
        value = self._data.get(key)
        if not isinstance(value, list) or not value:
            raise InstrumentDefinitionError(self.at(key), "must be a non-empty list")
        return list(value)

    def obj(self, key: str) -> Fields:
        return Fields(self._data.get(key), self.at(key))

    def counts(self) -> tuple[tuple[str, int], ...]:
        """The object as (key, whole number >= 0) pairs, sorted by key."""
        pairs: list[tuple[str, int]] = []
        for key in sorted(self._data):
            pairs.append((key, self.integer(key, 0)))
        if not pairs:
            raise InstrumentDefinitionError(self.path, "must not be empty")
        return tuple(pairs)


def pick(value: object, allowed: tuple[T, ...], path: str) -> T:
    """``value`` if it is one of ``allowed`` (returned with the allowed literal's type)."""
    for candidate in allowed:
        if value == candidate:
            return candidate
    raise InstrumentDefinitionError(path, f"must be one of {', '.join(allowed)}, not {value!r}")


def pick_set(value: object, allowed: tuple[T, ...], path: str) -> frozenset[T]:
    """A non-empty list of distinct values from ``allowed``."""
    if not isinstance(value, list) or not value:
        raise InstrumentDefinitionError(path, "must be a non-empty list")
    picked = [pick(item, allowed, f"{path}[{index}]") for index, item in enumerate(value)]
    if len(set(picked)) != len(picked):
        raise InstrumentDefinitionError(path, "lists a value twice")
    return frozenset(picked)
