"""Names masked with asterisks: a review or comment site prints its users' names cut short and starred
("– Ni** My**", "– Ali***"), and a quote signed with such a name is that user's words (judged tuning 7313
Q6 Q7). The masked name is the speaker as the page writes it, a person (not anonymous: the page names
the reviewer as far as it names anyone, and two reviews signed alike are one reviewer). The NER cuts such a
name at its asterisks or misses it, so the signer is read from the signature's line: a dash, then one to
four capitalised words, one at least with asterisks, and nothing after them on the line.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of

_MASKED_SIGNATURE = re.compile(
    r"(?:―|—|–|--)[ \t\u00a0]*([A-Z][\w.'’*-]*(?: [A-Z][\w.'’*-]*){0,3})[ \t\u00a0]*$", re.MULTILINE
)


def masked_signer(head: Token, index: EntityIndex) -> Cluster | None:
    """The person a masked signature names where `head` is a token of it (the cluster of that form, a new
    person where the article has none); None for any other token."""
    text = text_of(head.doc)
    line_start = text.rfind("\n", 0, head.idx) + 1
    line_end = text.find("\n", head.idx)
    match = _MASKED_SIGNATURE.search(text, line_start, len(text) if line_end < 0 else line_end)
    if match is None or "*" not in match.group(1) or not match.start(1) <= head.idx < match.end(1):
        return None
    form = match.group(1)
    found = next((c for c in index.clusters if c.type == "person" and c.name == form), None)
    if found is not None:
        return found
    mention = head.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    cluster = index.new(form, "person")
    if mention is not None:
        cluster.add(mention, form)
    return cluster
