"""Whom "the agency", "the party", "the commission" stands for (issue 30, round 9, tuning pages 7740/7741).

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_pages and
tuning_paths, items of the self-judged draws 7740 and 7741), cut short; the rules are in docs/quotes.md,
"Round 9: a word for an organization's kind".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_by_source


def test_the_agency_is_the_organization_the_sentence_before_has_as_its_subject(nlp):
    # aeb/abd9d6291b6b (7740 Q13): CBP, which the sentence before has announce it; not an anonymous "agency".
    text = (
        "In August, CBP announced that it would not be vaccinating migrant families in its holding centers "
        "ahead of the flu season. At the time, the agency said in a statement that it chose not to provide "
        "the vaccinations because of the short-term stays of immigrants in custody."
    )
    assert speaker_by_source(quotes_only(nlp, text), "the agency") == ("CBP", "organization")


def test_the_party_is_the_named_subject_nearest_before_past_an_it(nlp):
    # politics/396.txt (tuning): Labour, which denies and "says" just before, not the Lib Dems who complain.
    text = (
        "The information commissioner is to look into a complaint from the Lib Dems about how Labour uses "
        "its call centres. The Lib Dems say Labour is telephoning people who have signed up to make sure "
        "they do not get marketing calls. Labour denies breaking rules. It says calls are not marketing if "
        "they just ask about people's voting intentions. The party says it would expect the watchdog to "
        "take complaints seriously but it has clear legal advice on the issue."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The party")[0] == "Labour"


def test_no_subject_named_before_leaves_the_description_anonymous(nlp):
    # aeb/432362af0be4 (7740): the commission the news agency cited, never the news agency that spoke.
    text = (
        "The person, who was not identified, was hospitalized in the county of Huade in north China's Inner "
        "Mongolia Autonomous Region, the news agency said, citing the regional health commission.\n"
        "A total of 28 people who were in close contact with the patient were put under medical quarantine. "
        "No one has shown symptoms such as fever, so far, the commission said."
    )
    assert speaker_by_source(quotes_only(nlp, text), "the commission") == ("commission", "anonymous")


def test_the_subject_of_a_passive_is_acted_on_not_the_regulator(nlp):
    # made up after the rule's narrowing: the BBC is fined, Ofcom (not named as subject) speaks.
    text = (
        "The BBC was fined by Ofcom over a phone-in competition. The regulator said the breach was serious."
    )
    name, _ = speaker_by_source(quotes_only(nlp, text), "The regulator")
    assert name != "BBC"
