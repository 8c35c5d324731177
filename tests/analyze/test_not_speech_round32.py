"""Not speech and signed blurbs, round 32 (issue 30, helper q122; judged tuning items).

- a story told ("Wasp tells the story of a young mum …") is no speech cue, and a name the article gives a
  work ("Arnold's gritty drama Wasp") is the work wherever it stands, never a person;
- a charge admitted ("He admitted one felony count of scheming to defraud") is a plea, no speech;
- a cue under a forecast frame ("seems certain to end … and announce …") is words not said yet: thought,
  no speaker;
- the "I" of a review blurb followed by a line "[CNET]" is CNET's.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_content

# BBC entertainment/369 (tuning), cut.
WASP = (
    "For Andrea Arnold, who won the category, the past month has thrust her from relative obscurity into "
    "the limelight.\n\n"
    "Arnold's gritty drama Wasp is about a single mother living on the breadline. \"I felt so privileged "
    "to have a thousand people watching my film on the biggest screen I've ever seen,\" says Arnold.\n\n"
    "Set in her native Dartford, Wasp tells the story of a young mum, who, unable to find a babysitter, "
    "leaves her four young daughters outside a pub while she's on a date. The image that sparked the film "
    "was that of a wasp crawling into a baby's mouth. \"But I just start with an image I can't shake "
    'off, work outwards from that and see what comes out," she explains.\n'
)


def test_a_story_told_is_no_speech(nlp):
    for rows in rows_of_each(nlp, WASP):
        assert not any(content.startswith("the story of") for content, _, _ in rows), rows


def test_a_films_title_is_no_speaker(nlp):
    name, kind, _ = speaker_by_content(WASP, nlp, "But I just start with an image")
    assert (name, kind) == ("Andrea Arnold", "person")


def test_the_story_noun_is_read_with_tell_only(nlp):
    # A hearer and a clause are words told: "told reporters that …" stays speech.
    rows = quote_rows(quotes_only(nlp, "The director told reporters that the story was her own.\n"))
    assert [(c, t) for c, _, t in rows] == [("that the story was her own", "speech")], rows


# BBC business/060 (tuning), cut.
PLEA = (
    "He admitted one felony count of scheming to defraud and faces up to four years in prison. "
    "A Marsh spokeswoman said Mr Bewlay was no longer with the company.\n"
)


def test_a_charge_admitted_is_a_plea(nlp):
    rows = quote_rows(quotes_only(nlp, PLEA))
    assert not any(content.startswith("one felony count") for content, _, _ in rows), rows
    assert any(content.startswith("Mr Bewlay was no longer") for content, _, _ in rows), rows


def test_a_fault_admitted_with_a_clause_is_words(nlp):
    rows = quote_rows(quotes_only(nlp, "He admitted that he had misled the court.\n"))
    assert [c for c, _, _ in rows] == ["that he had misled the court"], rows


# BBC politics/395 (tuning).
FORECAST = (
    "Tony Blair seems certain to end weeks of phoney war on Monday and announce there will be a general "
    "election on 5 May.\n"
)


def test_a_cue_under_a_forecast_frame_is_not_said_yet(nlp):
    assert speaker_by_content(FORECAST, nlp, "there will be a general election") == (None, None, "thought")


def test_an_expected_statement_is_not_said_yet(nlp):
    text = "The chancellor is expected to unveil the plans and say that taxes will not rise.\n"
    assert speaker_by_content(text, nlp, "that taxes will not rise") == (None, None, "thought")


def test_a_plain_statement_stays_speech(nlp):
    text = "Tony Blair ended weeks of phoney war on Monday and announced there will be an election.\n"
    name, _, kind = speaker_by_content(text, nlp, "there will be an election")
    assert (name, kind) == ("Tony Blair", "speech")


# Extraction benchmark page 680c2848e94a (tuning), cut: review blurbs, each followed by its outlet.
BLURBS = (
    "Stadia, Google's streaming gaming platform, launches today. Here's what the early reviews say:\n"
    "Stadia is Google's attempt to make cloud gaming happen, and the company has promised a lot.\n"
    "[Engadget]\n"
    "Really, consider this the start of Stadia's early-access beta period. Because Google's big promises "
    "haven't arrived, and at the price of the Stadia's Founder's Edition, I can't recommend anyone jump "
    "onboard at the moment.\n"
    "[CNET]\n"
    "Is Google Stadia the future? That's really two questions, I guess.\n"
    "[PC World]\n"
)


def test_a_blurbs_i_is_its_outlet(nlp):
    name, kind, _ = speaker_by_content(BLURBS, nlp, "anyone jump onboard")
    assert (name, kind) == ("CNET", "organization")


def test_an_untagged_outlet_is_named_whole(nlp):
    name, kind, _ = speaker_by_content(BLURBS, nlp, "That's really two questions")
    assert (name, kind) == ("PC World", "organization")
