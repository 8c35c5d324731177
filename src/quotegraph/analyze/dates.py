"""Temporal expressions resolved against the publication date: "on Sunday" -> 2024-11-17 (day).

Candidates are spaCy's DATE entities, the TIME entities that name a day ("last night", "this
morning"), and weekday and month names the NER missed. Each is resolved by plain rules (weekdays,
yesterday/today/tomorrow, last/this/next week/month/year, "N weeks ago", years) or, for expressions
built on a month name or a numeric date, by dateparser (RELATIVE_BASE, PREFER_DATES_FROM='past'),
whose year the rules below then set when none is written.

Conventions:

* The span covers the expression as written with the preposition that governs it ("on Sunday",
  "since August", "In September"), and a weekday's time of day ("Sunday evening"); ``text`` is exactly
  that slice of the article.
* Undated references are read as past, as news reports events that happened: a bare weekday is the
  most recent one on or before the publication date ("on Monday" in a Monday's article is that day),
  a month (or month and day) in a past-tense clause or after "since" the most recent one not after
  the publication date. When the governing verb is in the future tense ("will meet on Thursday", "due
  to resume in March") they are read forward instead. A month in a clause with no tense either
  ("voters are counting on Nov. 8", "a designated day on Nov. 1") takes the nearer year.
* A period resolves to the finest calendar unit that holds all of it: "last week" gives the month
  when the week lies within one month, else the year.
* Without a publication date only absolute expressions ("October 2023", "2004", "17 May 2005") get a
  value; relative ones are still reported, with value and granularity None. So are date expressions
  no rule resolves (decades, quarters, seasons and holidays used as adverbials, "three days later").
* Durations ("24 hours", "months", "the past two years"), frequencies ("each year", "annual"), ages
  ("26-year-old") and vague words ("now", "recently") are not dates and are skipped; durations with a
  number are quantities (see quantities.py).

Over 500 lines on purpose: finding the candidates and resolving them (the two halves below) apply
the same conventions stated above (the span, the tense, the publication date); apart, each half
would have to restate them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.parsing import either_apostrophe
from quotegraph.records import DateMention, Granularity

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names that are also common words or first names: taken outside DATE entities only next to a
# preposition or a number.
_AMBIGUOUS_MONTHS = {"may", "march", "june", "april", "august", "jan", "mar", "sep", "oct", "dec"}
_PREPOSITIONS = {
    "on",
    "since",
    "in",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "through",
    "throughout",
    "at",
    "over",
}
_TIMES_OF_DAY = {"morning", "afternoon", "evening", "night"}
_TIME_ZONES = {"GMT", "BST", "UTC", "CET", "ET", "EST", "EDT", "PST", "PDT"}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

_MONTH_NAME = r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY_NAME = r"\b(?:" + "|".join(_WEEKDAYS) + r")\b"
_EDGE = r"(?:(?:the )?(?:start|beginning|middle|end|first half|second half) of |early |mid-?|late )"
_RELATIVE = r"(?:last|this|next|this coming|coming)"
_ORDINAL_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

_TIME_OF_DAY = r"(?:" + "|".join(_TIMES_OF_DAY) + r")"
_WEEKDAY = re.compile(
    rf"(?:(?:earlier|later|early|late) )?(?:(?P<rel>{_RELATIVE}) )?(?P<day>{_WEEKDAY_NAME})"
    rf"(?: {_TIME_OF_DAY})?"
)
# "August", "October 2023", "17 November", "Nov. 17, 2024", "Monday, 18 November", "late last August".
_MONTH_DATE = re.compile(
    rf"(?:the )?{_EDGE}?(?:(?P<rel>{_RELATIVE}) )?(?:{_WEEKDAY_NAME},? )?(?:the )?"
    rf"(?P<core>(?:{_ORDINAL_DAY} (?:of )?)?{_MONTH_NAME}(?: {_ORDINAL_DAY})?,?(?: (?:of )?\d{{4}})?)"
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(rf"{_EDGE}?(?:the year )?(?P<year>1[5-9]\d\d|20\d\d)")
_SINGLE_DAY = re.compile(
    r"(?P<word>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))"
    r"(?: (?:morning|afternoon|evening|night))?"
)
_PERIOD = re.compile(
    rf"(?:(?:earlier|later|early|late|mid-?) |{_EDGE})?"
    r"(?:(?P<rel>last|this|next) |the )(?P<unit>week|month|year)"
    r"|(?:(?P<wrel>last|this|next) |the )?(?P<weekend>weekend)"
)
_AGO = re.compile(
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?P<unit>day|week|month|year|decade)s? ago"
)
# "the fourth quarter of 2004", "the summer of 2003": the year holds the whole period.
_PART_OF_YEAR = re.compile(
    r"(?:the )?(?:(?:early|late|mid-?) )?(?:(?:first|second|third|fourth|final|last) (?:quarter|half)|"
    r"spring|summer|autumn|fall|winter)(?: of)? (?P<year>\d{4})"
)
# Seasons and holidays name a time only as an adverbial ("in the summer", "at Christmas", "this
# spring"); "the Christmas special" or "a Christmas card" are no date.
_OCCASION = re.compile(
    r"(?:(?P<rel>this|last|next) |the )?(?:spring|summer|autumn|winter|christmas|easter|new year|ramadan|"
    r"thanksgiving)(?: (?:day|eve|holidays?|period))?"
)
# Dates all right, but nothing here can resolve them.
_UNRESOLVABLE = re.compile(
    r".*(?:\b(?:1[5-9]|20)\d0s\b|'\d0s\b|\bq[1-4]\b|"
    r"\b(?:first|second|third|fourth|final|last|next|this|previous|latest) quarter\b|"
    r"\b(?:first|second) half of\b|\b(?:day|week|month|year)s? (?:earlier|later|before|after)\b|"
    rf"{_MONTH_NAME}|{_WEEKDAY_NAME}|\b(?:1[5-9]|20)\d\d\b).*"
)
_FUTURE_AUXILIARIES = either_apostrophe("will", "'ll", "shall", "wo")
_PAST_AUXILIARIES = {"has", "have", "had", "was", "were", "did"}
# "due to resume", "set to meet", "scheduled to open", "going to hold", "is to take over": these make the
# verb forward-looking.
_FUTURE_GOVERNORS = {"due", "set", "schedule", "scheduled", "go", "going", "be"}

Resolution = tuple[str | None, Granularity | None]
Tense = Literal["past", "future"] | None
_UNRESOLVED: Resolution = (None, None)


def extract_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every temporal expression in the doc, in text order, resolved against ``published`` (ISO date)."""
    base, text = _publication_date(published), doc.text
    mentions: list[DateMention] = []
    for span in _candidates(doc):
        mention = _mention(span, base, text)
        if (mention is None or mention.value is None) and any(t.text == "," for t in span):
            # The NER joins lists into one entity: "November, two weeks ago".
            parts = [m for part in _split_at_commas(span) if (m := _mention(part, base, text))]
            mentions.extend(parts)
        elif mention is not None:
            mentions.append(mention)
    return mentions


def undated_note(mentions: list[DateMention]) -> str | None:
    """For an article without a publication date: a note naming the relative dates ("on Sunday",
    "last week") left unresolved for want of one, and how to give it; None when there are none.
    A mention counts when it resolves against a stand-in date: decades or seasons never would."""
    waiting = [m.text for m in mentions if m.value is None and _resolves_with_a_date(m.text)]
    if not waiting:
        return None
    shown = ", ".join(f'"{text}"' for text in dict.fromkeys(waiting[:3]))
    more = ", …" if len(set(waiting)) > 3 else ""
    return (
        f"no publication date: {len(waiting)} relative date(s) left unresolved ({shown}{more}); "
        "give the date to resolve them (--date YYYY-MM-DD)"
    )


def _resolves_with_a_date(text: str) -> bool:
    """Whether a mention's text (its governing preposition in front, as _extent gives it) resolves
    against a stand-in publication date."""
    first, _, rest = _normalise(text).partition(" ")
    governed = first in _PREPOSITIONS and bool(rest)
    core = rest if governed else _normalise(text)
    return bool((_resolve(core, date(2000, 6, 14), None, governed) or _UNRESOLVED)[0])


def _mention(span: TokenSpan, base: date | None, text: str) -> DateMention | None:
    """The mention of one candidate; ``text`` is the doc's text (Doc.text rebuilds it on every access)."""
    if _used_as_noun(span) or _clock_time(span) or _in_name(span):
        return None
    start, end, preposition = _extent(span)
    # "since August" looks back whatever the verb's tense.
    tense = "past" if preposition == "since" else _tense(span)
    resolution = _resolve(_normalise(span.text), base, tense, preposition is not None)
    if resolution is None:
        return None
    return DateMention(
        span=(start, end), text=text[start:end], value=resolution[0], granularity=resolution[1]
    )


def _split_at_commas(span: TokenSpan) -> list[TokenSpan]:
    """ "November, two weeks ago" -> "November", "two weeks ago"."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            parts.append(span.doc[start : token.i])
            start = token.i + 1
    parts.append(span.doc[start : span.end])
    return [part for part in parts if len(part)]


def _publication_date(published: str | None) -> date | None:
    """The date part of an ISO date or datetime; None when absent or not ISO (nothing relative resolves)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# --- candidates ----------------------------------------------------------------------------------


def _candidates(doc: Doc) -> list[TokenSpan]:
    """DATE entities, day-naming TIME entities, and weekday or month names outside any entity."""
    spans = [e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and _names_a_day(e.text))]
    covered = {t.i for span in spans for t in span}
    for token in doc:
        if token.i not in covered and not token.ent_type_ and _is_calendar_word(token):
            spans.append(_grow_calendar_word(doc, token))
    return sorted(spans, key=lambda span: span.start)


def _names_a_day(text: str) -> bool:
    """TIME entities that say which day: "last night", "Sunday night", "this morning"."""
    text = _normalise(text)
    return bool(_SINGLE_DAY.fullmatch(text) or _WEEKDAY.fullmatch(text))


def _is_calendar_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    if word in ("yesterday", "tomorrow"):
        return True
    if not token.text[:1].isupper() or token.pos_ != "PROPN":
        return False
    if word in _WEEKDAYS:
        return True
    if word not in _MONTHS:
        return False
    if word not in _AMBIGUOUS_MONTHS:
        return True
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return bool(
        (before is not None and (before.lower_ in _PREPOSITIONS or before.like_num))
        or (after is not None and after.like_num)
    )


def _grow_calendar_word(doc: Doc, token: Token) -> TokenSpan:
    """A bare month name with the day and year written next to it: "17 May 2005", "May 17, 2005"."""
    start, end = token.i, token.i + 1
    if start > 0 and re.fullmatch(_ORDINAL_DAY, doc[start - 1].text):
        start -= 1
    if end < len(doc) and re.fullmatch(_ORDINAL_DAY, doc[end].text):
        end += 1
    if end + 1 < len(doc) and doc[end].text == "," and re.fullmatch(r"\d{4}", doc[end + 1].text):
        end += 2
    elif end < len(doc) and re.fullmatch(r"\d{4}", doc[end].text):
        end += 1
    return doc[start:end]


def _used_as_noun(span: TokenSpan) -> bool:
    """ "a better tomorrow", "Radio 4's Today programme": a day word after an article or adjective, or
    capitalised inside a sentence, is no date."""
    word = span[0]
    if len(span) != 1 or word.lower_ not in ("yesterday", "today", "tomorrow") or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.tag_ in ("DT", "PRP$", "JJ", "JJR", "JJS", "POS") or (
        word.text[0].isupper() and not word.is_sent_start
    )


def _clock_time(span: TokenSpan) -> bool:
    """ "2000 GMT" is eight in the evening, not the year 2000."""
    return span.end < len(span.doc) and span.doc[span.end].text in _TIME_ZONES


def _in_name(span: TokenSpan) -> bool:
    """ "Football Manager 2005", "Windows 2000", "Black Friday", "Super Tuesday": a bare year or weekday
    right after a capitalised word is part of a name."""
    if not (re.fullmatch(r"\d{4}", span.text) or span.text.lower() in _WEEKDAYS) or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    word = before.lower_.rstrip(".")
    # At a sentence start only a proper noun: "Black Friday is..." but "The 2005 show...".
    name_like = before.text[:1].isupper() and (not before.is_sent_start or before.tag_ == "NNP")
    return name_like and before.lower_ not in _PREPOSITIONS and word not in _MONTHS and word not in _WEEKDAYS


def _extent(span: TokenSpan) -> tuple[int, int, str | None]:
    """Char offsets of the expression with its governing preposition and a weekday's time of day, and
    that preposition (lower case) if there is one."""
    doc = span.doc
    first, last = span[0], span[-1]
    before = doc[span.start - 1] if span.start > 0 else None
    preposition = None
    if before is not None and before.lower_ in _PREPOSITIONS and span.root.head == before:
        first, preposition = before, before.lower_
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _TIMES_OF_DAY and last.lower_ in _WEEKDAYS:
        last = after
    return first.idx, last.idx + len(last), preposition


def _normalise(text: str) -> str:
    """Lower case, single spaces, no possessive: "Sunday's" -> "sunday"."""
    text = " ".join(text.lower().replace("’", "'").split())
    return re.sub(r"'s$", "", text)


def _tense(span: TokenSpan) -> Tense:
    """The tense of the nearest verb above the expression: "future" ("will meet on Thursday", "is due to
    resume in March"), "past" ("met on Thursday", "has grown since May"), or None (present, no verb)."""
    token = span.root
    for _ in range(4):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUXILIARIES for a in auxiliaries):
        return "future"
    # "is due to resume on Monday": the infinitive's governor carries the tense.
    governor = token.head
    if (
        any(a.lower_ == "to" for a in auxiliaries)
        and governor.lemma_.lower() in _FUTURE_GOVERNORS
        and governor.tag_ != "VBD"
        and not any(c.tag_ == "VBD" for c in governor.children)
    ):
        return "future"
    if token.tag_ == "VBD" or any(a.lower_ in _PAST_AUXILIARIES for a in auxiliaries):
        return "past"
    if any(a.lower_ == "to" for a in auxiliaries) and governor.tag_ == "VBD":
        return "past"  # "was to take over on Jan. 1", "wanted to meet on Friday"
    return None


# --- resolution ----------------------------------------------------------------------------------


def _resolve(text: str, base: date | None, tense: Tense, governed: bool) -> Resolution | None:
    """(value, granularity) for a date expression, _UNRESOLVED when it cannot be resolved, None when
    the text is not a date at all (a duration, frequency, age or vague word, a holiday as a modifier).
    ``governed``: a preposition governs the expression."""
    if match := _SINGLE_DAY.fullmatch(text):
        return _single_day(match.group("word"), base)
    if match := _WEEKDAY.fullmatch(text):
        return _weekday(_WEEKDAYS.index(match.group("day")), match.group("rel"), base, tense == "future")
    if match := _PERIOD.fullmatch(text):
        if match.group("weekend"):
            return _weekend(match.group("wrel"), base, tense == "future")
        if match.group("rel") is None:
            return None  # "the week", "the year": no particular one
        return _period(match.group("rel"), match.group("unit"), base)
    if match := _AGO.fullmatch(text):
        return _ago(match.group("n"), match.group("unit"), base)
    if match := _YEAR.fullmatch(text) or _PART_OF_YEAR.fullmatch(text):
        return match.group("year"), "year"
    if match := _MONTH_DATE.fullmatch(text):
        return _month_date(match.group("core"), match.group("rel"), base, tense)
    if _NUMERIC_DATE.fullmatch(text):
        return _parsed(text, base)
    if match := _OCCASION.fullmatch(text):
        return _UNRESOLVED if governed or match.group("rel") else None
    if _UNRESOLVABLE.fullmatch(text):
        return _UNRESOLVED
    return None


def _single_day(word: str, base: date | None) -> Resolution:
    if base is None:
        return _UNRESOLVED
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return (base + timedelta(days=shift)).isoformat(), "day"


def _weekday(weekday: int, relative: str | None, base: date | None, future: bool) -> Resolution:
    """Past (or, in the future tense, ahead) and on the day itself if it is the publication day; "last"
    and "next" exclude it."""
    if base is None:
        return _UNRESOLVED
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if relative == "last":
        day = base - timedelta(days=back or 7)
    elif relative in ("next", "coming", "this coming"):
        day = base + timedelta(days=ahead or 7)
    elif relative is None and future:
        day = base + timedelta(days=ahead)  # "will speak Friday" in a Friday's paper is that day
    elif relative == "this":
        day = base - timedelta(days=base.weekday()) + timedelta(days=weekday)  # in this Monday-Sunday week
    else:
        day = base - timedelta(days=back)
    return day.isoformat(), "day"


def _period(relative: str, unit: str, base: date | None) -> Resolution:
    """last/this/next week, month or year."""
    if base is None:
        return _UNRESOLVED
    step = {"last": -1, "this": 0, "next": 1}[relative]
    if unit == "year":
        return str(base.year + step), "year"
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 + step, 12)
        return f"{year:04d}-{month + 1:02d}", "month"
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
    return _containing(monday, monday + timedelta(days=6))


def _weekend(relative: str | None, base: date | None, future: bool) -> Resolution:
    """ "(at) the weekend" is the one just gone in a report, the coming one in the future tense."""
    if base is None:
        return _UNRESOLVED
    saturday = base - timedelta(days=base.weekday()) + timedelta(days=5)  # this week's
    if relative == "last" or (relative is None and not future and saturday > base):
        saturday -= timedelta(weeks=1)
    elif relative == "next":
        saturday += timedelta(weeks=1)
    return _containing(saturday, saturday + timedelta(days=1))


def _containing(first: date, last: date) -> Resolution:
    """The finest calendar unit that holds the whole period."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    if first.year == last.year:
        return str(first.year), "year"
    return _UNRESOLVED


def _ago(count: str, unit: str, base: date | None) -> Resolution:
    if base is None:
        return _UNRESOLVED
    n = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    if unit in ("day", "week"):
        return (base - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 - n, 12)
        return f"{year:04d}-{month + 1:02d}", "month"
    return str(base.year - n * (10 if unit == "decade" else 1)), "year"


def _month_date(core: str, relative: str | None, base: date | None, tense: Tense) -> Resolution:
    """A month name with or without day and year. dateparser reads it; when no year is written, the
    year puts the date on the side of the publication date that "last", "next" or "this" or the verb's
    tense point to, and with neither (present tense: "voters are counting on Nov. 8") the nearer side."""
    has_year = bool(re.search(r"\d{4}", core))
    if base is None and not has_year:
        return _UNRESOLVED
    value, granularity = _parsed(core, base)
    if value is None or has_year or base is None:
        return value, granularity
    month = int(value[5:7])
    day = int(value[8:10]) if granularity == "day" else 0
    when, now = (month, day), (base.month, base.day if day else 0)
    if relative == "this":
        year = base.year
    elif relative == "last":
        year = base.year if when < now else base.year - 1
    elif relative is not None:  # next, coming, this coming
        year = base.year if when > now else base.year + 1
    elif tense == "future":
        year = base.year if when >= now else base.year + 1
    elif tense == "past" or when == now:
        year = base.year if when <= now else base.year - 1
    else:
        year = _nearer_year(month, day or 1, base)
    if not day:
        return f"{year:04d}-{month:02d}", granularity
    try:
        return date(year, month, day).isoformat(), granularity
    except ValueError:  # 29 February in a year without one
        return _UNRESOLVED


def _nearer_year(month: int, day: int, base: date) -> int:
    """The year that puts month/day nearest the publication date (ties go to the past)."""

    def distance(year: int) -> int:
        return abs((date(year, month, min(day, 28)) - base).days)

    later_in_year = (month, day) > (base.month, base.day)
    before, after = (base.year - 1, base.year) if later_in_year else (base.year, base.year + 1)
    return after if distance(after) < distance(before) else before


def _parsed(text: str, base: date | None) -> Resolution:
    """dateparser for month names and numeric dates; its period gives the granularity. The plain
    forms are read here first, as dateparser reads them: its first call costs a third of a second."""
    if (plain := _plain_month_date(text, base)) is not None:
        return plain
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return _UNRESOLVED
    found = data.date_obj.date()
    if data.period == "year":
        return str(found.year), "year"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month"
    return found.isoformat(), "day"


# A month name (as _MONTH_NAME spells it) with a day before or after it and a year, each optional:
# "17 november", "the 1st of may", "nov. 17, 2024", "august 2023".
_PLAIN_MONTH_DATE = re.compile(
    rf"(?:(?P<before>\d{{1,2}})(?P<before_suffix>st|nd|rd|th)? (?:of )?)?(?P<month>{_MONTH_NAME})"
    r"(?: (?P<after>\d{1,2})(?P<after_suffix>st|nd|rd|th)?)?,?(?: (?:of )?(?P<year>\d{4}))?"
)


def _plain_month_date(text: str, base: date | None) -> Resolution | None:
    """What dateparser gives for a month name with a day and a year, each optional, when the date is
    plainly valid: an ordinal's right suffix, a year from 1000 to 2999, and without a year a day that
    every year has (not 29 February: dateparser's choice of year decides). None for the rest, which
    dateparser reads (tests/analyze/test_dates_plain.py compares the two over every such form)."""
    match = _PLAIN_MONTH_DATE.fullmatch(text)
    if match is None or (match["before"] and match["after"]):
        return None
    month = _MONTHS[match["month"].rstrip(".")]
    year = int(match["year"]) if match["year"] else None
    if (year is None and base is None) or (year is not None and not 1000 <= year <= 2999):
        return None
    year = year or base.year  # type: ignore[union-attr]  # without one _month_date sets the year
    side = "before" if match["before"] else "after"
    if match[side] is None:
        return f"{year:04d}-{month:02d}", "month"
    day, suffix = int(match[side]), match[f"{side}_suffix"]
    if suffix is not None and suffix != _ordinal_suffix(day):
        return None
    if not match["year"] and (month, day) == (2, 29):
        return None  # dateparser's choice of year decides whether there is one
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _ordinal_suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@lru_cache(maxsize=32)
def _parser(base: date | None) -> DateDataParser:
    """One parser per publication date: dateparser reads its settings per instance. Imported here:
    most articles' dates never need it (_plain_month_date)."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)
