"""A cheap language check: is this English? The analysis models are English-only.

It counts very common function words of English and a few other Western languages among the word
tokens, and the script of the letters for non-Latin text. No dependency, no model, linear time.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Space-separated, taken from the top of each language's frequency list.
_FUNCTION_WORD_LISTS = {
    "en": (
        "the of and to a in is that for it was on with as he she be by at are this have from or an they"
        " which but not his her had has were been their will would said we you its who there after more"
        " than also about into can could when what our them if no so up out all one"
    ),
    "fr": (
        "le la les des est et du une un dans pour que qui pas sur au avec ce il elle sont par plus ne se"
        " été ont aux mais"
    ),
    "de": (
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sie nach"
        " bei wurde aus wie oder"
    ),
    "es": (
        "el la los las de que y en del se por un una con para es su al lo más como pero sus fue ha este esta"
    ),
    "it": "il di che e la le per un una del della non sono con si da in al è gli dei nel anche come ha più",
    "pt": "de que o a os as do da em um uma para com não é no na se por dos das mais foi ao ele",
    "nl": "de het een en van is dat op te zijn voor niet met die ook aan er maar om bij als wordt nog werd",
}
_FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORD_LISTS.items()}
_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}

# Scripts that name their language well enough for a guess; others (Cyrillic, CJK) give None.
_SCRIPT_LANGUAGES = {
    "GREEK": "el",
    "HEBREW": "he",
    "ARABIC": "ar",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "THAI": "th",
    "DEVANAGARI": "hi",
}

_SCRIPT_NAMES = {"CJK": "CJK"}  # the rest read well in title case ("Cyrillic")

_WORD = re.compile(r"[^\W\d_]+")
# Below this many words the counts are noise (headlines have few function words): never flag.
_MIN_WORDS = 12
# English prose has 35-50% of its words in the English list (BBC News: at least 15%, a team sheet);
# the other languages score under 10% on it.
_MIN_SHARE = 0.12
_MIN_DIACRITICS = 0.01


def guess_language(text: str) -> tuple[str | None, str | None]:
    """(language code or None, note to add when the text does not look like English or None)."""
    script = _main_script(text)
    if script not in (None, "LATIN"):
        name = _SCRIPT_NAMES.get(script, script.title())
        return _SCRIPT_LANGUAGES.get(script), _not_english(f"mostly {name} script")
    words = [w.lower() for w in _WORD.findall(text)]
    shares = {lang: _share(words, vocabulary) for lang, vocabulary in _FUNCTION_WORDS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if len(words) < _MIN_WORDS:
        return ("en" if best == "en" and shares["en"] > 0 else None), None
    if shares[best] < _MIN_SHARE:
        # Pure ASCII with few function words is mostly names and numbers (a box score): can't tell.
        return None, _not_english("few common English words") if _has_diacritics(text) else None
    if best == "en":
        return "en", None
    return best, _not_english(f"it reads like {_NAMES[best]}")


def _not_english(reason: str) -> str:
    return f"the article does not look like English ({reason}); results will be poor"


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocabulary) / len(words) if words else 0.0


def _has_diacritics(text: str) -> bool:
    """Polish, Czech, Turkish, Vietnamese...: Latin letters, a few percent of them non-ASCII."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if not c.isascii()) > _MIN_DIACRITICS * len(letters)


def _main_script(text: str) -> str | None:
    """The script of most letters ("LATIN", "CYRILLIC", "CJK", ...), or None without letters."""
    scripts = Counter(
        "LATIN" if c.isascii() else unicodedata.name(c, "UNKNOWN").split()[0] for c in text if c.isalpha()
    )
    return scripts.most_common(1)[0][0] if scripts else None
