"""What an attribution reports: speech, thought or document (docs/quotes.md).

The rule, by cue and source:
- document: the source is a document, a study, a report, a survey, a poll, a photo, figures ("another
  study found that …", "a survey says …", "a photo showed …"), whatever the cue;
- thought: the cue reports a belief, a wish or an intention ("he hopes", "she wants to", "they
  fear", "plans to"), or what someone found or showed that is not said in words;
- speech: everything else: said, told, added, wrote, tweeted, a statement by a person or organization.
A direct quotation is speech unless its source is a document: quotation marks are words someone said.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.records import AttributionType

# Nouns whose subject is a document rather than someone speaking ("the report said", "a poll shows").
DOCUMENT_NOUNS = frozenset(
    """
    study studies report reports survey surveys poll polls photo photos photograph photographs picture
    pictures image images video footage document documents research figures statistics data analysis
    findings census index review audit letter memo records estimate estimates forecast forecasts
    projections calculations numbers paper papers results evidence inquiry investigation ranking
    rankings chart table list model
    """.split()
)
# "the paper said" is the newspaper speaking, an organization, not a document.
ORGANIZATION_READINGS = frozenset({"paper", "papers"})
THOUGHT_LEMMAS = frozenset(
    """
    believe think hope fear worry expect feel doubt know reckon suspect wish want imply guess assume
    decide learn understand plan intend seek
    """.split()
)
FINDING_LEMMAS = frozenset({"find", "show", "demonstrate", "prove", "reveal", "suggest", "indicate"})


def is_document_noun(head: Token | None) -> bool:
    """A source head naming a document: "study" in "another study"; not "paper", the newspaper."""
    if head is None or head.pos_ == "PROPN":
        return False
    lower = head.lower_
    document = lower in DOCUMENT_NOUNS or head.lemma_.lower() in DOCUMENT_NOUNS
    return document and lower not in ORGANIZATION_READINGS


def attribution_type(cue: Token | None, source: Token | None, direct: bool) -> AttributionType:
    """The type of one attribution from its cue and the head of its source (either may be None)."""
    if is_document_noun(source):
        return "document"
    if cue is None or direct:
        return "speech"
    lemma = cue.lemma_.lower()
    if lemma in THOUGHT_LEMMAS:
        return "thought"
    if lemma in FINDING_LEMMAS - {"suggest", "reveal"}:
        # "tests found …" with nobody named is a finding; someone's "found that …" is what they concluded.
        return "document" if source is None else "thought"
    return "speech"
