"""A title of the church alone is the person the article names with it, never an organization (issue 30,
round 25).

News heads a story and goes on with a churchman's title alone, capitalised ("Cardinal criticises Iraq war
cost", "On Friday, the Cardinal will ask the congregation to search for peace") after naming him with it
("Cardinal Cormac Murphy-O'Connor has said"); the NER often tags the word an organization, or the parser
a proper noun, so "Cardinal" became a speaker of its own, an organization. A title of BARE_TITLES alone
("Cardinal", "the Cardinal": "the" before it at most, no name, "of …" or other word beside it) is the
person the article writes with that title right before their name, the one named last before it (the
first named after it, for a headline's). Where the article names no one so, it stays as before: "the
Bishop" after "The Bishop of Durham, the Rt Rev Dr Tom Wright" is no guess at the person named last.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.church_names import CHURCH_TITLES
from quotegraph.analyze.entities import Cluster, EntityIndex

# Titles of one person that the NER or the parser takes for a name of its own when written alone.
BARE_TITLES = CHURCH_TITLES | frozenset({"pope"})


def titled_person(head: Token, index: EntityIndex) -> Cluster | None:
    """The person a title alone denotes (see the module's docstring), else None."""
    if head.lower_ not in BARE_TITLES or not head.is_title or list(head.rights):
        return None
    if any(t.lower_ != "the" for t in head.lefts):
        return None
    doc, word = head.doc, head.lower_
    titled = [
        (m.start, c)
        for c in index.clusters
        if c.type == "person"
        for m in c.mentions
        if m.start > 0 and m.start != head.i + 1 and doc[m.start - 1].lower_ == word
    ]
    before = [pair for pair in titled if pair[0] < head.i]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(titled, key=lambda pair: pair[0])[1] if titled and "\n" not in doc.text[: head.idx] else None
