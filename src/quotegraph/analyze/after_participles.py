"""A speech participle after "after", "before", "while" shares the main clause's subject (docs/quotes.md,
"Named, not found, round 10").

`Swift got high profile support last week, after accusing them of trying to stop her performing her
back catalogue`: the one who accused is Swift, the subject of the clause the "after …ing" phrase
hangs on, as English grammar has it (a dangling participle is a slip news editors fix). The cue is a
participle ("accusing", "saying", "claiming") with no subject of its own, opened by a subordinating
word and hung on a verb before it whose subject (active or passive: "was praised … before saying") is
a person or organization the article names. Only the cue's own head and children are read.

`the US lifted a trade ban to reward Tripoli for giving up weapons of mass destruction and vowing to
compensate Lockerbie victims` (round 15, wt-q64): a speech participle after "for" hung on a verb with an
object ("reward Tripoli for …", "praised the report for saying", "fined the club for claiming") has that
object as its subject: the one rewarded, praised or fined is the one who vowed, said or claimed, never the
verb's own subject (the US). The participle may be the second of a coordination ("giving up … and vowing").

`Hodgson believes a winter break carries many advantages, explaining: "…"` (round 17, wt-q69): a speech
participle set off by a comma after a verb's object clause ("believes …, explaining", "said …, adding") is
the main clause's: its subject (Hodgson) explains, as the parser's tree has it when it hangs the
participle on the main verb. The parser often hangs it on the object clause's verb instead; a noun of that
clause (the winter break) is what is believed or said, never who explains.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS

OPENERS = frozenset({"after", "before", "while", "since", "when", "upon", "whilst"})


def participle_speaker(attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named subject of the main clause a sourceless "after …ing" cue hangs on; else None."""
    cue = attribution.cue_token
    if cue is None or attribution.source or attribution.source_token is not None:
        return None
    subject = main_subject(cue)
    if subject is None:
        return None
    cluster = index.cluster_at(subject.i)
    if cluster is None and subject.pos_ == "PROPN":
        cluster = index.person_by_name(subject.text)  # a surname the NER left untagged this time
    return cluster if cluster is not None and cluster.type in {"person", "organization"} else None


def main_subject(cue: Token) -> Token | None:
    """The subject of the verb before an "after …ing" participle with no subject of its own ("Swift got
    high profile support last week, after accusing …": Swift), whatever it is; else None."""
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None  # "after him saying …": a subject of its own
    if cue.dep_ == "pcomp":  # "after accusing": the parser's preposition with the participle
        opener, verb = cue.head, cue.head.head
    elif cue.dep_ == "advcl":  # "while saying", a subordinating mark on the participle
        opener, verb = next((c for c in cue.children if c.dep_ == "mark"), None), cue.head
    else:
        return None
    if opener is None or opener.lower_ not in OPENERS or verb.pos_ not in {"VERB", "AUX"} or verb.i > cue.i:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def reported_clause_participle(cue: Token) -> Token | None:
    """The subject of the main verb whose object clause a comma-set speech participle was hung on
    ("Hodgson believes a winter break carries …, explaining:": Hodgson); None where the participle has a
    subject of its own or hangs on no object clause of a verb with a subject."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ != "ccomp" or clause.i > cue.i or clause.head.i > clause.i:
        return None  # "'…,' he said, adding": a quote's own clause, or a clause after its verb
    if cue.i == 0 or cue.nbor(-1).text != ",":
        return None  # "carries advantages explaining …": no participle set off from the clause
    return next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)


# The prepositions after whose participle the verb's object acts: "reward Tripoli for vowing".
OBJECT_OPENERS = frozenset({"for"})


def participle_object(cue: Token) -> Token | None:
    """The object of the verb a speech participle after "for" hangs on ("reward Tripoli for … vowing":
    Tripoli), a name or a noun for people before the preposition ("fined the players for saying"); None
    where the participle has a subject of its own or the verb no such object ("won praise for …")."""
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    first = cue
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.i < first.i:
        first = first.head  # "giving up … and vowing": the coordination's first participle
    opener = first.head
    if first.dep_ != "pcomp" or opener.lower_ not in OBJECT_OPENERS or opener.dep_ != "prep":
        return None
    verb = opener.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.i < opener.i), None)
    if found is None or not (found.pos_ == "PROPN" or (found.pos_ == "NOUN" and denotes_agents(found))):
        return None  # "won praise from the US for vowing …": the praise vowed nothing
    return found
