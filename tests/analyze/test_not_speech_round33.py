"""Not speech, round 33 (issue 30; judged tuning samples): a deal agreed, a generic "anybody who says", advice
on a subject, a forecast that failed, a machine that reports.

The fixtures are lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short, and lines in
the same pattern; the rules are in docs/quotes.md ("Not speech, round 33").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each

# BBC business/078 (tuning), cut.
FIAT = (
    "Fiat deadline\n\nThe deadline marks the point at which Fiat will gain the right to sell its car "
    "division to GM, part of an alliance agreed in 2000. GM, whose own European operations are losing "
    "money, no longer wants to own the unprofitable Fiat unit.\n"
)
# BBC entertainment/253 (tuning), a reader's comment, cut.
ROBBIE = (
    "Robbie award\n\nI think Robbie deserves it, he has been the most iconic of any stars we have had in "
    "Britain since John Lennon. Anybody who says he doesn't deserve it is jealous of his success. The only "
    "real challenger was Queen.\n"
)
# BBC politics/305 (tuning), cut.
CAMPBELL = (
    "Labour campaign\n\nMr Milburn said there would also be a greater effort to set up face-to-face meetings "
    "between ministers and the electorate. Former Downing Street media chief Alastair Campbell is also "
    "returning to advise Labour on media strategy and campaigning.\n"
)
# BBC politics/400 (tuning), cut.
CALLAGHAN = (
    "Callaghan\n\nAs garbage lay uncollected in the streets and hospital staff, council workers and even "
    "gravediggers stayed off work, Lord Callaghan failed to predict the mood of the country.\n"
)
# BBC tech/270 (tuning), cut.
ZOMBIES = (
    "Spam\n\nTypically these computers have been infected by a virus or worm which reports its success and "
    "the net address of compromised machines back to the malicious hacker or hi-tech criminal that set off "
    "the virus.\n"
)


def _contents(text: str, nlp) -> list[str]:
    return [content for rows in rows_of_each(nlp, text) for content, _, _ in rows]


def _rules(text: str, nlp) -> list[tuple[str, str | None, str]]:
    return quote_rows(quotes_only(nlp, f"Title\n\n{text}\n"))


def test_a_deal_agreed_is_no_cue(nlp):
    assert not [c for c in _contents(FIAT, nlp) if c.startswith("The deadline marks")]
    assert not _rules("Under the pact announced in March, both sides must withdraw their troops.", nlp)
    # a clause agreed, and a reporting clause after what was said, stay words
    assert _rules("Prices will rise sharply next year, the alliance agreed.", nlp)[0][2] == "speech"


def test_anybody_who_says_is_nobodys_and_stops_at_the_relative_clause(nlp):
    for rows in rows_of_each(nlp, ROBBIE):
        said = [row for row in rows if row[0].startswith("he doesn't deserve")]
        assert said == [("he doesn't deserve it", None, "thought")]


def test_advising_someone_on_a_subject_is_a_role(nlp):
    assert not [c for c in _contents(CAMPBELL, nlp) if c.startswith("Labour")]
    assert _rules("He advised ministers that the plan was flawed.", nlp)[0][0] == "that the plan was flawed"


def test_failing_to_predict_a_thing_is_a_deed(nlp):
    assert not [c for c in _contents(CALLAGHAN, nlp) if c.startswith("the mood")]
    assert _rules("Analysts predict a rise in profits this year.", nlp)[0][:2] == (
        "a rise in profits this year",
        "Analysts",
    )


def test_a_virus_that_reports_sends_data(nlp):
    assert not [c for c in _contents(ZOMBIES, nlp) if c.startswith("its success")]
