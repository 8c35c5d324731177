"""Quotes glued to the next sentence's cue, and sources read from the wrong noun (issue 30, round 18;
judged tuning draw 7308 Q61 Q68 Q74 Q1 Q53): a quote that closes its sentence after someone quoted just
before goes on with that speaker, not with the next sentence's cue; a passive cue's "by" agent speaks;
"the committee" is not the organization a reported clause before it is about.

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths
and tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_source, speaker_of

# BBC politics/404 (judged tuning 7308 Q74): the second quote went to Mr Kruger by "is continuing".
STATEMENT = (
    'In a statement, the party said the comment had been taken out of context. "He fully supports the '
    'party\'s policies on, and approach to, the public services," said the statement. "However, in order '
    "to avoid any further misrepresentation of his views and any damage to the Party, he has decided not "
    'to stand in the Sedgefield constituency at the next election." Mr Kruger is continuing in his job at '
    "the Tory campaign headquarters."
)


def _speakers(text: str, nlp, start: str, model=None) -> set[str | None]:
    rows = quote_rows(quotes_only(nlp, text, model))
    return {name for content, name, _ in rows if start in content}


def test_a_quote_after_someone_quoted_is_not_the_next_sentences_cue(nlp):
    # the statement's (speakers.py reads "the statement" as the party's), never Mr Kruger's
    assert _speakers(STATEMENT, nlp, "However, in order") == _speakers(STATEMENT, nlp, "He fully supports")
    assert not _speakers(STATEMENT, nlp, "However, in order") & {"Kruger", "Danny Kruger"}


def test_a_quote_no_one_says_before_goes_to_the_next_sentences_cue(nlp):
    # Near text: no one is quoted before the quote; a loose full stop before its cue leaves it the cue's.
    text = '"We plan to introduce a period of creative destruction in the public services." Mr Kruger said.'
    assert speaker_of(text, nlp, "We plan to introduce") == "Kruger"


# BBC politics/218 (judged tuning 7308 Q68): the learned model gave Taylor's quote to Blair's "also said".
TAYLOR = (
    "The Liberal Democrat parliamentary chairman Matthew Taylor said the personal ambition of Mr Blair "
    'and Mr Brown was "getting in the way of good government". "Either they need to grow up and put their '
    "squabbles to one side or they cannot expect the electorate to support a divided government at the next "
    'election." During the interview Mr Blair also said the former home secretary David Blunkett would '
    'play a "big role" at the general election.'
)


def test_the_model_leaves_a_quote_to_the_speaker_before_the_next_sentence(nlp):
    model = shipped_model(nlp)
    assert _speakers(TAYLOR, nlp, "Either they need", model) == {"Matthew Taylor"}
    # its own sentence's words stay Blair's
    assert _speakers(TAYLOR, nlp, "David Blunkett would play", model) == {"Blair"}


# BBC politics/131 (judged tuning 7308 Q61): the quote's second part went to Fairford Coach Action's "say".
MACKEY = (
    'Craig Mackey, assistant chief constable of Gloucestershire Police, said: "We have always considered '
    'that our responses were proportionate." He said no one on the coaches accepted responsibility for '
    'items found on the coaches. "Given these circumstances, the police commander on the ground made the '
    'decision to turn back the coaches. "From day one we have vigorously defended this decision, which was '
    'made out of a genuine concern." Fairford Coach Action, representing more than 80 people who appealed '
    "against the police actions, say they are prepared to take their case to the European Court of Human "
    "Rights."
)


def test_a_quote_the_rules_joined_to_a_speaker_stays_theirs_with_the_model(nlp):
    model = shipped_model(nlp)
    assert _speakers(MACKEY, nlp, "From day one", model) == {"Craig Mackey"}
    assert _speakers(MACKEY, nlp, "they are prepared", model) == {"Fairford Coach Action"}


# aeb/1f765c487806 (judged tuning 7308 Q1): the photo was taken for the source, typed document.
PHOTO = (
    "Prince Andrew has reportedly told friends that the interview was a success. A photo of the meeting "
    "was denied by Andrew, hinting that it was a fake."
)


def test_a_passive_cue_is_its_agents_words(nlp):
    # the rules draw no content for "was denied" here; the model does, as the CLI runs it
    analysis = quotes_only(nlp, PHOTO, shipped_model(nlp))
    denied = [q for q in analysis.quotes if PHOTO[q.cue[0][0] : q.cue[0][1]].endswith("denied")]
    assert [(analysis.speaker(q.speaker).name, q.type) for q in denied] == [("Prince Andrew", "speech")]


def test_a_passive_cue_without_an_agent_keeps_its_subject(nlp):
    # Near text: "quoted by" names who relays the words; the quoted person said them.
    text = "Prince Andrew was quoted by the Sun as saying that he had no memory of the meeting."
    assert "Sun" not in {name for _, name, _ in quote_rows(quotes_only(nlp, text))}


# BBC entertainment/202 (judged tuning 7308 Q53): "The committee" went to the BBC, the subject of the
# report's words the sentence before.
COMMITTEE = (
    'The report said the Freeview digital service has had an "impressive" take up since its launch but the '
    "BBC must still dispel confusion about the service. The committee found the BBC had succeeded in "
    "ensuring subscription-free access to digital channels following the collapse of ITV Digital in 2002."
)


def test_a_committee_is_not_the_subject_of_words_reported_before(nlp):
    assert speaker_by_source(quotes_only(nlp, COMMITTEE), "The committee")[0] != "BBC"


def test_the_committee_is_the_committee_named_before(nlp):
    text = (
        "The Public Accounts Committee called for the National Audit Office to be given a free hand. "
        + COMMITTEE
    )
    assert speaker_by_source(quotes_only(nlp, text), "The committee") == (
        "Public Accounts Committee",
        "organization",
    )


def test_an_agency_after_the_organization_that_acted_is_it(nlp):
    # Near text: the subject of the narration before (not of reported words) is still the one described.
    text = (
        "Gloucestershire Police announced a review of the protest on Monday. The agency said the coaches "
        "had been turned back."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The agency")[0] == "Gloucestershire Police"
