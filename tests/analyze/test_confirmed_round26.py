"""Standings and trends confirmed, round 26 (issue 30; judged tuning draw 7312 Q83 Q1): "confirm" with a bare
object that names form, standing or a trend is a deed or the writer's argument, no attribution; a fact
confirmed stays speech.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short, or made
up in their style; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_content

# BBC sport/305 (judged tuning 7312 Q83).
ITALIANS = (
    "Italy 17-28 England\n\nDespite losing 28-17 in Sunday's Six Nations encounter, the Italians confirmed "
    "their continuing improvement.\n"
)

# article-extraction-benchmark 04a6711caa7c (judged tuning 7312 Q1), cut short.
POLLING = (
    "Voters in Kentucky handed Trump a defeat on Tuesday. To start, it confirms recent polling on "
    "impeachment.\n"
)

# Made up: a fact confirmed by its speaker stays speech.
REPORTS = "Mitsubishi Motors confirmed earlier reports of negotiations with its biggest shareholder.\n"


def _contents(text: str, nlp) -> list[str]:
    return [content for content, _, _ in quote_rows(quotes_only(nlp, text))]


def test_a_team_that_confirms_its_improvement_says_nothing(nlp):
    assert not any(c.startswith("their continuing improvement") for c in _contents(ITALIANS, nlp))


def test_a_result_that_confirms_the_polls_says_nothing(nlp):
    assert not any(c.startswith("recent polling") for c in _contents(POLLING, nlp))


def test_reports_confirmed_stay_speech(nlp):
    assert speaker_by_content(REPORTS, nlp, "earlier reports")[2] == "speech"
