"""Speakers, round 27 (issue 30; tuning draw 7313, items Q51 Q69 Q70 Q75 Q76): a refusal in the future
keeps its speaker; a lead's "X's closest ally" is the person the next sentence names; a sentence ended
on an initial ends the name; "she" after "X, the daughter of Y" is X; a name after an organization's
possessive that the NER took for a place is a person's; "he" after "a sheriff … the clever sheriff has an
idea" is the sheriff, not the man named paragraphs before.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), names rewritten
and cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import cluster_names, rows_of_each, speakers_of_each

# BBC politics/344 (tuning), names rewritten.
WILL_NOT_SAY = (
    "Martin Hale has finally revealed the full scale of his planned tax cuts.\n\nShould he win the next "
    "general election, he has earmarked £4 billion that will be used to reduce taxes - although he still "
    "will not say which or how.\n"
)
# Made up, as news writes a decision not announced yet (unsaid.not_yet_said, no speaker).
WILL_ANNOUNCE = "The club will announce which stadium it backs next week.\n"

# BBC politics/359 (tuning), names rewritten.
CLOSEST_ALLY = (
    "Chancellor Gordon Marsh's closest ally has denied suggestions there will be a Budget giveaway on 16 "
    "March.\n\nEd Vale, ex-chief economic adviser to the Treasury, said there would be no spending spree "
    "before polling day.\n"
)
# Made up: the owner named next is not his own ally.
OWNER_NEXT = (
    "Mr Marsh's closest ally has denied suggestions of a rift.\n\nGordon Marsh said there was no rift at "
    "all.\n"
)

# BBC entertainment/043 (tuning), the daughter's name rewritten.
DAUGHTER_OF = (
    "He frequently collaborated with director Spike Lee, starring in seven Lee films including Jungle Fever, "
    "Do The Right Thing and Malcolm X. Amina Shaheed, the daughter of activist Malcolm X, recalled the "
    "famous eulogy delivered by Davis at her father's funeral. \"Harlem has come to bid farewell to one of "
    'its finest hopes," she said, quoting the man she knew as Uncle Ossie.\n'
)

# BBC politics/266 (tuning): the NER reads this name as a facility, so it is kept as written.
FABIAN_SOCIETYS = (
    "The private member's bill would also abolish the ban on heirs to the throne marrying Roman Catholics. "
    'The Fabian Society\'s Sundar Katwala said the change was "long overdue" and that he expected a '
    "\"warm response\". The political reform group's general secretary told BBC Radio 4's Today Programme "
    'there were some "very out-dated features" at the heart of Britain\'s constitution.\n'
)
# BBC business/244 (tuning): the NER reads this name as a place, so it is kept as written.
DEUTSCHE_BANKS = (
    'Why the mismatch? "The issue had been an ongoing one for some time," says Deutsche Bank\'s Simon '
    "Champion.\n"
)

# BBC politics/263 (tuning), names rewritten and cut short.
SHERIFF = (
    "In the case of Mr Hale and Mr Marsh, the row goes on.\n\nIt is based on a parable about a sheriff and "
    "two prisoners. The prisoners' best strategy is to keep their mouths shut, but the clever sheriff has an "
    "idea to induce them to talk. He tells each prisoner separately that if they confess they will be let "
    "off. And he tells them that if they don't confess they'll get life.\n"
)
# Made up, as news writes an arrest: "the driver" is the man named, never brought in as someone new.
DRIVER = (
    "Police have charged a man over the robbery. Officers said John Smith, 34, was arrested in Leeds. The "
    "driver had been stopped on the M1. He told officers he was innocent.\n"
)


def test_he_after_a_person_brought_into_a_story_is_that_person(nlp):
    assert speakers_of_each(nlp, SHERIFF, "that if they confess") == {"clever sheriff"}
    assert speakers_of_each(nlp, SHERIFF, "that if they don't") == {"clever sheriff"}
    assert speakers_of_each(nlp, DRIVER, "he was innocent") == {"John Smith"}


def test_a_name_after_an_organizations_possessive_is_a_person(nlp):
    assert speakers_of_each(nlp, FABIAN_SOCIETYS, "the change was") == {"Sundar Katwala"}
    assert speakers_of_each(nlp, FABIAN_SOCIETYS, "there were some") == {"Sundar Katwala"}
    assert speakers_of_each(nlp, DEUTSCHE_BANKS, "The issue had") == {"Simon Champion"}


def test_a_sentence_ended_on_an_initial_ends_the_name(nlp):
    assert "Amina Shaheed" in cluster_names(nlp, DAUGHTER_OF, "person")


def test_she_after_the_daughter_of_someone_is_the_daughter(nlp):
    assert speakers_of_each(nlp, DAUGHTER_OF, "Harlem has come") == {"Amina Shaheed"}


def test_a_leads_relation_is_the_person_named_next(nlp):
    assert speakers_of_each(nlp, CLOSEST_ALLY, "suggestions there") == {"Ed Vale"}
    assert "Gordon Marsh" not in speakers_of_each(nlp, OWNER_NEXT, "suggestions of")


def test_a_refusal_in_the_future_keeps_its_speaker(nlp):
    assert speakers_of_each(nlp, WILL_NOT_SAY, "which or how") == {"Martin Hale"}
    types = {row[2] for rows in rows_of_each(nlp, WILL_NOT_SAY) for row in rows if row[0] == "which or how"}
    assert types == {"thought"}


def test_words_not_said_yet_still_have_no_speaker(nlp):
    assert speakers_of_each(nlp, WILL_ANNOUNCE, "which stadium") == {None}
