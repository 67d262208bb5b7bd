"""Arabic-script tables for name matching: letter folding, transliteration, articles.

Arabic, Persian, Urdu, Pashto and Kurdish names reach a field team written by many hands on many
keyboards. The same name arrives with or without short-vowel marks, with any of four alef
shapes, with Persian or Arabic kaf and yeh, with taa marbuta or plain heh. Folding those
variants to one letter each is what lets two spellings of one name meet in the search index.

What can go wrong: folding is lossy on purpose. ``ة`` and ``ه`` become one letter, and so do
``ى`` and ``ي``; a search never needs the difference, but never fold text that is shown back to
a user. Regional pronunciations (``ج`` said "g" in Egypt, ``ق`` said "g" in Sudan) are not
modelled: "Gamal" and "جمال" do not share a skeleton.
"""

from __future__ import annotations

# Letters that spellers use interchangeably, folded to one representative.
# Hamza carriers are folded too: NFD already splits أ إ ؤ ئ into letter + hamza mark, and the
# mark is dropped with the other harakat, but the table also covers the precomposed forms so
# the folding does not depend on the decomposition step.
ARABIC_FOLDS: dict[str, str] = {
    "\u0623": "\u0627",  # أ → ا
    "\u0625": "\u0627",  # إ → ا
    "\u0622": "\u0627",  # آ → ا
    "\u0671": "\u0627",  # ٱ (wasla) → ا
    "\u0672": "\u0627",  # ٲ → ا
    "\u0673": "\u0627",  # ٳ → ا
    "\u0675": "\u0627",  # ٵ → ا
    "\u0649": "\u064a",  # ى (alef maqsura) → ي
    "\u06cc": "\u064a",  # ی (Persian yeh) → ي
    "\u06d0": "\u064a",  # ې (Pashto yeh) → ي
    "\u06d2": "\u064a",  # ے (Urdu yeh barree) → ي
    "\u06d3": "\u064a",  # ۓ → ي
    "\u0626": "\u064a",  # ئ → ي
    "\u0624": "\u0648",  # ؤ → و
    "\u0629": "\u0647",  # ة (taa marbuta) → ه
    "\u06c3": "\u0647",  # ۃ (Urdu taa marbuta goal) → ه
    "\u06c1": "\u0647",  # ہ (Urdu heh goal) → ه
    "\u06be": "\u0647",  # ھ (heh doachashmee) → ه
    "\u06c0": "\u0647",  # ۀ → ه
    "\u06d5": "\u0647",  # ە (Kurdish ae) → ه
    "\u06a9": "\u0643",  # ک (Persian keheh) → ك
    "\u06aa": "\u0643",  # ڪ (swash kaf) → ك
    "\u0640": "",  # tatweel (kashida), a stretching stroke with no sound
}

# One Latin rendering per (folded) Arabic letter. ا is "a" so that a word-initial alef marks
# a vowel onset; inside a word it is a long vowel and the skeleton drops it. ع is "`" and ء is
# "'": both mark a vowel onset at the start of a word and are silent inside it.
ARABIC_TO_LATIN: dict[str, str] = {
    "\u0627": "a",  # ا
    "\u0621": "'",  # ء
    "\u0628": "b",  # ب
    "\u062a": "t",  # ت
    "\u062b": "th",  # ث
    "\u062c": "j",  # ج
    "\u062d": "h",  # ح
    "\u062e": "kh",  # خ
    "\u062f": "d",  # د
    "\u0630": "dh",  # ذ
    "\u0631": "r",  # ر
    "\u0632": "z",  # ز
    "\u0633": "s",  # س
    "\u0634": "sh",  # ش
    "\u0635": "s",  # ص
    "\u0636": "d",  # ض
    "\u0637": "t",  # ط
    "\u0638": "z",  # ظ
    "\u0639": "`",  # ع
    "\u063a": "gh",  # غ
    "\u0641": "f",  # ف
    "\u0642": "q",  # ق
    "\u0643": "k",  # ك
    "\u0644": "l",  # ل
    "\u0645": "m",  # م
    "\u0646": "n",  # ن
    "\u0647": "h",  # ه
    "\u0648": "w",  # و
    "\u064a": "y",  # ي
    "\u067e": "p",  # پ
    "\u0686": "ch",  # چ
    "\u0698": "zh",  # ژ
    "\u06af": "g",  # گ
    "\u06a4": "v",  # ڤ
    "\u06a8": "g",  # ڨ
    "\u06ad": "g",  # ڭ
    "\u0679": "t",  # ٹ
    "\u0688": "d",  # ڈ
    "\u0691": "r",  # ڑ
    "\u06ba": "n",  # ں
    "\u06c6": "w",  # ۆ
    "\u06c7": "w",  # ۇ
    "\u06c8": "w",  # ۈ
    "\u06cb": "w",  # ۋ
    "\u06ce": "y",  # ێ
    "\u06b5": "l",  # ڵ
    "\u0695": "r",  # ڕ
}

_ARTICLE = "\u0627\u0644"  # ال
_ABD = "\u0639\u0628\u062f"  # عبد
_ABU = "\u0627\u0628\u0648"  # ابو (after alef folding)

# Words that begin with the letters ال without it being the article, once hamza is folded
# away: إلهام (Ilham), إلياس (Ilyas), اليسع (Elisha), ألفت (Olfat).
_NOT_AN_ARTICLE = frozenset(
    {
        "\u0627\u0644\u0647\u0627\u0645",
        "\u0627\u0644\u064a\u0627\u0633",
        "\u0627\u0644\u064a\u0633\u0639",
        "\u0627\u0644\u0641\u062a",
    }
)

ARABIC_ARTICLE_TOKEN = _ARTICLE
ARABIC_COMPOUND_PREFIXES = frozenset({_ABD, _ABU})


def is_arabic_letter(char: str) -> bool:
    """True for a character from the Arabic blocks (base, supplement, extended, forms)."""
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def strip_arabic_article(token: str) -> str:
    """Drop a leading ال from a normalised Arabic word (الرحمن → رحمن).

    Only words of four letters or more lose it, so that short words which merely begin with
    those letters survive, and a small list of names that start with إل keeps its letters.
    """
    if token.startswith(_ARTICLE) and len(token) >= 4 and token not in _NOT_AN_ARTICLE:
        return token[len(_ARTICLE) :]
    return token


def split_arabic_compound(token: str) -> tuple[str, str] | None:
    """Split a written-together compound (عبدالرحمن, ابوبكر) into prefix and the rest.

    The rest loses its article. Returns None when the word is not such a compound, including
    the short names عبده and عبدو, which are whole names rather than prefixes.
    """
    for prefix in (_ABD, _ABU):
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 2:
            return prefix, strip_arabic_article(rest)
    return None
