"""Speakers named just before, left with no speaker, round 27 (issue 30; judged tuning draws 7311, 7312 Q49,
Q36, and the round's audit of speech with no speaker): a quoted object of "blamed", an "It" after a sentence
that opens on its quote, a "They" after "the pair", a title and a name after '"…," said', Russian speech
verbs, and a headline's quotation typed speech.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), names rewritten,
cut short, or made up in their style; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from quotegraph.analyze.pipeline import analyze
from quotegraph.read.text import parse_text
from tests.support.quotes import quote_rows, quotes_only, speaker_by_content

# BBC business/258 (judged tuning 7312 Q49), names rewritten.
BLAMED = (
    'Spending boost\n\nThe government has set a growth target of 5% for next year. "Internal and external '
    'conditions are likely to remain unfavourable in 2005," the Finance and Economy Ministry said in a '
    'statement. It blamed "continuing uncertainties such as fluctuating oil prices and stagnant domestic '
    'demand". In 2004, growth will be between 4.7% and 4.8%, the ministry said.\n'
)

# Made up: "blamed" with no quotation reports no words.
BLAMED_NOTHING = "Harvest down\n\nThe farmer blamed the weather for the poor harvest.\n"

# BBC sport/054 (judged tuning 7311), names rewritten.
PAIR = (
    "Sprinters bullish\n\nMarkou, the 2000 Olympic women's 100m silver medallist, and Sydney 200m champion "
    "Kostas Lambrou were suspended by the IAAF for missing three drugs tests. The third was supposed to take "
    "place on the eve of the Games, but the pair could not be found in the village. They were later "
    "taken to hospital after claiming to have been involved in a motorcycle accident.\n"
)

# BBC politics/339 (audit, round 27), names rewritten.
TITLED = (
    'Homes plan\n\nThe Conservatives claimed the plans would amount to an extra tax. "This is typical of '
    'Lib Dem hypocrisy," said Tory shadow local government secretary Carol Spenwood.\n'
)

# BBC politics/116 (judged tuning 7311), names rewritten.
HEADLINE = (
    "CSA 'could close', says minister\n\nMinisters would not rule out scrapping the agency if it failed to "
    "improve, Work and Pensions Secretary Alan Jensen has warned.\n"
)

# article-extraction-benchmark c82b3d1d540b (judged tuning 7312 Q36), the name rewritten.
RUSSIAN = (
    "Модель\n\nВ интервью модель призналась, что жутко боится старости. «Когда вся ваша жизнь состояла в "
    "том, чтобы выглядеть хорошо, стареть публично – это ужасно. Это не для слабонервных, – пожаловалась "
    "Петрова. — Я постоянно борюсь с собой».\n\nБывшая супермодель призналась, что боится: люди высмеивают "
    "то, как она выглядит сейчас. «Я думаю, что кто-то сейчас скажет: эй, посмотри на эту красивую женщину, "
    "которая превратилась в старуху».\n"
)


def test_a_quoted_object_of_blamed_is_the_ministry_it_goes_on_from(nlp):
    name, _, kind = speaker_by_content(BLAMED, nlp, "continuing uncertainties")
    assert (name, kind) == ("Economy Ministry", "speech")
    assert quote_rows(quotes_only(nlp, BLAMED_NOTHING)) == []  # "blamed the weather": no words


def test_they_after_the_pair_is_the_two_the_pair_counts(nlp):
    name = speaker_by_content(PAIR, nlp, "to have been involved")[0]
    assert name is not None and "Markou" in name and "Lambrou" in name


def test_a_title_and_a_name_after_said_is_the_speaker(nlp):
    assert speaker_by_content(TITLED, nlp, "This is typical")[0] == "Carol Spenwood"


def test_a_headline_quotation_with_says_is_speech(nlp):
    analysis = analyze(parse_text(HEADLINE), nlp, only=["quotes"])
    headline = [row for row in quote_rows(analysis) if row[0].startswith("CSA 'could close")]
    assert [kind for _, _, kind in headline] == ["speech"]


def test_russian_words_inside_the_quotation_name_its_speaker(nlp):
    assert speaker_by_content(RUSSIAN, nlp, "Когда вся ваша жизнь")[0] == "Петрова"


def test_a_russian_description_goes_on_from_the_speaker_before(nlp):
    assert speaker_by_content(RUSSIAN, nlp, "Я думаю")[0] == "Петрова"
