"""Speakers, round 33 (issue 30, helper q124; tuning item aeb/3d8f3404cf97): a direct quote right after
a colon that ends a clause whose active subject is a named person is that person's, even where the clause
holds a title in quotation marks (`the Chicago set of "Fargo,"`), and it is not joined to the quote of the
speaker before (colon_quotes.py, colon_breaks.py). A thing as the subject still gives no one.

The fixture is the tuning page's text (benchmarks/quote_sample.py tuning_pages), cut short; the rules are
in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# Extraction benchmark 3d8f3404cf97 (tuning; the song "Glasgow"), cut: the page's own quotation marks.
BUCKLEY = (
    "It was the first stride on a strange path that would eventually lead to Tom Harper and Jessie "
    "Buckley\u2019s doorstep almost a decade later.\n"
    "Buckley had agreed to play Rose-Lynn Harlan, and Harper knew in his bones that she was perfect for the "
    "part.\n"
    "At the last minute, a sample came in called \u201cGlasgow (\u201cNo Place Like Home\u201d). \u201cIt "
    "grabbed me by the heart the moment I heard it,\u201d he said. \u201cIt just connected.\u201d Buckley, "
    "who phoned in from the Chicago set of \u201cFargo,\u201d had a similar experience: \u201cIt was just "
    "that immediate feeling of \u2018this is the song.\u2019\u201d\n"
)
# The same paragraph with the title's stray mark left out and Harper named: the quote after the colon is
# not a second part of his.
AFTER_HARPER = BUCKLEY.replace("called \u201cGlasgow (\u201cNo Place Like Home\u201d)", "called Glasgow")
AFTER_HARPER = AFTER_HARPER.replace(",\u201d he said. \u201cIt just connected.\u201d", ",\u201d Harper said.")
# A thing as the clause's subject gives no one.
A_THING = AFTER_HARPER.replace("Buckley, who phoned in from the Chicago set of", "The call from the set of")


def test_a_quote_after_a_colon_is_the_named_subjects_despite_a_quoted_title(nlp):
    name, kind, _ = speaker_by_content(BUCKLEY, nlp, "It was just that immediate feeling")
    assert (name, kind) == ("Jessie Buckley", "person")


def test_a_quote_after_a_colon_is_not_joined_to_the_speaker_before(nlp):
    name, kind, _ = speaker_by_content(AFTER_HARPER, nlp, "It was just that immediate feeling")
    assert (name, kind) == ("Jessie Buckley", "person")
    harper, _, _ = speaker_by_content(AFTER_HARPER, nlp, "It grabbed me by the heart")
    assert harper == "Tom Harper"


def test_a_thing_before_the_colon_gives_no_one_new(nlp):
    name, _, _ = speaker_by_content(A_THING, nlp, "It grabbed me by the heart")
    assert name == "Tom Harper"
