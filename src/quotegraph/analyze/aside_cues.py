"""A cue inside a dash aside gives no "he"/"she" after its sentence (docs/quotes.md, round 35).

News sets background between two dashes inside a sentence about someone else: "Fun as that might sound in
an Oliver Sacks kind of way — the late neurologist wrote about similar symptoms in his book — Steenburgen
wasn't thrilled about the sudden mental shift. … “I couldn't focus,” she said." The aside's verb ("wrote")
may be an attribution of its own, but the story goes on from the sentence's own subject, outside the aside
(Steenburgen): a pronoun after that sentence that would take the aside's speaker takes that subject, a
person the pronoun agrees with. Only where that subject is another person than the aside's speaker; where
the sentence's subjects outside the aside name no person, or none who agrees, the aside's speaker stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import SUBJECT_OF_CLAUSE
from quotegraph.analyze.name_repairs import DASHES


def host_subject(
    doc: Doc,
    cue_start: int,
    speaker: Cluster | None,
    index: EntityIndex,
    agrees: Callable[[Cluster], bool],
) -> Cluster | None:
    """The person the sentence holding a cue that starts at character `cue_start` inside a dash aside is
    about (its subject outside the aside, after the aside first), where it is not `speaker` and `agrees`
    with the pronoun; None where the cue is in no aside or no such person is found."""
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    aside = _aside(cue[0])
    if aside is None:
        return None
    sentence, (first, last) = cue[0].sent, aside
    subjects = [t for t in sentence if t.dep_ in SUBJECT_OF_CLAUSE and not first < t.i < last]
    after = [t for t in subjects if t.i > last]
    before = [t for t in subjects if t.i < first]
    for token in [*after, *reversed(before)]:
        cluster = index.cluster_at(token.i)
        if cluster is None or cluster.type != "person":
            continue
        return cluster if cluster is not speaker and agrees(cluster) else None
    return None


def _aside(token: Token) -> tuple[int, int] | None:
    """The token indexes of the two dashes of its sentence around `token`, where the sentence has words
    before and after them: (opening, closing), else None. Not by the parse's root, which the parser may
    put on the aside's verb."""
    sentence: Span = token.sent
    dashes = [t.i for t in sentence if t.text in DASHES and t.tag_ != "HYPH"]
    opening = max((i for i in dashes if i < token.i), default=None)
    closing = min((i for i in dashes if i > token.i), default=None)
    if opening is None or closing is None or opening == sentence.start or closing >= sentence.end - 2:
        return None  # an aside opens after the sentence's first words and closes before its last
    return opening, closing
