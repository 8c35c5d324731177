"""A quotation with no cue that follows a document quoted is the document's text (round 33).

"According to the website, the name of the oxygen bar is ‘Oxy Pure’. “An Indian start-up …,” the
description on the website reads. Offering ‘rejuvenating’ experience to the shoppers, the oxygen bar,
“consists of an oxygen concentrator …”": the second quotation has no cue and nobody to say it; it goes
on quoting the page the paragraph before quoted (a website, a label, a report, a description), so it is
typed `document`, still with no speaker (none is named for it). The attribution before it, in its own
paragraph or the one right before, must be a document that was quoted in marks (its content holds a
quotation, or is one): news quotes a text's words the way it quotes a person's, and a quotation with no
cue after a text's words is more of that text. A quotation after anyone's speech, or after a document
only summed up, is left as found (continuations.py).
"""

from __future__ import annotations

from quotegraph.analyze.quotemarks import MARKS, OPENING, STRAIGHT
from quotegraph.records import Quote


def documents_run_on(quotes: list[Quote], text: str) -> None:
    """Type `document` each cue-less, speaker-less quotation that follows a document quoted in marks."""
    ordered = sorted(quotes, key=lambda q: q.content[0][0])
    for index, quote in enumerate(ordered):
        if quote.cue or quote.source or quote.speaker or quote.kind != "direct" or quote.type != "speech":
            continue
        start = quote.content[0][0]
        before = [q for q in ordered[:index] if q.content[-1][1] <= start]
        if not before:
            continue
        previous = max(before, key=lambda q: q.content[-1][1])
        if previous.type == "document" and _quoted(previous, text, start) and _near(text, previous, start):
            quote.type = "document"


def _quoted(previous: Quote, text: str, start: int) -> bool:
    """The document's own words in marks: a direct or mixed quote, or a quotation between its content's
    start and the quotation's own opening mark ("“…,” the description on the website reads")."""
    window = text[previous.content[0][0] : start].rstrip(OPENING + STRAIGHT + " ")
    return previous.kind != "indirect" or any(c in MARKS for c in window)


def _near(text: str, previous: Quote, start: int) -> bool:
    """The previous quote ends in the quotation's paragraph or in the paragraph right before it."""
    paragraph = text.rfind("\n", 0, start) + 1
    if previous.content[-1][1] >= paragraph:
        return True
    before_end = len(text[:paragraph].rstrip())  # blank lines between paragraphs are no paragraph
    return previous.content[-1][1] >= text.rfind("\n", 0, before_end) + 1
