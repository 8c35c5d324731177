"""Speakers left out and spokesmen (issue 30, round 18; judged tuning draw 7308 Q11 Q45 Q70 Q79 Q82): a
statement's next paragraph after "they said in a statement …", a quoted fragment in the writer's sentence
after "…," said X, "… elements said Mr Owen." with no comma, "the ex-Wallaby" one word and a person, and a
person's spokesman not the person.

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths
and tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_source, speaker_of

# aeb/70cb2d5bca75 (judged tuning 7308 Q11, 7301 before): the statement's next paragraph had no speaker.
STATEMENT = (
    "Taylor Swift's first six albums were released through Big Machine, which was bought out by a company "
    "owned by talent manager Scooter Braun earlier this year.\n"
    "Big Machine have twice denied doing anything wrong.\n"
    '"At no point did we say Taylor could not perform on the AMAs or block her Netflix special," they said '
    "in a statement on their website last Friday.\n"
    '"In fact, we do not have the right to keep her from performing live anywhere."\n'
)


def test_a_paragraph_of_quote_after_a_reporting_clause_with_its_where_and_when_goes_on(nlp):
    assert speaker_of(STATEMENT, nlp, "In fact, we do not have the right") == "Big Machine"


def test_a_sentence_of_the_writers_after_the_cue_still_breaks_the_chain(nlp):
    # Near text: the paragraph before ends on a sentence of the writer's (docs/quotes.md), no speaker.
    text = STATEMENT.replace("last Friday.\n", "last Friday. The label has disputed her account.\n")
    assert speaker_of(text, nlp, "In fact, we do not have the right") is None


def test_a_tensed_clause_after_the_cue_breaks_the_chain(nlp):
    # Near text: what follows the cue is a clause of the writer's, not where or when it was said.
    text = STATEMENT.replace("in a statement on their website last Friday", "as the row grew")
    assert speaker_of(text, nlp, "In fact, we do not have the right") is None


# BBC business/399 (judged tuning 7308 Q45): Westwood's words quoted in the writer's next sentence.
ECHO = (
    '"For countries to develop, they have to have access to energy," said John Westwood, managing director '
    'of oil industry analysts Douglas-Westwood. India is a "dramatically growing economy that must have '
    'access to oil". By buying into Yugansk, ONGC would be able to reduce its dependence on Gulf states.'
)


def test_a_quoted_fragment_in_the_next_sentence_of_the_writers_is_the_speakers(nlp):
    assert speaker_of(ECHO, nlp, "dramatically growing economy") == "John Westwood"


def test_a_quoted_fragment_after_another_source_as_subject_is_not_the_speakers(nlp):
    # Near text: the writer's sentence has an organization as its subject, which may speak for itself.
    text = ECHO.replace("India is a", "Greenpeace is a")
    assert speaker_of(text, nlp, "dramatically growing economy") != "John Westwood"


def test_a_quoted_fragment_two_sentences_on_is_not_the_speakers(nlp):
    # Near text: a sentence of the writer's comes between the quote and the fragment.
    text = ECHO.replace(" India is a", " Consumption has jumped since 1973. India is a")
    assert speaker_of(text, nlp, "dramatically growing economy") is None


# BBC tech/071 (judged tuning 7308 Q82): no comma before "said"; the parser made "elements" its subject.
POSTPOSED = (
    '"Games teach life skills such as decision making, problem solving," said Martin Owen, at Futurelab. '
    "Already there are games on the market, such as Civilisation and Age of Empire, that have educational "
    'elements said Mr Owen. "Even in Grand Theft Auto it is not just the violence that engages people," he '
    "said."
)


def test_a_name_after_the_cue_at_the_sentences_end_is_the_speaker_with_no_comma(nlp):
    rows = quote_rows(quotes_only(nlp, POSTPOSED))
    row = next(r for r in rows if r[0].startswith("Already there are games"))
    assert row[0].endswith("that have educational elements")
    assert row[1] == "Martin Owen"
    assert speaker_of(POSTPOSED, nlp, "Even in Grand Theft Auto") == "Martin Owen"


def test_a_name_that_opens_the_reported_clause_is_not_the_speaker(nlp):
    # Near text: the name is the subject of what was said, not a source after the cue.
    text = "Developers of games with educational elements said Mr Owen was right to push for them."
    assert speaker_of(text, nlp, "Mr Owen was right") != "Martin Owen"
    assert speaker_of(text, nlp, "Mr Owen was right") != "Owen"


# BBC sport/330 (judged tuning 7308 Q79): "the ex-Wallaby" was cut to "ex", labelled anonymous.
WALLABY = (
    "Campese berates whingeing England\n\n"
    "Former Australian wing David Campese has told England to stop whingeing in the wake of their defeat "
    "to Ireland.\n\n"
    'But Campese added: "Scotland could have beaten France in the same way, but do you see them '
    'whingeing?"\n\n'
    'Campese, though, defended coach Andy Robinson, who he believes was the "only choice" after Sir Clive '
    "Woodward's resignation.\n\n"
    'England face a potential wooden spoon match against Italy on 12 March. And the ex-Wallaby added: "If '
    "England lost that, they'd be in bloody turmoil. That said, I don't think they will.\"\n"
)


def test_the_ex_wallaby_is_one_word_and_the_person_the_story_is_about(nlp):
    analysis = quotes_only(nlp, WALLABY)
    assert speaker_by_source(analysis, "the ex-Wallaby") == ("David Campese", "person")


def test_the_ex_wallaby_tied_to_no_one_stays_as_written_never_ex(nlp):
    # Near text: the headline and the lead name no one the story is about.
    text = (
        "England face a potential wooden spoon match against Italy on 12 March. And the ex-Wallaby added: "
        '"If England lost that, they\'d be in bloody turmoil."'
    )
    name, kind = speaker_by_source(quotes_only(nlp, text), "the ex-Wallaby")
    assert name == "ex-Wallaby"
    assert kind == "anonymous"


# BBC politics/311 (judged tuning 7308 Q70; politics/069 its twin): the spokesman was given as Prescott.
SPOKESMAN = (
    "Five public sector unions will hold private talks with Deputy Prime Minister John Prescott at Labour's "
    "spring conference in Gateshead. The five unions meeting Mr Prescott want the government to withdraw "
    "these regulations. But a spokesman for Mr Prescott warned that the changes to the local government "
    "pension scheme would have to go ahead in April."
)


def test_a_persons_spokesman_is_the_spokesman_not_the_person(nlp):
    analysis = quotes_only(nlp, SPOKESMAN)
    assert speaker_by_source(analysis, "a spokesman for Mr Prescott") == (
        "spokesman for John Prescott",
        "anonymous",
    )


def test_an_organizations_spokesman_stays_the_organization(nlp):
    # Near text: "for" names an organization, whose statement it is (as before).
    owner = "a spokesman for the Local Government Association"
    text = SPOKESMAN.replace("a spokesman for Mr Prescott", owner)
    analysis = quotes_only(nlp, text)
    name, _ = speaker_by_source(analysis, owner)
    assert name == "Local Government Association"
