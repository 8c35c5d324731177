"""He and she: whether a pronoun agrees with a person, by the titles the article gives them ("Mr",
"Ms", "Lord", "Dame"), else by a "he said" / "she said" already given to them, else by the pronouns
that follow them as the subject of a clause (docs/quotes.md, "He and she"); a person with none of
these agrees with both. speakers.py picks the candidates; this says which of them agree.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady"})


def agrees(pronoun: Token, cluster: Cluster | None, called: dict[str, str] | None = None) -> bool:
    """ "he" and "she" against the titles the article gives the person ("Mr Howard", "Ms Jowell");
    a person the article gives no such title agrees with either."""
    if cluster is None or pronoun.lower_ not in PERSONAL_PRONOUNS:
        return True
    titles = {m.doc[m.start - 1].lower_ for m in cluster.mentions if m.start > 0}
    titles |= {t.lower_ for m in cluster.mentions for t in m}
    male, female = bool(titles & MALE_TITLES), bool(titles & FEMALE_TITLES)
    if male == female and called and cluster.id in called:  # "He has denied …" was given to them
        male, female = called[cluster.id] == "he", called[cluster.id] == "she"
    if male == female:
        male, female = _pronouns_used(cluster)
    if male == female:
        return True
    return male if pronoun.lower_ in {"he", "him"} else female


MALE_PRONOUNS = frozenset({"he", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "herself"})


def _pronouns_used(cluster: Cluster) -> tuple[bool, bool]:
    """Whether the article calls the person "he" or "she": the subject or possessive pronouns that
    follow the person as the subject of a clause before any other person is named ("Palin said she
    would fight on", "Swift accused Braun …, her" but not "… accused him"), by the majority."""
    male = female = 0
    for mention in cluster.mentions:
        if mention.root.dep_ not in SUBJECT_OF_CLAUSE:
            continue
        for token in mention.doc[mention.end : mention.sent.end]:
            if token.ent_type_ == "PERSON":
                break  # a pronoun after another name may be theirs
            if token.dep_ in {"dobj", "pobj", "dative"} and token.tag_ == "PRP":
                continue  # "accused him": an object is someone else
            male += token.lower_ in MALE_PRONOUNS
            female += token.lower_ in FEMALE_PRONOUNS
    return male > female, female > male


SUBJECT_OF_CLAUSE = frozenset({"nsubj", "nsubjpass"})
