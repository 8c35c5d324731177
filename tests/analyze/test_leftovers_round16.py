"""Leftovers, round 16 (a) (issue 30): descriptions and names a news article resolves.

- "the Association" after "The Association of British insurers" is that organization (name_kinds.py,
  `institution_head`; entities.py);
- "the prime minister time and again insisted": the prime minister speaks, never "prime minister time"
  (cue_subjects.py, `repeated_subject`);
- a cue after a relative clause set off by dashes speaks for the sentence's subject, not the clause's
  noun ("Wilson has twice tried to resurrect Factory - which lasted … - but conceded …"; cue_subjects.py,
  `after_dash_aside`);
- a headline's "Mogul Wilson" is a descriptor and the surname, no name to prefer over the body's "Tony
  Wilson" (headline_names.py).

The fixtures are a sentence or a paragraph of tuning articles (BBC business/346, politics/264,
entertainment/245; leftovers of benchmarks/judged/tuning-7306-aac68af-quotes.md), cut short; the rules are
in docs/quotes.md, "Leftovers, round 16 (a)".
"""

from __future__ import annotations

from tests.support.quotes import cluster_names, quotes_only, speakers_of_each

# BBC business/346.txt, cut short.
ASSOCIATION = (
    "Tourists cutting short their holidays in affected areas may suffer a financial impact too. The "
    "Association of British insurers warned that travel insurance does not normally cover cutting short a "
    "holiday. It said loss of possessions will usually be covered, but the Association stressed the "
    "importance of checking the wording of travel policies."
)


def test_the_association_is_the_association_named_before(nlp):
    assert speakers_of_each(nlp, ASSOCIATION, "the importance of checking") == {
        "Association of British insurers"
    }


def test_an_association_never_named_in_full_stays_itself(nlp):
    text = (
        "Tourists cutting short their holidays may suffer a financial impact too. The Association stressed "
        "the importance of checking the wording of travel policies."
    )
    assert "Association of British insurers" not in speakers_of_each(nlp, text, "the importance of checking")


# BBC politics/264.txt, cut short.
AGAIN = (
    "The prime minister used his speech to a selected audience in the south east to set out his broad "
    "brush election manifesto.\n\n"
    'Under what is to be the general election slogan "Britain is working", the prime minister time and '
    "again insisted the future direction would be unremittingly New Labour."
)


def test_time_and_again_is_no_part_of_the_speaker(nlp):
    speakers = speakers_of_each(nlp, AGAIN, "the general election slogan")
    assert speakers and all(s and "time" not in s for s in speakers)
    assert any(s and "prime minister" in s.lower() for s in speakers)


def test_a_time_that_is_a_subject_stays(nlp):
    from quotegraph.analyze.cue_subjects import repeated_subject

    doc = nlp("The time and place were agreed, the minister said.")
    assert repeated_subject(doc[1]) == doc[1]


# BBC entertainment/245.txt, cut short.
WILSON = (
    "Mogul Wilson backing UK rap band\n\n"
    "Tony Wilson, the music mogul who established the influential Factory Records in the 1980s, is to "
    'launch a new label - convinced he has discovered his "third major band".\n\n'
    "Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but "
    'conceded these efforts had been "despondent and dismal experiences". But it has not put him off. '
    "\"Of all the things I do in my life the most exciting thing I've ever done, and the thing I have "
    'most loved, is being part of a record company," he added.'
)


def test_a_cue_after_a_dashed_aside_is_the_sentence_subjects(nlp):
    assert speakers_of_each(nlp, WILSON, "these efforts had been") == {"Tony Wilson"}


def test_a_cue_inside_a_dashed_aside_stays_the_nouns(nlp):
    text = (
        "Wilson has twice tried to resurrect Factory - which lasted for 14 years and conceded its bands "
        'had been "despondent" - but it has not put him off.'
    )
    assert "Wilson" not in speakers_of_each(nlp, text, "its bands")


def test_a_headline_descriptor_is_no_first_name(nlp):
    people = cluster_names(nlp, WILSON, "person")
    assert "Tony Wilson" in people and "Mogul Wilson" not in people


def test_a_headline_full_name_stays(nlp):
    text = (
        "Tony Wilson backing UK rap band\n\n"
        "Tony Wilson, the music mogul who established Factory Records in the 1980s, is to launch a new label."
    )
    assert "Tony Wilson" in cluster_names(nlp, text, "person")


# BBC tech/342.txt, cut short.
COMMISSION = (
    "A proposed European law on software patents will not be re-drafted by the European Commission (EC) "
    "despite requests by MEPs. The EC says the Council of Ministers will adopt a draft version that was "
    'agreed upon last May but said it would review "all aspects of the directive".\n\n'
    "French Green MEP Alain Lipietz warned two weeks ago that if the Commission ignored the Parliament's "
    'request it would be an "insult" to the assembly. He said that the parliament would then reject the '
    "Council's version of the legislation."
)


def test_an_institution_whose_short_name_a_he_follows_stays_an_organization(nlp):
    analysis = quotes_only(nlp, COMMISSION)
    kinds = {s.name: s.kind for s in analysis.speakers}
    assert kinds.get("European Commission") == "organization"
