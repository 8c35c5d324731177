"""Plain-text articles: the text is kept exactly as given; headline, dek, dateline, section headings
and the contributors line are recognised in it and recorded as spans in ArticleMeta.
"""

from __future__ import annotations

import re
from datetime import date as Date

from quotegraph.errors import InputError
from quotegraph.read.decode import normalize_newlines
from quotegraph.read.language import guess_language
from quotegraph.records import Article, ArticleMeta, Span

_MAX_HEADLINE = 200
_MAX_DEK = 200
_MIN_DEK_WORDS = 5  # shorter second lines are venues, dates, labels ("Ewood Park", "Saturday 20 November")
_MAX_HEADING_WORDS = 6
_MAX_HEADING_CHARS = 60
# The dateline opens the body: at most this many paragraphs after the headline and dek.
_DATELINE_REACH = 3
# The contributors line closes the article: one of the last few paragraphs.
_CONTRIBUTORS_REACH = 3

_SENTENCE_END = ".!?\"'”’»)"
_HEADING_BAD_END = ".,;:\"'”’»)"  # a heading may end in ? or !, not like a sentence, clause or quote
_LABEL = re.compile(r"[A-Z]+:")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# "LONDON -- ", "WASHINGTON (Reuters) - ", "KYIV, Ukraine — ", "NEW YORK: ", "London (CNN) — ".
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*){0,3})"
    r"(?:, (?P<region>[^,()\n:—–]{1,40}?))?"
    r"(?: ?\((?P<agency>[^()\n]{1,40})\))?"
    r"(?P<separator> ?(?:--|[—–]) ?| *- |: )"
)
# All-caps openers that are labels, not places.
_NOT_PLACES = frozenset(
    {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "NOTE"}
    | {"CORRECTION", "LIVE", "RELATED", "ADVERTISEMENT", "EDITOR'S NOTE", "FILE", "READ MORE", "NEWS"}
)

# "ABC News' A, B and C contributed to this report."
_CONTRIBUTED = re.compile(
    r"(?P<names>.+?) (?:also )?contributed"
    r"(?: (?:to )?(?:this |the )?(?:report|reporting|story|article|coverage))?(?: (?:from|in) [^.]+)?\.?",
    re.IGNORECASE,
)
# "Reporting by A and B in Moscow; Editing by C" (Reuters), "Additional reporting by D."
_CREDITS = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|research)(?: and \w+)? by .+",
    re.IGNORECASE,
)
# "Contributing: A, B" (USA Today).
_CONTRIBUTING = re.compile(r"Contributing(?: by)?: (?P<names>.+)", re.IGNORECASE)
_CREDIT_CLAUSE_PREFIX = re.compile(r"^.*?\bby ", re.IGNORECASE)
_ORG_POSSESSIVE = re.compile(r"^[^,]*?['’]s? (?=[A-Z])")
_ROLE_PREFIX = re.compile(r"^.*?\b(?:writers?|reporters?|correspondents?|staffers?) (?=[A-Z])")
_NAME_SEPARATORS = re.compile(r",? and |, | & ")
_PLACE_SUFFIX = re.compile(r" (?:in|from) [A-Z].*$")
_MAX_NAME_WORDS = 5


def parse_text(text: str, source: str | None = None, date: str | None = None) -> Article:
    """An Article from plain text already decoded; \\r\\n and \\r become \\n, nothing else changes."""
    text, notes = normalize_newlines(text)
    if not text.strip():
        label = source or "input"
        raise InputError(f"{label}: is empty" if not text else f"{label}: holds nothing but whitespace")
    return build_article(text, ArticleMeta(source=source, date=check_date(date)), notes)


def check_date(date: str | None) -> str | None:
    """The date as given when it is None or a valid YYYY-MM-DD date, else an InputError."""
    if date is None or is_iso_date(date):
        return date
    raise InputError(f"invalid date {date!r}: expected YYYY-MM-DD")


def is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        Date.fromisoformat(value)
    except ValueError:
        return False
    return True


def build_article(text: str, meta: ArticleMeta, notes: list[str], description: str | None = None) -> Article:
    """Recognise metadata and language in the final text; description is the page's own summary."""
    article = Article(text=text, meta=meta, notes=notes)
    recognize_metadata(article, description)
    meta.language, note = guess_language(text)
    if note:
        notes.append(note)
    return article


def recognize_metadata(article: Article, description: str | None = None) -> None:
    """Fill headline, dek, dateline, headings and contributors (with spans) from the text's lines."""
    text, meta = article.text, article.meta
    paras = article.paragraphs()
    body = 0
    if len(paras) > 1 and _is_headline(text, paras[0], meta.headline):
        meta.headline_span, meta.headline = paras[0], _at(text, paras[0])
        body = 1
        if len(paras) > 2 and _is_dek(text, paras[1], paras[2], description):
            meta.dek_span, meta.dek = paras[1], _at(text, paras[1])
            body = 2
    body = _find_dateline(text, paras, body, meta)
    end = _find_contributors(text, paras, body, meta)
    meta.headings = [span for span in paras[body + 1 : end - 1] if _is_heading(_at(text, span))]


def _at(text: str, span: Span) -> str:
    return text[span[0] : span[1]]


def _is_headline(text: str, span: Span, known: str | None) -> bool:
    line = _at(text, span)
    if known is not None:
        return line == known
    return len(line) <= _MAX_HEADLINE and _dateline(line) is None


def _is_dek(text: str, span: Span, next_span: Span, description: str | None) -> bool:
    """A standfirst: short, no dateline or quote, and marked as one by the page's description, by a
    dateline right after it, or by having no final punctuation (a lead paragraph always has one).
    """
    line = _at(text, span)
    if len(line) >= _MAX_DEK or len(line.split()) < _MIN_DEK_WORDS or not line[0].isalpha():
        return False
    # All-caps lines and "UPDATED: ..." are labels; a trailing colon introduces a list.
    if line.isupper() or _LABEL.match(line) or line[-1] == ":" or _dateline(line) is not None:
        return False
    if description and _squash(description).rstrip(".…") == _squash(line).rstrip(".…"):
        return True
    return _dateline(_at(text, next_span)) is not None or line[-1] not in _SENTENCE_END


def _squash(line: str) -> str:
    return " ".join(line.split()).casefold()


def _dateline(line: str) -> re.Match[str] | None:
    match = _DATELINE.match(line)
    if match is None:
        return None
    place = match["place"]
    # Title-case places only with an agency ("London (CNN) —"): else any "Mr Smith: ..." would do.
    if len(place) < 2 or place in _NOT_PLACES or not (place.isupper() or match["agency"]):
        return None
    # "UK: ..." and "EU: ..." are headline labels; a colon dateline names a city ("NEW YORK: ").
    if match["separator"].strip() == ":" and len(place) < 3:
        return None
    return match


def _find_dateline(text: str, paras: list[Span], body: int, meta: ArticleMeta) -> int:
    """Record the first dateline near the top; return the index of the paragraph the body starts at."""
    for index in range(body, min(body + _DATELINE_REACH, len(paras))):
        match = _dateline(_at(text, paras[index]))
        if match is not None:
            start = paras[index][0] + match.start("place")
            meta.dateline_span = (start, start + len(match["place"]))
            meta.dateline = match["place"]
            return index
    return body


def _find_contributors(text: str, paras: list[Span], body: int, meta: ArticleMeta) -> int:
    """Record a contributors line near the end; return the index just past the body."""
    for index in range(len(paras) - 1, max(body, len(paras) - _CONTRIBUTORS_REACH - 1), -1):
        names = contributor_names(_at(text, paras[index]))
        if names:
            meta.contributors, meta.contributors_span = names, paras[index]
            return index
    return len(paras)


def contributor_names(line: str) -> list[str]:
    """The names credited by a contributors or credits line, or [] when the line is not one."""
    if match := _CONTRIBUTED.fullmatch(line):
        chunks = [_ORG_POSSESSIVE.sub("", match["names"])]
    elif match := _CONTRIBUTING.fullmatch(line):
        chunks = [match["names"]]
    elif _CREDITS.fullmatch(line):
        chunks = [_CREDIT_CLAUSE_PREFIX.sub("", clause) for clause in line.strip("()").split(";")]
    else:
        return []
    names = [name for chunk in chunks for name in _split_names(chunk)]
    return names if names and all(_is_name(name) for name in names) else []


def _split_names(chunk: str) -> list[str]:
    chunk = _ROLE_PREFIX.sub("", chunk.strip().rstrip(".)"))
    return [_PLACE_SUFFIX.sub("", part).strip() for part in _NAME_SEPARATORS.split(chunk) if part.strip()]


def _is_name(name: str) -> bool:
    return name[:1].isupper() and len(name.split()) <= _MAX_NAME_WORDS


def _is_heading(line: str) -> bool:
    """A section heading: a few words, capitalised, not a sentence, quote or dateline."""
    words = line.split()
    return (
        len(words) <= _MAX_HEADING_WORDS
        and len(line) <= _MAX_HEADING_CHARS
        and (line[0].isupper() or line[0].isdigit())
        and any(c.isalpha() for c in line)
        and line[-1] not in _HEADING_BAD_END
        and _dateline(line) is None
    )
