"""Reports in a publication: the publication is the source.

`… are involved in the project, according to reports in the Hollywood Reporter trade newspaper. It said
scripts have been commissioned …` (BBC entertainment/170, judged tuning 7311 Q62): news cites what another
outlet printed as "reports in", "a report in", "an article in" the paper; the paper published them, and the
reporter attributes the words to it ("It said" goes on from it), not to an authorless "reports". A report,
story or article (`NEWS_PIECES`) whose own "in" names a publication is that publication's: a name in
capitals ("a report in the Telegraph", "a report in the Sunday Express"), the capitalised words before a
noun for a paper ("the Hollywood Reporter trade newspaper") or a name beside that noun ("the British
newspaper the Independent"). Never a place ("reports in China": where the reports are), nor a paper left
unnamed ("an article in the magazine"), nor two papers ("reports in the Wall Street Journal and the
Financial Times": a joint source, left to the other rules); the piece keeps its document type, only its
speaker is the paper.
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# Pieces a paper prints, cited as someone's words: "reports in the Guardian".
NEWS_PIECES = frozenset("report reports story stories article articles".split())
# Nouns for a publication, which its name comes before or beside: "the Hollywood Reporter trade newspaper".
PUBLICATION_NOUNS = frozenset("newspaper paper magazine journal daily tabloid weekly".split())
# The NER's labels of a place or a people, never a publication's name ("reports in China").
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})


def publication_of(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization of the publication a news piece's "in" names ("reports in the Hollywood Reporter
    trade newspaper": the Hollywood Reporter), the article's own where it names it; else None."""
    if head.lower_ not in NEWS_PIECES or head.pos_ != "NOUN":
        return None
    preposition = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    paper = next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
    if paper is None or any(c.dep_ == "conj" for c in paper.children):
        return None
    name = _publication_name(paper)
    if name is None:
        return None
    found = index.cluster_at(name[-1].i) or index.organization_by_name(name.text)
    if found is not None:
        return found if found.type == "organization" else None
    cluster = index.new(name.text, "organization")
    cluster.add(name, name.text)
    return cluster


def _publication_name(paper: Token) -> TokenSpan | None:
    """The publication's name: the name itself, the capitalised words before a noun for a paper, or the
    name set beside that noun."""
    doc = paper.doc
    if paper.lower_ in PUBLICATION_NOUNS:
        beside = next((c for c in paper.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if beside is not None:
            return _name_run(beside)
        before = [t for t in doc[paper.left_edge.i : paper.i] if _capitalised(t)]
        if not before or any(not t.is_lower for t in doc[before[-1].i + 1 : paper.i]):
            return None
        name = _name_run(before[-1], paper.left_edge.i)  # "the Hollywood Reporter trade newspaper"
        return None if all(t.ent_type_ in PLACE_LABELS for t in name) else name  # "the British newspaper"
    if paper.pos_ != "PROPN" or not _capitalised(paper) or paper.ent_type_ in PLACE_LABELS:
        return None
    return _name_run(paper)


def _name_run(name: Token, floor: int | None = None) -> TokenSpan:
    """The name's last word with the capitalised words right before it, back to `floor` (its phrase's
    first word by default): "Sunday Express"."""
    doc, start = name.doc, name.i
    floor = name.left_edge.i if floor is None else floor
    while start > floor and _capitalised(doc[start - 1]):
        start -= 1
    return doc[start : name.i + 1]


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha
