"""Issue 30, round 27: words of another clause beside a role (docs/quotes.md, "Roles";
analyze/role_clauses.py). Each fixture is a construction of a tuning article (the BBC corpus outside
benchmarks/quote_sample.py's held-out sample), names rewritten."""

from __future__ import annotations

from tests.support.quotes import quotes_only


def _roles(nlp, text: str, name: str) -> list[str]:
    return next(s.roles for s in quotes_only(nlp, text).speakers if s.name == name)


def test_an_adjective_of_the_clause_before_is_no_part_of_the_title(nlp):
    # BBC business/066 (judged tuning 7312 R26): "elusive and Ifo president" was Hans-Werner Sinn's role.
    text = (
        "Latest indications are that growth is still proving elusive and Ifo president Karl Brenner said "
        "any improvement in domestic demand was sluggish."
    )
    assert _roles(nlp, text, "Karl Brenner") == ["Ifo president"]
    # "and" between two words of one title keeps them: a capitalised word or a noun before it.
    text = 'Trade and Industry Secretary Patricia Hewitt said: "We will act."'
    assert _roles(nlp, text, "Patricia Hewitt") == ["Trade and Industry Secretary"]
    text = 'Research and development director Jane Marsh said: "We will act."'
    assert _roles(nlp, text, "Jane Marsh") == ["Research and development director"]


def test_a_title_opens_after_but(nlp):
    # BBC sport/109 (audit, seed 80120-80122): "McPake but referee" was the referee's role.
    text = (
        "The home side called for offside against McPake but referee Alan Moffat ignored their claims and "
        "pointed to the centre-circle."
    )
    assert _roles(nlp, text, "Alan Moffat") == ["referee"]


def test_what_a_relative_clause_says_of_something_else_is_no_role(nlp):
    # BBC entertainment/367 (audit): "whose favourite film of the year was Mike Leigh's abortion drama
    # Vera Drake" gave the critic the film for a role.
    text = (
        "But Entertainment Weekly's Dave Harlan maintained the Oscars only generated excitement when a "
        "blockbuster was in the running. Mr Harlan, whose favourite film of the year was Mike Leigh's "
        'abortion drama Vera Drake, stayed upbeat about the awards despite his other comments. "I hope '
        'this is the year," he said.'
    )
    assert all("drama" not in role for role in _roles(nlp, text, "Dave Harlan"))
    text = 'Tom Reed, who is now the chairman of the club, said: "We will win."'
    assert _roles(nlp, text, "Tom Reed") == ["chairman of the club"]


def test_a_phrase_after_the_relative_clause_is_no_apposition_of_the_name(nlp):
    # BBC sport/006 (audit): "his best time indoors" (the time's apposition) was the sprinter's role.
    text = (
        "In the men's 60m, the former champion could only finish second to Leon Harper. "
        '"I ran my race perfectly," said Harper, who won in 6.46secs, his best time indoors.'
    )
    assert _roles(nlp, text, "Leon Harper") == []
    text = '"I ran my race perfectly," said Leon Harper, the world champion, who won in 6.46secs.'
    assert _roles(nlp, text, "Leon Harper") == ["world champion"]


def test_an_adjective_of_state_opening_a_title_is_no_part_of_it(nlp):
    # BBC sport/320 (audit): "Under-pressure coach Bernard Laporte" gave "pressure coach".
    text = 'Under-pressure coach Pierre Lacombe has made four changes. "We must win," Lacombe said.'
    assert _roles(nlp, text, "Pierre Lacombe") == ["coach"]
    # A hyphenated post stays: "Under-Secretary General".
    text = 'UN Under-Secretary General Jan Olsen said: "Aid is coming."'
    assert _roles(nlp, text, "Jan Olsen") == ["UN Under-Secretary General"]
