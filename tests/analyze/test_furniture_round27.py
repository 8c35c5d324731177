"""Page furniture and signed lines, round 27 (issue 30; judged tuning draw 7313 Q6 Q7 Q25 Q15): a review
signed on the line after it with a masked name is that reviewer's; a button's call to action is no
transcript label; a cue that ends a title line reports nothing on the next line.

The fixtures are a few lines of TUNING pages (benchmarks/quote_sample.py tuning_pages), names rewritten,
or made up in their style; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, shipped_model

# article-extraction-benchmark 521118842884 (judged tuning 7313 Q6 Q7), names rewritten.
REVIEWS = (
    "Visitors who booked their tickets online have left their reviews of the show!\n"
    "“It’s really good, and my cousin got to participate on stage. Seating is good.”\n"
    "– Ka** Lo**\n"
    "“Very talented people! Super fun & entertaining!”\n"
    "– Ben***\n"
    "Thank you all for your kind reviews!\n"
)

# Made up: a signature on the next line with a name in full.
SIGNED = "Readers wrote in about the new bridge.\n“It has cut my commute in half.”\n— Maria Lopez\n"

# article-extraction-benchmark c582d3b77257 (judged tuning 7313 Q25): the button, twice on the page.
BUTTON = (
    "Find out which online business fits you best.\n"
    "GET THE QUIZ: INSTANT DOWNLOAD!\n"
    "Answer ten questions and see your result.\n"
    "GET THE QUIZ: INSTANT DOWNLOAD!\n"
)

# article-extraction-benchmark 9cb8224b660f (judged tuning 7313 Q15): a list of related stories' titles.
RELATED = (
    "The Jolly Brothers Set 50th Anniversary Tour of North America\n"
    "2019 American Music Awards\n"
    "Lil Nova, Ariana Bell & Billy Ash Lead 2019 American Music Awards Nominations: See Full List\n"
    "Jones Brothers Added to 2019 American Music Awards Performance Lineup\n"
    "Kiara to Host 2019 American Music Awards, Plus New Performers Announced\n"
    "15 Fun Facts About the 2019 American Music Awards Nominations\n"
    "A half century on, The Jolly Brothers are still smoking.\n"
)


def test_a_review_signed_on_the_next_line_with_a_masked_name_is_the_reviewers(nlp):
    rows = quote_rows(quotes_only(nlp, REVIEWS))
    assert [(content[:14], name) for content, name, _ in rows] == [
        ("It’s really go", "Ka** Lo**"),
        ("Very talented ", "Ben***"),
    ]


def test_a_masked_reviewer_is_a_person_named_as_written(nlp):
    analysis = quotes_only(nlp, REVIEWS)
    speakers = [analysis.speaker(q.speaker) for q in analysis.quotes]
    assert [(s.kind, s.anonymous) for s in speakers if s is not None] == [("person", False)] * 2


def test_a_quote_signed_with_a_full_name_on_the_next_line_is_that_persons(nlp):
    assert [name for _, name, _ in quote_rows(quotes_only(nlp, SIGNED))] == ["Maria Lopez"]


def test_a_buttons_call_to_action_is_no_transcript_label(nlp):
    for rows in rows_of_each(nlp, BUTTON):
        assert not any(content.startswith("INSTANT DOWNLOAD") for content, _, _ in rows)
        assert not any(name == "QUIZ" for _, name, _ in rows)


def test_a_cue_ending_a_title_line_reports_nothing_on_the_next_line(nlp):
    rows = quote_rows(quotes_only(nlp, RELATED, shipped_model(nlp)))
    assert not any(content.startswith("15 Fun Facts") for content, _, _ in rows)
