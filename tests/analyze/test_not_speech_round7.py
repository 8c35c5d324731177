"""What is not speech (issue 30, round 7): a work's title in quotation marks, a list's "Name: charges"
lines read as a transcript, a refusal named by a noun, and "adding to" a thing.

The fixtures are a sentence or two of tuning articles (BBC articles and extraction-benchmark pages outside
the held-out sample of benchmarks/quote_sample.py; judged tuning sample 7301), cut short; the contrasts
that stay speech are short sentences of the same shape. The rules are in docs/quotes.md, "Not speech:
titles, lists, refusals, "adding to"".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only


def test_a_song_title_after_a_possessive_year_is_no_quote(nlp):
    text = (
        "McDonald joined the band in 1975 and initially remained in the lineup until 1982, appearing on four "
        "albums and hit singles like 1978’s “What a Fool Believes.” He later performed with the band on "
        "multiple occasions."
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_an_ebook_title_is_no_quote(nlp):
    text = (
        "Sign up and get our free ebook “Ten Steps to Teaching Your Children to Read at Home”, a complete "
        "guide to the world of reading."
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_a_quote_after_a_work_noun_and_a_comma_is_still_speech(nlp):
    text = (
        "“We’ll be performing songs from our full catalog, as well as new music,” Johnston said in a "
        "statement about the album."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [(content, name) for content, name, _ in rows] == [
        ("We’ll be performing songs from our full catalog, as well as new music,", "Johnston")
    ]


CHARGES = (
    "All persons involved in this case were transported to the Bartholomew County Jail where they were being "
    "held on 48 hour holds on the following preliminary charges:\n"
    "Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV substance, held in jail "
    "in lieu of $70,000 bond.\n"
    "Ryan S. Hollman: Dealing in methamphetamine, possession of methamphetamine, possession of heroin, "
    "visiting a common nuisance, held in jail in lieu of $326,000 bond.\n"
    "Victor N. Burton: Dealing in methamphetamine, possession of methamphetamine, visiting a common "
    "nuisance, held in jail in lieu of $268,500 bond.\n"
)


def test_a_list_of_names_and_charges_is_no_transcript(nlp):
    assert quote_rows(quotes_only(nlp, CHARGES)) == []


def test_a_transcript_line_is_still_speech(nlp):
    text = (
        "Jane Harlow: I think we have to be very clear about what the government is doing here.\n"
        "Tom Reyes: Absolutely not.\n"
    )
    names = {name for _, name, _ in quote_rows(quotes_only(nlp, text))}
    assert "Jane Harlow" in names


def test_a_refusal_to_say_is_no_speech(nlp):
    text = (
        "Mr Corbyn was heckled by the audience. His refusal to say which side he would be on in a Brexit "
        "referendum was also met with hoots of laughter."
    )
    assert [row for row in quote_rows(quotes_only(nlp, text)) if row[2] == "speech"] == []


def test_adding_to_honours_is_a_deed(nlp):
    text = (
        "Sideways has had more praise heaped on it by two US critics' associations, adding to honours it has "
        "already picked up."
    )
    assert quote_rows(quotes_only(nlp, text)) == []


def test_adding_to_reporters_is_still_speech(nlp):
    text = "The minister added to reporters that the talks would go on until Friday."
    rows = quote_rows(quotes_only(nlp, text))
    assert [(content, name) for content, name, _ in rows] == [
        ("that the talks would go on until Friday", "minister")
    ]


def test_words_added_to_applause_are_still_speech(nlp):
    text = "“We will keep going until the job is done,” she added to applause."
    rows = quote_rows(quotes_only(nlp, text))
    assert [content for content, _, _ in rows] == ["We will keep going until the job is done,"]


def test_a_lone_name_and_headline_is_still_a_claim(nlp):
    text = (
        "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues Across the Country\n\n"
        "Longtime Democratic pollster Pat Caddell told Breitbart News Daily how surprised he is."
    )
    assert any(name == "Pat Caddell" for _, name, _ in quote_rows(quotes_only(nlp, text)))
