"""Speakers, round 33 (issue 30, helper q124; tuning items aeb/5caf91b8a442 and bbc-news/entertainment/
375.txt): a lead's indefinite office or expertise ("A California transit chief says", "A PR expert has
told") is the person the next sentence names with that office ("Interim BART Police Chief Ed Alvarez") or
as the bare subject of a verb of saying ("Ann Kite told the court"); someone named there with another
office is someone else (lead_officials.py).

The fixtures are the tuning articles' headline, lead and next sentence (benchmarks/quote_sample.py
tuning_paths / tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

import pytest

from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content

# Extraction benchmark 5caf91b8a442 (tuning; a stabbing on a BART train), cut.
TRANSIT_CHIEF = (
    "The Latest: Man stabbed to death on San Francisco Bay train\n\n"
    "A California transit chief says a man has been stabbed to death on a San Francisco Bay Area commuter "
    "train during a fight.\n\n"
    "Interim BART Police Chief Ed Alvarez told reporters that officials began receiving 911 calls Tuesday "
    "afternoon about a fight aboard a train between two men.\n"
)
# BBC entertainment/375.txt (tuning), cut.
PR_EXPERT = (
    "Jackson film 'absolute disaster'\n\n"
    "A PR expert has told the Michael Jackson child abuse trial that the TV documentary at the heart of the "
    'case was an "absolute disaster".\n\n'
    'Ann Kite told the court in the Californian town of Santa Maria she was hired to "crisis manage" the '
    "fallout after the programme had aired in 2003. Jurors saw the film, in which the pop star held hands "
    "with the alleged victim, on Tuesday.\n"
)
# The same pattern, written: the next sentence names someone with another office, who is someone else.
OTHER_OFFICE = (
    "Tories attack school plans\n\n"
    "A senior minister has said the government's school reforms will go ahead despite the row.\n\n"
    "Opposition leader Michael Howard told reporters the plans were a shambles.\n"
)


def test_a_lead_office_is_the_person_named_next_with_that_office(nlp):
    name, kind, _ = speaker_by_content(TRANSIT_CHIEF, nlp, "a man has been stabbed")
    assert (name, kind) == ("Ed Alvarez", "person")


def test_a_lead_expertise_is_the_bare_subject_of_the_next_speech_verb(nlp):
    name, kind, _ = speaker_by_content(PR_EXPERT, nlp, "that the TV documentary")
    assert (name, kind) == ("Ann Kite", "person")


def test_a_person_named_next_with_another_office_is_someone_else(nlp):
    name, _, _ = speaker_by_content(OTHER_OFFICE, nlp, "the government's school reforms")
    assert name != "Michael Howard"


def test_whom_the_expert_told_is_not_what_she_told(nlp):
    # The shipped model (the CLI's default) drew "the … trial that …" as the content (told_addressees.py).
    model = shipped_model(nlp)
    if model is None:
        pytest.skip("the checkout ships no attribution model")
    rows = quote_rows(quotes_only(nlp, PR_EXPERT, model))
    told = [content for content, _, _ in rows if "TV documentary" in content]
    assert told and all(content.startswith("that the TV documentary") for content in told)
