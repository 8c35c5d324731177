"""Speakers due but left out or taken from the wrong noun, round 24 (issue 30; judged tuning draw 7311 Q40 Q79
Q9 Q50 Q71): a name, an aside between two dashes and the cue is the name's; the object of "showed" does a
speech participle past an aside; a participle after a closing mark that describes the quote's last noun is no
cue, and the "said X" after it takes the quote; a cue coordinated at the end of a relative clause is the
clause's noun's; a description that speaks is never the person its reported words name.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/105 (judged tuning 7311 Q40).
ASTON = (
    "Budget Aston takes on Porsche\n\nWith a price tag under £80,000, the V8 Vantage is tens of thousands "
    'of pounds cheaper than existing Aston models. The Vantage is "the most important car in the history '
    "of our company\", said Aston's chief executive Ulrich Bez. Aston - whose cars were famously used by "
    "James Bond - will unveil the Vantage at the Geneva Motor Show on Thursday. Mr Bez - himself a former "
    "executive at rival Porsche - said the new car was the company's \"most affordable car ever and makes "
    'the brand accessible".\n'
)

# BBC politics/292 (judged tuning 7311 Q79).
NATTRASS = (
    "UKIP MEP attacked German 'empire'\n\nMike Nattrass, UKIP's deputy leader, made the comments to an "
    "audience at a meeting during last September's Hartlepool by-election campaign.\n\nThe documentary "
    'showed Mr Nattrass, apparently talking about the EU, telling the meeting: "The Germans are the big '
    "losers here but they don't care because to them the project is worthwhile. \"It's like an empire "
    "for them spreading in all directions away from Germany into Hungary, into what they call the "
    "Sudetenland - Czechoslovakia, places like that. \"So it's cheaper for them to do it this way than roll "
    'the tanks in." On Tuesday, he told the BBC News website he did not think the comments were offensive.\n'
)

# Extraction benchmark page 39d5c43beb60 (judged tuning 7311 Q9).
SCISSORS = (
    "Trump wants bigger China deal\n\nTwo people briefed on the talks said Trump has decided that rolling "
    "back existing tariffs requires deeper concessions from China.\n"
    '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" '
    "announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in "
    "Washington.\n"
)

# BBC business/413 (judged tuning 7311 Q50).
COURT = (
    "EC calls truce in deficit battle\n\nThe European Commission (EC) has called a truce in its battle with "
    "France and Germany over breaching deficit limits.\n\nThe commission then took the pair to the European "
    'Court of Human Justice - which ruled EU countries could not put the pact "in abeyance", and confirmed '
    'the EC\'s right to launch "excessive debt procedures".\n'
)

# BBC politics/095 (judged tuning 7311 Q71).
BROWN = (
    "Brown hits back in Blair rift row\n\nGordon Brown has criticised a union leader who said conflict "
    "between himself and Tony Blair was harming the workings of government.\n\nJonathan Baume, of the top "
    'civil servants\' union, spoke of "competing agendas" between Mr Brown and Mr Blair. But the chancellor '
    "said Mr Baume was never at meetings between himself and the prime minister so could not judge. He said "
    "the union leader was trying to block civil service reform which threatened his members' jobs.\n"
)


def test_a_name_then_an_aside_between_dashes_then_the_cue_is_the_names(nlp):
    assert speaker_by_content(ASTON, nlp, "the new car was")[:2] == ("Ulrich Bez", "person")


def test_the_object_of_showed_speaks_past_an_aside_with_a_participle(nlp):
    assert speaker_by_content(NATTRASS, nlp, "The Germans are the big losers") == (
        "Mike Nattrass",
        "person",
        "speech",
    )


def test_a_participle_describing_the_quotes_last_noun_is_no_cue(nlp):
    assert speaker_by_content(SCISSORS, nlp, "The president wants the option")[:2] == (
        "Derek Scissors",
        "person",
    )


def test_a_cue_coordinated_at_the_end_of_a_relative_clause_is_the_clauses_nouns(nlp):
    assert speaker_by_content(COURT, nlp, "the EC's right")[0] == "European Court of Human Justice"


def test_a_description_that_speaks_is_not_the_person_its_words_name(nlp):
    assert speaker_by_content(BROWN, nlp, "Mr Baume was never")[0] == "Gordon Brown"


def test_he_after_the_description_goes_on_with_its_speaker(nlp):
    assert speaker_by_content(BROWN, nlp, "the union leader was trying")[0] == "Gordon Brown"
