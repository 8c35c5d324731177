"""What is not speech (issue 30): a term in quotation marks, "according to" a criterion, a save in a match
report, a survey's respondents; and an announcement the parser hung from its subject is speech.

The fixtures are a sentence or two of tuning articles (BBC articles and extraction-benchmark pages outside
the held-out sample of benchmarks/quote_sample.py), cut short; the rules are in docs/quotes.md, "Types of
attribution" and "What is no attribution".
"""

from __future__ import annotations

from quotegraph.analyze.deeds import by_criterion
from tests.support.quotes import quote_rows, quotes_only


def test_a_term_in_quotation_marks_is_no_quote(nlp):
    text = (
        "When the offending substance is feathers in a duvet, HP is called “feather duvet lung.” When it is "
        "feathers on a bird, the term often used is “bird fancier’s lung.” When HP occurs in a person "
        "breeding pigeons, it is called “pigeon breeder’s lung.”"
    )
    assert quote_rows(quotes_only(nlp, text)) == []
    text = (
        "Rather than HP simply from being exposed to feather bedding, it’s instead been dubbed “feather "
        "duvet lung.” The awesome 1924-5 All Black tourists became known as 'The Invincibles.'"
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_words_someone_called_a_person_are_still_a_quote(nlp):
    text = (
        'Buhecha, who made £26,000 per month from his illegal trade, was called "one of the biggest '
        'Bollywood pirates in the UK" by the sentencing judge.'
    )
    assert [content for content, _, _ in quote_rows(quotes_only(nlp, text))] == [
        "one of the biggest Bollywood pirates in the UK"
    ]


def test_according_to_a_criterion_is_no_attribution(nlp):
    text = (
        "The voters are put in 24 categories according to their last known voting intention, ranging "
        'from "Labour (firm)" to "target (Conservative)".'
    )
    assert quote_rows(quotes_only(nlp, text)) == []
    text = (
        "The probe centred around so-called contingent commissions, whereby brokers were rewarded according "
        "to how much business they brought to an insurer."
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_according_to_a_source_is_still_an_attribution(nlp):
    text = "Blu-ray is winning more supporters than its rival, according to its backers."
    assert quote_rows(quotes_only(nlp, text)) == [
        ("Blu-ray is winning more supporters than its rival", "its backers", "speech")
    ]
    text = "Pascuale has been flooded with offers of TV work according to his management company."
    assert [(speaker, kind) for _, speaker, kind in quote_rows(quotes_only(nlp, text))] == [
        ("his management company", "speech")
    ]


def test_a_save_in_a_match_report_is_no_speech(nlp):
    text = (
        "Rooney's desperate search for a goal on his return to Everton was halted again by Martyn in "
        "injury-time when he outpaced Stubbs, but once again Martyn denied the England striker."
    )
    assert quote_rows(quotes_only(nlp, text)) == []
    text = (
        "Liverpool earn another chance on the break on 75 minutes as Paulo Ferreira denied Gerrard with a "
        "last-ditch tackle. After a quiet opening, James denied Damien Duff, Jiri Jarosik and Mateja Kezman."
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_according_to_people_after_but_or_is_is_a_source(nlp):
    text = (
        "Science Minister Lord Sainsbury went along to listen and outline the UK position, but according to "
        "those present, it was embarrassing to see how little the minister and his officials actually "
        "understood."
    )
    assert [cue for cue in _cues(text, nlp)] == ["according to"]
    doc = nlp(
        "That is according to an expert panel which gathered at the annual Consumer Electronics Show in Las "
        "Vegas."
    )
    assert not by_criterion(next(t for t in doc if t.lower_ == "according"))


def _cues(text: str, nlp) -> list[str]:
    analysis = quotes_only(nlp, text)
    return [" … ".join(analysis.text[s:e] for s, e in quote.cue) for quote in analysis.quotes]


def test_denying_a_claim_is_still_speech(nlp):
    text = "Baros, who is Liverpool's leading scorer this season, denied reports of a row with Benitez."
    assert quote_rows(quotes_only(nlp, text)) == [("reports of a row with Benitez", "Baros", "speech")]
    text = "An All England club spokesperson denied Phillips made the remark."
    assert [kind for _, _, kind in quote_rows(quotes_only(nlp, text))] == ["speech"]
    text = (
        "Downing Street has denied the claims, made in a new book about the Attorney General Lord "
        'Goldsmith\'s advice. Lord Goldsmith also denied them, saying he was not "leaned on" in any way.'
    )
    assert ("them", "Lord Goldsmith", "speech") in quote_rows(quotes_only(nlp, text))
    text = (
        "Tottenham sporting director Frank Arnesen has denied that coach Jacques Santini resigned because of "
        "a clash of personalities at White Hart Lane."
    )
    assert _cues(text, nlp) == ["has denied"]
    text = 'But Mr Howard denied Mr Yeo, his transport and environment spokesman, said the plans "stink".'
    assert "denied" in _cues(text, nlp)  # not a save: what Yeo said is what was denied


def test_a_surveys_respondents_are_a_document(nlp):
    text = (
        "Most respondents also said their national economy was getting worse. Almost 23,000 people in 22 "
        "countries were questioned for the poll."
    )
    assert quote_rows(quotes_only(nlp, text)) == [
        ("their national economy was getting worse", None, "document")
    ]
    text = (
        "The survey also showed that it is not just voice calls that are going wireless. Some of those "
        "questioned said they were looking to use a mobile or wireless service to get net access."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert rows[-1] == (
        "they were looking to use a mobile or wireless service to get net access",
        None,
        "document",
    )


def test_those_questioned_outside_a_poll_story_still_speak(nlp):
    text = (
        "Some of those questioned said they were looking to use a mobile or wireless service to get net "
        "access within the next couple of years."
    )
    assert [(speaker, kind) for _, speaker, kind in quote_rows(quotes_only(nlp, text))] == [
        ("those questioned", "speech")
    ]


def test_an_announcement_the_parser_hangs_from_its_subject_is_speech(nlp):
    text = (
        "WeWork’s parent company, The We Company, announced on Sept. 30 that it was withdrawing its S-1 "
        "filing for an initial public offering."
    )
    assert [kind for _, _, kind in quote_rows(quotes_only(nlp, text))] == ["speech"]
    text = "The deal, reported to be worth $2bn, was signed on Monday."
    assert all(kind != "speech" for _, _, kind in quote_rows(quotes_only(nlp, text)))
