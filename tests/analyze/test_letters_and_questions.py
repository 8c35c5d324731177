"""A letter's writer, the question put, and "they" of things (issue 30): speakers by news convention
(docs/quotes.md, "Letters, questions and 'they' of things").

The fixtures are a sentence or a few of tuning articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only


def test_they_after_a_sentence_about_things_is_not_those_things(nlp):
    # The subject of the sentence before is "The announcements": things say and believe nothing.
    text = (
        "The announcements brought great cheers from his own MPs who are now in full-on election mode "
        "and had been looking to their man to give them ammunition for the doorsteps. They obviously "
        "believed he had done that for them."
    )
    speakers = [speaker for _, speaker, _ in quote_rows(quotes_only(nlp, text))]
    assert "The announcements" not in speakers
    assert all(s is None or "announcement" not in s.lower() for s in speakers)


def test_they_after_a_sentence_about_people_is_those_people(nlp):
    # Companies speak: the plural subject of the sentence before stays the "they" that opens the next.
    text = (
        "The two Japanese companies will collaborate in research and development, production, marketing "
        "and licensing. They said the agreement would enable the two companies to expand the plasma "
        "display TV market globally."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [speaker for _, speaker, _ in rows] == ["two Japanese companies"]


def test_a_letter_from_someone_is_theirs(nlp):
    # A letter speaks for its writer as a statement for its issuer: not the document "letter".
    text = (
        'Qwest said on Wednesday that MCI had rejected a deal worth $8bn. "We would like to advise you '
        "that once we have completed our review of the Verizon merger agreement, we do intend to submit a "
        'modified offer to acquire MCI," the letter from Qwest said.'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [(content[:20], speaker) for content, speaker, _ in rows] == [
        ("that MCI had rejecte", "Qwest"),
        ("We would like to adv", "Qwest"),
    ]


def test_a_letter_to_someone_is_not_theirs(nlp):
    # The addressee (MCI's board) is whom the letter is to, never its speaker; the writer sent it.
    text = (
        "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday saying that it plans "
        "to submit a new offer after examining Verizon's bid."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [speaker for _, speaker, _ in rows] == ["Richard Notebaert"]


def test_the_letter_added_is_its_writer_named_before(nlp):
    # The writer the sentence before names ("An Open Letter from …") owns "the letter added", whoever
    # else that sentence quotes.
    text = (
        "In the adverts, entitled An Open Letter from chief executive Sidney Taurel, the company says the "
        'article continues to "needlessly spread fear among patients who take Prozac". "It was simply '
        'wrong to suggest that information on Prozac was missing," the letter added.'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert rows[-1][1] == "Sidney Taurel"


def test_a_person_named_in_the_question_put_is_not_who_answers(nlp):
    # The prime minister answers a question about Blunkett: the "he" who replies is not Blunkett.
    text = (
        'Asked if Mr Blunkett could return to frontline politics at some point, he replied: "I have made '
        'my admiration for David very clear and it remains."'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert len(rows) == 1 and rows[0][1] != "Blunkett"
