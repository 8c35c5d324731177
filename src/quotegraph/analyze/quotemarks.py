"""Quotation marks: pair them into quoted passages, across paragraphs where news style does so.

News style continues a quotation into the next paragraph by leaving the first paragraph's quote
open and opening the next paragraph with a new mark; such a passage is returned as one QuotedSpan
with one fragment per paragraph. Single quotes are left alone: they are too often apostrophes. A line of
page furniture between two paragraphs of one quotation (a link teaser, "SEE MORE: Hong Kong protests: …",
furniture.py) is passed over: the quotation goes on in the paragraph after it (round 21).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from quotegraph.analyze.curly_restarts import restarts
from quotegraph.analyze.furniture import is_furniture
from quotegraph.records import Span

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
FEET_INCHES = re.compile(r"\d['’]\d{1,2}\"$")
MARKS = OPENING + CLOSING + STRAIGHT


@dataclass
class QuotedSpan:
    """A passage between quotation marks; `fragments` exclude the marks themselves."""

    fragments: list[Span]
    closed: bool = True
    outer: list[Span] = field(default_factory=list)  # the same with the marks

    @property
    def start(self) -> int:
        return self.outer[0][0]

    @property
    def end(self) -> int:
        return self.outer[-1][1]


@dataclass
class _Mark:
    pos: int
    char: str


def _closes(mark: _Mark, opened: _Mark, text: str) -> bool:
    # Mixed marks (`“Immunity deals …," he said`): a straight mark ending a word closes a curly one; and
    # (round 20) a closing curly mark ending a word closes a straight one (`"Nissan has … a sexy new
    # look,” said David Kershaw`), as pages mix them.
    after = text[mark.pos + 1] if mark.pos + 1 < len(text) else " "
    ends_word = not text[mark.pos - 1].isspace() and (after.isspace() or after in ".,;:!?")
    if opened.char == STRAIGHT:
        return mark.char == STRAIGHT or (mark.char in CLOSING and ends_word)
    if mark.char in CLOSING:
        return True
    return mark.char == STRAIGHT and ends_word


def _opens(mark: _Mark, text: str) -> bool:
    """Straight and opening marks open; so does a closing mark turned the wrong way (`”Quote.”`)."""
    if mark.char not in CLOSING:
        return True
    before = text[mark.pos - 1] if mark.pos > 0 else " "
    after = text[mark.pos + 1] if mark.pos + 1 < len(text) else " "
    return before.isspace() and not after.isspace()


def _paragraph_marks(text: str, para: Span) -> list[_Mark]:
    start, end = para
    return [
        _Mark(i, text[i] if text[i] in MARKS else "”")
        for i in range(start, end)
        if (text[i] in MARKS and not _not_a_quote(text, i)) or _two_apostrophes(text, i)
    ]


def _two_apostrophes(text: str, i: int) -> bool:
    """Two closing single marks glued to a word, typed for a closing double one: `“It was an attempt to
    mislead voters,’’ Will Moy … told the BBC. “And I think …”`. Read as one, or the quote runs on to
    the next one's closing mark and swallows the cue between."""
    return (
        text[i] == "’"
        and text[i + 1 : i + 2] == "’"
        and i > 0
        and not text[i - 1].isspace()
        and text[i - 1] != "’"
        and text[i + 2 : i + 3] != "’"
    )


def _not_a_quote(text: str, i: int) -> bool:
    """Straight marks that quote nothing: an inch mark (6'3"), markup left in the text (id="7")."""
    if text[i] != STRAIGHT or i == 0:
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    return bool(FEET_INCHES.search(text, max(0, i - 6), i + 1)) or text[i - 1] == "=" or after == ">"


def find_quoted(text: str, paragraphs: list[Span]) -> tuple[list[QuotedSpan], list[int]]:
    """Pair quotation marks, nested ones too. Returns the passages and the offsets of marks that are
    unpaired or turned the wrong way."""
    passages: list[QuotedSpan] = []
    unpaired: list[int] = []
    carried: QuotedSpan | None = None  # a passage left open at the end of the previous paragraph
    for para in paragraphs:
        line = text[para[0] : para[1]].strip()
        if carried is not None and line[:1] not in MARKS and is_furniture(line):
            continue  # "SEE MORE: …" between two paragraphs of one quote: the quote goes on after it
        marks = _paragraph_marks(text, para)
        continued = carried if marks and marks[0].pos == para[0] else None
        if carried is not None and continued is None:
            carried.closed = False
            unpaired.append(carried.outer[0][0])
        carried = None
        stack: list[_Mark] = []
        breaks: list[int] = []  # marks that reopen the outermost quote: paragraphs run together
        for mark in marks:
            if len(stack) == 1 and _reopens(mark, stack[0], text):
                breaks.append(mark.pos)
                continue
            if len(stack) == 1 and continued is None and restarts(text, mark.pos, stack[0].char):
                _end_unclosed(passages, unpaired, text, stack.pop().pos, mark.pos - 1, breaks)
                breaks = []  # '“Glasgow (“No Place Like Home”). “It grabbed …': a new quote (curly_restarts)
                stack.append(mark)
                continue
            if stack and _closes(mark, stack[-1], text):
                opened = stack.pop()
                outermost = not stack
                passage = continued if outermost and continued is not None else QuotedSpan(fragments=[])
                _add_fragments(passage, text, opened.pos, mark.pos, breaks if outermost else [])
                passage.outer[-1] = (passage.outer[-1][0], mark.pos + 1)
                if outermost:
                    breaks = []
                if passage is not continued:
                    passages.append(passage)
                if outermost:
                    continued = None
            elif _opens(mark, text):
                if mark.char in CLOSING:
                    unpaired.append(mark.pos)
                stack.append(mark)
            else:
                unpaired.append(mark.pos)
        if stack:
            opened = stack[0]
            unpaired.extend(m.pos for m in stack[1:])
            passage = continued or QuotedSpan(fragments=[])
            _add_fragments(passage, text, opened.pos, para[1], breaks)
            passage.fragments[-1] = (passage.fragments[-1][0], _trim_end(text, para[1]))
            if passage is not continued:
                passages.append(passage)
            carried = passage
    if carried is not None:
        carried.closed = False
        unpaired.append(carried.outer[-1][0])
    passages.sort(key=lambda p: p.start)
    return passages, unpaired


def _end_unclosed(
    passages: list[QuotedSpan], unpaired: list[int], text: str, opened: int, end: int, breaks: list[int]
) -> None:
    """A passage from the mark at `opened` to `end`, left unclosed there (curly_restarts.py)."""
    passage = QuotedSpan(fragments=[], closed=False)
    _add_fragments(passage, text, opened, end, breaks)
    passage.fragments[-1] = (passage.fragments[-1][0], _trim_end(text, end))
    passages.append(passage)
    unpaired.append(opened)


def _reopens(mark: _Mark, opened: _Mark, text: str) -> bool:
    """A straight mark after the end of a sentence and a space, right before a word, while a straight
    quote is open: `… will react. "I support several charities …`. Where a text runs a quote's
    paragraphs together (the BBC corpus does), the mark that opened the next paragraph of the quote
    stays; it reopens the quote rather than closing it, or every later pair is off by one and the
    reporter's narration between two quotes reads as a quote. The sentence may end inside a quote within
    the quote (`… saying 'what do you want to do about it?' "To not apologise …`)."""
    pos = mark.pos
    end = pos - 3 if pos >= 3 and text[pos - 2] in "'’" else pos - 2  # past a closing single mark
    return (
        mark.char == STRAIGHT
        and opened.char == STRAIGHT
        and end >= 0
        and pos + 1 < len(text)
        and text[pos - 1] == " "
        and text[end] in ".!?"
        and text[pos + 1].isalnum()
    )


def _add_fragments(passage: QuotedSpan, text: str, opened: int, end: int, breaks: list[int]) -> None:
    """The fragments from the opening mark to `end` (a closing mark or the paragraph's end), split at
    each reopening mark; `outer` the same with the marks."""
    starts = [opened, *breaks]
    ends = [*breaks, end]
    for start, stop in zip(starts, ends, strict=True):
        inner_end = _trim_end(text, stop) if stop != end else stop
        passage.fragments.append((start + 1, inner_end))
        passage.outer.append((start, stop))


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def span_test(spans: Iterable[Span]) -> Callable[[int], bool]:
    """A test of whether an offset lies in any of the spans (s <= offset < e), in log time: a scan of
    every quotation for every token or mention made long articles quadratic."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # reach[k]: the furthest end of spans 0..k

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset)  # spans 0..k-1 start at or before the offset
        return k > 0 and reach[k - 1] > offset

    return inside


def passage_test(passages: Iterable[QuotedSpan]) -> Callable[[int], bool]:
    """A test of whether an offset lies between the marks of any of the passages."""
    return span_test(fragment for passage in passages for fragment in passage.fragments)
