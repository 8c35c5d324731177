"""Spokesmen and mid-sentence cues, round 19 (issue 30; analyze/person_spokespeople.py,
analyze/interposed_cues.py; docs/quotes.md, "Spokesmen and mid-sentence cues, round 19").

The fixtures are a sentence or a few of tuning articles (benchmarks/quote_sample.py, tuning_paths), cut
short; an adapted one says so.
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_of, speaker_of_source

BANNATYNE = (
    "Donor attacks Blair-Brown 'feud'\n\n"
    "Duncan Bannatyne also attacked the government over Iraq. Mr Bannatyne has previously given Labour "
    "£50,000.\n\n"
    "The 52-year-old on Tuesday said was he was reviewing his donations because of Cabinet disunity. "
)

JAIN = (
    "Camera phones are 'must-haves'\n\n"
    "More than 167 million handsets were sold between July and September 2004, a period that, according "
    'to Gartner analyst Carolina Milanesi is "seldom strong".\n\n'
    "Getting mobile phone users to send multimedia messages is really important for operators keen to "
    "squeeze more cash out of their customers and offset the cost of subsidising the handsets people are "
    "buying. The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in "
    "how to send the multimedia messages using their funky handsets.\n\n"
    '"Also," he said, "they have to simplify the interface so its not rocket science in terms of someone '
    'understanding it."'
)


def test_a_named_persons_spokesman_is_the_spokesman(nlp):
    # politics/276, adapted: the owner named, not a pronoun
    text = BANNATYNE + "Mr Bannatyne's spokesman said it was highly unlikely he would give Labour more money."
    assert speaker_of_source(text, nlp, "Mr Bannatyne's spokesman") == (
        "spokesman for Duncan Bannatyne",
        "anonymous",
    )


def test_an_organizations_spokesman_is_not_made_a_persons(nlp):
    # entertainment/221: the show's spokeswoman; a show (the NER's organization) owns her, no person
    text = (
        "Bets off after Big Brother 'leak'\n\n"
        "Mr Adams did not believe anyone from Channel 4 or Big Brother producer Endemol had tried to place "
        "the queried bets.\n\n"
        "Big Brother's spokeswoman said: \"Only a handful of senior production executives are privy to any "
        'sensitive information regarding eviction voting."'
    )
    name, _ = speaker_of_source(text, nlp, "Big Brother's spokeswoman")
    assert not (name or "").startswith("spokeswoman for")


def test_a_cue_set_off_by_commas_has_the_name_after_it_as_source(nlp):
    # tech/234 (and tech/389): Jain says it, never "The problem they face" read as Carolina Milanesi
    assert speaker_of(JAIN, nlp, "The problem they face") == "Shailendra Jain"


def test_the_content_is_the_sentence_around_the_cue(nlp):
    # tech/234: the subject before the cue and the clause after the name's closing comma
    analysis = quotes_only(nlp, JAIN)
    contents = [" … ".join(analysis.text[s:e] for s, e in q.content) for q in analysis.quotes]
    assert any(c.startswith("The problem they face … is educating people") for c in contents)


def test_the_he_after_an_interposed_cue_follows_the_name(nlp):
    # tech/234: the later "he said" goes on from Jain
    assert speaker_of(JAIN, nlp, "Also") == "Shailendra Jain"


def test_a_cue_with_no_comma_before_it_is_left_alone(nlp):
    # tech/234, adapted: "Analysts said Jain, …, is educating …" reports what analysts said of Jain
    text = (
        "Analysts said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send the "
        "multimedia messages using their funky handsets."
    )
    assert speaker_of(text, nlp, "Shailendra Jain") == "Analysts"
