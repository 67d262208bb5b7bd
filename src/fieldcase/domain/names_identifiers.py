"""Normalisers for phone numbers and identity-document numbers.

People give the same phone number as "+251 91 123 4567", "00251911234567", "0911 234 567"
or in Arabic-Indic digits, and the same passport number with spaces, dashes, lowercase letters
or Cyrillic look-alike capitals. These functions make such copies compare equal.

What can go wrong: without a country, a local number ("0911 234 567") cannot be turned into
an international one; ``phone_numbers_match`` therefore also compares the national part.
Many migrants share one phone, so a phone match is evidence, not proof. Letter/digit
confusions (O/0, I/1) are not folded by ``normalise_document_number``: two documents can
differ only there. ``document_number_key`` folds them for a weaker "nearly the same" check.
"""

from __future__ import annotations

import unicodedata

# ITU-T E.164 country calling codes. They form a prefix-free set, so at most one matches.
_CALLING_CODES_TEXT = (
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 "
    "211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 "
    "237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 "
    "260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 "
    "350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 379 380 381 "
    "382 383 385 386 387 389 420 421 423 "
    "500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 597 598 599 "
    "670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 "
    "850 852 853 855 856 880 886 "
    "960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 996 "
    "998"
)
_CALLING_CODES = frozenset(_CALLING_CODES_TEXT.split())
# Countries where a leading 0 after the country code is part of the number (Italy, San
# Marino, Vatican); everywhere else "+CC 0..." is a national trunk 0 typed by mistake.
_KEEPS_LEADING_ZERO = frozenset({"39", "378", "379"})
_MIN_NATIONAL_DIGITS = 7

# Cyrillic and Greek capitals that look like Latin ones, as typed on the wrong keyboard.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTXYIJSABEZHIKMNOPTYX")
_CONFUSABLES = str.maketrans("OI", "01")


def _ascii_digits(text: str) -> str:
    """NFKC, then every decimal digit of any script (Arabic-Indic, Persian, ...) as ASCII."""
    return "".join(
        str(unicodedata.decimal(char)) if unicodedata.category(char) == "Nd" else char
        for char in unicodedata.normalize("NFKC", text)
    )


def split_calling_code(number: str) -> tuple[str, str] | None:
    """Split a normalised "+..." number into (country code, national number), if known."""
    if not number.startswith("+"):
        return None
    digits = number[1:]
    for length in (1, 2, 3):
        if digits[:length] in _CALLING_CODES:
            return digits[:length], digits[length:]
    return None


def normalise_phone(text: str, *, default_calling_code: str | None = None) -> str:
    """Digits only, with a leading "+" when the number is international.

    "00" becomes "+"; "(0)" after a country code and a trunk 0 typed after the country code
    ("+251 0911...") are dropped. With ``default_calling_code`` (e.g. "251"), a national number
    with a trunk 0 becomes international. Returns "" when the text holds no digit.
    """
    text = _ascii_digits(text)
    digits = "".join(char for char in text if "0" <= char <= "9")
    if not digits:
        return ""
    first = next(char for char in text if char == "+" or "0" <= char <= "9")
    international = first == "+"
    if international or digits.startswith("00"):
        text = text.replace("(0)", " ")
        digits = "".join(char for char in text if "0" <= char <= "9")
    if not international and digits.startswith("00"):
        digits, international = digits[2:], True
    if not international:
        if default_calling_code and digits.startswith("0"):
            return "+" + default_calling_code + digits[1:]
        return digits
    number = "+" + digits
    split = split_calling_code(number)
    if split is not None:
        code, national = split
        if national.startswith("0") and code not in _KEEPS_LEADING_ZERO:
            number = "+" + code + national[1:]
    return number


def national_number(number: str) -> str:
    """The part after the country code or trunk 0 of a normalised phone number."""
    split = split_calling_code(number)
    if split is not None:
        return split[1]
    return number.lstrip("+").lstrip("0")


def phone_numbers_match(first: str, second: str) -> bool:
    """True when two phone numbers (raw or normalised) are very likely the same line.

    Equal normalised numbers match; otherwise the national numbers must be equal and at least
    seven digits long, so that "+251911234567" matches "0911 234 567" but short fragments do not.
    """
    left, right = normalise_phone(first), normalise_phone(second)
    if not left or not right:
        return False
    if left == right:
        return True
    if left.startswith("+") and right.startswith("+"):
        return False
    national = national_number(left)
    return len(national) >= _MIN_NATIONAL_DIGITS and national == national_number(right)


def normalise_document_number(text: str) -> str:
    """Uppercase letters and digits only: "ep 123-456 7" → "EP1234567".

    Spaces, dashes, dots and slashes are removed, digits of any script become ASCII, and
    Cyrillic or Greek capitals that look like Latin ones become Latin. O and 0, I and 1 stay
    distinct (see ``document_number_key``).
    """
    upper = _ascii_digits(text).upper().translate(_LOOKALIKES)
    return "".join(char for char in upper if char.isalnum())


def document_number_key(text: str) -> str:
    """The normalised number with O read as 0 and I as 1, for a "nearly the same" check.

    Handwritten and photocopied documents are misread exactly there; a match on this key but
    not on ``normalise_document_number`` is weaker evidence than an exact match.
    """
    return normalise_document_number(text).translate(_CONFUSABLES)
