"""A speech participle after "after", "before", "while" shares the main clause's subject (docs/quotes.md,
"Named, not found, round 10").

`Swift got high profile support last week, after accusing them of trying to stop her performing her
back catalogue`: the one who accused is Swift, the subject of the clause the "after …ing" phrase
hangs on, as English grammar has it (a dangling participle is a slip news editors fix). The cue is a
participle ("accusing", "saying", "claiming") with no subject of its own, opened by a subordinating
word and hung on a verb before it whose subject (active or passive: "was praised … before saying") is
a person or organization the article names. Only the cue's own head and children are read.
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

OPENERS = frozenset({"after", "before", "while", "since", "when", "upon", "whilst"})


def participle_speaker(attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named subject of the main clause a sourceless "after …ing" cue hangs on; else None."""
    cue = attribution.cue_token
    if cue is None or attribution.source or attribution.source_token is not None or cue.tag_ != "VBG":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None  # "after him saying …": a subject of its own
    if cue.dep_ == "pcomp":  # "after accusing": the parser's preposition with the participle
        opener, verb = cue.head, cue.head.head
    elif cue.dep_ == "advcl":  # "while saying", a subordinating mark on the participle
        opener, verb = next((c for c in cue.children if c.dep_ == "mark"), None), cue.head
    else:
        return None
    if opener is None or opener.lower_ not in OPENERS or verb.pos_ not in {"VERB", "AUX"} or verb.i > cue.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    cluster = index.cluster_at(subject.i)
    if cluster is None and subject.pos_ == "PROPN":
        cluster = index.person_by_name(subject.text)  # a surname the NER left untagged this time
    return cluster if cluster is not None and cluster.type in {"person", "organization"} else None
