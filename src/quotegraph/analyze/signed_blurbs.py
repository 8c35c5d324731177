"""The "I" of a signed blurb is its signer, whom the line after it names (round 32).

A roundup page quotes reviews or comments one after another, each followed by a line that holds nothing
but its source: "[CNET]", "[PC World]", "— The Verge", "– Jane Smith". The blurb's "I" and "we" are the
signer's (its reviewer's), not the page writer's: "… at the price of the Stadia's Founder's Edition, I
can't recommend anyone jump onboard at the moment." then "[CNET]" is CNET's verdict. The blurb is the
lines right before the signature line, back to the previous signature line and at most MOST_LINES lines
(a page's first signature signs the one line above it only: the page's own opening is above that), so a
first-person subject there is read as the signer's name, as tweet_credits.py reads a post's credit line.
A signature is one to four capitalised words, in square brackets or after a dash, alone on its line; a
line of page furniture ("[Advertisement]", "[Photo]") signs nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import EntityIndex
from quotegraph.analyze.parsing import text_of

_NAME = r"(?=\d*[A-Za-z])[A-Z0-9][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
SIGNATURE_LINE = re.compile(rf"^(?:\[({_NAME})\]|[—–]\s*({_NAME}))[ \t]*$", re.MULTILINE)
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
MOST_LINES = 4  # the lines before the signature line that can be its blurb
FURNITURE = frozenset(
    "advertisement advert ad photo photos image video videos audio update updated updates source sources "
    "via note edit editor's related more read watch listen".split()
)


def blurb_signers(doc: Doc, attributions: list[Attribution], index: EntityIndex) -> None:
    """Give each attribution whose source is a first-person subject inside a signed blurb the signature's
    name as its source token (in place; the source as written, "I", stays). A name the index holds no
    cluster for becomes one: a person where the NER tags it so, else an outlet (an organization)."""
    text = text_of(doc)
    signatures = [m for m in SIGNATURE_LINE.finditer(text) if _name(m).split()[0].lower() not in FURNITURE]
    if not signatures:
        return
    for attribution in attributions:
        head = attribution.source_token
        if head is None or head.lower_ not in FIRST_PERSON_SUBJECTS:
            continue
        at = next((i for i, s in enumerate(signatures) if s.start() >= head.idx), None)
        if at is None:
            continue
        signature = signatures[at]
        lines = text.count("\n", head.idx, signature.start())
        if lines > (MOST_LINES if at > 0 else 1) or "\n\n" in text[head.idx : signature.start()]:
            continue  # too far above, or a paragraph break: the blurb ended before the "I"
        group = 1 if signature.group(1) else 2
        name = doc.char_span(signature.start(group), signature.end(group), alignment_mode="expand")
        if name is not None:
            _cluster(name, index)
            attribution.source_token = name[-1]


def _cluster(name: Span, index: EntityIndex) -> None:
    if index.cluster_at(name[-1].i) is not None:
        return
    kind = "person" if any(t.ent_type_ == "PERSON" for t in name) else "organization"
    found = index.person_by_name(name.text) if kind == "person" else index.organization_by_name(name.text)
    (found or index.new(name.text, kind)).add(name, name.text)


def _name(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)
