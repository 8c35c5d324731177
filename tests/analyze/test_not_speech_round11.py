"""What is not speech (issue 30, round 11): a thing that shows is the source, not its owner nor the subject
of a verb before it: "UKIP's performance … showed that …" (the shipped model's source "UKIP" stands for
the performance, a document) and "Noem launched the campaign …, and the ad going viral … shows that …" (a
conjunct with its own subject lends it to the showing verb after it; Noem launched, the ad shows); and
words "revealed in" a document are the document's ("it's revealed in Eurogamer's Stadia review that …").

The fixtures are a sentence or two of tuning articles (judged tuning sample 7303, items Q19, Q37 and Q62), cut
short; the contrasts that stay speech are short sentences of the same shape. The rules are in
docs/quotes.md, "Not speech, round 11".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each


def test_the_owner_of_a_thing_that_shows_is_not_its_speaker(nlp):
    text = (
        "UKIP's performance in last year's European elections was just such a shocker and showed that Mr "
        "Morris may have a point about the new consensus."
    )
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "document" and name != "UKIP" for _, name, kind in rows)


def test_a_thing_that_shows_after_a_clause_of_someone_else_is_no_speech(nlp):
    text = (
        "Noem launched the campaign on Monday, and the ad going viral on its first day shows that it's "
        "already a success."
    )
    for rows in rows_of_each(nlp, text):
        assert rows and all(
            kind == "document" and name != "Kristi Noem" and name != "Noem" for _, name, kind in rows
        )


def test_the_leader_of_a_party_still_speaks_in_his_own_name(nlp):
    for rows in rows_of_each(nlp, "Labour's leader said that the plan was sound."):
        assert rows and all(kind == "speech" and name == "Labour's leader" for _, name, kind in rows)


def test_someone_who_acts_and_suggests_keeps_the_subject(nlp):
    text = "Smith launched the plan on Monday, and the minister welcomed it and said that the plan was sound."
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "speech" and name == "minister" for _, name, kind in rows)


def test_a_document_that_shows_keeps_its_owner_in_its_name(nlp):
    for rows in rows_of_each(nlp, "Smith's figures show that the plan was sound."):
        assert rows and all(kind == "document" and name == "Smith's figures" for _, name, kind in rows)


def test_words_revealed_in_a_review_are_the_reviews(nlp):
    text = (
        "But it's revealed in Eurogamer’s Stadia review that Red Dead Redemption 2 only renders at 1440p and "
        "30fps with visual settings at around the same level seen on the Xbox One X."
    )
    for rows in rows_of_each(nlp, text):
        assert rows and all(
            kind == "document" and name == "Eurogamer’s Stadia review" for _, name, kind in rows
        )


def test_words_revealed_in_court_stay_hearsay(nlp):
    for rows in rows_of_each(nlp, "It was revealed in court that the player had failed a drug test."):
        assert rows and all(kind == "thought" and name is None for _, name, kind in rows)


def test_words_revealed_by_someone_in_an_interview_are_theirs(nlp):
    text = "It was revealed by the minister in an interview that the player had failed a drug test."
    for rows in rows_of_each(nlp, text):
        assert all(name == "minister" for _, name, _ in rows)
