"""What is not speech (issue 30, round 13): things that show, reveal or suggest. A participle of showing whose
understood subject is a thing ("Yet fires have continued, showing that …", "…, revealing how …"), a look
that reveals ("A brief glance at … reveals …"), data that suggests, whatever noun the tagger marked inside
its phrase ("the data we've been collecting on … the mid-2019 refresh suggests …"), and studies that show
after a page box's label run into the sentence ("Summary Studies show that …"): documents, no person
speaking.

The fixtures are sentences of tuning articles (judged tuning sample 7304, items Q4, Q11, Q14, Q39, Q58),
cut short; the contrasts that keep their speaker are short sentences of the same shape. The rules are in
docs/quotes.md, "Not speech, round 13".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each


def test_a_participle_of_a_thing_that_shows_has_no_speaker(nlp):
    # aeb/16c30add7e96 (Q4)
    text = (
        "Yet fires have continued, showing that enforcement is a problem, and farmers are still in the early "
        "days of the crop stubble-burning season."
    )
    for rows in rows_of_each(nlp, text):
        shown = [r for r in rows if r[0].startswith("that enforcement")]
        assert shown and all(kind == "document" and name is None for _, name, kind in shown), rows


def test_a_participle_of_findings_that_reveal_is_no_speech(nlp):
    # aeb/3c5bf8db4272 (Q11)
    text = (
        "The unprecedented resolution and scale allowed the researchers to gather key insights into our own "
        "universe's past, revealing how various oddly shaped galaxies morphed themselves into being and how "
        "stellar explosions and black holes triggered this galactic evolution."
    )
    for rows in rows_of_each(nlp, text):
        shown = [r for r in rows if r[0].startswith("how various")]
        assert shown and all(kind == "document" and name is None for _, name, kind in shown), rows


def test_a_person_who_spoke_revealing_keeps_the_words(nlp):
    text = "The minister spoke to reporters on Monday, revealing that the plan would be dropped."
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "speech" and name == "minister" for _, name, kind in rows), rows


def test_a_study_published_showing_keeps_the_study(nlp):
    text = "The study was published on Monday, showing that the drug cut deaths by a third."
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "document" and name == "study" for _, name, kind in rows), rows


def test_a_glance_that_reveals_is_the_writers(nlp):
    # bbc-news/politics/037.txt (Q58)
    text = (
        "A brief glance at Mr Miliband's family background reveals an impressive socialist pedigree in the "
        "form of his father Ralph, who died in 1994."
    )
    for rows in rows_of_each(nlp, text):
        assert all(kind != "speech" and name is None for _, name, kind in rows), rows


def test_someone_who_reveals_a_pedigree_is_not_a_glance(nlp):
    text = "Mr Miliband revealed that his father Ralph had been a socialist all his life."
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "speech" and name == "Miliband" for _, name, kind in rows), rows


def test_data_that_suggests_is_no_model_named_inside_it(nlp):
    # aeb/65bf3048b500 (Q14)
    text = (
        "And, the data we've been collecting on the 2018 model and the mid-2019 refresh suggests that "
        "whatever Apple did for reliability is working, with it having an equivalent failure rate in the "
        "first year to the 2012 through 2015 design."
    )
    for rows in rows_of_each(nlp, text):
        assert rows and all(kind == "document" and name != "mid-2019 refresh" for _, name, kind in rows), rows


def test_studies_after_a_box_label_are_a_document(nlp):
    # aeb/e593d7fe88f9 (Q39)
    text = (
        "Running, swimming, biking, and playing sports are a few forms of physical activity.\n"
        "Summary Studies show that exercising can reduce the risk of binge eating and decrease stress "
        "levels.\n"
    )
    for rows in rows_of_each(nlp, text):
        assert rows and all(
            kind == "document" and (name or "").lower() == "studies" for _, name, kind in rows
        ), rows


def test_a_label_in_mid_line_is_left_alone(nlp):
    text = "The paper's Summary Studies Group said that the results were sound."
    for rows in rows_of_each(nlp, text):
        assert rows and all(name != "studies" for _, name, _ in rows), rows
