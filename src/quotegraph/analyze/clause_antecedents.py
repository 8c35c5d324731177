"""Whom a description stands for in the sentence that names it (docs/quotes.md, "Round 8: antecedents").

News names an organization as the subject of a clause and goes on in the next clause of the same
sentence with its description: "SpaceX is widely believed to have submitted a proposal …, but the
company has declined to publicly confirm that" is SpaceX, not Boeing, the organization quoted before.
So a "the company", "the firm", "the group" (descriptions.DESCRIBED_ORGANIZATIONS, less the media and
sides, which name another side more often than not) as the subject of a clause joined to another by
"and"/"but" is the organization that other clause has as its subject, where the article knows that
subject as an organization, or as a name never given a title nor called "he" or "she" (the NER may take
"SpaceX" for a person, or give it no cluster: one is made). Only
the two clauses of one sentence are read: the text stays linear.

Likewise a sentence-opening "the company" (after a conjunction at most: "But the company also
reported …") is the organization the sentences of its own paragraph before it have as their subject, the
nearest, rather than an organization that spoke in a paragraph before and is not named in this one:
"McClatchy reported a loss of $304.7 million … Most of the loss reflected a write-down of the company's
news assets. But the company also reported long-term debt …" is McClatchy, not Alden Capital, which
announced something two paragraphs up. Only the paragraph before the description is read (the one
before where its sentence opens a paragraph; at most PARAGRAPH_TOKENS tokens back). A country or a
nationality before the noun ("The US company", "The German company", "The Canada-based company")
re-describes the organization just named: the nearest such subject before it in the paragraph is taken
even where the one that spoke last is named there too (`Siemens showed off a system … The German
company said` is Siemens, though the association quoted before it is named in that paragraph), and a
name set beside the subject counts as the subject ("the world's largest package delivery company, UPS,
said … The US company said" is UPS).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIBED_ORGANIZATIONS, MEDIA_AND_SIDES
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.organization_pronouns import no_sex

CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARAGRAPH_TOKENS = 400


def organization_of_clause(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization a "the company" subject of a joined clause stands for: the subject of the clause
    it is joined to, a name the article gives an organization; else None (the other rules go on)."""
    lemma = head.lemma_.lower()
    if lemma not in DESCRIBED_ORGANIZATIONS - MEDIA_AND_SIDES or head.tag_ != "NN":
        return None
    if head.dep_ not in CLAUSE_SUBJECTS or not any(t.lower_ == "the" for t in head.lefts):
        return None
    verb = head.head
    if verb.dep_ != "conj" or not any(
        c.dep_ == "cc" and c.lower_ in {"and", "but"} for c in verb.head.children
    ):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in CLAUSE_SUBJECTS), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > head.i:
        return None
    cluster = index.cluster_at(subject.i) or index.organization_by_name(subject.text)
    if cluster is None and subject.ent_type_ in {"ORG", "PERSON", ""}:
        cluster = index.new(subject.text, "organization")  # a name the NER gave no cluster: "SpaceX"
        cluster.add(subject.doc[subject.i : subject.i + 1], subject.text)
    if cluster is None or (cluster.type != "organization" and not no_sex(cluster)):
        return None  # "Smith founded the firm, and the company grew": no person is the company
    return cluster


def organization_of_paragraph(head: Token, index: EntityIndex, speaking: Cluster | None) -> Cluster | None:
    """The organization a sentence-opening "the company" stands for where its paragraph is about one: the
    nearest organization name before it in the paragraph that is a sentence's subject, where `speaking`
    (the organization that spoke last) is none or is not named in the paragraph; else None."""
    lemma = head.lemma_.lower()
    if lemma not in DESCRIBED_ORGANIZATIONS - MEDIA_AND_SIDES or head.tag_ != "NN":
        return None
    if head.dep_ not in CLAUSE_SUBJECTS or not any(t.lower_ == "the" for t in head.lefts):
        return None
    opening = [t for t in head.doc[head.sent.start : head.i] if not (t.is_punct or t.is_space)]
    words = [t for t in opening if t.pos_ != "CCONJ" and t.lower_ != "the"]
    placed = bool(words) and _of_place(words, head)  # "The US company", "The Canada-based company"
    if len(opening) - len(words) > 2 or (words and not placed):
        return None  # "But the company …": the sentence is about the company from its start
    doc, found, read = head.doc, None, False
    for token in reversed(doc[max(head.sent.start - PARAGRAPH_TOKENS, 0) : head.sent.start]):
        if token.is_space and "\n" in token.text:
            if read:
                break
            continue  # the description opens its paragraph: the paragraph before is read
        read = True
        if token.pos_ != "PROPN":
            continue
        subject = token.dep_ in CLAUSE_SUBJECTS and token.head.dep_ == "ROOT"
        # "the world's largest package delivery company, UPS, said": the name set beside the subject
        subject = subject or (placed and token.dep_ == "appos" and token.head.dep_ in CLAUSE_SUBJECTS)
        cluster = _named(token, index, subject)
        if cluster is None:
            continue
        if placed and subject and (cluster.type == "organization" or no_sex(cluster)):
            return cluster  # a place re-describes the organization just named ("Boeing" the NER's person)
        if speaking is not None and cluster.id == speaking.id:
            return None  # the organization that spoke is named here too: the rules before go on
        if found is None and subject and cluster.type == "organization":
            found = cluster
    return found


def _named(token: Token, index: EntityIndex, subject: bool) -> Cluster | None:
    """The cluster a name stands in, or the organization named so; for a subject, also the one whose
    name holds it ("McClatchy" of "McClatchy Co."; a scan of the clusters, for subjects only)."""
    found = index.cluster_at(token.i) or index.organization_by_name(token.text)
    return found or (index.organization_with_word(token.text) if subject else None)


def _of_place(words: list[Token], head: Token) -> bool:
    """ "US", "German", "Canada-based" before "company": the noun phrase's own words, a country or a
    nationality (the NER's GPE or NORP) with at most a "-based" after it."""
    places = [t for t in words if t.ent_type_ in {"GPE", "NORP"}]
    joins = [t for t in words if t.lower_ == "based"]  # "Canada-based" (its hyphen is punctuation)
    return bool(places) and len(places) + len(joins) == len(words) and words[0].i >= head.left_edge.i
