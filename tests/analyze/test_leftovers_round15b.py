"""Round 15 (b) of issue 30: kinds, roles and a profile (docs/quotes.md, "Kinds, roles and a profile,
round 15"): a firm's name shortened once named, an organization's possessive or "of" before a person,
the "we" of a team's player after a sentence about him, and a stance named by a bare noun.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths), cut
short.
"""

from __future__ import annotations

from quotegraph.analyze.name_kinds import short_firm_names
from tests.support.quotes import quote_rows, quotes_only


def _speaker(nlp, text: str, content_start: str):
    analysis = quotes_only(nlp, text)
    quote = next(q for q in analysis.quotes if analysis.text[slice(*q.content[0])].startswith(content_start))
    return analysis.speaker(quote.speaker)


def _row(nlp, text: str, content_start: str) -> tuple[str, str | None, str]:
    return next(row for row in quote_rows(quotes_only(nlp, text)) if row[0].startswith(content_start))


# tuning tech/114.txt
ARGONAUT = (
    "One of Britain's largest independent game makers, Argonaut Games, has been put up for sale.\n\n"
    "The administrators told BBC News Online that selling Argonaut was the only way to save it as it had "
    "run out of cash. Argonaut warned that it was low on cash 10 days ago when its shares were suspended "
    "from trading on the London Stock Exchange."
)


def test_a_name_ending_on_a_company_word_and_its_short_form_are_the_firm(nlp):
    speaker = _speaker(nlp, ARGONAUT, "that it was low on cash")
    assert (speaker.name, speaker.kind) == ("Argonaut Games", "organization")


def test_a_short_form_is_no_persons_first_name_nor_a_longer_names_word():
    assert short_firm_names({"Argonaut Games"}, ["Argonaut"]) == {"Argonaut"}  # the short form alone
    assert short_firm_names({"Argonaut Games"}, ["Argonaut Smith"]) == set()  # a person's name too
    assert short_firm_names({"David Rubin & Partners"}, []) == set()  # a person's name in a firm's


# tuning tech/072.txt
STERN = (
    '"We really became aware of the e-waste issue and we saw that our 125 million users can be a powerful '
    "force for good,\" eBay's David Stern told the BBC News website."
)


def test_an_organizations_possessive_written_in_mixed_case_is_the_role(nlp):
    speaker = _speaker(nlp, STERN, "We really became")
    assert (speaker.name, speaker.roles) == ("David Stern", ["eBay"])


def test_a_possessive_the_article_tags_a_persons_elsewhere_is_no_role(nlp):
    text = (
        "Alex Ferguson has built a fine squad. "
        '"We will win the league," Ferguson\'s Ryan Giggs told the BBC News website.'
    )
    speaker = _speaker(nlp, text, "We will win")
    assert speaker.name == "Ryan Giggs" and speaker.roles == []


# tuning entertainment/248.txt
LOCK = 'Brett Lock of gay group OutRage! said they were "wiping the slate clean".'


def test_the_organization_after_a_persons_of_is_the_role(nlp):
    speaker = _speaker(nlp, LOCK, "they were")
    assert speaker.name == "Brett Lock" and speaker.roles == ["OutRage"]


def test_a_place_after_of_or_a_possessive_going_on_is_no_role(nlp):
    text = 'Peter Smith of Manchester said they were "wiping the slate clean".'
    assert _speaker(nlp, text, "they were").roles == []
    text = "John Smith of Oxford University's law faculty said the plan was flawed."
    assert _speaker(nlp, text, "the plan").roles == []


def test_a_body_named_by_the_organization_of_a_persons_role_is_the_body_not_him(nlp):
    # tuning entertainment/141.txt: "Police" is the force, not its officer whose role names it
    text = (
        "Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder. "
        "Police said he was wearing a ski-mask, a light-coloured jacket and trainers."
    )
    assert _speaker(nlp, text, "it appeared").roles == ["Detective Inspector", "Thames Valley Police"]
    assert _row(nlp, text, "he was wearing")[1] == "Police"


def test_the_last_words_of_a_longer_name_before_a_possessive_are_no_role(nlp):
    # tuning politics/385.txt: "Want" is the end of "War on Want", the whole name the role (round 16)
    text = (
        "War on Want's John Hilary said: \"Compassionate rhetoric cannot disguise the reality of the "
        "government's neo-liberal policies.\""
    )
    assert _speaker(nlp, text, "Compassionate rhetoric").roles == ["War on Want"]


# tuning sport/292.txt
WILLIAMS = (
    "\"We worked hard as a squad and I'm a proud Welshman. We've got hard matches to come, so we're just "
    'happy with the start," said Stephen Jones. Double try scorer Martyn Williams was keen not to talk '
    "about a possible Grand Slam for Wales. \"We've got more self-belief these days. Two or three years ago "
    'we might have collapsed after going behind so early."'
)


def test_we_after_a_sentence_about_a_teams_player_is_his(nlp):
    assert _row(nlp, WILLIAMS, "We've got more self-belief")[1] == "Martyn Williams"


def test_we_after_a_sentence_naming_no_team_or_a_second_person_is_no_ones(nlp):
    no_team = WILLIAMS.replace(" for Wales.", ".")
    assert _row(nlp, no_team, "We've got more self-belief")[1] is None
    second = WILLIAMS.replace("a possible Grand Slam", "Gareth Thomas and a possible Grand Slam")
    assert _row(nlp, second, "We've got more self-belief")[1] is None


# tuning tech/133.txt
POSITION = (
    "A spokesperson reiterated this position on Wednesday, confirming only that Ms Simonetti was no longer "
    "with the company."
)


def test_a_stance_named_by_a_bare_noun_is_no_quote_of_words(nlp):
    assert _row(nlp, POSITION, "this position")[2] == "thought"
    assert _row(nlp, POSITION, "only that Ms Simonetti")[2] == "speech"


def test_a_stance_noun_with_its_clause_is_words(nlp):
    text = "A spokesperson reiterated the view that Ms Simonetti was no longer with the company."
    assert _row(nlp, text, "the view that")[2] == "speech"
