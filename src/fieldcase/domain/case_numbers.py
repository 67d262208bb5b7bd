"""Case numbers: ``FC-<device prefix>-<sequence>``, given offline by the device that creates the
case, never by the input, and never colliding with another device's.

A worker reads a case number aloud, writes it on a referral form and types it to find the case,
so it is short and unambiguous; it is made offline, so each device numbers within a prefix of
its own. The prefix is 8 Crockford base32 characters, 40 random bits: among 10,000 devices
two share one with a chance of about 1 in 20,000 (a 24-bit prefix gave about 3 % among 1,000),
and the server registers each device's prefix (sent at enrolment) and refuses a new case whose
number uses another device's (``case_number_forged``). A profile made before this rule keeps
its 6-hex-digit prefix (:func:`legacy_prefix`) once it has numbered a case under it.

Crockford base32 (no I, L, O or U) is also the alphabet of enrolment codes and fingerprints.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

CROCKFORD_BASE32: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""No I, L, O or U, so nothing read aloud or from a printout is ambiguous."""
PREFIX_LENGTH: Final = 8
PREFIX_BYTES: Final = 5  # 40 bits: 8 characters of 5 bits
LEGACY_PREFIX_LENGTH: Final = 6
SEQUENCE_DIGITS: Final = 6

PREFIX_RE: Final = re.compile(r"^[0-9A-HJKMNP-TV-Z]{6,16}$")
"""A prefix a device may register: the 8-character ones made here, or a legacy 6-hex one."""
_NUMBER_RE: Final = re.compile(r"^FC-([0-9A-HJKMNP-TV-Z]{6,16})-([0-9]{6,12})$")


def encode_base32(data: bytes, length: int) -> str:
    """The first ``length`` Crockford base32 characters of ``data`` (5 bits each)."""
    value = int.from_bytes(data, "big")
    bits = len(data) * 8
    if length * 5 > bits:
        raise ValueError("not enough bytes for that many characters")
    return "".join(CROCKFORD_BASE32[(value >> (bits - 5 * (i + 1))) & 31] for i in range(length))


def new_prefix(random_bytes: Callable[[int], bytes]) -> str:
    """A fresh device prefix: 40 random bits as 8 Crockford base32 characters."""
    return encode_base32(random_bytes(PREFIX_BYTES), PREFIX_LENGTH)


def legacy_prefix(device_id: str) -> str:
    """The prefix a store numbered its cases with before 40-bit prefixes: the first 6 hex
    digits of its local device id, upper case."""
    return device_id[:LEGACY_PREFIX_LENGTH].upper()


def format_case_number(prefix: str, sequence: int) -> str:
    return f"FC-{prefix}-{sequence:0{SEQUENCE_DIGITS}d}"


def prefix_of(number: object) -> str | None:
    """The device prefix of a case number as a device gives it, or None for anything else
    (a forged shape, or the stand-in a receiving device makes for a case without one)."""
    if not isinstance(number, str):
        return None
    found = _NUMBER_RE.match(number)
    return found.group(1) if found else None
