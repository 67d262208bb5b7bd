"""What a search that found nothing carries into the registration form.

A worker searches before registering; when nothing matches, what they typed is the start of
the new entry: a name goes into the name fields, digits into the phone, a document number
into the document number. A case number found nothing because it does not exist here, so it
carries nothing.
"""

from __future__ import annotations

import re
from typing import Any

_CASE_NUMBER = re.compile(r"^FC-[A-Z0-9]+-\d+$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")


def seed_from_search(text: str) -> dict[str, Any]:
    """The person part of a case document from a search text (``{}`` for nothing)."""
    text = " ".join(text.split())
    if not text or _CASE_NUMBER.match(text):
        return {}
    if _PHONE.match(text) and sum(c.isdigit() for c in text) >= 6:
        return {"contact": {"phone": text}}
    if any(c.isdigit() for c in text) and " " not in text:
        return {"documents": [{"number": text}]}
    given, _, family = text.partition(" ")
    return {"given_name": given, **({"family_name": family} if family else {})}
