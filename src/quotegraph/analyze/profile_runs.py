"""A profile's run of quotes: its subject's words go on through the writer's comments between them
(docs/quotes.md, "Quotes without a cue of their own", round 29).

A profile quotes its subject paragraph-long with no cue at all, and sets the writer's own remarks between the
quotes: `On this subject, Morris appears almost evangelical. "I was on a cruise …" But what is it about UKIP
that particularly attracts him? Many might think it is simply another chance to practice his art … "I think
the greatest threat to democracy …". A great soundbite, but a surprise coming from a New Yorker post 11
September. "It is the growth of these bodies …"` (BBC politics/267): every quote is Dick Morris's. A quote
with no cue and no source is the person's S whose own quote with no cue and no source came before it in the
same paragraph, where what comes between is the writer's alone: at most two sentences, no other person named
in them, and no one else speaking (an attribution between is nobody's: a question, a supposed view,
hypothetical_views.py). A quote after a cue ("…," he said) is left to continuations.py and
narrated_quotes.py, as is one set off by more narration or by anyone else's words or name.
"""

from __future__ import annotations

from typing import TypeVar

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.earlier import Resolutions, Resolved
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of

R = TypeVar("R", bound=Resolved)
MAX_SENTENCES_BETWEEN = 2


def run_speaker(doc: Doc, attribution: Attribution, done: Resolutions[R], index: EntityIndex) -> R | None:
    """The person whose quote with no cue came before this one in its paragraph, with only the writer's
    remarks between (see the module's docstring); else None."""
    if not _bare(attribution):
        return None
    text = text_of(doc)
    opening = attribution.passages[0].start
    paragraph = text.rfind("\n", 0, opening) + 1
    earlier = done.previous(attribution)
    while earlier is not None and done.get(id(earlier)) is None and earlier.content[0][0] >= paragraph:
        if earlier.kind == "direct":
            return None  # a quote of no one's between: the run is broken
        earlier = done.previous(earlier)  # a supposed view, a question: nobody's
    resolved = done.get(id(earlier)) if earlier is not None else None
    if earlier is None or resolved is None or not _bare(earlier) or earlier.content[0][0] < paragraph:
        return None
    cluster = resolved.cluster
    if cluster is None or cluster.type != "person":
        return None
    between = doc.char_span(earlier.content[-1][1], opening, alignment_mode="contract")
    if between is None or not _writers_alone(between, cluster, index):
        return None
    return resolved


def _bare(attribution: Attribution) -> bool:
    """A direct quote with no cue and no source of its own."""
    return (
        attribution.kind == "direct"
        and not attribution.cue
        and not attribution.source
        and bool(attribution.passages)
    )


def _writers_alone(between, cluster: Cluster, index: EntityIndex) -> bool:
    """At most two sentences, naming no person but S."""
    sentences = {t.sent.start for t in between if not t.is_punct and not t.is_space}
    if len(sentences) > MAX_SENTENCES_BETWEEN:
        return False
    for token in between:
        if token.ent_type_ == "PERSON" and index.cluster_at(token.i) is not cluster:
            return False  # someone else named: the quote may be theirs
    return True
