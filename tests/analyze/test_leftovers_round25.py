"""Leftovers, round 25 (issue 30; named by round 24's helpers): a surname that is a common word with a
clause set off after it ("Scissors, who consults …, said") is the person named in full before.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import shipped_model, speaker_by_content

# aeb/39d5c43beb60: "Scissors", a common noun to the parser, with a relative clause set off by commas.
SCISSORS = (
    '"The president wants the option of having a bigger deal with China," said Derek Scissors, a China '
    "scholar with the American Enterprise Institute in Washington.\nScissors, who consults with "
    "administration officials, said whether Trump will agree to remove existing tariffs depends largely on "
    "whether he believes it will benefit his re-election chances.\n"
)


def test_a_word_surname_with_a_relative_clause_is_the_person_named_before(nlp):
    for model in {None, shipped_model(nlp)}:
        name, kind, _ = speaker_by_content(SCISSORS, nlp, "whether Trump will agree", model)
        assert (name, kind) == ("Derek Scissors", "person")
