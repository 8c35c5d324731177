"""Leftovers of round 8 (issue 30, round 9; docs/quotes.md, "Round 9: leftovers"): a cue the parser gave two
subjects speaks for the subject of its own clause.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, items of benchmarks/judged/tuning-7302-9301fb0-quotes.md), cut short.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only


def _speaker(nlp, text: str, content_start: str) -> tuple[str | None, bool | None]:
    analysis = quotes_only(nlp, text)
    for quote in analysis.quotes:
        content = analysis.text[quote.content[0][0] : quote.content[0][1]]
        if content.startswith(content_start):
            speaker = analysis.speaker(quote.speaker)
            return (speaker.name, speaker.anonymous) if speaker else (None, None)
    raise AssertionError((content_start, quote_rows(analysis)))


def test_a_cue_with_two_subjects_speaks_for_the_one_after_the_coordinator(nlp):
    # aeb/3d8f3404cf97 (7302 Q11): the parse hung both "Patsy Cline" (the object of the clause before) and
    # "the three writers" on "knew"; the writers knew it, never the singer they worship.
    text = (
        "The first thing they found out is that Rose-Lynn worships Patsy Cline, and so the three writers "
        "knew they had to craft something with classic country DNA."
    )
    name, anonymous = _speaker(nlp, text, "they had to craft")
    assert name != "Patsy Cline"
    assert name is not None and "writers" in name and anonymous
