"""Speakers resolved to the wrong person or body, round 21 (issue 30; judged tuning draw 7310 Q49 Q50 Q51
Q71): a participle after a verb's object is the verb's subject's, a "he" goes on from the person of a clause
that opens the sentence before, a description with a description and a name beside it is the name, and "the
Salford MP" is a person, never an organization.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/501 (judged tuning 7310 Q49, Q50).
SUEZ = (
    "Water firm Suez in Argentina row\n\nIn Argentina, Suez's subsidiary, which has been fined for "
    "cutting the supply of water during a recent heat wave, has maintained a tense relationship "
    "with the Argentine government. During the last financial crisis in Argentina, the firm sued "
    "the state alleging that converting its tariffs from US dollars to pesos, and then freezing "
    "them during devaluation, had affected the company. When President Nestor Kirchner of "
    "Argentina arrived in power he began to negotiate a solution to the disagreements with "
    "international utilities operating in Argentina. But he has rejected any tariff increases, "
    "alleging this will impoverish citizens further.\n"
)
# The paragraph before Q50's, with the minister quoted last.
DE_VIDO = (
    "Water firm Suez in Argentina row\n\nPlanning Minister Julio De Vido has offered State help. "
    "He added that in the coming weeks the future of Aguas Argentinas would be decided.\n\n"
)

# BBC entertainment/010 (judged tuning 7310 Q51).
ENSLER = (
    'Uganda bans Vagina Monologues\n\n"The play is obscene and pornographic although it was under '
    "the guise of women's liberation,\" MP Kefa Ssempgani told parliament.\n\nBut the work's "
    "author, US playwright Eve Ensler, says it is all about women's empowerment.\n"
)

# BBC politics/105 (judged tuning 7310 Q71).
BLEARS = (
    "Muslim police stops 'more likely'\n\nUK Muslims should accept that people of Islamic "
    "appearance are more likely to be stopped and searched by police, a Home Office minister has "
    "said.\n\nHazel Blears said innocent Muslims would be targeted because of the search for "
    'Islamic extremists.\n\n"The threat is most likely to come from those people associated with '
    'an extreme form of Islam," the Salford MP told the Commons home affairs committee.\n'
)


def test_a_participle_after_the_verbs_object_is_the_verbs_subjects(nlp):
    name, kind = speaker_by_content(SUEZ, nlp, "that converting its tariffs")[:2]
    assert name != "state" and kind == "organization"


def test_a_participle_after_a_verb_of_hearing_is_its_objects(nlp):
    # Near text: "heard the minister saying": the minister said it.
    text = "The network aired a clip. Viewers heard the minister saying that the tax would rise.\n"
    assert speaker_by_content(text, nlp, "that the tax would rise")[0] == "minister"


def test_he_goes_on_from_the_person_of_the_clause_opening_the_sentence_before(nlp):
    assert speaker_by_content(DE_VIDO + SUEZ, nlp, "this will impoverish")[0] == "Nestor Kirchner"


def test_he_after_a_clause_opened_by_no_person_is_left_as_before(nlp):
    # Near text: the opening clause's subject is no person: the minister quoted before stays.
    text = DE_VIDO + SUEZ.replace(
        "When President Nestor Kirchner of Argentina arrived", "When the crisis ended"
    )
    assert speaker_by_content(text, nlp, "this will impoverish")[0] != "Nestor Kirchner"


def test_a_description_with_a_description_and_a_name_beside_it_is_the_name(nlp):
    assert speaker_by_content(ENSLER, nlp, "it is all about")[0] == "Eve Ensler"


def test_a_description_with_a_description_and_no_name_beside_it_is_no_one_named_before(nlp):
    # Near text: "a US playwright" names no one: never the MP quoted before.
    text = ENSLER.replace("US playwright Eve Ensler", "a US playwright")
    assert speaker_by_content(text, nlp, "it is all about")[0] != "Eve Ensler"


def test_the_member_for_a_place_is_the_person_named_before(nlp):
    assert speaker_by_content(BLEARS, nlp, "The threat is most likely")[:2] == ("Hazel Blears", "person")


def test_the_member_for_a_place_no_one_is_tied_to_is_an_anonymous_person(nlp):
    # Near text: no person named before: an unnamed MP, never an organization.
    text = BLEARS.replace("Hazel Blears said", "Ministers said")
    assert speaker_by_content(text, nlp, "The threat is most likely")[:2] == ("Salford MP", "anonymous")
