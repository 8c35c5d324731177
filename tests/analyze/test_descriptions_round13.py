"""Descriptions and fragments, round 13 (issue 30; docs/quotes.md, "Speakers" and "Groups named before"):
an appointed firm named before, an office's title taken for an organization, the recipient after "to",
a quote after a condition, "both companies" after "between".

The fixtures are a sentence or a paragraph of tuning articles (benchmarks/quote_sample.py, tuning_paths
and tuning_pages; the tuning-7304 sheet's Q89, Q90, Q13, Q2, Q86), cut short; an adapted one says so.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_source

# tech/114 (tuning-7304 Q89, Q90)
ADMINISTRATORS = (
    "Games maker fights for survival\n\n"
    "One of Britain's largest independent game makers, Argonaut Games, has been put up for sale.\n\n"
    "Argonaut called in administrators David Rubin & Partners on Friday to find a way to rescue the company "
    "from collapse. It spent the weekend going over the company's finances and concluded that the only way "
    "to save the business was to put it up for sale. The administrator told BBC News Online that the costs "
    "of restructuing would be too high, partly because of the overheads from the company's four premises "
    "across the UK. It said it was hopeful that it could save some 110 jobs by selling the business. The "
    "administrator said it would ensure that staff made redundant would receive any wages, redundancy or "
    "holiday pay due to them, hopefully by Christmas."
)


def _speaker(nlp, text: str, content_has: str) -> str | None:
    rows = quote_rows(quotes_only(nlp, text))
    return next(name for content, name, _ in rows if content_has in content)


def test_the_administrator_is_the_firm_named_as_administrators(nlp):
    analysis = quotes_only(nlp, ADMINISTRATORS)
    assert speaker_by_source(analysis, "The administrator") == ("David Rubin & Partners", "organization")
    assert _speaker(nlp, ADMINISTRATORS, "would ensure that staff") == "David Rubin & Partners"


def test_its_it_said_goes_on_from_the_administrator_not_whom_it_told(nlp):
    assert _speaker(nlp, ADMINISTRATORS, "it was hopeful") == "David Rubin & Partners"


def test_an_administrator_named_as_a_person_stays_that_person(nlp):
    # Adapted: an administrator set before a person's name is that person, as before.
    text = (
        "NASA administrator Jim Bridenstine visited the launch site on Tuesday. The administrator said the "
        "mission would fly next year."
    )
    assert _speaker(nlp, text, "the mission would fly") == "Jim Bridenstine"


# aeb/4a44ab3e4c41 (tuning-7304 Q13)
OMBUDSMAN = (
    "‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers "
    "near barricaded fuel plant\n"
    "In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said "
    "another 30 people had been injured in the skirmishes, but added the exact circumstances of the deaths "
    "and injuries remained unclear.\n"
    "Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.\n"
)


def test_a_title_opening_word_is_no_organization(nlp):
    rows = quote_rows(quotes_only(nlp, OMBUDSMAN))
    assert all(name != "Public" for _, name, _ in rows)
    assert _speaker(nlp, OMBUDSMAN, "the exact circumstances") == "Bolivia’s public defender’s office"
    assert _speaker(nlp, OMBUDSMAN, "gunshot wounds") == "Nadia Cruz"


def test_an_organization_whose_name_opens_with_public_stays_whole(nlp):
    # Adapted: "Public" that opens an organization's whole name is kept.
    text = "Public Health England said the risk to the public was low."
    assert _speaker(nlp, text, "the risk") == "Public Health England"


# aeb/06e5123e4ef7 (tuning-7304 Q2)
BONDHOLDERS = (
    "WeWork now faces a radical restructuring.\n"
    "An October 11 presentation to bondholders indicated administrative jobs would be cut, along with jobs "
    "in WeWork’s venture capital arm and in so-called growth-related functions, a possible reference to "
    "design and construction units.\n"
)


def test_the_noun_after_to_is_the_recipient_not_the_speaker(nlp):
    for rows in rows_of_each(nlp, BONDHOLDERS):
        speaker = next(name for content, name, _ in rows if "administrative jobs" in content)
        assert speaker == "October 11 presentation"


def test_an_adviser_to_the_president_is_the_adviser(nlp):
    text = "An adviser to the president said the talks would resume."
    for rows in rows_of_each(nlp, text):
        assert all(name != "president" for _, name, _ in rows)


# tech/094 (tuning-7304 Q86)
STUDIOS = (
    "Currently, an entire DVD project can take up to three months, says Mr Dean. Although the step of "
    "down-converting will be bypassed, this will realistically only save a day's work, says Mr Dean. On the "
    "fairly complex Star Wars disks, making sure the menu buttons worked took 45 human hours alone. If "
    "studios want to cash in on the extra space, it could mean extra human hours, for which someone has to "
    'pay. "If the decision on the studio side is that they are going to put a lot more on these disks, it '
    'could be more expensive because of all the extra navigation that is required." And if studios do '
    'focus on delivering more "added value content", thinks Mr Dean, ultimately it could mean that they '
    "will want more money for it."
)


def test_a_quote_after_a_condition_is_the_speakers_own_speech(nlp):
    for rows in rows_of_each(nlp, STUDIOS):
        quoted = [row for row in rows if "studio side" in row[0]]
        assert quoted == [
            (
                "If the decision on the studio side is that they are going to put a lot more on these disks, "
                "it could be more expensive because of all the extra navigation that is required.",
                "Dean",
                "speech",
            )
        ]


def test_a_quote_after_a_quote_stays_one_quote_in_two_parts(nlp):
    text = '"We are delighted," he said. "It is a great day for the club."'
    rows = quote_rows(quotes_only(nlp, text))
    assert len(rows) == 1 and "great day" in rows[0][0]


# aeb/8634d1211c3f
BETWEEN = (
    "Indeed, Doctor asserts that talks have resumed between McClatchy and Tribune. Both companies declined "
    "to comment on the assertion."
)


def test_both_companies_are_the_two_named_after_between(nlp):
    assert speaker_by_source(quotes_only(nlp, BETWEEN), "Both companies")[0] == "McClatchy and Tribune"


def test_a_date_or_place_pair_after_between_is_no_two_companies(nlp):
    # Adapted: dates and places after "between" are no sides that act.
    text = "Sales fell sharply between January and March. Both companies declined to comment."
    assert speaker_by_source(quotes_only(nlp, text), "Both companies")[0] != "January and March"
