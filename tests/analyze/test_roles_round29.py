"""Issue 30, round 29: words beside a title that say no post (docs/quotes.md, "Roles"): a counting word
(analyze/sole_holders.py), a mood or a condition of the day (analyze/passing_states.py), and the name of
the body a role ends on (analyze/close_names.py). Each fixture is a sentence of a tuning article (the BBC
corpus outside benchmarks/quote_sample.py's held-out sample), shortened, names rewritten where noted."""

from __future__ import annotations

from tests.support.quotes import quotes_only


def _roles(nlp, text: str, name: str) -> list[str]:
    return next(s.roles for s in quotes_only(nlp, text).speakers if s.name == name)


def test_a_counting_word_is_no_part_of_the_title(nlp):
    # BBC politics/238: "only Conservative MP" was Peter Duncan's role.
    text = (
        "Scotland's only Conservative MP Peter Duncan said the Save the Scottish Regiments had done a "
        '"superb job" in fighting against defence cuts.'
    )
    assert _roles(nlp, text, "Peter Duncan") == ["Conservative MP"]
    text = 'Peter Duncan, Scotland\'s lone Tory MP, said: "We will fight on."'
    assert _roles(nlp, text, "Peter Duncan") == ["Scotland's Tory MP"]
    # A word of the post's own time stays; a counting word that is one noun with the next stays too.
    text = 'Former Labour MP Tom Watts said: "We will fight on."'
    assert _roles(nlp, text, "Tom Watts") == ["Former Labour MP"]
    text = 'Tom Watts, a sole trader, said: "We will fight on."'
    assert _roles(nlp, text, "Tom Watts") == ["sole trader"]


def test_a_mood_or_condition_of_the_day_is_no_part_of_the_title(nlp):
    # BBC sport/395: "crestfallen France coach" was Bernard Laporte's role.
    text = (
        'A crestfallen France coach, Bernard Laporte, simply observed: "There was a French half and there '
        'was a Welsh half".'
    )
    assert _roles(nlp, text, "Bernard Laporte") == ["France coach"]
    # BBC sport/167: "Injured Chelsea winger".
    text = (
        "Injured Chelsea winger Arjen Robben has insisted that he only has a 10% chance of making a return "
        "against Barcelona in the Champions League."
    )
    assert _roles(nlp, text, "Arjen Robben") == ["Chelsea winger"]
    # BBC business/444: "Jailed tycoon"; "new" (the post's own time) stays.
    text = '"It is all over," said jailed tycoon Mikhail Khodorkovsky.'
    assert _roles(nlp, text, "Mikhail Khodorkovsky") == ["tycoon"]
    text = '"It is all over," said new Southampton manager Harry Redknapp.'
    assert _roles(nlp, text, "Harry Redknapp") == ["new Southampton manager"]


def test_a_role_goes_on_to_the_name_of_the_body_it_ends_on(nlp):
    # BBC politics/018: "founder of Jewish human rights group" lost "the Simon Wiesenthal Center".
    text = (
        'Prince Harry should see for himself "the results of the hated symbol he so foolishly and brazenly '
        'chose to wear", Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center '
        "said."
    )
    assert _roles(nlp, text, "Rabbi Marvin Hier") == [
        "founder of Jewish human rights group the Simon Wiesenthal Center"
    ]
