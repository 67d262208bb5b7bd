"""Field readers for the case-document parser: type checks, normalisation, error collection.

Each reader records a :class:`ValidationError` (path + rule) instead of raising, and returns a
fallback value of the right type so parsing can continue and report every problem at once.
A document is only built when no error was recorded, so the fallbacks never escape.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from fieldcase.domain.errors import ValidationError
from fieldcase.domain.ids import is_uuid7

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

JsonObject = Mapping[str, object]

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
"""Unicode category Cc exactly (C0, DEL, C1), as a regex: checked on every string of every
document a sync applies, a per-character ``unicodedata.category`` loop cost a third of it."""
_CONTROL_IN_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""The same without line feed, carriage return and tab."""
_BIDI_CONTROL = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Bidirectional embeddings, overrides, isolates and marks. In a name they reorder what a
colleague reads (a name that displays as someone else's), and no script needs them there: the
text's own letters carry its direction. Zero-width joiners stay allowed (Persian spells with
the non-joiner)."""
_VISIBLE_CATEGORIES = frozenset("LNPS")
"""Unicode major categories that show something on their own: letters, numbers, punctuation,
symbols. Format characters, marks without a base and separators do not."""


def key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def index_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_MEMBERS: dict[type[StrEnum], Mapping[str, StrEnum]] = {}


def _members(kind: type[E]) -> Mapping[str, E]:
    """``kind(value)`` as a look-up (``None`` where it raises ValueError): the enum's own
    call costs several times more, and every code of every document read passes here."""
    members = _MEMBERS.get(kind)
    if members is None:
        members = _MEMBERS[kind] = {member.value: member for member in kind}
    return members  # type: ignore[return-value]


class FieldReader:
    """Collects errors while reading one document; ``today`` bounds "not in the future"."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.errors: list[ValidationError] = []

    def fail(self, path: str, rule: str, message: str,
             params: Mapping[str, int | str] | None = None) -> None:
        self.errors.append(ValidationError(path, rule, message, params))

    # -- structure ---------------------------------------------------------------------------

    def obj(
        self, value: object, path: str, required: Collection[str], optional: Collection[str]
    ) -> JsonObject:
        """Check ``value`` is an object with no unknown keys and all required keys."""
        if not isinstance(value, dict):
            self.fail(path, "type", f"must be an object, not {_type_name(value)}")
            return {}
        text_keys = True
        for key in value:
            if not isinstance(key, str):
                text_keys = False
                self.fail(key_path(path, str(key)), "unknown_key", "unknown key")
            elif key not in required and key not in optional:
                self.fail(key_path(path, key), "unknown_key", "unknown key")
        for key in required:
            if key not in value:
                self.fail(key_path(path, key), "required", "is required")
        # Read, never changed: decoded JSON (every key a string) needs no copy.
        return value if text_keys else {k: v for k, v in value.items() if isinstance(k, str)}

    def items(
        self, o: JsonObject, key: str, path: str, read: Callable[[object, str], T]
    ) -> tuple[T, ...]:
        """A list field (``[]`` when absent); ``read`` gets each item and its path."""
        p = key_path(path, key)
        value = o.get(key, [])
        if not isinstance(value, list):
            self.fail(p, "type", f"must be a list, not {_type_name(value)}")
            return ()
        return tuple(read(item, index_path(p, i)) for i, item in enumerate(value))

    # -- scalars -----------------------------------------------------------------------------

    def text(
        self,
        o: JsonObject,
        key: str,
        path: str,
        *,
        max_len: int,
        multiline: bool = False,
        allow_empty: bool = False,
        name: bool = False,
    ) -> str:
        """A string that must not be blank unless ``allow_empty`` ("" when absent)."""
        if key not in o:
            return ""
        p = key_path(path, key)
        value = o[key]
        result = self.string_value(value, p, max_len=max_len, multiline=multiline, name=name)
        if not result and not allow_empty and isinstance(value, str):
            self.fail(p, "empty", "must not be empty")
        return result

    def opt_text(
        self, o: JsonObject, key: str, path: str, *, max_len: int, multiline: bool = False,
        name: bool = False,
    ) -> str | None:
        """An optional string; absent, null or blank after trimming all mean ``None``."""
        value = o.get(key)
        if value is None:
            return None
        result = self.string_value(value, key_path(path, key), max_len=max_len,
                                   multiline=multiline, name=name)
        return result or None

    def string_value(self, value: object, path: str, *, max_len: int, multiline: bool,
                     name: bool = False) -> str:
        """NFC-normalise and trim a string, rejecting control characters and overlong text.

        ``name``: a person's name, which also may not hold a bidirectional control
        (``bidi_control``) and must show at least one visible character (``invisible``)."""
        if not isinstance(value, str):
            self.fail(path, "type", f"must be a string, not {_type_name(value)}")
            return ""
        text = unicodedata.normalize("NFC", value).strip()
        if (_CONTROL_IN_MULTILINE if multiline else _CONTROL).search(text):
            what = "control characters" if multiline else "line breaks or control characters"
            self.fail(path, "control_chars", f"must not contain {what}")
        if len(text) > max_len:
            self.fail(path, "too_long", f"must be at most {max_len} characters",
                      {"max": max_len})
        if name and text:
            self._check_name(text, path)
        return text

    def _check_name(self, text: str, path: str) -> None:
        if _BIDI_CONTROL.search(text):
            self.fail(path, "bidi_control",
                      "must not contain bidirectional control characters (U+202A-202E, "
                      "U+2066-2069, U+200E, U+200F, U+061C)")
        if not any(unicodedata.category(c)[0] in _VISIBLE_CATEGORIES for c in text):
            self.fail(path, "invisible", "must contain at least one visible character")

    def integer(self, o: JsonObject, key: str, path: str, *, low: int, high: int | None) -> int:
        """A required integer within [low, high] (``low`` when absent)."""
        if key not in o:
            return low
        return self.int_value(o[key], key_path(path, key), low=low, high=high)

    def opt_integer(self, o: JsonObject, key: str, path: str, *, low: int, high: int) -> int | None:
        value = o.get(key)
        if value is None:
            return None
        return self.int_value(value, key_path(path, key), low=low, high=high)

    def int_value(self, value: object, path: str, *, low: int, high: int | None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "type", f"must be an integer, not {_type_name(value)}")
            return low
        if value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f"at least {low}"
            self.fail(path, "range", f"must be {bound}")
        return value

    def boolean(self, o: JsonObject, key: str, path: str, *, default: bool) -> bool:
        if key not in o:
            return default
        value = o[key]
        if not isinstance(value, bool):
            self.fail(
                key_path(path, key), "type", f"must be true or false, not {_type_name(value)}"
            )
            return default
        return value

    def opt_boolean(self, o: JsonObject, key: str, path: str) -> bool | None:
        """An optional yes/no; absent or null mean "not recorded" (``None``)."""
        if o.get(key) is None:
            return None
        return self.boolean(o, key, path, default=False)

    def _null(self, path: str, what: str, fallback: T) -> T:
        self.fail(path, "type", f"must be {what}, not null")
        return fallback

    # -- codes -------------------------------------------------------------------------------

    def enum(self, o: JsonObject, key: str, path: str, kind: type[E], *, default: E) -> E:
        """A code from ``kind``; ``default`` when absent (required keys are checked by obj)."""
        if key not in o:
            return default
        return self.enum_value(o[key], key_path(path, key), kind, default)

    def opt_enum(self, o: JsonObject, key: str, path: str, kind: type[E]) -> E | None:
        value = o.get(key)
        if value is None:
            return None
        return self.enum_value(value, key_path(path, key), kind, None)

    def enum_value(self, value: object, path: str, kind: type[E], fallback: T) -> E | T:
        if not isinstance(value, str):
            self.fail(path, "type", f"must be a string code, not {_type_name(value)}")
            return fallback
        member = _members(kind).get(value)
        if member is None:
            allowed = ", ".join(m.value for m in kind)
            self.fail(path, "unknown_code", f"unknown code {value!r}; expected one of: {allowed}")
            return fallback
        return member

    def code(
        self, o: JsonObject, key: str, path: str, allowed: frozenset[str], *, what: str
    ) -> str:
        if key not in o:
            return ""
        return self.code_value(o[key], key_path(path, key), allowed, what=what)

    def code_value(
        self,
        value: object,
        path: str,
        allowed: frozenset[str],
        *,
        what: str,
        hint: Callable[[str], str | None] | None = None,
    ) -> str:
        if not isinstance(value, str):
            self.fail(path, "type", f"must be a string code, not {_type_name(value)}")
            return ""
        if value not in allowed:
            better = hint(value) if hint is not None else None
            extra = f"; use {better!r}" if better else ""
            self.fail(path, "unknown_code", f"unknown {what} {value!r}{extra}")
        return value

    # -- identifiers -------------------------------------------------------------------------

    def opt_uuid(self, o: JsonObject, key: str, path: str) -> str | None:
        value = o.get(key)
        if value is None:
            return None
        if not is_uuid7(value):
            self.fail(key_path(path, key), "uuid", "must be a lowercase canonical UUIDv7")
        return value if isinstance(value, str) else None

    # -- dates -------------------------------------------------------------------------------

    def date_(self, o: JsonObject, key: str, path: str, *, past: bool, default: date) -> date:
        """A required ISO date (``default`` if absent); ``past`` forbids dates after today."""
        if key not in o:
            return default
        value = o[key]
        if value is None:
            return self._null(key_path(path, key), "a date (YYYY-MM-DD)", default)
        return self.date_value(value, key_path(path, key), past=past) or default

    def opt_date(self, o: JsonObject, key: str, path: str, *, past: bool) -> date | None:
        value = o.get(key)
        if value is None:
            return None
        return self.date_value(value, key_path(path, key), past=past)

    def date_value(self, value: object, path: str, *, past: bool) -> date | None:
        if not isinstance(value, str) or not _DATE_RE.match(value):
            self.fail(path, "date_format", "must be a date written YYYY-MM-DD")
            return None
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            self.fail(path, "date_format", "is not a real calendar date")
            return None
        if past and parsed > self.today:
            self.fail(path, "future", "must not be in the future")
        return parsed

    def datetime_(self, o: JsonObject, key: str, path: str, *, default: datetime) -> datetime:
        """A required ISO 8601 datetime with offset, not later than today (in its own offset)."""
        if key not in o:
            return default
        p = key_path(path, key)
        value = o[key]
        if not isinstance(value, str) or not _DATETIME_RE.match(value):
            self.fail(p, "datetime_format", "must be an ISO 8601 date-time with offset (e.g. ...Z)")
            return default
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(p, "datetime_format", "is not a real date-time")
            return default
        if parsed.date() > self.today:
            self.fail(p, "future", "must not be in the future")
        return parsed
