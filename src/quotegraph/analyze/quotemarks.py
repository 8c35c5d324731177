"""Quotation marks: pair them into quoted passages, across paragraphs where news style does so.

News style continues a quotation into the next paragraph by leaving the first paragraph's quote
open and opening the next paragraph with a new mark; such a passage is returned as one QuotedSpan
with one fragment per paragraph. Single quotes are left alone: they are too often apostrophes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotegraph.records import Span

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
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


def _is_opening(mark: _Mark, text: str, inside: bool) -> bool:
    if mark.char in OPENING:
        return True
    if mark.char in CLOSING:
        return False
    # A straight mark opens when nothing is open; word characters around it break a tie.
    if not inside:
        return True
    before = text[mark.pos - 1] if mark.pos > 0 else " "
    after = text[mark.pos + 1] if mark.pos + 1 < len(text) else " "
    return before.isspace() and not after.isspace() and after not in ".,;:!?"


def _paragraph_marks(text: str, para: Span) -> list[_Mark]:
    start, end = para
    return [_Mark(i, text[i]) for i in range(start, end) if text[i] in MARKS]


def find_quoted(text: str, paragraphs: list[Span]) -> tuple[list[QuotedSpan], list[int]]:
    """Pair quotation marks. Returns the quoted passages and the offsets of marks left unpaired."""
    passages: list[QuotedSpan] = []
    unpaired: list[int] = []
    carried: QuotedSpan | None = None  # a passage left open at the end of the previous paragraph
    for para in paragraphs:
        marks = _paragraph_marks(text, para)
        open_at: int | None = None
        current = carried if marks and marks[0].pos == para[0] else None
        if carried is not None and current is None:
            # The open quote was not continued: report its opening mark.
            unpaired.append(carried.outer[0][0])
            carried.closed = False
        carried = None
        for mark in marks:
            if open_at is None and _is_opening(mark, text, inside=False):
                open_at = mark.pos
            elif open_at is not None and not _is_opening(mark, text, inside=True):
                passage = current or QuotedSpan(fragments=[])
                passage.fragments.append((open_at + 1, mark.pos))
                passage.outer.append((open_at, mark.pos + 1))
                if current is None:
                    passages.append(passage)
                current, open_at = None, None
            elif open_at is not None:
                unpaired.append(open_at)
                open_at = mark.pos
            else:
                unpaired.append(mark.pos)
        if open_at is not None:
            passage = current or QuotedSpan(fragments=[])
            passage.fragments.append((open_at + 1, _trim_end(text, para[1])))
            passage.outer.append((open_at, para[1]))
            if current is None:
                passages.append(passage)
            carried = passage
    if carried is not None:
        carried.closed = False
        unpaired.append(carried.outer[-1][0])
    return passages, unpaired


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
