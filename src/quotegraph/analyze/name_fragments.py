"""One word of a longer name is nobody's name (issue 30, round 23).

A source whose head the parser cut out of a longer capitalised name, one that joins its words with "and",
"for" or "of" ("Only Fools and Horses", "A Department for Work and Pensions spokeswoman", "the Commission
for Racial Equality"), is no person called by that one word, and neither is the "he" or "she" that goes on
from it:

- **The person the phrase describes**: a person the source phrase names outside that longer name is the
  speaker. `Only Fools and Horses star David Jason criticised British TV … "…," he said.` is David Jason
  (and so is the "he"), not a person called "Fools".
- **An organization's spokesperson**: with no person named, a spokesperson noun ("spokesman",
  "spokeswoman", "official") speaks for the organization the whole name is. `A Department for Work and
  Pensions spokeswoman confirmed … "…," she said.` is the Department for Work and Pensions (as "a
  spokeswoman for Human Rights Watch" is Human Rights Watch), not a person called "Department".
- Else the rule does not speak (the other rules decide).

A name the NER gave as one entity (an organization "Commission for Racial Equality") is found whole by
the other rules and left alone; a run that holds a person's name ("Tony Blair and Gordon Brown") is people,
not one longer name.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import SPEAKING_FOR as SPOKESPEOPLE
from quotegraph.analyze.entities import Cluster, EntityIndex

CONNECTORS = frozenset({"and", "for", "of", "&"})  # the words inside a longer name: "Work and Pensions"
# descriptions.SPEAKING_FOR, and an official: "A Department for Work and Pensions official said".
SPOKESPEOPLE_AND_OFFICIALS = SPOKESPEOPLE | {"official"}
ARTICLES = frozenset({"a", "an", "the"})


def name_fragment(head: Token, index: EntityIndex) -> Cluster | None:
    """The person the source phrase names, or the organization a spokesperson of that longer name speaks
    for, where the source's head is one word of a longer name; else None (the module's docstring)."""
    run = _longer_name(head, index)
    if run is None:
        return None
    phrase = list(head.subtree)
    inside = {t.i for t in run}
    for token in phrase:
        cluster = index.cluster_at(token.i)
        if (
            token.i not in inside
            and cluster is not None
            and cluster.type == "person"
            and _beside(token, head)
        ):
            return cluster  # "Only Fools and Horses star David Jason"
    if any(t.lower_ in SPOKESPEOPLE_AND_OFFICIALS and t.i not in inside for t in phrase):
        return _organization(run, index)  # "A Department for Work and Pensions spokeswoman"
    return None


def _organization(run: list[Token], index: EntityIndex) -> Cluster:
    """The organization a longer name is: the article's, else a new one named by the run's words."""
    words = run[1:] if run[0].lower_ in ARTICLES else run
    mention = words[0].doc[words[0].i : words[-1].i + 1]
    found = index.organization_by_name(mention.text)
    if found is not None:
        return found
    cluster = index.new(mention.text, "organization")
    cluster.add(mention, mention.text)
    return cluster


def speaking_for(source: Token | None) -> Token | None:
    """The spokesperson noun of a source whose head is one word of a longer name ("A Department for Work
    and Pensions spokeswoman … She said": the spokeswoman, whom "she" goes on from), else the source."""
    run = _run(source) if source is not None else None
    inside = {t.i for t in run} if run is not None else set()
    spoken = (
        [t for t in source.subtree if t.lower_ in SPOKESPEOPLE_AND_OFFICIALS and t.i not in inside]
        if run
        else []
    )
    return spoken[0] if spoken else source


def _longer_name(head: Token, index: EntityIndex) -> list[Token] | None:
    """The run of capitalised words joined by a connector that the head stands in, where no entity holds
    the whole run and none of its words is a person's name of more than the one word; else None."""
    held = index.cluster_at(head.i)
    if held is not None and (held.type != "person" or " " in held.name):
        return None  # "Commission for Racial Equality", the NER's whole organization; "Gordon Brown"
    run = _run(head)
    for token in run or []:
        cluster = index.cluster_at(token.i)
        if cluster is not None and cluster.type == "person" and " " in cluster.name:
            return None  # "Tony Blair and Gordon Brown": people, no longer name
    return run


def _run(head: Token) -> list[Token] | None:
    """The capitalised words, joined by at least one connector, that a proper noun stands among."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    doc, sentence = head.doc, head.sent
    start = end = head.i
    while start > sentence.start and _in_name(doc[start - 1]):
        start -= 1
    while end + 1 < sentence.end and _in_name(doc[end + 1]):
        end += 1
    while start < end and not doc[start].is_title:
        start += 1
    while end > start and not doc[end].is_title:
        end -= 1
    run = list(doc[start : end + 1])
    if not any(t.lower_ in CONNECTORS for t in run) or sum(t.is_title for t in run) < 3:
        return None
    return run


# How a name the phrase sets beside the head hangs from it: not in a clause or phrase of its own ("…, who
# arrested Jones, said" is not Jones).
BESIDE = frozenset({"conj", "compound", "appos", "cc", "nmod", "amod", "flat", "punct"})


def _beside(token: Token, head: Token) -> bool:
    while token.i != head.i:
        if token.dep_ not in BESIDE or token.head.i == token.i:
            return False
        token = token.head
    return True


def _in_name(token: Token) -> bool:
    return token.is_title or token.lower_ in CONNECTORS
