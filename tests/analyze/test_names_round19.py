"""Wrong names and wrong kinds (issue 30, round 19): a "he" after narration whose subject is passive is
the passive's agent ("The report was welcomed by … David Willetts. "…," he said."); a hyphen inside a
name after a person's noun keeps it a person ("England coach Sven-Goran Eriksson"); the letters after a
name ("Frank Field MP") leave the person; a name ending in a group's word ("Fairford Coach Action") is an
organization; a cue in a relative clause with no relative pronoun speaks for its own subject ("a Franck
Muller watch Sharon said was …").

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths),
cut short; the rules are in docs/quotes.md ("Names and kinds, round 19").
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.cue_subjects import cue_subject
from tests.support.quotes import quotes_only, speaker_by_source, speaker_of

# BBC politics/313: Willetts' "he said" went to Age Concern (labelled a person), quoted before.
GREY_VOTE = (
    "Political parties cannot afford to take older UK voters for granted in the coming election, says Age "
    'Concern. Age Concern says the over-55s are "united around" key areas of policy they want the '
    "government to focus on.\n\nThe report was welcomed by Conservative shadow pensions secretary David "
    "Willetts. \"The pensioners' voice must certainly be heard in the next election as they have never "
    "fitted into Blair's cool Britannia,\" he said."
)


def test_he_after_a_passive_sentence_is_its_agent(nlp):
    assert speaker_of(GREY_VOTE, nlp, "The pensioners' voice") == "David Willetts"


def test_a_charity_ending_in_concern_is_an_organization(nlp):
    assert speaker_by_source(quotes_only(nlp, GREY_VOTE), "Age Concern") == ("Age Concern", "organization")


def test_he_after_a_passive_with_no_agent_is_left_to_the_other_rules(nlp):
    # Near text: the report is welcomed by no one named; the "he" is not Willetts, who is not there.
    text = GREY_VOTE.replace(" by Conservative shadow pensions secretary David Willetts", "")
    assert speaker_of(text, nlp, "The pensioners' voice") != "David Willetts"


# BBC sport/113: "Sven-Goran Eriksson" tagged an organization, "The England coach" went to Wes Brown.
ENGLAND = (
    "England coach Sven-Goran Eriksson has revealed Shaun Wright-Phillips will start against the "
    'Netherlands. "Shaun Wright-Phillips will probably start the game," said Eriksson. Eriksson also '
    "revealed that Wes Brown will start alongside Jamie Carragher in the injury-hit centre of defence. The "
    "England coach said that he had been impressed by Wright-Phillips' form for Manchester City."
)


def test_a_hyphenated_name_after_a_coach_is_a_person(nlp):
    analysis = quotes_only(nlp, ENGLAND)
    assert speaker_by_source(analysis, "Eriksson") == ("Sven-Goran Eriksson", "person")


def test_the_coach_is_the_coach_named_before(nlp):
    assert speaker_of(ENGLAND, nlp, "that he had been impressed") == "Sven-Goran Eriksson"


def test_the_name_without_its_hyphen_stays_a_person(nlp):
    # Near text: the same name written without the hyphen, which the NER reads as a person already.
    analysis = quotes_only(nlp, ENGLAND.replace("Sven-Goran Eriksson", "Sven Goran Eriksson"))
    assert speaker_by_source(analysis, "Eriksson")[1] == "person"


# BBC politics/218: "Frank Field MP" labelled an organization.
FIELD = (
    "Former welfare minister Frank Field MP said the prime minister should sack Mr Brown, but did not "
    "believe Mr Blair was strong enough to do so."
)


def test_a_name_with_an_mp_after_it_is_the_person(nlp):
    analysis = quotes_only(nlp, FIELD)
    assert speaker_by_source(analysis, "Former welfare minister Frank Field MP") == ("Frank Field", "person")


def test_an_mp_after_a_party_keeps_the_party(nlp):
    # Near text: "A Labour MP" has no person's name before the letters: the party, as before the rule.
    analysis = quotes_only(nlp, FIELD.replace("Former welfare minister Frank Field MP", "A Labour MP"))
    assert speaker_by_source(analysis, "A Labour MP") == ("Labour", "organization")


# BBC politics/131: "Fairford Coach Action" labelled a person.
FAIRFORD = (
    "Fairford Coach Action, representing more than 80 people who appealed against the police actions, say "
    "they are prepared to take their case to the European Court of Human Rights."
)


def test_a_name_ending_in_action_is_an_organization(nlp):
    source = "Fairford Coach Action, representing more than 80 people who appealed against the police actions"
    assert speaker_by_source(quotes_only(nlp, FAIRFORD), source) == ("Fairford Coach Action", "organization")


def test_a_persons_name_stays_a_person(nlp):
    # Near text: a person's name in the same place, no group's word at its end.
    text = FAIRFORD.replace("Fairford Coach Action", "Fairford Coach Jones").replace(" say ", " says ")
    source = "Fairford Coach Jones, representing more than 80 people who appealed against the police actions"
    assert speaker_by_source(quotes_only(nlp, text), source)[1] == "person"


# BBC entertainment/141: the shipped model's source "a Franck Muller watch Sharon" went to the watch.
WATCH = (
    "A daisy chain necklace that was a 20th anniversary present and a Franck Muller watch Sharon said was "
    "one of only 10 made were also stolen."
)


def _cue_subject_of(nlp, text: str, source: str, cue: str) -> str:
    """The cue's subject for a source span as the learned model may draw it (wider than the rules')."""
    doc = nlp(text)
    start, at = text.index(source), text.index(cue)
    source_token = doc.char_span(start, start + len(source)).root
    cue_token = next(t for t in doc if t.idx == at)
    attribution = Attribution(
        kind="indirect", content=[], cue=[(at, at + len(cue))], cue_token=cue_token, source_token=source_token
    )
    head = cue_subject(attribution)
    return head.text if head is not None else ""


def test_a_contact_clause_cue_speaks_for_its_own_subject(nlp):
    assert _cue_subject_of(nlp, WATCH, "a Franck Muller watch Sharon", "said") == "Sharon"


def test_a_relative_pronoun_clause_is_left_to_its_rule(nlp):
    # Near text: "who said" has a relative pronoun: the noun it hangs on speaks (Sharon).
    text = "A Franck Muller watch was stolen from Sharon, who said it was one of only 10 made."
    assert _cue_subject_of(nlp, text, "Sharon", "said") == "Sharon"
