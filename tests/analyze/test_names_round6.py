"""Speakers' names cut, glued or split (issue 30): a name is the whole entity the NER or the parser gives,
a title or an apposition beside it is no part of it, a surname alone is the full name given before, and
organizations coordinated as the subject are one joint source.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, outside the held-out sample), cut short; the rules are in docs/quotes.md, "Names cut,
glued or split".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_by_source


def test_a_description_is_not_cut_off_a_name_it_opens(nlp):
    text = (
        "The bank gave no details of how the records disappeared, but said they had probably not been "
        "misused.\n\n"
        "Bank of America said the tapes went missing in December while being shipped to a back-up data "
        "centre."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Bank of America") == ("Bank of America", "organization")


def test_a_title_after_a_name_with_no_comma_is_a_role_not_the_name(nlp):
    text = (
        '"In the next generation [of consoles] HD support is mandatory," Dr Mark Tuffy games systems '
        "director at digital content firm THX told the BBC News website."
    )
    source = "Dr Mark Tuffy games systems director at digital content firm THX"
    assert speaker_by_source(quotes_only(nlp, text), source) == ("Mark Tuffy", "person")


def test_a_dash_apposition_is_no_part_of_the_name(nlp):
    text = (
        "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he would only invest "
        "more money in the company if he got a greater say in how it is run."
    )
    source = "Fund manager Florian Hamm - Borussia Dortmund's largest investor"
    assert speaker_by_source(quotes_only(nlp, text), source) == ("Florian Hamm", "person")


def test_a_readers_town_after_the_name_is_not_the_speaker(nlp):
    text = (
        "As a graduate working for minimum wage, I welcome any increase of pay I can get. I disagree "
        "with Ashley, Swindon saying I have to work harder to get more pay."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Swindon") == ("Ashley", "person")


def test_a_family_name_written_first_is_the_full_name_given_before(nlp):
    text = (
        "China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” "
        "to end Hong Kong unrest amid protests.\n"
        "Liu said that the People’s Liberation Army could be deployed in Beijing."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Liu") == ("Liu Xiaming", "person")


def test_organizations_coordinated_as_the_subject_are_one_joint_source(nlp):
    text = (
        "In a rare move, the Tories and Lib Dems have jointly tabled a motion opposing the new bill, "
        'saying the house arrest plans are "excessive".'
    )
    source = "the Tories and Lib Dems"
    assert speaker_by_source(quotes_only(nlp, text), source) == ("Tories and Lib Dems", "organization")


def test_people_coordinated_as_the_subject_are_one_joint_speaker_by_their_full_names(nlp):
    # Round 6 kept them people (never a person "Volker and Morrison"); round 15 (joint_people.py) makes two
    # people of the article joined by "and" one joint speaker, kind group, named by both full names.
    text = (
        "Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC "
        "aide, testified before the powerful House Committee.\n"
        "Volker and Morrison said that the call with Zelensky was not in line with American national "
        "security goals."
    )
    name, kind = speaker_by_source(quotes_only(nlp, text), "Volker and Morrison")
    assert (name, kind) == ("Kurt Volker and Tim Morrison", "group")


def test_a_dash_the_ner_took_in_before_a_headline_name_is_no_part_of_it(nlp):
    # A made-up headline of the BBC's "Claim - Name" shape: the NER tags "- Blair" as the person.
    text = (
        "Abortion not a poll issue - Blair\n\n"
        "Tony Blair does not believe abortion should be an election issue.\n\n"
        'Mr Blair said abortion was a "difficult issue".'
    )
    analysis = quotes_only(nlp, text)
    assert all(not entity.name.startswith("-") for entity in analysis.entities)
    assert speaker_by_source(analysis, "Mr Blair") == ("Tony Blair", "person")
