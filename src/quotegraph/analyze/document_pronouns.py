"""Documents that speak through a pronoun (docs/quotes.md, "Not speech, round 14").

A source that is a document makes a `document`, whatever the cue (attribution_types.py); so does a
pronoun that stands for one:

- "This" opening its sentence, alone, as the cue's subject, stands for the last document the sentence
  before names: "Labour claims the policy is little more than a "desperate attempt to catch up with
  Labour's five-year plan" for immigration and asylum, which was published last week. This says health
  screening for TB will be targeted …" is the plan's (a thing published is a document,
  document_nouns.published). With no document in the sentence before, "This" names no one, as before.
- "they" or "it" as the subject of a cue in a clause hung on the main clause (a clause of cause, time or
  contrast, or one coordinated with it), where the main clause's subject is a document of the same number,
  stands for that document: "Howitt's findings were significant because they pointed to a possible role
  for tuft cells …" is the findings' (round 18), a document, not speech with no speaker.
- An attribution whose speaker is a document is typed `document`: "Research by handset maker Nokia shows
  … According to the study, … It showed that people keep their fixed line phone …": "It" is the study,
  so what it showed is a document's finding, not someone's thought (documents_speak, after speakers.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.records import Quote, Speaker

# Words that may open the sentence before "This": "But this says …".
SENTENCE_JOINERS = frozenset({"but", "and", "yet"})


def document_named_before(head: Token | None) -> Token | None:
    """The document "This" stands for: the last one the sentence before names, or None."""
    if head is None or head.lower_ != "this" or head.dep_ != "nsubj" or list(head.children):
        return None
    sentence = head.sent
    opening = head.doc[sentence.start : head.i]
    if (
        not all(t.lower_ in SENTENCE_JOINERS or t.is_punct or t.is_space for t in opening)
        or sentence.start == 0
    ):
        return None
    before = head.doc[sentence.start - 1].sent
    nouns = [t for t in before if t.pos_ == "NOUN" and is_document_noun(t)]
    return nouns[-1] if nouns else None


def documents_speak(quotes: list[Quote], speakers: list[Speaker]) -> None:
    """Type `document` each attribution whose speaker is a document ("It showed …": the study)."""
    documents = {s.id for s in speakers if s.kind == "document"}
    for quote in quotes:
        if quote.speaker in documents and quote.type != "document":
            quote.type = "document"


# The clauses whose "they" or "it" may take the main clause's subject: "… because they pointed to …".
HUNG_CLAUSES = frozenset({"advcl", "conj"})
PRONOUN_NUMBER = {"they": "NNS", "it": "NN"}


def document_of_main_clause(head: Token | None) -> Token | None:
    """The document "they" or "it" stands for: the subject of the clause its own clause hangs on."""
    if head is None or head.dep_ != "nsubj" or head.lower_ not in PRONOUN_NUMBER:
        return None
    verb = head.head
    if verb.dep_ not in HUNG_CLAUSES or verb.head is verb:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
    if len(subjects) != 1 or subjects[0].tag_ != PRONOUN_NUMBER[head.lower_]:
        return None
    return subjects[0] if is_document_noun(subjects[0]) else None
