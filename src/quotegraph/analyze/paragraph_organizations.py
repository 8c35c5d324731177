"""The organization a paragraph is about (docs/quotes.md, "The organization a paragraph is about", round 20).

A business story names other firms in passing ("Ms Tan has been chief executive of Metrojaya"), yet its
"it" and its "the company" go on from the organization its sentences are about, the subject of their main
clauses: "Laura Ashley … has been hit by reports of poor sales. In October last year, it announced …
In September, the company had said … but last September it reported …" is Laura Ashley throughout, not
Metrojaya, named last; "The group is to set up a new Access Services division … The company also unveiled
plans … / It added …" is BT, the subject of the paragraph before, not the division.

Read back from the sentence before the pronoun's, within its paragraph and the one before: a main
subject that is "it" or a plain description of a body ("the company", "the group") goes on from further
back; one that names an organization (or a name the NER took for a person that is never given a title
nor called "he" or "she": "Laura Ashley") is the answer; a person or any other subject ends the search
(None: the callers go on as before). Things as subject ("Its shares were down") end it too. Where the
pronoun's own sentence names an organization before it ("Shares in Phytopharm closed down …, after it
said …"), that sentence is the rules' before, not the paragraph's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotegraph.analyze.descriptions import paragraph_floor
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of

# The paragraph of the pronoun and the one before it.
PARAGRAPHS = 2
# At most this many sentences back (a paragraph of a long page may run on).
MOST_SENTENCES = 8


def paragraph_organization(
    token: Token, index: EntityIndex, body: Callable[[Token], bool], sexless: Callable[[Cluster], bool]
) -> Cluster | None:
    """The organization the main subjects of the sentences before `token` stand for (see the module
    docstring); `body`: whether a subject is a plain description of a body, `sexless`: whether a person
    cluster is a name never given a sex (organization_pronouns.py's)."""
    doc = token.doc
    if any(_organization_at(t, index) for t in doc[token.sent.start : token.i]):
        return None  # "Shares in Phytopharm closed down …, after it said": its own sentence's, as before
    floor = paragraph_floor(text_of(doc), token.idx, PARAGRAPHS)
    sentence = token.sent
    for _ in range(MOST_SENTENCES):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        if sentence.start_char < floor:
            return None
        subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or sentence.root.pos_ not in {"VERB", "AUX"}:
            continue  # a heading, a fragment: no subject to go by
        if subject.lower_ == "it" or body(subject):
            continue  # "it announced", "the company had said": the same organization, from further back
        cluster = index.cluster_at(subject.i)
        if cluster is None and subject.pos_ == "PROPN":  # "BT wants …": a name the NER left out there
            cluster = index.organization_by_name(subject.text)
        if cluster is None:
            return None
        named = subject.pos_ == "PROPN" and cluster.type == "person" and sexless(cluster)
        return cluster if cluster.type == "organization" or named else None
    return None


def _organization_at(token: Token, index: EntityIndex) -> bool:
    """Whether a token is (part of) the name of an organization, by its cluster or by the NER."""
    cluster = index.cluster_at(token.i)
    return (cluster is not None and cluster.type == "organization") or token.ent_type_ == "ORG"
