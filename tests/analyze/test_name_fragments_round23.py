"""One word of a longer name is nobody's name, round 23 (issue 30; tuning articles swept by a helper): a
source whose head the parser cut out of a longer capitalised name joined by "and", "for" or "of" ("Only
Fools and Horses", "A Department for Work and Pensions spokeswoman") is the person the phrase names, or
the organization its spokesperson speaks for, and so is the "he" or "she" that goes on from it; never a
person called "Fools" or "Department".

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC entertainment/311 (tuning).
JASON = (
    "Corbett attacks 'dumbed-down TV'\n\n"
    "\"With so many good writers and good performers, it's a shame people can't just write a script and "
    'have other people learn it," she said. And last week Only Fools and Horses star David Jason '
    'criticised British TV for being "too safe and too cheap". "We\'ve got to be careful not to dumb down '
    'for the audience," he said. "They shouldn\'t be sitting at home on the sofa vegetating."\n'
)

# BBC politics/315 (tuning).
DWP = (
    "Child support chief still in post\n\n"
    "It now emerges that the widespread belief Mr Smith, made Commander of the Order of the Bath in the "
    "New Year honours, had left, was wrong. A Department for Work and Pensions spokeswoman confirmed Mr "
    "Smith was still in post and that he would continue in the job until a replacement was found. "
    '"No date was ever given for Doug Smith\'s departure," she said adding that the post had been '
    "advertised.\n"
)


def test_a_source_cut_from_a_longer_name_is_the_person_the_phrase_names(nlp):
    assert speaker_by_content(JASON, nlp, "British TV")[:2] == ("David Jason", "person")


def test_a_he_after_it_is_that_person(nlp):
    assert speaker_by_content(JASON, nlp, "We've got to be careful")[:2] == ("David Jason", "person")


def test_a_spokeswoman_of_a_longer_name_speaks_for_the_whole_organization(nlp):
    assert speaker_by_content(DWP, nlp, "Mr Smith was still")[:2] == (
        "Department for Work and Pensions",
        "organization",
    )


def test_a_she_after_that_spokeswoman_goes_on_from_her(nlp):
    assert speaker_by_content(DWP, nlp, "No date was ever")[:2] == (
        "Department for Work and Pensions",
        "organization",
    )
