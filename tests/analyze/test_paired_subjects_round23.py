"""Joint and paired subjects, round 23 (issue 30): "the pair", "the trio", "both men" as a subject are the
people the article names together, never no one nor an anonymous "both men":

- a speech participle set off by a comma after its clause ("The pair then spent four days in a hospital,
  claiming …") speaks for that clause's subject also where the learned model drew the cue with no source
  (comma_participles.py);
- "The trio are A, B and C" defines the trio, whoever is named before a later "the trio announced …"
  (counted_chains.defined_by);
- an earlier counting description of the same people in any place of its clause ("the warfare between
  the two men") is the same people again: a later "both men" goes on from it to the pair named before
  (counted_chains.same_description).

The fixtures are sentences of TUNING articles (BBC sport/081, business/445, politics/251), cut short; the
rules are in docs/quotes.md, "Joint and paired subjects, round 23".
"""

from __future__ import annotations

from tests.support.quotes import shipped_model, speaker_by_content, speakers_of_each

# BBC sport/081 (tuning): the headline, the lead and the paragraph of the claim.
PAIR_CLAIMING = (
    "IAAF will contest Greek decision\n\n"
    "The International Association of Athletics Federations will appeal against the acquittal of Greek "
    "athletes Kostas Kenteris and Katerina Thanou.\n\n"
    '"We have the evidence and it is time the world discovered the truth." Kenteris and Thanou dramatically '
    "withdrew from last summer's Olympics after missing a drugs test at the Olympic Village on 12 August. "
    "The pair then spent four days in a hospital, claiming they had been injured in a motorcycle crash."
)

# BBC business/445 (tuning), cut short.
TRIO = (
    "Executive trio leave Aer Lingus\n\n"
    "Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early on 28 "
    "January after accusations of a conflict of interest.\n\n"
    "The trio are chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations "
    "officer Seamus Kearney. That decision had followed an announcement by Irish Prime Minister Bertie Ahern "
    "- who is still considering the future of the airline - which ruled out a proposed management buy-out "
    "of Aer Lingus. Mr Walsh denied they had been forced out early because of the reports claiming they "
    "were set to launch a competitor airline.\n\n"
    '"What I do after I leave Aer Lingus is still too early to say," Mr Walsh told AP news agency on '
    'Wednesday. "I have opportunities open to me. Brian and Seamus are in the equally fortunate position." '
    "He said he had received more than 40 business proposals, mostly aviation-related, since the trio "
    "announced their resignations two months ago."
)

# BBC politics/251 (tuning), cut short.
BOTH_MEN = (
    "Brown and Blair face new rift claims\n\n"
    "For the umpteenth time, Tony Blair and Gordon Brown are said to have declared all out war on each "
    "other.\n\n"
    "And he repeated what a great man Gordon was and how united they were. He probably had good reason to "
    "be alarmed because the newspapers had been full of stories about the claimed open warfare between the "
    "two men.\n\n"
    "It was claimed he had been embarrassed by the fact that Gordon Brown appeared to have taken the "
    "initiative over the government's response to the disaster while Mr Blair was still on holiday in "
    "Egypt.\n\n"
    "Then, as if to pour fuel on the flames, both men separately spoke about working on tsunami or wider aid "
    "and development policy with their cabinet colleagues Foreign Secretary Jack Straw, Aid minister Hilary "
    "Benn and Deputy Prime Minister John Prescott - without mentioning the other."
)


def test_a_comma_participle_after_the_pair_is_the_pair(nlp):
    assert speakers_of_each(nlp, PAIR_CLAIMING, "they had been injured") == {"Kenteris and Thanou"}


def test_a_comma_participle_after_a_thing_stays_no_ones(nlp):
    # Near text: the clause's subject is a thing, which claims nothing.
    text = PAIR_CLAIMING.replace("The pair then spent four days in a hospital", "The case took four days")
    assert "Kenteris and Thanou" not in speakers_of_each(nlp, text, "they had been injured")


def test_the_trio_defined_by_be_is_its_three_people(nlp):
    trio = "Willie Walsh, Brian Dunne and Seamus Kearney"
    assert speakers_of_each(nlp, TRIO, "their resignations") == {trio}


def test_both_men_go_on_from_the_two_men_before(nlp):
    name, kind, _ = speaker_by_content(BOTH_MEN, nlp, "the other", shipped_model(nlp))
    assert (name, kind) == ("Tony Blair and Gordon Brown", "group")


def test_both_men_after_someone_else_named_stay_unresolved(nlp):
    # Near text: no "two men" between, and another man named after the pair: not clearly these two.
    text = BOTH_MEN.replace("between the two men", "between the ministers").replace(
        "while Mr Blair was", "while John Major was"
    )
    name, _, _ = speaker_by_content(text, nlp, "the other", shipped_model(nlp))
    assert name != "Tony Blair and Gordon Brown"
