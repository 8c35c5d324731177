"""Numbers with what they count or measure: "190-mile-range", "1-2,000 Russian servicemen", "$1.5bn", "12%".

spaCy's numeric entities are too unreliable to trust as boundaries (the small model tags "12 per cent"
as MONEY, "50p" as DATE, and leaves the "$" and the "m" of "$639m" outside the entity), so this module
reads every number token itself with a small grammar::

    [about|more than|...] [$|£|€...] NUMBER [scale] [(-|to|and) NUMBER [scale]] [unit | %-word | currency]

and uses the entity labels only to exclude numbers that belong to dates, times and names. What a
bare number counts is the noun it modifies in the parse ("three U.S. officials" -> "officials").

Conventions:

* ``value`` is the number as a plain float with its scale applied ("$1.5bn" -> 1.5e9); ranges set
  ``low``/``high`` and leave ``value`` None; "more than 100" sets ``value`` and ``low`` (a bound),
  "up to 100" ``value`` and ``high``; "about"/"nearly"/"some" set ``approximate``.
* ``unit`` is the physical unit's short name ("mile", "km", "hour", "kg"), an ISO 4217 code for money,
  "percent" / "percentage point", or for counts the counted noun as written ("servicemen",
  "units of heavy equipment").
* Physical quantities carry ``si_value``/``si_unit`` in one conventional unit per source-unit family
  (``UNITS`` in analyze/units.py): km for miles, km and nautical miles, m for smaller lengths; t for
  tonnes, kg otherwise; s/h/d for seconds-minutes/hours/days-and-longer; km², m², L, m³, km/h, °C,
  kW, kWh, GB, Mbit/s, MHz. Values are rounded to 4 significant figures. Money, percentages and
  counts have none: currencies are not converted (no exchange rates).
* "m" and "k" after a number are millions and thousands next to a currency or before a plural noun
  ("£20m", "1.47m yuan", "20m people"), metres and kilometres otherwise ("the 100m"); "over" and
  "under" before a physical unit are prepositions, not bounds ("over 10,000 sq km").
* Left out on purpose (precision first): numbers that count nothing ("rose to 300", "aged 27"),
  counts of one, vague plurals ("hundreds", "dozens"), fractions ("two thirds"), ages
  ("27-year-old"), years and other 4-digit integers in 1000-2100 without a unit, scores ("3-0"),
  numbers in names ("F-16", "MGM-140", "Windows 95", "Six Nations"), an ambiguous "pounds" (money or
  weight) unless spaCy tagged it MONEY. "ton" is read as the metric tonne, "gallon" as the US one.
  Ranges of physical quantities keep low/high in the source unit only (si_value is None).

Over 500 lines on purpose: the grammar above is one reader. Its prefix, number, range, scale and
unit readers hand each other token positions, and its word lists sit beside the rules that read
them; the units and their conversions are already apart (analyze/units.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.analyze.units import CASED_UNITS, SI_TARGETS, UNIT_BY_NAME, UNIT_BY_SURFACE, convert
from quotegraph.records import Quantity

_MAX_UNIT_PIECES = 3

_CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
}
# Currency words after the number, with the factor to the main unit ("50p" is 0.5 GBP).
_CURRENCY_WORDS = {
    "dollar": ("USD", 1.0),
    "dollars": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "euros": ("EUR", 1.0),
    "yen": ("JPY", 1.0),
    "yuan": ("CNY", 1.0),
    "rupees": ("INR", 1.0),
    "roubles": ("RUB", 1.0),
    "rubles": ("RUB", 1.0),
    "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01),
    "cents": ("USD", 0.01),
}
_POUNDS = ("pound", "pounds")  # money or weight: trusted as GBP only when spaCy says MONEY
_PERCENT_WORDS = {
    ("%",): "percent",
    ("per", "cent"): "percent",
    ("percent",): "percent",
    ("pc",): "percent",
    ("percentage", "point"): "percentage point",
    ("percentage", "points"): "percentage point",
}

_WORD_VALUES = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_WORD_VALUES.update(
    {
        w: float(10 * i)
        for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
    }
)
_SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "tn": 1e12,
}
# "m" and "k" are millions and thousands after a currency ("£20m", "$30k") but metres and kilometres
# ("100m sprint", "5k run") otherwise.
_MONEY_SCALES = {"m": 1e6, "k": 1e3}
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_NUMBER_WITH_SUFFIX = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([A-Za-z%°²³/]+)")
# spaCy keeps a sentence's full stop on short words it takes for abbreviations: "$639m.", "45 km/h."
_WORD_WITH_STOP = re.compile(r"([A-Za-z]{1,4})\.")

_APPROXIMATE = {
    ("about",),
    ("around",),
    ("approximately",),
    ("roughly",),
    ("some",),
    ("nearly",),
    ("almost",),
    ("estimated",),
    ("an", "estimated"),
    ("circa",),
    ("close", "to"),
}
_LOWER_BOUNDS = {("more", "than"), ("over",), ("at", "least"), ("just", "over"), ("in", "excess", "of")}
_UPPER_BOUNDS = {
    ("up", "to"),
    ("less", "than"),
    ("fewer", "than"),
    ("under",),
    ("just", "under"),
    ("as", "many", "as"),
    ("as", "much", "as"),
    ("at", "most"),
}
_RANGE_SEPARATORS = {"-", "–", "—", "to", "or"}  # "or": "two or three years"
# After a time unit these make the phrase an age or a date offset, not a duration.
_NOT_A_DURATION = {"ago", "old", "olds", "earlier", "later"}
# Counted nouns that name a measure of something else: keep the "of ..." phrase ("units of heavy
# equipment").
_CLASSIFIERS = {
    "unit",
    "piece",
    "item",
    "pair",
    "set",
    "round",
    "case",
    "type",
    "kind",
    "sort",
    "bottle",
    "box",
    "bag",
    "crate",
    "head",
    "load",
    "batch",
    "copy",
    "share",
    "member",
    "litre",
    "sack",
}
# Nouns that count in the singular form.
_COLLECTIVES = {"staff", "police", "personnel", "people", "cattle", "livestock", "crew", "infantry"}
# "three times" multiplies and "two thirds" divides, they do not count; "20 pounds" may be money or weight.
_NOT_COUNTED = {
    "time",
    "times",
    "pound",
    "pounds",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "tenth",
    "tenths",
}
_NAME_LABELS = {
    "PERSON",
    "ORG",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "EVENT",
    "FAC",
    "GPE",
    "LOC",
    "NORP",
    "LANGUAGE",
}
_DATE_LABELS = {"DATE", "TIME"}
_MAX_GAP_TO_COUNTED = 4  # tokens between the number and the noun it counts ("2,000 Russian servicemen")
_MAX_CLASSIFIER_PHRASE = 6  # tokens from "units" to the end of "units of heavy equipment"


@dataclass(frozen=True)
class _Piece:
    """A token, or a part of one: "1.13bn" is read as the pieces "1.13" and "bn"."""

    text: str  # lower-cased
    cased: str
    start: int
    end: int
    token: Token
    sentence: int  # index of the sentence's first token; phrases never cross sentences (or lines)
    source: str  # the whole doc text, shared: Doc.text rebuilds the string on every access


@dataclass
class _Phrase:
    """A parsed number phrase over pieces[first:last + 1]; what it counts is decided later."""

    first: int
    last: int
    number_end: int  # index after the last piece of the number (or range)
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound_words: int = 0  # how many pieces "more than", "over"... take before the number
    currency: str | None = None
    unit: str | None = None  # a UNITS name, or a percent unit
    is_percent: bool = False


def _pieces(doc: Doc) -> list[_Piece]:
    pieces: list[_Piece] = []
    source = doc.text
    for sentence in doc.sents:
        for token in sentence:
            # Space tokens (blank lines) get a sentence id of their own: nothing continues through them.
            sid = -1 - token.i if token.is_space else sentence.start
            text, start = token.text, token.idx
            number = _NUMBER_WITH_SUFFIX.fullmatch(text)
            stop = _WORD_WITH_STOP.fullmatch(text)
            if number:
                digits, suffix = number.groups()
                split = start + len(digits)
                pieces.append(_Piece(digits, digits, start, split, token, sid, source))
                pieces.append(_Piece(suffix.lower(), suffix, split, start + len(text), token, sid, source))
            elif stop:
                word = stop.group(1)
                pieces.append(_Piece(word.lower(), word, start, start + len(word), token, sid, source))
            else:
                pieces.append(_Piece(text.lower(), text, start, start + len(text), token, sid, source))
    return pieces


def _same_sentence(pieces: list[_Piece], i: int, j: int) -> bool:
    """Whether piece j can continue a phrase that started at piece i (no line or sentence break)."""
    return 0 <= j < len(pieces) and pieces[i].sentence == pieces[j].sentence


def _words_at(pieces: list[_Piece], i: int, words: tuple[str, ...]) -> bool:
    return all(_same_sentence(pieces, i, i + k) and pieces[i + k].text == w for k, w in enumerate(words))


def _read_number(pieces: list[_Piece], i: int) -> tuple[float, float, int] | None:
    """Read digits or number words at piece i: (value before scale, scale, index after)."""
    text = pieces[i].text
    if _DIGITS.fullmatch(text):
        value, j = float(text.replace(",", "")), i + 1
    else:
        words = _read_number_words(pieces, i)
        if words is None:
            return None
        value, j = words
    # "five and a half months", "2 and a half million"
    if _words_at(pieces, j, ("and", "a", "half")):
        value, j = value + 0.5, j + 3
    scale = 1.0
    if _same_sentence(pieces, i, j) and pieces[j].text in _SCALE_WORDS:
        scale, j = _SCALE_WORDS[pieces[j].text], j + 1
    return value, scale, j


def _read_number_words(pieces: list[_Piece], i: int) -> tuple[float, int] | None:
    """Spelled-out numbers: "three", "twenty-five", "a dozen", "two hundred and fifty"."""
    current, j, seen = 0.0, i, False
    while _same_sentence(pieces, i, j):
        word = pieces[j].text
        after = pieces[j + 1].text if _same_sentence(pieces, i, j + 1) else ""
        if word in _WORD_VALUES:
            current, seen = current + _WORD_VALUES[word], True
        elif word == "hundred":
            current, seen = (current or 1.0) * 100, True
        elif word == "dozen":
            current, seen = (current or 1.0) * 12, True
        elif (
            word in ("a", "an")
            and not seen
            and after in ("hundred", "dozen", "thousand", "million", "billion")
        ):
            current = 1.0
        elif word == "half" and not seen and after == "a":
            current, j = 0.5, j + 1  # "half a million": the scale word follows
        elif word == "-" and seen and after in _WORD_VALUES:
            pass  # "twenty-five" split by the tokenizer
        elif word == "and" and seen and pieces[j - 1].text == "hundred" and after in _WORD_VALUES:
            pass
        else:
            break
        j += 1
    # Stop before a scale word so that _read_number applies it; "half a" alone is not a number.
    if not seen and not (current and _same_sentence(pieces, i, j) and pieces[j].text in _SCALE_WORDS):
        return None
    return current, j


def _matches_any(pieces: list[_Piece], i: int, phrases: set[tuple[str, ...]]) -> int:
    """Length of the phrase from the set that ends just before piece i (0 when none)."""
    for phrase in sorted(phrases, key=len, reverse=True):
        k = i - len(phrase)
        if k >= 0 and _words_at(pieces, k, phrase):
            return len(phrase)
    return 0


def _read_unit(pieces: list[_Piece], i: int, start: int) -> tuple[str, int] | None:
    """A physical unit (longest match of up to three pieces) at piece i: (unit name, index after)."""
    cased = pieces[i].cased
    if cased in CASED_UNITS:
        return CASED_UNITS[cased], i + 1
    for n in range(_MAX_UNIT_PIECES, 0, -1):
        last = i + n - 1
        if not _same_sentence(pieces, start, last):
            continue
        key = " ".join(pieces[i].source[pieces[i].start : pieces[last].end].lower().split())
        if key in UNIT_BY_SURFACE:
            return UNIT_BY_SURFACE[key], last + 1
    return None


def _parse(pieces: list[_Piece], i: int) -> _Phrase | None:
    """Parse the number phrase whose number starts at piece i (None when there is no number)."""
    number = _read_number(pieces, i)
    if number is None:
        return None
    value, scale, j = number
    phrase = _Phrase(first=i, last=j - 1, number_end=j, value=_scaled(value, scale))
    _read_prefix(pieces, phrase)
    _read_range(pieces, phrase, value, scale)
    _read_suffix(pieces, phrase)
    # Before a physical unit "over" and "under" are prepositions: "over 10,000 sq km", "under 24 hours".
    bound = pieces[phrase.first + phrase.bound_words - 1].text if phrase.bound_words else None
    if phrase.unit in UNIT_BY_NAME and bound in ("over", "under"):
        phrase.first += phrase.bound_words
        phrase.low = phrase.high = None
    return phrase


def _read_prefix(pieces: list[_Piece], phrase: _Phrase) -> None:
    """Currency symbols and approximation or bound words before the number."""
    k = phrase.first
    if k > 0 and _same_sentence(pieces, k, k - 1) and pieces[k - 1].text in _CURRENCY_SYMBOLS:
        k -= 1
        phrase.currency = _CURRENCY_SYMBOLS[pieces[k].text]
    if n := _matches_any(pieces, k, _APPROXIMATE):
        phrase.approximate, k = True, k - n
    elif n := _matches_any(pieces, k, _LOWER_BOUNDS):
        phrase.low, k, phrase.bound_words = phrase.value, k - n, n
    elif n := _matches_any(pieces, k, _UPPER_BOUNDS):
        phrase.high, k, phrase.bound_words = phrase.value, k - n, n
    phrase.first = k


def _read_range(pieces: list[_Piece], phrase: _Phrase, first_value: float, first_scale: float) -> None:
    """ "1-2,000", "5 to 10", "between 5 and 10", "$1-2bn": a second number after the first."""
    j = phrase.number_end
    if not _same_sentence(pieces, phrase.first, j + 1):
        return
    between = phrase.first > 0 and pieces[phrase.first - 1].text == "between"
    if not (pieces[j].text in _RANGE_SEPARATORS or (between and pieces[j].text == "and")):
        return
    # "from 10 to 20" and "rose by $19bn to $419.3bn" are changes, not ranges.
    if phrase.first > 0 and pieces[phrase.first - 1].text in ("from", "by"):
        return
    k = j + 1
    if pieces[k].text in _CURRENCY_SYMBOLS:
        k += 1
    second = _read_number(pieces, k) if _same_sentence(pieces, phrase.first, k) else None
    if second is None:
        return
    high_value, high_scale, end = second
    low = _scaled(first_value, first_scale if first_scale != 1.0 else high_scale)
    if first_scale == 1.0 and high_scale == 1.0 and "," in pieces[k].text:
        low = _shorthand_low(first_value, high_value)
    high = _scaled(high_value, high_scale)
    if low >= high:
        return  # "3-0" is a score, "£35bn - £2.5bn less" a dash between two amounts
    phrase.low, phrase.high, phrase.value = low, high, None
    phrase.last, phrase.number_end = end - 1, end
    if between:
        phrase.first -= 1


def _shorthand_low(low: float, high: float) -> float:
    """ "1-2,000" means 1,000-2,000: the low end borrows the high end's trailing zeros."""
    if low != int(low) or high != int(high) or low <= 0:
        return low
    shift = len(str(int(high))) - len(str(int(low)))
    if shift > 0 and high % 10**shift == 0 and low < high / 10**shift:
        return low * 10**shift
    return low


def _read_suffix(pieces: list[_Piece], phrase: _Phrase) -> None:
    """Scale letters, percent words, currency words and physical units after the number."""
    j = phrase.number_end
    if not _same_sentence(pieces, phrase.first, j):
        return
    text = pieces[j].text
    following = pieces[j + 1].text if _same_sentence(pieces, phrase.first, j + 1) else ""
    # "£20m", "1.47m yuan", "20m people" are millions; "100m" alone is metres.
    millions = phrase.currency or following in _CURRENCY_WORDS or _counted_after(pieces, j)
    if text in _MONEY_SCALES and millions:
        factor = _MONEY_SCALES[text]
        phrase.value, phrase.low, phrase.high = (
            _times(v, factor) for v in (phrase.value, phrase.low, phrase.high)
        )
        phrase.last = j
        if phrase.currency:
            return
        j, text = j + 1, following
    for words, unit in _PERCENT_WORDS.items():
        if _words_at(pieces, j, words):
            phrase.is_percent, phrase.unit, phrase.last = True, unit, j + len(words) - 1
            return
    money_word = text in _CURRENCY_WORDS or (text in _POUNDS and pieces[j].token.ent_type_ == "MONEY")
    if money_word and phrase.currency is None:
        phrase.currency, factor = _CURRENCY_WORDS.get(text, ("GBP", 1.0))
        phrase.value, phrase.low, phrase.high = (
            _times(v, factor) for v in (phrase.value, phrase.low, phrase.high)
        )
        phrase.last = j
        return
    if phrase.currency:
        return
    # A hyphen between number and unit makes a modifier: "190-mile-range weapon", "24-hour".
    k = j + 1 if text == "-" and _same_sentence(pieces, phrase.first, j + 1) else j
    unit = _read_unit(pieces, k, phrase.first)
    if unit:
        phrase.unit, phrase.last = unit[0], unit[1] - 1


def _scaled(value: float, factor: float) -> float:
    """value * factor without binary noise: 16.6 * 1e9 is 16600000000.0, not 16600000000.000002."""
    return float(f"{value * factor:.12g}")


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else _scaled(value, factor)


def _counted_after(pieces: list[_Piece], j: int) -> bool:
    """ "20m people": a scale letter followed by a plural noun counts millions, not metres."""
    following = pieces[j].token.i + 1
    doc = pieces[j].token.doc
    return following < len(doc) and doc[following].tag_ in ("NNS", "NNPS")


def _excluded(pieces: list[_Piece], phrase: _Phrase) -> bool:
    """Numbers that are parts of names, dates, years or ages rather than quantities."""
    index = _first_number(pieces, phrase)
    number = pieces[index]
    text = number.source
    start, end = pieces[phrase.first].start, pieces[phrase.last].end
    # "F-16", "Su-34", "COVID-19", "top-10": glued to a word by a hyphen or slash.
    if number.start >= 2 and text[number.start - 1] in "-/" and text[number.start - 2].isalpha():
        return True
    # "3G", "G8", "mp3", "1990s": letters or digits that are no unit run on from the phrase.
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return True
    if phrase.currency or phrase.is_percent:
        return False
    if phrase.unit is not None:
        return _is_age_or_offset(pieces, phrase)
    if _in_name_or_date(pieces, phrase) or _looks_like_year(number.text):
        return True
    # "Six Nations", "Three Gorges": a capitalised number word after a word (not after a sentence start
    # or an opening quote) starts a name.
    token = number.token
    if (
        number.cased[:1].isupper()
        and number.text in _WORD_VALUES
        and not token.is_sent_start
        and not token.doc[token.i - 1].is_punct
    ):
        return True
    # "Windows 95", "Channel 4", "Commodore 64": a number right after a name is part of the name.
    before = index - 1
    if before >= phrase.first or not _same_sentence(pieces, phrase.first, before):
        return False
    word = pieces[before].token
    # At a sentence start only a noun counts as a name: "Commodore 64 enthusiasts" but "Only 300 people".
    capitalised = (
        word.is_alpha
        and word.text[0].isupper()
        and (not word.is_sent_start or word.pos_ in ("NOUN", "PROPN"))
    )
    return capitalised and word.ent_type_ not in _DATE_LABELS


def _in_name_or_date(pieces: list[_Piece], phrase: _Phrase) -> bool:
    """Whether the NER puts the number in a name, a time of day, or a date with a month or weekday name.

    A DATE of bare numbers is trusted less than the counted noun: the small model tags "Between 10 and
    20 soldiers" as a DATE, but "May 5 elections" rightly so.
    """
    tokens = sorted({piece.token.i for piece in pieces[phrase.first : phrase.last + 1]})
    doc = pieces[0].token.doc
    for i in tokens:  # the entities over the phrase's tokens, read from the tokens' IOB tags: doc.ents
        label = doc[i].ent_type_  # builds every entity of the doc on each call (quadratic in a long text)
        if not label:
            continue
        if label in _NAME_LABELS or label == "TIME":
            return True
        if label == "DATE" and any(t.pos_ == "PROPN" for t in _entity_tokens(doc, i)):
            return True
    return False


def _entity_tokens(doc: Doc, i: int) -> Iterator[Token]:
    """The tokens of the entity token i is in (its IOB tag is B or I)."""
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return (doc[k] for k in range(start, end))


def _first_number(pieces: list[_Piece], phrase: _Phrase) -> int:
    """Index of the phrase's first digits or number word (after "about", "$" and the like)."""
    for k in range(phrase.first, phrase.number_end):
        if _DIGITS.fullmatch(pieces[k].text) or pieces[k].text in _WORD_VALUES:
            return k
    return phrase.first  # "a dozen"


def _looks_like_year(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", text)) and 1000 <= int(text) <= 2100


def _is_age_or_offset(pieces: list[_Piece], phrase: _Phrase) -> bool:
    """ "27-year-old", "two weeks ago", "three days later" are ages and dates, not durations."""
    if UNIT_BY_NAME[phrase.unit][1] not in ("s", "h", "d"):
        return False
    k = phrase.last + 1
    if _same_sentence(pieces, phrase.first, k) and pieces[k].text == "-":
        k += 1
    return _same_sentence(pieces, phrase.first, k) and pieces[k].text in _NOT_A_DURATION


def _counted(pieces: list[_Piece], phrase: _Phrase) -> tuple[str, int] | None:
    """The noun a bare number counts, as written, and the char offset where that phrase ends."""
    tokens = {p.token.i: p.token for p in pieces[phrase.first : phrase.last + 1]}
    outside = [t.head for t in tokens.values() if t.head.i not in tokens]
    if not outside:
        return None
    head = outside[-1]
    end_token = pieces[phrase.last].token.i
    if head.i <= end_token or head.i - end_token > _MAX_GAP_TO_COUNTED or head.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = head.lemma_.lower()
    if lemma in _NOT_COUNTED or not (head.tag_ in ("NNS", "NNPS") or lemma in _COLLECTIVES):
        return None
    if head.doc[end_token + 1].lower_ == "times":
        return None  # "six times more data"
    # Everything between the number and the noun must belong to the noun phrase ("Russian", "U.S.").
    doc = head.doc
    if any(
        doc[k].is_punct or doc[k].head.i not in range(end_token, head.i + 1)
        for k in range(end_token + 1, head.i)
    ):
        return None
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i > end_token]
    first = words[0] if words else head
    last = _classifier_end(head) if lemma in _CLASSIFIERS else head
    text = pieces[0].source
    return text[first.idx : last.idx + len(last)], last.idx + len(last)


def _classifier_end(head: Token) -> Token:
    """The last token of "units of heavy equipment" when the head noun is "units"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # Only a short noun phrase: a relative clause hanging off it is not part of the unit.
            if objects and objects[0].right_edge.i - head.i <= _MAX_CLASSIFIER_PHRASE:
                return objects[0].right_edge
    return head


def _significant(value: float, digits: int = 4) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _physical(quantity: Quantity, unit: str) -> None:
    """Fill unit, SI value and dimension of a physical quantity with pint."""
    expression, target = UNIT_BY_NAME[unit]
    target_expression, dimension = SI_TARGETS[target]
    quantity.unit, quantity.si_unit, quantity.dimension = unit, target, dimension
    if quantity.value is not None:
        quantity.si_value = _significant(convert(quantity.value, expression, target_expression))


def _to_quantity(pieces: list[_Piece], phrase: _Phrase) -> Quantity | None:
    start, end = pieces[phrase.first].start, pieces[phrase.last].end
    quantity = Quantity(
        span=(start, end),
        text="",
        value=phrase.value,
        low=phrase.low,
        high=phrase.high,
        approximate=phrase.approximate,
    )
    if phrase.currency:
        quantity.unit, quantity.dimension = phrase.currency, "currency"
    elif phrase.is_percent:
        quantity.unit, quantity.dimension = phrase.unit, "percent"
    elif phrase.unit:
        _physical(quantity, phrase.unit)
    else:
        counted = _counted(pieces, phrase)
        if counted is None or phrase.value == 1.0:
            return None
        quantity.unit, quantity.dimension = counted[0], "count"
        quantity.span = (start, counted[1])
    quantity.text = pieces[0].source[quantity.span[0] : quantity.span[1]]
    return quantity


def extract_quantities(doc: Doc) -> list[Quantity]:
    """Every number with a unit, a currency, a percent sign or a counted noun, in text order."""
    pieces = _pieces(doc)
    quantities: list[Quantity] = []
    taken_until = -1  # index of the last piece used by an earlier phrase (or skipped as a non-quantity)
    for i in range(len(pieces)):
        if i <= taken_until:
            continue
        phrase = _parse(pieces, i)
        if phrase is None:
            continue
        taken_until = phrase.last
        if phrase.first < i and quantities and quantities[-1].span[1] > pieces[phrase.first].start:
            continue  # the prefix belongs to the previous quantity
        quantity = None if _excluded(pieces, phrase) else _to_quantity(pieces, phrase)
        if quantity is not None:
            quantities.append(quantity)
            taken_until = max(taken_until, _last_piece_before(pieces, quantity.span[1], i))
    return quantities


def _last_piece_before(pieces: list[_Piece], end: int, i: int) -> int:
    """Index of the last piece that ends at or before char offset end (counted nouns extend spans)."""
    k = i
    while k + 1 < len(pieces) and pieces[k + 1].end <= end:
        k += 1
    return k
