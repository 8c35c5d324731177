"""Speakers, round 29 (issue 30; tuning items tech/134, tech/163, tech/335, politics/222, politics/381):
the author of a document or a poll named in the document's own phrase.

- after "by", a description with the name beside it: "figures released by CES organisers the CEA" are the
  CEA's, "a report published by UK-based research consultancy Analysys" Analysys's (document_owners.py);
- a poll with its owner's name before the noun: "The Daily Telegraph poll suggests" is the Daily
  Telegraph's, "the Mori survey … suggests" Mori's, an organization (document_owners.py,
  written_names.py);
- a poll named by a paper whose name holds "on": "The Mail on Sunday survey found" is the Mail on
  Sunday's document, never "Mail", a person's thought (poll_outlets.py);
- a name built from tokens is the name as written, beginning with a letter: "E! Online", never
  "E ! Online" nor "! Online", and a firm's (written_names.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
E! Online sentence is written for the test. The rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC tech/134 (tuning), cut.
CES_FIGURES = (
    "Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES "
    "organisers the CEA on Tuesday. The gadget explosion signalled the strongest growth yet in the US.\n"
)
# BBC tech/163 (tuning), cut: the same, with the name set off by commas.
CES_FIGURES_COMMAS = (
    "Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by CES "
    "organisers, the CEA, on Tuesday. The gadget explosion signalled the strongest growth yet in the US.\n"
)
# BBC tech/335 (tuning), cut.
ANALYSYS_REPORT = (
    '"HSDPA will be vital for profitable services like mobile internet browsing and mobile video clips," '
    "according to a report published by UK-based research consultancy Analysys. A number of companies are "
    "developing the technology.\n"
)
# BBC politics/222 (tuning), cut.
TELEGRAPH_POLL = (
    "British voters would reject the European constitution by two to one, according to a poll.\n\n"
    "The Daily Telegraph poll suggests that 45% of people would vote against the constitution and 24% in "
    "favour.\n"
)
# BBC politics/381 (tuning), cut.
MORI_SURVEY = (
    "Support for a ban on hunting has fallen in the past six years, a poll suggests.\n\nLess than half the "
    "UK wants a ban compared to almost two-thirds in 1999, the Mori survey of 2,000 adults for BBC One's "
    "Countryfile programme suggests.\n"
)
# BBC politics/381 (tuning), cut.
MAIL_SURVEY = (
    "Polling company Mori carried out both surveys. The Mail on Sunday survey found that 63% supported a "
    "hunting ban compared with 24% against.\n"
)
# Written for the test: an outlet whose name has a mark in it.
E_ONLINE = "Sales of the album rose sharply last week, according to a new report by E! Online.\n"
E_NEWS = "Sales of the album rose sharply last week, according to a new report by E! News.\n"


def test_figures_released_by_organisers_the_cea_are_the_ceas(nlp):
    name, kind, type_ = speaker_by_content(CES_FIGURES, nlp, "Consumer electronics")
    assert (kind, type_) == ("organization", "document")
    assert "CEA" in name or name == "Consumer Electronics Association"


def test_the_name_set_off_by_commas_after_organisers_is_the_author(nlp):
    name, kind, type_ = speaker_by_content(CES_FIGURES_COMMAS, nlp, "Consumer electronics")
    assert (kind, type_) == ("organization", "document")
    assert "CEA" in name or name == "Consumer Electronics Association"


def test_a_report_by_research_consultancy_analysys_is_analysyss(nlp):
    assert speaker_by_content(ANALYSYS_REPORT, nlp, "HSDPA will") == ("Analysys", "organization", "document")


def test_the_daily_telegraph_poll_is_the_daily_telegraphs(nlp):
    expected = ("Daily Telegraph", "organization", "document")
    assert speaker_by_content(TELEGRAPH_POLL, nlp, "that 45%") == expected


def test_the_mori_survey_is_moris(nlp):
    assert speaker_by_content(MORI_SURVEY, nlp, "Less than half") == ("Mori", "organization", "document")


def test_an_outlet_with_a_mark_in_its_name_is_named_as_written(nlp):
    album = "Sales of the album"
    assert speaker_by_content(E_ONLINE, nlp, album) == ("E! Online", "organization", "document")
    assert speaker_by_content(E_NEWS, nlp, album) == ("E! News", "organization", "document")


def test_the_mail_on_sunday_survey_is_the_papers_document(nlp):
    assert speaker_by_content(MAIL_SURVEY, nlp, "that 63%") == ("Mail on Sunday", "organization", "document")
    # a person named before "of" and the pollster's poll is still the person
    text = "John Curtice of the Mori poll said that most voters back the plan.\n"
    assert speaker_by_content(text, nlp, "that most voters") == ("John Curtice", "person", "speech")
