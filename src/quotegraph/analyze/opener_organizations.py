"""A "the company" after an opening phrase of time or place (docs/quotes.md, "The company after an
opening phrase", round 22).

News goes on with the organization its paragraph is about after a phrase that sets a time or a place:
"Laura Ashley … has in recent months been hit by reports of poor sales. In October last year, it
announced the closure … In September, the company had said that its half-year clothing sales had been
"below expectations"" is Laura Ashley, not Metrojaya, the firm named last in passing. So a "the company",
"the firm", "the group" (descriptions.DESCRIBED_ORGANIZATIONS less the media and sides) that is the main
subject of its sentence, where all that comes before it is one opening phrase with no verb of its own
set off by a comma ("In September,", "Last year,", "In London,"), is the organization the main subjects
of the sentences before it stand for (paragraph_organizations.paragraph_organization: "it" and such
descriptions go on from further back, a named organization is the answer, a person or anything else ends
the search); a name the NER took for a person's counts as an organization only where it is never given
a sex and never set after a word for one person ("But Ford declined …" where the NER took the firm for
"chief executive officer Bill Ford": no answer). A description so resolved is typed an organization
(speakers.py), so a later "he" does not take it. Where the rule finds none, the other rules go on. A
sentence that opens on the description itself, or after a conjunction, is clause_antecedents.py's.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import ONE_PERSON_WORDS
from quotegraph.analyze.descriptions import DESCRIBED_ORGANIZATIONS, MEDIA_AND_SIDES
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.organization_pronouns import no_sex, plain_body
from quotegraph.analyze.paragraph_organizations import paragraph_organization
from quotegraph.analyze.parsing import SUBJECT_DEPS

# The parts of speech of a verb: an opening with one is a clause, not a phrase of time or place.
VERB_POS = frozenset({"VERB", "AUX"})


def organization_after_opener(head: Token, index: EntityIndex) -> Cluster | None:
    """The organization a "the company" main subject after an opening phrase stands for (see the
    module docstring), or None."""
    if head.lemma_.lower() not in DESCRIBED_ORGANIZATIONS - MEDIA_AND_SIDES or head.tag_ != "NN":
        return None
    if head.dep_ not in SUBJECT_DEPS or head.head != head.sent.root:
        return None
    article = head.left_edge
    if article.lower_ != "the" or article.i - 1 <= head.sent.start:
        return None  # "The company said": no opening phrase (clause_antecedents.py's)
    comma = head.doc[article.i - 1]
    opening = head.doc[head.sent.start : comma.i]
    if comma.text != "," or any(t.pos_ in VERB_POS or t.text in {",", '"', "“"} for t in opening):
        return None  # "After it fell, the company said": a clause, not a phrase of time or place
    if opening[0].pos_ == "CCONJ":
        return None
    return paragraph_organization(head, index, plain_body, _no_persons_name)


def _no_persons_name(cluster: Cluster) -> bool:
    """A name never given a sex (organization_pronouns.no_sex) nor set after a word for one person
    ("chief executive officer Bill Ford": a person, though the NER clustered the firm "Ford" with him)."""
    words = {m.doc[m.start - 1].lemma_.lower() for m in cluster.mentions if m.start > 0}
    return no_sex(cluster) and not words & ONE_PERSON_WORDS
