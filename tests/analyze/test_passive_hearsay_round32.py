"""Sources, round 32 (issue 30; items of the tuning sheets judged by hand): a participle joined to a clause
of "be" whose "by X" names X (coordinated_passives.py), an impersonal "it is predicted that …" with an
"according to X" (impersonal_passives.told_according), the expletive "it" no fragment of what a learned
model reports, and the "it" after a fronted "though X has said …" clause (concessive_subjects.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short, or sentences in their pattern; the rules are in docs/quotes.md.
"""

from __future__ import annotations

import pytest

from quotegraph.analyze.concessive_subjects import concessive_subject
from quotegraph.analyze.passive_agents import coordinated_agent
from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content

# Extraction benchmark e1c7023ee214 (tuning; ESA on hibernation), cut.
HIBERNATION = (
    "Now ESA has investigated how real life crew hibernation would impact space mission design.\n"
    "Human hibernation has been the subject of initial research within the Discovery element of ESA's "
    'Basic Activities, then recommended as a key "enabling technology" for space by the Agency\'s Future '
    'Technology Advisory Panel, resulting in a dedicated "Topical Team" on hibernation.\n'
)
# BBC tech/356 (tuning), cut.
ROBOTS = (
    "Robots are coming.\n\n"
    'By 2007, it is predicted that there will be almost 2.5 million "entertainment and leisure" robots in '
    "homes, compared to about 137,000 currently, according to the United Nations (UN).\n"
)
# BBC business/229 (tuning), cut.
NOT_YET_KNOWN = (
    "For his proposal to succeed, he needs the support of United's largest shareholders, the Irish "
    "horseracing tycoons JP McManus and John Magnier. They own 29% of United through their Cubic Expression "
    "investment vehicle. Mr Glazer and his family hold a stake of 28.1%. But it is not yet known whether "
    "Mr McManus and Mr Magnier would support a Glazer bid. NM Rothschild, the investment bank, is advising "
    "Mr Glazer, according to the Financial Times.\n"
)
# Extraction benchmark ea25dd7edff4 (tuning; plague in Beijing), cut.
THOUGH_CDC = (
    "In the wake of that outbreak, China \u201cvastly improved its detection and management of infectious "
    "diseases,\u201d writes the Associated Press. And though the Chinese CDC has said that there is \u201cno "
    "need\u201d for Beijing residents to worry about the risk of plague infection, it has also acknowledged "
    "that remote regions of the country\u2014like Yunnan and the Qinghai-Tibet plateau\u2014are "
    "vulnerable to outbreaks.\n"
)


def _model(nlp):
    model = shipped_model(nlp)
    if model is None:
        pytest.skip("the checkout ships no attribution model")
    return model


def test_a_coordinated_participles_agent_is_its_source_and_ends_its_content(nlp):
    name, kind, _ = speaker_by_content(HIBERNATION, nlp, "as a key", _model(nlp))
    assert (name, kind) == ("Future Technology Advisory Panel", "organization")
    rows = quote_rows(quotes_only(nlp, HIBERNATION, _model(nlp)))
    assert not any("by the Agency" in content for content, _, _ in rows)


def test_a_coordinated_participles_agent_must_name_someone(nlp):
    doc = nlp("Human hibernation has been the subject of research, then recommended by 2030 as a technology.")
    assert coordinated_agent(next(t for t in doc if t.lower_ == "recommended")) is None
    doc = nlp("The minister was angry at the meeting, then told reporters by phone that he would resign.")
    assert coordinated_agent(next(t for t in doc if t.lower_ == "told")) is None


def test_an_impersonal_passive_according_to_someone_is_theirs(nlp):
    assert speaker_by_content(ROBOTS, nlp, "that there will be")[:2] == ("United Nations", "organization")
    model = _model(nlp)
    assert speaker_by_content(ROBOTS, nlp, "that there will be", model)[:2] == (
        "United Nations",
        "organization",
    )


def test_an_impersonal_passive_without_according_to_stays_hearsay(nlp):
    text = "Robots are coming.\n\nBy 2007, it is predicted that there will be 2.5 million robots in homes.\n"
    assert speaker_by_content(text, nlp, "that there will be")[:2] == (None, None)


def test_the_expletive_it_is_no_fragment_of_a_learned_attribution(nlp):
    rows = quote_rows(quotes_only(nlp, NOT_YET_KNOWN, _model(nlp)))
    assert not any(content.startswith("it …") for content, _, _ in rows)
    assert any(content.startswith("whether Mr McManus") for content, _, _ in rows)


def test_an_it_after_a_fronted_though_clause_is_that_clauses_subject(nlp):
    assert speaker_by_content(THOUGH_CDC, nlp, "that remote regions")[:2] == ("CDC", "organization")
    model = _model(nlp)
    assert speaker_by_content(THOUGH_CDC, nlp, "that remote regions", model)[:2] == ("CDC", "organization")


def test_a_fronted_clause_of_people_in_the_plural_is_no_it(nlp):
    doc = nlp("Though residents have said they are worried, it has also acknowledged that the risk is low.")
    assert concessive_subject(next(t for t in doc if t.lower_ == "it")) is None
