"""Unnamed groups as speakers (issue 30): a participle's group, "all of them", and a plural "they" that
stands for the people its sentence names, not an organization quoted before (analyze/group_pronouns.py).

The fixtures are a sentence or two of tuning articles (BBC articles and extraction-benchmark pages
outside the held-out sample of benchmarks/quote_sample.py), cut short; the rules are in docs/quotes.md,
"Unnamed groups and their pronouns".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_source


def _speaker(nlp, text: str, content_start: str) -> tuple[str | None, str | None]:
    """(name, kind) of the speaker of the attribution whose content starts with `content_start`."""
    analysis = quotes_only(nlp, text)
    for quote in analysis.quotes:
        content = " … ".join(analysis.text[s:e] for s, e in quote.content)
        if content.startswith(content_start):
            speaker = analysis.speaker(quote.speaker)
            return (speaker.name, speaker.kind) if speaker else (None, None)
    raise AssertionError(f"no attribution starting {content_start!r} in {quote_rows(analysis)}")


def test_a_participle_that_modifies_a_group_is_the_groups_words(nlp):
    text = (
        "One campaign video featured a series of South Dakotans — including both adults and children — "
        "declaring, “I’m on meth.” The video prompted some Twitter users to argue."
    )
    assert _speaker(nlp, text, "I’m on meth") == ("South Dakotans", "anonymous")
    text = (
        "Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi "
        "this week, with forecasters warning that air pollution is likely to reach “severe” or “emergency” "
        "levels on Wednesday."
    )
    assert _speaker(nlp, text, "that air pollution") == ("forecasters", "anonymous")


def test_a_participle_of_a_thing_or_a_survey_count_is_no_groups(nlp):
    text = (
        "In the Bank of Japan's December survey, the balance of big manufacturers saying business "
        "conditions are better, minus those saying they are worse, was 22, down from 26."
    )
    assert _speaker(nlp, text, "business conditions") == (None, None)


def test_all_of_them_is_the_group_the_paragraph_names(nlp):
    text = (
        "These neo-banks aren’t necessarily even banks at all; some are apps that facilitate transactions, "
        "which are then carried out by partners that are banks. Others have applied for bank charters while "
        "touting their homegrown technology stacks. But all of them say, explicitly or by intimation, that "
        "they’re mission-driven."
    )
    assert speaker_by_source(quotes_only(nlp, text), "all of them") == ("neo-banks", "anonymous")


def test_all_of_them_with_no_group_before_is_no_one(nlp):
    text = "But all of them say, explicitly or by intimation, that they’re mission-driven."
    assert speaker_by_source(quotes_only(nlp, text), "all of them") == (None, None)


def test_they_after_a_colon_is_the_groups_before_it(nlp):
    text = (
        "The latest wave of tech-based financial startups have a new angle on the banking sector: They’ll "
        "assume that everyone is out of money, then try to monetize their brokeness."
    )
    name, kind = _speaker(nlp, text, "that everyone is out of money")
    assert (name, kind) == ("tech-based financial startups", "anonymous")


def test_they_is_the_people_the_sentence_names_not_the_organization_quoted_before(nlp):
    text = (
        # Made up, of the shape of a tuning article's (a firm quoted, then its users' "they").
        "Ask Jeeves said it had no plans to change Feedspot but would use its archive of news stories to "
        "improve its search engine.\n\n"
        "Feedspot has become popular because users can collect the blogs they want to read in a single list."
    )
    assert _speaker(nlp, text, "to read") == ("users", "anonymous")
    assert speaker_by_source(quotes_only(nlp, text), "Ask Jeeves") == ("Ask Jeeves", "organization")


def test_they_is_not_a_people_noun_of_what_they_report(nlp):
    text = (
        "Casual gaming is shaping up to be big business in 2005, according to the panel. The focus for the "
        "coming year should be about attracting third-party developers into the field to offer more "
        "innovative and multiplayer titles, they agreed."
    )
    assert _speaker(nlp, text, "The focus")[0] != "third-party developers"
