"""What people prove by what they do, the writer's assessment and no one's words (round 30): "players
like Stephen Jones, Martyn Williams … are proving it is not only the youngsters that are on an upward
curve", "Arsenal showed they can still win away": the subject plays, campaigns or performs, and the
writer draws the conclusion; nobody said or thought it.

"Prove" and "show" take a clause from a document, a study or a figure as a finding ("the study shows
that …", "figures prove …"; document_nouns.py and attribution_types.py keep those), and from researchers
as theirs ("scientists have shown that …"). Only a subject of people who are not researchers, a person's
name or a plural noun of people ("players", "the youngsters"), makes it a deed.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS

# Verbs by which a deed makes a point ("are proving that …", "showed they can win").
PROVING = frozenset({"prove", "show"})
# People whose "show" or "prove" is a finding they report, not a deed.
RESEARCHERS = frozenset(
    """
    researcher scientist academic expert analyst economist scholar doctor author investigator
    study survey
    """.split()
)


def proved_by_deeds(cue: Token) -> bool:
    """ "players … are proving it is not only the youngsters …": people prove by deeds, no attribution."""
    if cue.lemma_.lower() not in PROVING or cue.pos_ != "VERB":
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "ccomp" for c in cue.children):
        return False
    return _people(subject)


def _people(subject: Token) -> bool:
    """A person's name or a noun of people who are no researchers, and no document."""
    lemma = subject.lemma_.lower()
    if lemma in DOCUMENT_NOUNS or lemma in RESEARCHERS or subject.lower_ in DOCUMENT_NOUNS:
        return False
    if subject.pos_ == "PROPN":
        return subject.ent_type_ == "PERSON"
    return subject.pos_ == "NOUN" and subject.tag_ == "NNS" and denotes_agents(subject)
