"""A stage name and the real name written beside it are one person (docs/quotes.md, "Round 31: real names").

`Chart-topper 50 Cent, real name Curtis Jackson, said …`, `The Game, whose real name is Jayceon Taylor`,
`Jayceon Taylor, better known as The Game`, `50 Cent (real name Curtis Jackson)`: news gives a performer's
legal name once, beside the name they go by. Both name one person, and the article calls them by the
stage name everywhere else, so the stage name is the cluster's name and each mention of it is the
person's. Only a person has a real name, so the stage name is a person's whatever the NER read it as:
money ("50 Cent"), a firm ("Rapper 50 Cent") or nothing at all ("The Game").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.records import SpeakerType


# What this module reads of entities.Cluster and entities.EntityIndex (entities.py calls this module, which
# may not import it back; unlabelled_surnames.py does the same).
class Cluster(Protocol):
    name: str
    type: SpeakerType
    mentions: list[TokenSpan]

    def add(self, mention: TokenSpan, form: str) -> None: ...


class _Index(Protocol):
    clusters: list[Cluster]

    def __init__(self) -> None: ...

    def cluster_at(self, token: int) -> Cluster | None: ...

    def new(self, name: str, kind: SpeakerType) -> Cluster: ...


Index = TypeVar("Index", bound=_Index)
Namer = Callable[[TokenSpan], str]  # entities.clean_name

# Words between the stage name and "real name": "X, real name Y", "X (real name Y)", "X, whose …".
BEFORE_REAL_NAME = frozenset({",", "(", "whose", "-", "–", "—"})
# Words between "real name" and the real name: "whose real name is Y".
AFTER_REAL_NAME = frozenset({"is", "was", ":"})
LONGEST_NAME = 4  # tokens of a stage name read without the NER: "The Notorious B.I.G."


def join_real_names(doc: Doc, index: Index, clean_name: Namer) -> Index:
    """`index` with each stage name and its real name in one person cluster named by the stage name
    (a new index, its look-up tables built anew, where clusters were joined)."""
    pairs = [*_real_name_pairs(doc), *_better_known_pairs(doc)]
    if not pairs:
        return index
    dropped: list[Cluster] = []
    for stage, real in pairs:
        dropped += _join(doc, index, stage, real, clean_name)
    joined = type(index)()
    joined.clusters = [c for c in index.clusters if all(c is not d for d in dropped)]
    return joined


def _real_name_pairs(doc: Doc) -> list[tuple[TokenSpan, TokenSpan]]:
    """(stage name, real name) of each "X, real name Y" / "X (real name Y)" / "X, whose real name is Y"."""
    pairs = []
    for token in doc[:-2]:
        if token.lower_ != "real" or doc[token.i + 1].lower_ != "name":
            continue
        start = token.i + 2
        while start < len(doc) and doc[start].lower_ in AFTER_REAL_NAME:
            start += 1
        end = token.i
        while end > 0 and doc[end - 1].lower_ in BEFORE_REAL_NAME:
            end -= 1
        if end == token.i:  # "his real name": no name before it
            continue
        real, stage = _name_from(doc, start), _name_to(doc, end)
        if real is not None and stage is not None:
            pairs.append((stage, real))
    return pairs


def _better_known_pairs(doc: Doc) -> list[tuple[TokenSpan, TokenSpan]]:
    """(stage name, real name) of each "Y, better known as X"."""
    pairs = []
    for token in doc[1:-3]:
        words = [t.lower_ for t in doc[token.i : token.i + 3]]
        if words != ["better", "known", "as"] or doc[token.i - 1].text != ",":
            continue
        real, stage = _name_to(doc, token.i - 1), _name_from(doc, token.i + 3)
        if real is not None and stage is not None:
            pairs.append((stage, real))
    return pairs


def _is_name_word(token: Token) -> bool:
    # "50 Cent", "The Game", "Jay-Z": capitalised words and numbers; not a descriptor ("rapper")
    return token.text[:1].isupper() or token.like_num


def _name_from(doc: Doc, start: int) -> TokenSpan | None:
    """The name that starts at token `start`: the NER's, else the run of capitalised words."""
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is not None:
        return ent
    end = start
    while end < len(doc) and end - start < LONGEST_NAME and _is_name_word(doc[end]):
        end += 1
    return doc[start:end] if end > start else None


def _name_to(doc: Doc, end: int) -> TokenSpan | None:
    """The name that ends before token `end`, without a capitalised descriptor the NER took in
    ("Rapper 50 Cent", "Chart-topper 50 Cent")."""
    ent = next((e for e in doc.ents if e.end == end), None)
    start = end
    while start > 0 and end - start < LONGEST_NAME and _is_name_word(doc[start - 1]):
        start -= 1
    if ent is not None:
        start = max(start, ent.start)
    if start < end and doc[start].lower_ == "rapper":
        start += 1  # "Rapper 50 Cent" in a headline: a job, capitalised
    return doc[start:end] if start < end else None


def _bare(name: str) -> str:
    """A name without its article: "The Game" and "Game" are one name."""
    return name[4:] if name.startswith(("The ", "the ")) else name


def _join(doc: Doc, index: _Index, stage: TokenSpan, real: TokenSpan, clean_name: Namer) -> list[Cluster]:
    """Put the stage name, each mention of it and the real name's cluster in one person cluster named
    by the stage name; the clusters it took in, now empty of use."""
    form = clean_name(stage) or stage.text
    bare = _bare(form)
    joined: list[Cluster] = []
    for cluster in [index.cluster_at(t.i) for t in [*real, *stage]]:
        if cluster is not None and all(cluster is not c for c in joined):
            joined.append(cluster)
    for cluster in index.clusters:  # "Rapper 50 Cent" in the headline, "Game" read alone
        named = _bare(cluster.name) == bare or cluster.name.endswith(f" {bare}")
        if named and all(cluster is not c for c in joined):
            joined.append(cluster)
    target = next((c for c in joined if c.type == "person"), None) or index.new(form, "person")
    target.type, target.name = "person", form
    for cluster in joined:
        if cluster is not target:
            for mention in cluster.mentions:
                target.add(mention, cluster.name)
    covered = {t for m in target.mentions for t in range(m.start, m.end)}
    words = [t.text for t in doc[stage.start : stage.end]]
    for start in range(len(doc) - len(words) + 1):  # "50 Cent said": each mention of the stage name
        if [t.text for t in doc[start : start + len(words)]] == words and start not in covered:
            target.add(doc[start : start + len(words)], form)
    if real.start not in covered:
        target.add(real, clean_name(real) or real.text)
    return [c for c in joined if c is not target]
