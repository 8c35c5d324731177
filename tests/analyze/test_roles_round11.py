"""Issue 30, round 11: roles cut or left short (docs/quotes.md, "Roles"). Each fixture is a sentence of a
tuning article (the extraction benchmark outside benchmarks/quote_sample.py's held-out sample)."""

from __future__ import annotations

from tests.support.quotes import quotes_only


def _roles(nlp, text: str, name: str) -> list[str]:
    return next(s.roles for s in quotes_only(nlp, text).speakers if s.name == name)


def test_a_serial_comma_inside_an_organizations_name_is_no_end_of_the_role(nlp):
    # aeb/c00962aabe7b (judged tuning 7302 R27): the role went no further than "Boeing Defense".
    text = (
        "“Our approach offers the safest and most direct path to the lunar surface,” Jim Chilton, senior "
        "vice president for space and launch at Boeing Defense, Space, and Security, said in that statement."
    )
    assert _roles(nlp, text, "Jim Chilton") == [
        "senior vice president for space and launch at Boeing Defense, Space, and Security"
    ]


def test_a_list_of_names_with_a_serial_comma_is_still_cut(nlp):
    # The serial comma joins capitalised words only: a comma before "and" and a clause still ends the role.
    text = (
        "“We bid,” said Jim Chilton, senior vice president at Boeing, and Mr Smith agreed with him on Monday."
    )
    assert _roles(nlp, text, "Jim Chilton") == ["senior vice president at Boeing"]


def test_an_organizations_possessive_before_a_title_is_part_of_the_role(nlp):
    # aeb/42aad16bde92 (judged tuning 7303 R7): "NASA’s Administrator" gave the bare "Administrator".
    text = (
        "In May, NASA’s Administrator Jim Bridenstine said returning to the moon was necessary to build the "
        "infrastructure and knowledge base to send astronauts to Mars."
    )
    assert _roles(nlp, text, "Jim Bridenstine") == ["NASA Administrator"]


def test_a_persons_possessive_before_a_title_is_no_part_of_it(nlp):
    # The kin's possessive and a title after a comma (round 8): "filmmaker", never "Steenburgen filmmaker".
    text = (
        "Steenburgen’s son, filmmaker Charlie McDowell, also remembers it as a trying time. “I think it’s "
        "totally fair,” he said."
    )
    assert _roles(nlp, text, "Charlie McDowell") == ["filmmaker"]


def test_a_noun_before_a_spaced_dash_is_no_title_of_the_name_after_it(nlp):
    # BBC politics/040 and entertainment/259 (judged tuning 7303): a headline's topic and a clause's
    # object before " - " were taken as titles ("detainees", "album").
    text = 'Lords wrong on detainees - Straw\n\nJack Straw said the ruling was "simply wrong".'
    assert _roles(nlp, text, "Jack Straw") == []
    text = (
        "Kanye West is a rapper. Leaving his Chicago art school after only one year - a move which would "
        "later inspire the title of his album - West began his music career co-producing songs. "
        '"I just thank God that I\'m still here," West later said.'
    )
    assert _roles(nlp, text, "Kanye West") == []


def test_a_hyphen_inside_a_title_is_no_dash(nlp):
    # "co-founder" is written with no spaces: it stays one title (round 8's "Wikileaks co-founder").
    text = 'Wikileaks co-founder Julian Assange said: "We will publish."'
    assert _roles(nlp, text, "Julian Assange") == ["Wikileaks co-founder"]
