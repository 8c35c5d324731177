"""What an authored document says stays a document, after its author is named as speaker (round 27).

"A report by analysts InStat/MDR has predicted that … It says that smartphones will make up …": the
report is InStat/MDR's (document_owners.py), and the "It" that goes on from it is the report, so what it
says is a `document`, not InStat/MDR's speech; so is a relative "which" whose noun is the authored
document ("an investigation by the Office of Fair Trading, which concluded in a 2002 report that …").
A pronoun goes on as a document only from its speaker's last attribution before it, where that was an
authored document; once the author speaks in its own name, its "it" speaks again. A "he" or "she" never
goes back to the author of a document quoted, nor to an "it"; no pronoun goes back to a count of
respondents credited to its pollster (`passed_over`, from speakers.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotegraph.analyze.cue_subjects import cue_subject
from quotegraph.analyze.document_owners import document_author
from quotegraph.analyze.survey_counts import counts_respondents

if TYPE_CHECKING:
    from quotegraph.analyze.attribution import Attribution
    from quotegraph.records import Quote

# Sources that go on from the attribution before them.
GOING_ON = frozenset({"it", "they", "which", "this"})


def _start(attribution: Attribution) -> int:
    spans = attribution.cue or attribution.content
    return spans[0][0] if spans else 0


def authored_documents_speak(attributions: list[Attribution], quotes: list[Quote]) -> None:
    """Type `document` the attributions of an authored document and the pronouns that go on from one;
    `quotes` are the attributions' quotes, in the same order."""
    last_authored: dict[str, bool] = {}
    for attribution, quote in sorted(zip(attributions, quotes, strict=True), key=lambda p: _start(p[0])):
        if quote.speaker is None:
            continue
        head = cue_subject(attribution)
        if head is not None and document_author(head) is not None:
            quote.type = "document"  # "an investigation by the OFT, which concluded …": the investigation
            last_authored[quote.speaker] = True
            continue
        source = attribution.source_token
        going_on = source is not None and source.lower_ in GOING_ON
        if going_on and last_authored.get(quote.speaker):
            quote.type = "document"  # "A report by InStat/MDR has predicted … It says …": the report
            continue
        last_authored[quote.speaker] = False


def authored(attribution: Attribution) -> bool:
    """The attribution's cue speaks for a document whose phrase names its author ("The book, by … said")."""
    return document_author(cue_subject(attribution)) is not None


def passed_over(pronoun: Token, earlier: Attribution) -> bool:
    """An earlier attribution a pronoun never goes back to: a count of respondents, though credited to its
    pollster ("In a separate survey by RSA, 80% said …" is no antecedent of a later "they"), and, for "he"
    or "she", a document's author quoted through it or an "it"."""
    if counts_respondents(earlier.source_token):
        return True
    personal = pronoun.lower_ in {"he", "she", "him", "her"}
    return personal and (authored(earlier) or getattr(earlier.source_token, "lower_", "") == "it")
