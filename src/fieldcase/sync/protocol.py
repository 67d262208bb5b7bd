"""The sync wire format, shared by the device client and the server (docs/sync.md).

Plain frozen dataclasses, each with ``to_json`` (a JSON-ready dict with short keys) and
``from_json`` (strict: wrong types, missing and unknown keys raise :class:`ProtocolError`
naming the key path). No pydantic here, so the desktop client stays light.

A body is compact UTF-8 JSON (:func:`encode`), compressed with zstd (:func:`compress`, HTTP
``Content-Encoding: zstd``). :func:`decompress` streams a body out and stops as soon as it
passes ``max_size``, so a small hostile body cannot exhaust memory; ``protocol_bounds`` bounds
what the inflated text may hold before it is parsed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Self

import zstandard

from fieldcase.domain.audit_chain import ChainedEvent
from fieldcase.domain.merge import Change, Conflict, Rejection
from fieldcase.foreground import step_aside
from fieldcase.sync.protocol_audit import event_to_json, events_from_json, refusal_from_json
from fieldcase.sync.protocol_bounds import BodyTooLarge
from fieldcase.sync.protocol_json import (
    NODE_RE,
    JsonObject,
    ProtocolError,
    array,
    at,
    boolean,
    change_from_json,
    change_to_json,
    conflict_from_json,
    conflict_to_json,
    obj,
    text,
    token,
    uuid,
)
from fieldcase.sync.protocol_state import EncodedCase, WholeCase, whole_case_from_json

__all__ = [
    "MAX_BATCH",
    "MAX_BODY_BYTES",
    "MAX_PULL",
    "BodyTooLarge",
    "EncodedCase",
    "ErrorBody",
    "ProtocolError",
    "PullRequest",
    "PullResponse",
    "PushRequest",
    "PushResponse",
    "Rejection",
    "WholeCase",
    "compress",
    "decode",
    "decompress",
    "encode",
]

MAX_BATCH = 5000
"""Most changes in one push (the client sends smaller batches; this bounds server work)."""
MAX_PULL = 5000
"""Most entries a pull may ask for."""
MAX_BODY_BYTES = 64 * 1024 * 1024
"""Largest decompressed body either side accepts."""
ZSTD_LEVEL = 6
"""Compression level: measured on synthetic casework as the knee between size and cost."""


class Message:
    """Common to every wire message: bytes in and out."""

    __slots__ = ()

    def to_json(self) -> JsonObject:
        raise TypeError(f"{type(self).__name__} must define to_json")

    @classmethod
    def from_json(cls, value: object) -> Self:
        raise TypeError(f"{cls.__name__} must define from_json")

    def to_bytes(self, *, compressed: bool = True) -> bytes:
        body = encode(self.to_json())
        return compress(body) if compressed else body

    @classmethod
    def from_bytes(cls, data: bytes, *, compressed: bool = True,
                   max_size: int = MAX_BODY_BYTES) -> Self:
        """Parse a body. Raises ProtocolError for anything malformed, oversized or truncated."""
        return cls.from_json(decode(decompress(data, max_size=max_size) if compressed else data))


def _changes(value: object, path: str, max_len: int) -> tuple[Change, ...]:
    return tuple(change_from_json(v, at(path, i))
                 for i, v in enumerate(array(value, path, max_len)))


def _conflicts(value: object, path: str) -> tuple[Conflict, ...]:
    return tuple(conflict_from_json(v, at(path, i))
                 for i, v in enumerate(array(value, path, MAX_BATCH)))


def _whole(value: object) -> tuple[WholeCase, ...]:
    read: list[WholeCase] = []
    for i, v in enumerate(array(value, "w", MAX_PULL)):
        step_aside()  # the GUI's paint first: a page of cases is read in Python for long
        read.append(whole_case_from_json(v, at("w", i)))
    cases = tuple(read)
    if len({c.case_id for c in cases}) != len(cases):
        raise ProtocolError("w", "a case appears twice")
    return cases


def _ids(value: object, path: str) -> tuple[str, ...]:
    return tuple(uuid(v, at(path, i)) for i, v in enumerate(array(value, path, MAX_BATCH)))


def _acknowledged_json(change_id: str | None) -> JsonObject:
    """``"la"``: left out when None, so a message without it reads as before (a device or a
    server of an earlier version never meets a key it does not know)."""
    return {} if change_id is None else {"la": change_id}


def _acknowledged(o: JsonObject, *, allow_none: bool = False) -> str | None:
    """``"la"``, the last change the server acknowledged from this device: a change id, or
    "" in a request from a device that has none recorded yet (``allow_none``)."""
    if "la" not in o:
        return None
    if allow_none and o["la"] == "":
        return ""
    return uuid(o["la"], "la")


def _unique(ids: list[str], path: str) -> None:
    if len(set(ids)) != len(ids):
        raise ProtocolError(path, "a change id appears twice")


@dataclass(frozen=True, slots=True)
class PushRequest(Message):
    """A device's batch of outbox changes: ``{"d": device_id, "b": batch_id, "ch": [...]}``.

    ``batch_id`` (UUIDv7) names the attempt for logs; safety comes from change ids, so a
    retried or duplicated batch is harmless. ``last_acknowledged`` (``"la"``, optional): the
    last change id the server acknowledged to this device as its store recorded it ("" for
    none); the server applies nothing when it disagrees (``sync.acknowledgements``)."""

    device_id: str
    batch_id: str
    changes: tuple[Change, ...]
    last_acknowledged: str | None = None

    def to_json(self) -> JsonObject:
        return {"d": self.device_id, "b": self.batch_id,
                "ch": [change_to_json(c) for c in self.changes],
                **_acknowledged_json(self.last_acknowledged)}

    @classmethod
    def from_json(cls, value: object) -> Self:
        o = obj(value, "", ("d", "b", "ch"), ("la",))
        return cls(text(o["d"], "d", max_len=64, pattern=NODE_RE), uuid(o["b"], "b"),
                   _changes(o["ch"], "ch", MAX_BATCH), _acknowledged(o, allow_none=True))

    @classmethod
    def from_json_lenient(cls, value: object) -> tuple[Self, tuple[Rejection, ...]]:
        """Like :meth:`from_json`, but a malformed change whose id can be read is rejected
        on its own (reason ``malformed``) instead of failing the whole batch, so one bad
        change never blocks a device's outbox. Raises ProtocolError for a bad envelope."""
        o = obj(value, "", ("d", "b", "ch"), ("la",))
        good: list[Change] = []
        bad: list[Rejection] = []
        for i, item in enumerate(array(o["ch"], "ch", MAX_BATCH)):
            try:
                good.append(change_from_json(item, at("ch", i)))
            except ProtocolError:
                change_id = item.get("i") if isinstance(item, dict) else None
                bad.append(Rejection(uuid(change_id, at(at("ch", i), "i")), "malformed"))
        request = cls(text(o["d"], "d", max_len=64, pattern=NODE_RE), uuid(o["b"], "b"),
                      tuple(good), _acknowledged(o, allow_none=True))
        return request, tuple(bad)


@dataclass(frozen=True, slots=True)
class PushResponse(Message):
    """``{"ok": [change ids], "rj": [[change id, reason]], "cf": [conflicts]}``.

    ``ok`` lists every change now in the server's log, applied by this request or an earlier
    one: the client deletes those from its outbox. ``rj`` changes are quarantined by the
    client with their reason and never block the rest. ``cf`` are conflicts this push opened.
    ``la`` (only when the request carried one): the server's last acknowledged change id for
    the device; an answer listing nothing whose ``la`` is neither the one sent nor in ``ok``
    means the server applied nothing."""

    accepted: tuple[str, ...]
    rejected: tuple[Rejection, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    last_acknowledged: str | None = None

    def to_json(self) -> JsonObject:
        return {"ok": list(self.accepted),
                "rj": [[r.change_id, r.reason] for r in self.rejected],
                "cf": [conflict_to_json(c) for c in self.conflicts],
                **_acknowledged_json(self.last_acknowledged)}

    @classmethod
    def from_json(cls, value: object) -> Self:
        o = obj(value, "", ("ok", "rj", "cf"), ("la",))
        accepted = _ids(o["ok"], "ok")
        rejected = []
        for i, item in enumerate(array(o["rj"], "rj", MAX_BATCH)):
            pair = array(item, at("rj", i), 2)
            if len(pair) != 2:
                raise ProtocolError(at("rj", i), "must be [change id, reason]")
            rejected.append(Rejection(uuid(pair[0], at(at("rj", i), 0)),
                                      token(pair[1], at(at("rj", i), 1))))
        _unique([*accepted, *(r.change_id for r in rejected)], "rj")
        return cls(accepted, tuple(rejected), _conflicts(o["cf"], "cf"), _acknowledged(o))


@dataclass(frozen=True, slots=True)
class PullRequest(Message):
    """``{"cur": cursor, "n": limit, "la"?, "fg"?, "au"?, "fr"?}``; the cursor is opaque (""
    for the beginning), ``la`` as in :class:`PushRequest`. ``fg``: cases this device forgot by
    retention (``services.retention``), at most ``MAX_BATCH`` a request: the server sends such
    a case whole again when it next changes, instead of its change alone (docs/sync.md,
    "Retention"). ``au``: the device's next audit events, in order (``protocol_audit``;
    docs/sync.md, "Audit log"). ``fr`` (``true`` only, with the empty cursor): the device holds
    no case at all, whatever the server remembers of it (travel mode erased its store,
    ``services.travel``): every case in its scope is sent whole, those it pushed itself
    included (docs/sync.md, "Travel mode"). Each is left out when empty, so a request without
    them reads as before and a no-op sync with nothing to report carries no extra byte.
    ``w`` (``true`` only): the device takes cases that enter its scope as their merged state
    (``PullResponse.whole``) instead of their history; a device of an earlier version, which
    does not say so, still gets histories (docs/sync.md, "Cases sent whole")."""

    cursor: str
    limit: int
    last_acknowledged: str | None = None
    forgotten: tuple[str, ...] = ()
    audit: tuple[ChainedEvent, ...] = ()
    fresh: bool = False
    whole: bool = False

    def to_json(self) -> JsonObject:
        forgotten: JsonObject = {"fg": list(self.forgotten)} if self.forgotten else {}
        audit: JsonObject = {"au": [event_to_json(e) for e in self.audit]} if self.audit \
            else {}
        fresh: JsonObject = {"fr": True} if self.fresh else {}
        whole: JsonObject = {"w": True} if self.whole else {}
        return {"cur": self.cursor, "n": self.limit,
                **_acknowledged_json(self.last_acknowledged), **forgotten, **audit, **fresh,
                **whole}

    @classmethod
    def from_json(cls, value: object) -> Self:
        o = obj(value, "", ("cur", "n"), ("la", "fg", "au", "fr", "w"))
        limit = o["n"]
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_PULL:
            raise ProtocolError("n", f"must be an integer from 1 to {MAX_PULL}")
        cursor = "" if o["cur"] == "" else token(o["cur"], "cur")
        forgotten = _ids(o["fg"], "fg") if "fg" in o else ()
        audit = events_from_json(o["au"], "au") if "au" in o else ()
        if "fr" in o and (o["fr"] is not True or cursor != ""):
            raise ProtocolError("fr", "must be true, and only with the empty cursor")
        if "w" in o and o["w"] is not True:
            raise ProtocolError("w", "must be true")
        return cls(cursor, limit, _acknowledged(o, allow_none=True), forgotten, audit,
                   "fr" in o, "w" in o)


@dataclass(frozen=True, slots=True)
class PullResponse(Message):
    """``{"e": [changes], "p": [purges], "cf": [conflicts], "cur": next cursor,
    "more": bool, "oos": [case ids]}``.

    ``e``: accepted upserts and deletes in feed order; the device applies them with the same
    merge as the server. ``p``: purges (applied first; the server's log holds no content of a
    purged record). ``cf``: the server's open conflicts in the cases this page touched, so the
    device can check its own. ``oos``: cases that left this device's scope: purge them
    locally. ``more``: ask again with ``cur`` straight away. ``la`` (only when the request
    carried one): the server's last acknowledged change id for the device. ``ah`` (only when
    the request carried audit events): the last audit event the server holds from this
    device; ``ax`` with it when the server refused events because the device's chain is
    broken (the reason, naming the first event that does not fit). ``sd`` (on the
    last page, only when the organisation publishes a service directory): its version, so
    the device fetches ``/v1/services`` only when it changed (docs/sync.md). ``w`` (only
    when the request asked for it, left out when empty): cases entering the device's scope,
    each as its merged state (``protocol_state``) instead of its history in ``e``/``p``."""

    entries: tuple[Change, ...]
    purges: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    next_cursor: str
    more: bool
    out_of_scope: tuple[str, ...] = ()
    last_acknowledged: str | None = None
    audit_held: int | None = None
    audit_refused: str | None = None
    directory_version: int | None = None
    whole: tuple[WholeCase | EncodedCase, ...] = ()

    def __post_init__(self) -> None:
        if any(c.op == "purge" for c in self.entries):
            raise ProtocolError("e", "purges travel in p, not e")
        if any(c.op != "purge" for c in self.purges):
            raise ProtocolError("p", "only purges travel in p")

    def to_json(self) -> JsonObject:
        return {"e": [change_to_json(c) for c in self.entries],
                "p": [change_to_json(c) for c in self.purges],
                "cf": [conflict_to_json(c) for c in self.conflicts],
                "cur": self.next_cursor, "more": self.more, "oos": list(self.out_of_scope),
                **_acknowledged_json(self.last_acknowledged),
                **({} if self.audit_held is None else {"ah": self.audit_held}),
                **({} if self.audit_refused is None else {"ax": self.audit_refused}),
                **({} if self.directory_version is None else {"sd": self.directory_version}),
                **({"w": [w.to_json() for w in self.whole]} if self.whole else {})}

    def whole_cases(self) -> tuple[WholeCase, ...]:
        """``whole`` as a device reads it (an answer built by a server holds EncodedCase)."""
        return tuple(w if isinstance(w, WholeCase) else whole_case_from_json(w.to_json(), "w")
                     for w in self.whole)

    @classmethod
    def from_json(cls, value: object) -> Self:
        o = obj(value, "", ("e", "p", "cf", "cur", "more", "oos"),
                ("la", "ah", "ax", "sd", "w"))
        held = o.get("ah")
        if held is not None and (not isinstance(held, int) or isinstance(held, bool)
                                 or held < 0):
            raise ProtocolError("ah", "must be a whole number")
        refused = refusal_from_json(o["ax"], "ax") if "ax" in o else None
        version = o.get("sd")
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)
                                    or not 1 <= version <= 2**53):
            raise ProtocolError("sd", "must be a positive integer")
        return cls(_changes(o["e"], "e", MAX_PULL), _changes(o["p"], "p", MAX_PULL),
                   _conflicts(o["cf"], "cf"), token(o["cur"], "cur"),
                   boolean(o["more"], "more"), _ids(o["oos"], "oos"), _acknowledged(o),
                   held, refused, version, _whole(o["w"]) if "w" in o else ())


@dataclass(frozen=True, slots=True)
class ErrorBody(Message):
    """``{"kind": machine-readable kind, "message": plain text}`` for every non-2xx answer.

    The message never holds case content: it may be logged and shown."""

    kind: str
    message: str

    def to_json(self) -> JsonObject:
        return {"kind": self.kind, "message": self.message}

    @classmethod
    def from_json(cls, value: object) -> Self:
        o = obj(value, "", ("kind", "message"))
        return cls(token(o["kind"], "kind"), text(o["message"], "message", max_len=2000))


def encode(value: JsonObject) -> bytes:
    """Compact UTF-8 JSON (no spaces, non-ASCII kept as UTF-8, NaN refused)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode()


def decode(data: bytes) -> object:
    """Parse a JSON body; raises ProtocolError (never ValueError) for bad or deep input."""
    try:
        parsed: object = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("", "not a UTF-8 JSON document") from None
    return parsed


def compress(data: bytes, *, level: int = ZSTD_LEVEL) -> bytes:
    """One zstd frame with the content size in its header (checked by :func:`decompress`)."""
    return zstandard.ZstdCompressor(level=level).compress(data)


def decompress(data: bytes, *, max_size: int = MAX_BODY_BYTES) -> bytes:
    """Inflate one zstd frame of at most ``max_size`` bytes.

    The frame is streamed out in chunks and abandoned as soon as it passes ``max_size``, so
    memory stays near the limit whatever the frame declares or produces (a few kilobytes can
    inflate to gigabytes). Raises BodyTooLarge (a ProtocolError) for a frame that declares or
    produces more than ``max_size`` bytes, ProtocolError for a truncated or corrupt one."""
    try:
        declared = zstandard.frame_content_size(data)
        if declared > max_size:
            raise BodyTooLarge("", f"body inflates past {max_size} bytes")
        out = bytearray()
        with zstandard.ZstdDecompressor().stream_reader(data) as reader:
            while chunk := reader.read(_INFLATE_CHUNK):
                out += chunk
                if len(out) > max_size:
                    raise BodyTooLarge("", f"body inflates past {max_size} bytes")
        if (len(out) != declared) if declared >= 0 else not _complete(data):
            raise ProtocolError("", "not a complete zstd frame")
        return bytes(out)
    except zstandard.ZstdError:
        raise ProtocolError("", "not a complete zstd frame within the size limit") from None


_INFLATE_CHUNK = 256 * 1024


def _complete(data: bytes) -> bool:
    """Whether a frame that does not declare its size ends where it should. The stream
    reader stops quietly at a truncated frame; decompressobj says whether it reached the end.
    Called only once the frame is known to inflate within the limit."""
    inflater = zstandard.ZstdDecompressor().decompressobj()
    inflater.decompress(data)
    return bool(inflater.eof)
