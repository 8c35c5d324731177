"""Studies, deeds and refusals listed as speech (issue 30, round 19).

- a to-infinitive with no subject before the verb it gives the purpose of ("To confirm the relationship …,
  Howitt ordered …") is a deed: thought, its doer kept (unsaid.fronted_purpose);
- someone's "work" ("Howitt and Garett's work suggested that …"), which the parser may split into a name and
  a possessed work, is a document (document_nouns.research_work);
- a refusal whose topic is in quotation marks ("would not comment on "market speculation"", "would not to
  comment", a typo) stays a refusal, thought, though its content is quoted (unsaid.quotes_a_topic);
- "the laboratory of Stephen Liggett" (or "Liggett's lab") is the scientist who runs it, not a scientist
  named before (laboratories.lab_head, in found_names.person_in_source);
- a cue in a condition opened by "had" before its subject ("had an anonymous Bush holdover … gone to the IG
  … to claim …") reports words nobody said: thought, no speaker (unsaid.in_inverted_condition).

The fixtures are sentences of tuning articles (the corpus file is cited above each); the contrasts that
stay as they were are near sentences of the same shape. The rules are in docs/quotes.md, "Not speech,
round 19".
"""

from __future__ import annotations

from quotegraph.analyze.parsing import parse
from quotegraph.analyze.unsaid import in_inverted_condition
from quotegraph.records import Article
from tests.support.quotes import rows_of_each

# aeb/bdb56ac83513 (tuft cells).
PURPOSE = (
    "To confirm the relationship between the presence of the protozoa and the elevated numbers of tuft "
    "cells, Howitt ordered another set of similarly pathogen-free mice from a different breeding facility."
)


def test_a_fronted_purpose_is_a_deed(nlp):
    for rows in rows_of_each(nlp, PURPOSE):
        assert rows and all(kind == "thought" for _, _, kind in rows), rows


def test_to_be_clear_before_said_stays_speech(nlp):
    text = "To be clear, Howitt said the mice had come from a different breeding facility."
    for rows in rows_of_each(nlp, text):
        assert ("the mice had come from a different breeding facility", "Howitt", "speech") in rows, rows


# aeb/bdb56ac83513 (tuft cells).
WORK = (
    "But they knew far less about how the body recognizes invasive worms. Howitt and Garett’s work "
    "suggested that tuft cells might act as sentinels."
)


def test_someones_work_is_a_document(nlp):
    for rows in rows_of_each(nlp, WORK):
        found = [kind for content, _, kind in rows if content.startswith("that tuft cells")]
        assert found == ["document"], rows


def test_the_researchers_themselves_stay_speech(nlp):
    text = "But they knew less about it. Howitt and Garrett suggested that tuft cells might act as sentinels."
    for rows in rows_of_each(nlp, text):
        found = [kind for content, _, kind in rows if content.startswith("that tuft cells")]
        assert found == ["speech"], rows


# business/364.txt (SSL International), with its typo.
REFUSAL = (
    "An spokesman for SSL, which makes the famous Durex brand of condom, would not to comment on "
    '"market speculation".'
)


def test_a_refusal_with_a_quoted_topic_is_no_speech(nlp):
    for rows in rows_of_each(nlp, REFUSAL):
        assert all(kind == "thought" for _, _, kind in rows), rows
    for rows in rows_of_each(nlp, REFUSAL.replace("not to comment", "not comment")):
        assert all(kind == "thought" for _, _, kind in rows), rows


def test_quoted_words_after_a_refusal_stay_speech(nlp):
    text = 'A spokesman for SSL said: "We never comment on market speculation."'
    for rows in rows_of_each(nlp, text):
        assert ("We never comment on market speculation.", "SSL", "speech") in rows, rows


# aeb/f5c90a6d5253 (a column on the impeachment inquiry).
HOLDOVER = (
    "What would have been the reaction in 2012 had an anonymous Bush holdover at the Obama National Security "
    "Council gone to the IG — but only after first consulting secretly with the staff of Devin Nunes — to "
    "claim third-hand knowledge of a confidential Obama phone call to Russia’s President Medvedev?"
)


def test_a_cue_in_an_inverted_condition_is_nobodys(nlp):
    for rows in rows_of_each(nlp, HOLDOVER):
        found = [(name, kind) for content, name, kind in rows if content.startswith("third-hand")]
        assert found in ([], [(None, "thought")]), rows


def test_had_with_its_subject_before_stays_speech(nlp):
    text = "The holdover had gone to the IG to claim third-hand knowledge of a confidential phone call."
    for rows in rows_of_each(nlp, text):
        found = [kind for content, _, kind in rows if content.startswith("third-hand")]
        assert found in ([], ["speech"]), rows


# BBC politics/150.txt and politics/168.txt: a "had" after its own subject ("Mr Galloway had friends …") opens
# no condition, so a cue under it is said; "it would have been longer had he denied the charge" is one.
HAD_AFTER_SUBJECT = (
    "A spokesman later said Mr Galloway had friends in common with Ms Hassan, who he described as a "
    'prominent anti-war activist, and that he was "willing to do anything - go to Iraq or be an intermediary '
    "or anything that's necessary\"."
)
HAD_INVERTED = "He was jailed for at least 15 years - it would have been longer had he denied the charge."


def _cue(nlp, text: str, word: str):
    return next(token for token in parse(nlp, Article(text=text)) if token.text == word)


def test_had_after_its_subject_opens_no_condition(nlp):
    assert not in_inverted_condition(_cue(nlp, HAD_AFTER_SUBJECT, "described"))
    assert in_inverted_condition(_cue(nlp, HAD_INVERTED, "denied"))


# aeb/bdb56ac83513 (tuft cells).
LAB = (
    "Soraya Shirazi-Beechey reported in a paper that taste receptors could be found in the small intestine. "
    "But then in 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland School "
    "of Medicine, reported that smooth muscle in the airways of the lungs expresses receptors for bitter "
    "taste."
)


def test_a_lab_of_a_scientist_is_the_scientists(nlp):
    for rows in rows_of_each(nlp, LAB):
        found = [name for content, name, _ in rows if content.startswith("that smooth muscle")]
        assert found == ["Stephen Liggett"], rows


def test_a_lab_at_a_university_is_not_a_scientist_named_before(nlp):
    text = LAB.replace("the laboratory of Stephen Liggett, who was then at", "a laboratory at")
    for rows in rows_of_each(nlp, text):
        found = [name for content, name, _ in rows if content.startswith("that smooth muscle")]
        assert found == ["laboratory"], rows
