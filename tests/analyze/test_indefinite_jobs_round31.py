"""Speakers, round 31 (issue 30, helper q118; tuning item aeb/2f42ef1d3ea0): "a/an" + a job the parser took
for a proper noun ("as a neo-bank CEO told me") is one unnamed person, as "one neo-bank CEO" is
(one_described.py), never an organization called "neo-bank CEO".

The fixture is the tuning page's sentence (benchmarks/quote_sample.py tuning_pages), cut short, with the
"a" the hand-judged item reported in place of the page's "one"; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# Extraction benchmark 2f42ef1d3ea0 (tuning; neo-banks), cut, "one" written "a".
A_NEO_BANK_CEO = (
    "Better yet, they're focused on their customers' \u201cfinancial health,\u201d as a neo-bank CEO told "
    "me, and easing the \u201cpain\u201d that people feel around their money.\n"
)
# The page's own words: "one" (round 30) stays an unnamed person.
ONE_NEO_BANK_CEO = A_NEO_BANK_CEO.replace("as a neo-bank", "as one neo-bank")


def test_a_job_after_a_is_an_unnamed_person(nlp):
    name, kind, _ = speaker_by_content(A_NEO_BANK_CEO, nlp, "financial health")
    assert (name, kind) == ("a neo-bank CEO", "anonymous")


def test_one_job_is_still_an_unnamed_person(nlp):
    name, kind, _ = speaker_by_content(ONE_NEO_BANK_CEO, nlp, "financial health")
    assert (name, kind) == ("one neo-bank CEO", "anonymous")
