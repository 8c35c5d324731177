"""Sources cut to one word, and deeds listed as speech (issue 30, round 20; judged tuning draw 7309 Q29 Q57
Q79 Q15 Q26 Q30): "one Weibo commenter" is an anonymous person, not Weibo; "media and PR strategist Glen
Yearwood" is Glen Yearwood; a list of six countries is one joint source; "the figure McKinley cited" takes
no clause after it; a hearing concluded and a sum reported as revenue are deeds.

The fixtures are a sentence of TUNING articles (benchmarks/quote_sample.py tuning_paths and tuning_pages);
the rules are in docs/quotes.md ("Round 20: sources cut to one word, events ended and amounts booked").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each

# aeb/ea25dd7edff4 (judged tuning 7309 Q29): given the organization "Weibo".
WEIBO = (
    "“Don't hide things like this,” one Weibo commenter said, per Feng. “Let’s face whatever it is together.”"
)
# BBC entertainment/248 (Q57): given "media", anonymous.
REGGAE = (
    '"The reggae industry will work with the artists while still maintaining their freedom of speech and '
    'artistic freedom," according to media and PR strategist Glen Yearwood, who is representing the reggae '
    "industry."
)
# BBC politics/358 (Q79): given the UK alone.
BUDGET = (
    "The UK, France, Germany, Austria, the Netherlands and Sweden want the EU budget to be capped at 1% of "
    "member states' combined national incomes - the Commission wants it to be 1.26%."
)
# aeb/9e8c9f082a8d (Q15): the fact-checker's own reasoning, typed speech.
FIGURE = (
    "That’s less than the $53 million figure McKinley cited, but it’s in the ballpark considering that the "
    "street value of drugs can fluctuate over time."
)
# aeb/c90731f051d0 (Q26): a hearing ended, typed speech.
HEARING = (
    "US President Donald Trump has claimed victory as the Democratic Party-controlled House of "
    "Representatives concluded its third public hearing on the impeachment proceedings against him for "
    "allegedly abusing his office for political gain in the run-up to the 2020 presidential election."
)
# BBC business/001 (Q30): an entry of the accounts, typed speech.
ACCOUNTS = (
    "It intends to adjust the way it accounts for a deal with German music publisher Bertelsmann's purchase "
    "of a stake in AOL Europe, which it had reported as advertising revenue."
)


def _speakers(rows, start: str) -> list[str | None]:
    return [name for content, name, _ in rows if content.startswith(start)]


def test_a_person_noun_after_an_organization_is_an_anonymous_person(nlp):
    for rows in rows_of_each(nlp, WEIBO):
        assert _speakers(rows, "Don't hide things") == ["one Weibo commenter"], rows


def test_a_spokesman_of_an_organization_still_speaks_for_it(nlp):
    # Near text: a spokesman speaks for the organization (round 13's convention), kept.
    text = WEIBO.replace("one Weibo commenter", "a Weibo spokesman")
    for rows in rows_of_each(nlp, text):
        assert _speakers(rows, "Don't hide things") == ["Weibo"], rows


def test_titles_joined_by_and_before_a_name_belong_to_the_name(nlp):
    for rows in rows_of_each(nlp, REGGAE):
        assert _speakers(rows, "The reggae industry will") == ["Glen Yearwood"], rows


def test_a_noun_and_a_name_with_no_title_stay_two(nlp):
    # Near text: "critics and Glen Yearwood": no title joined to the name, the rule leaves it.
    text = REGGAE.replace("media and PR strategist Glen Yearwood", "the critics and Glen Yearwood")
    for rows in rows_of_each(nlp, text):
        assert "Glen Yearwood" not in _speakers(rows, "The reggae industry will"), rows


def test_a_list_of_countries_is_one_joint_source(nlp):
    joint = "UK, France, Germany, Austria, the Netherlands and Sweden"
    for rows in rows_of_each(nlp, BUDGET):
        # The shipped model takes the list after "The UK," into its content: the speaker is what counts.
        assert [name for content, name, _ in rows if "EU budget" in content] == [joint], rows


def test_two_countries_are_left_as_they_were(nlp):
    # Near text (round 17's test_two_places_stay_as_they_were): two places are no list of three.
    text = BUDGET.replace(
        "The UK, France, Germany, Austria, the Netherlands and Sweden", "Britain and France"
    )
    for rows in rows_of_each(nlp, text):
        assert [name for content, name, _ in rows if "EU budget" in content] == ["Britain"], rows


def test_a_clause_after_the_figure_cited_is_nobodys_speech(nlp):
    for rows in rows_of_each(nlp, FIGURE):
        assert not [row for row in rows if row[2] == "speech"], rows


def test_a_figure_cited_with_a_clause_of_its_own_is_speech(nlp):
    # Near text: "McKinley cited figures showing …": what he cited, told.
    text = "McKinley cited figures showing that the street value of drugs can fluctuate over time."
    for rows in rows_of_each(nlp, text):
        assert _speakers(rows, "figures showing") == ["McKinley"], rows


def test_a_hearing_concluded_is_a_deed(nlp):
    for rows in rows_of_each(nlp, HEARING):
        assert not [row for row in rows if "public hearing" in row[0]], rows


def test_a_hearing_that_concluded_something_is_speech(nlp):
    # Near text: a clause after "concluded" is what the House found.
    text = HEARING.replace("concluded its third public hearing on", "concluded that nothing was wrong with")
    for rows in rows_of_each(nlp, text):
        assert _speakers(rows, "that nothing was wrong") == ["House of Representatives"], rows


def test_a_sum_reported_as_revenue_is_a_deed(nlp):
    for rows in rows_of_each(nlp, ACCOUNTS):
        assert not [row for row in rows if row[2] == "speech" and "advertising revenue" in row[0]], rows


def test_reported_as_saying_is_still_speech(nlp):
    # Near text: "was reported as saying" with a clause is words reported.
    text = "Mr Parsons was reported as saying that the deal had been a mistake."
    for rows in rows_of_each(nlp, text):
        assert [row for row in rows if row[0].startswith("the deal had been") or "mistake" in row[0]], rows


def test_what_was_cited_said_to_be_a_quote_stays(nlp):
    # Near text (the pattern of a PolNeAR dev sentence, made up): "are" parsed as the clause of "cited".
    text = (
        "The four “loopholes” he cited are “the ability to offset losses against other income,” the paper "
        "reported."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [row for row in rows if row[0].startswith("are")], rows
