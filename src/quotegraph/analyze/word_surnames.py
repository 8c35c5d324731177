"""A surname that is also a common word is the person the article named in full (docs/quotes.md,
"Named, not found, round 10").

News names a person in full once and by surname after: `Chris Early, vice president of partnerships at
Ubisoft, …` / `"Streaming is somewhat binary," says Early.` Where the surname is an everyday word
(Early, Young, Little, Rich, Bright), the parser reads it as that word (an adverb, an adjective), the
NER tags nothing, and the source names no one. A source that is one capitalised word, with nothing
hanging on it, the parser did not read as a proper noun, and written exactly as the surname of a person
cluster of the article, is that person. A one-word person cluster (the word itself, tagged once) is no
full name and gives no one.

A clause or an apposition set off by a comma after the word hangs on the name, not on a common noun:
`"Scissors, who consults with administration officials, said …"` after "Derek Scissors, a China scholar
…" is Derek Scissors (round 25); only words before the word, or joined to it without a comma, make a
phrase ("Early reports").
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# The parser's labels of what a comma sets off after a name: "Scissors, who …", "High, the … manager".
SET_OFF_DEPS = frozenset({"relcl", "appos"})


def _set_off(head: Token, child: Token) -> bool:
    """The child is a relative clause or an apposition after the word, a comma between: "Scissors, who
    …"; not an aside ("Labour, needless to say, claim")."""
    comma = head.i + 1
    if child.dep_ not in SET_OFF_DEPS or comma >= len(head.doc) or head.doc[comma].text != ",":
        return False
    return child.left_edge.i > comma


def _lone_word(head: Token) -> bool:
    """A capitalised word of three letters or more the parser read as no proper noun, with nothing hanging
    on it but punctuation and what a comma sets off ("Early reports", "Young people": a phrase, no name)."""
    if head.pos_ == "PROPN" or not head.is_title or not head.is_alpha or len(head.text) < 3:
        return False
    return all(child.is_punct or _set_off(head, child) for child in head.children)


def person_of_word(head: Token, index: EntityIndex) -> Cluster | None:
    """The person whose surname the source's one capitalised common word is; else None."""
    if not _lone_word(head):
        return None
    cluster = index.person_by_name(head.text)
    if cluster is None or cluster.type != "person" or len(cluster.name.split()) < 2:
        return None
    return cluster if cluster.surname == head.lower_ else None


def organization_of_word(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization the article names with the source's one capitalised word, where the parser read it
    as a common noun: "Yili - full name Inner Mongolia Yili Industrial - confirmed …" after "A Yili
    spokesman" is the firm Yili (round 25); else None."""
    if not _lone_word(head):
        return None
    cluster = index.organization_by_name(head.text)
    return cluster if cluster is not None and cluster.name == head.text else None
