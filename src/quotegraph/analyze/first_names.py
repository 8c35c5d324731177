"""A person named by one word only, whom the article calls "he" or "she" (docs/quotes.md, "One-word
names called he or she").

News names some people by one word alone, a first name or a handle ("Tommy — who only goes by his first
name online — retired nearly 10 years ago …, he wrote in a blog post"). The clustering keeps a one-word
name only where it is the surname of a full name the article gives, as a lone capitalised word the NER
calls a person is often no one ("Max out your retirement accounts"). A one-word name the NER labels a
person is one where it is the subject of a clause, outside quotation marks, with no article ("The
Chronicle says he was arrested" is a paper), and the pronouns that follow it as the subject of a clause
(gender.pronouns_used) call it "he" or "she": it becomes a person of its own, with every mention of the
word outside quotes, so that a later "he" or "she" can go on from it rather than from someone named before
it ("billionaire Warren Buffett's favorite investment"). A work's title is no one (round 32, work_titles.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import SUBJECT_OF_CLAUSE, pronouns_used
from quotegraph.analyze.name_repairs import quoted_tokens
from quotegraph.analyze.work_titles import without_work_titles


def add_called_people(doc: Doc, index: EntityIndex) -> None:
    """Give each one-word name that the module's docstring makes a person a person cluster."""
    ents = without_work_titles(list(doc.ents))  # "drama Wasp … Wasp tells the story of": a film (work_titles)
    lone = [e for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title and e[0].is_alpha]
    if not lone:
        return
    quoted = quoted_tokens(doc)
    found: dict[str, Cluster] = {}
    for ent in lone:
        token = ent[0]
        if token.text in found or token.i in quoted or index.cluster_at(token.i) is not None:
            continue
        if token.dep_ not in SUBJECT_OF_CLAUSE or any(c.dep_ == "det" for c in token.children):
            continue  # "The Chronicle says he was arrested": a name with an article is no one's first name
        probe = Cluster(id="probe", name=token.text, type="person", mentions=[ent])
        if any(pronouns_used(probe)):
            found[token.text] = index.new(token.text, "person")
    for token in doc:
        cluster = found.get(token.text)
        if cluster is not None and token.i not in quoted and index.cluster_at(token.i) is None:
            cluster.add(doc[token.i : token.i + 1], token.text)
