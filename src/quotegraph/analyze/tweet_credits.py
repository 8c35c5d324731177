"""The "I" of an embedded post is its author, whom the post's credit line names.

A news page that embeds a tweet prints its text, line by line, and then its credit line: "— Arvind
Kejriwal (@ArvindKejriwal) November 1, 2019". The text's "I" and "we" are the author's, not the writer's:
"I urge all Delhiites to use them whenever needed pic.twitter.com/…" is Kejriwal's request. The post's
text is the few lines right before the credit line (a post is short: at most MOST_LINES lines of the
page), so a first-person subject there is read as the name of the credit line.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.parsing import text_of

# "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019": a dash, a name, a handle in brackets. A name may
# open with a digit where a letter is in its first word ("— 9to5Mac.com (@9to5mac)", round 18).
CREDIT_LINE = re.compile(
    r"\n[—–-]\s*((?=\d*[A-Za-z])[A-Z0-9][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) \(@\w{1,15}\)"
)
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
MOST_LINES = 4  # the lines before the credit line that are the post's text


def tweet_authors(doc: Doc, attributions: list[Attribution]) -> None:
    """Give each attribution whose source is a first-person subject inside an embedded post the credit
    line's name as its source token (in place; the source as written, "I", stays)."""
    text = text_of(doc)
    credits = list(CREDIT_LINE.finditer(text))
    if not credits:
        return
    for attribution in attributions:
        head = attribution.source_token
        if head is None or head.lower_ not in FIRST_PERSON_SUBJECTS or "“" in _line(text, head.idx):
            continue
        credit = next((c for c in credits if c.start() >= head.idx), None)
        if credit is None or text.count("\n", head.idx, credit.start()) >= MOST_LINES:
            continue
        if "\n\n" in text[head.idx : credit.start()]:
            continue  # a paragraph break: the post ended before the "I"
        name = doc.char_span(credit.start(1), credit.end(1), alignment_mode="expand")
        if name is not None:
            attribution.source_token = name[-1]


def _line(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]
