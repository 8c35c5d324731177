"""Speakers left anonymous, cut or wrong where the article names one, round 24 (issue 30; judged tuning draw
7311 Q72 Q36 Q62 Q37 Q16): "Number 10" and "No 10" are a body named with its numeral; a name after a
description that ends on a place is the description's; "reports in" a publication are the publication's;
"the firm" is the one named beside its description; a description the parser cut off before the subject is
the subject's.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content, speakers_of_each

# BBC politics/095 (judged tuning 7311 Q72).
NUMBER_10 = (
    "Brown hits back in Blair rift row\n\nGordon Brown has criticised a union leader who said conflict "
    "between himself and Tony Blair was harming the workings of government.\n\nNumber 10 said ministers "
    'were interested in governing and not a "soap opera" about Mr Blair and Mr Brown.\n'
)
# BBC politics/379.
NO_10 = (
    "Police warn of pre-poll attack\n\nSir Ian Blair said terror groups would remember the effect of the "
    "Madrid bomb on Spain's general election last year. No 10 was similarly cautious but said the threat "
    "was real.\n"
)


def test_number_10_is_a_body_named_with_its_numeral(nlp):
    said = speaker_by_content(NUMBER_10, nlp, "ministers were interested")
    assert said[:2] == ("Number 10", "organization")
    assert speaker_by_content(NO_10, nlp, "the threat was real")[:2] == ("No 10", "organization")


# BBC business/012 (judged tuning 7311 Q36).
JAKARTA = (
    "Indonesia 'to cut fuel subsidies'\n\n\"The (January to March) quarter of this year is the best time "
    'for us to increase fuel prices," said Sri Mulyani Indrawati, State Minister for National Development '
    "Planning. The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that there "
    "was likely to be a strong public reaction to any price rise.\n"
)


def test_a_name_after_a_description_ending_on_a_place_is_the_descriptions(nlp):
    assert speaker_by_content(JAKARTA, nlp, "that there was likely")[:2] == ("Rachel Harvey", "person")


# BBC entertainment/170 (judged tuning 7311 Q62).
EASTENDERS = (
    "EastEnders 'is set for US remake'\n\nPlans to create a US soap based on the BBC's EastEnders have "
    "reportedly been drawn up by the Fox TV network. EastEnders' head writer Tony Jordan and music mogul "
    "Simon Fuller are involved in the project, according to reports in the Hollywood Reporter trade "
    "newspaper.\n"
)


def test_reports_in_a_publication_are_the_publications(nlp):
    said = speaker_by_content(EASTENDERS, nlp, "EastEnders' head writer")
    assert said == ("Hollywood Reporter", "organization", "document")


# BBC business/017 (judged tuning 7311 Q37).
PARMALAT = (
    "Parmalat boasts doubled profits\n\nParmalat, the Italian food group at the centre of one of Europe's "
    "most painful corporate scandals, has reported a doubling in profit.\n\nIts pre-tax earnings in the "
    "fourth quarter were 77m euros (£53m; $100m), up from 38m in the same period of 2003. Less welcome was "
    "the news that the firm had been fined 11m euros for having violated takeover rules five years ago. The "
    "firm sought bankruptcy protection in December 2003 after disclosing a 4bn-euro hole in its accounts.\n"
)


def test_the_firm_is_the_one_named_beside_its_description(nlp):
    # the rules find no source for "after disclosing" (None); the shipped model's is "The firm"
    assert speakers_of_each(nlp, PARMALAT, "a 4bn-euro hole") - {None} == {"Parmalat"}
    # "has reported a doubling in profit" is a deed since round 29 (reported_results.py): the firm says a
    # clause here
    said = PARMALAT.replace("has reported a doubling in profit", "has said that its profit doubled")
    assert speaker_by_content(said, nlp, "that its profit doubled")[:2] == ("Parmalat", "organization")


# Extraction benchmark 7de5241947a5 (judged tuning 7311 Q16).
INDIANA = (
    "Thousands of teachers pack Indiana Statehouse for protest\n\nEducation advocacy groups estimated this "
    "year that a 9% funding increase was needed to boost average teacher pay to the midpoint of neighboring "
    "states. Republican state schools Superintendent Jennifer McCormick has cited a study showing Indiana "
    "as the state with the lowest teacher salary increases since 2002.\n"
)


def test_a_description_cut_off_before_the_subject_is_the_subjects(nlp):
    names = speakers_of_each(nlp, INDIANA, "a study showing Indiana")
    assert names and all(name is not None and name.endswith("Jennifer McCormick") for name in names)
