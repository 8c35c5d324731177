"""Quotes without a cue of their own, and "he said" after a quote (issue 30): the paragraph's speaker.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Quotes
without a cue of their own".
"""

from __future__ import annotations

from quotegraph.analyze.entities import cluster_entities
from quotegraph.analyze.gender import spoken_of, topic_before
from quotegraph.analyze.quotemarks import find_quoted
from tests.support.quotes import quote_rows, quotes_only


def _speaker_of(nlp, text: str, content_start: str) -> str | None:
    rows = quote_rows(quotes_only(nlp, text))
    return next(name for content, name, _ in rows if content.startswith(content_start))


GERVAIS = (
    "Hollywood actors Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' new sitcom, the "
    "comedian has told BBC News.\n\n"
    '"It\'s not about the zeitgeist. We wanted people who would still be around in 20 years." Gervais '
    "admitted he was cautious about revealing who would be taking part until they had all signed on the "
    "dotted line. But he has met with Stiller and Jackson and they enjoyed the scripts enough to commit to "
    "it.\n\n"
    "\"I didn't want to start revealing names until it was all sorted because people just mention people "
    "who haven't even been asked.\""
)


def test_a_quote_after_narration_about_the_speaker_is_theirs(nlp):
    # "he" in the sentence before is Gervais, who spoke last; Stiller and Jackson are only spoken of
    assert _speaker_of(nlp, GERVAIS, "I didn't want") == "Ricky Gervais"
    text = (
        "Middlesbrough boss Steve McClaren hopes that Stewart Downing did not seriously damage his hamstring "
        "during the 2-1 Uefa Cup win over Graz AK.\n\n"
        "The winger was carried off on a stretcher in the closing stages as Boro booked their place in the "
        'last 16. McClaren said: "Stewart has tweaked a hamstring, which is a blow for us. We will assess it '
        'in the morning." McClaren was relieved to make it through after a tough encounter at The '
        "Riverside.\n\n"
        '"To be fair to Graz, they had a gameplan - they knocked the ball forward, especially in the first '
        'half, and we struggled to deal with it."'
    )
    assert _speaker_of(nlp, text, "To be fair") == "Steve McClaren"


def test_a_quote_after_narration_about_something_else_has_no_speaker(nlp):
    text = (
        "Jamie Costin should be paralysed.\n\n"
        '"I was in a lot of pain and I guessed that one of my toes was broken," says Costin.\n\n'
        "He then progressed to crutches for six weeks until he was finally able to walk unaided on 10 "
        'January. "Walking without the crutches seemed like something finally really measurable in terms of '
        'my recovery." Physio sessions with Johnston McEvoy in Limerick have been a vital part of his '
        'recovery. "Johnston uses an advanced type of acupuncture and it\'s very effective."'
    )
    assert _speaker_of(nlp, text, "Walking without") == "Jamie Costin"
    # the sessions are what the sentence before is about: no one is said to speak, nor the physio named
    assert _speaker_of(nlp, text, "Johnston uses") is None


def test_a_quote_after_narration_about_someone_who_did_not_speak_has_no_speaker(nlp):
    text = (
        "A user of Apple's iTunes music service is suing the firm saying it is unfair he can only use an "
        "iPod to play songs.\n\n"
        "He says Apple is breaking anti-competition laws in refusing to let other music players work with "
        "the site. Californian Thomas Slattery filed the suit in the US District Court in San Jose and is "
        "seeking damages.\n\n"
        '"Apple has turned an open and interactive standard into an artifice that prevents consumers from '
        'using the portable hard drive digital music player of their choice."'
    )
    assert _speaker_of(nlp, text, "Apple has turned") is None


FERGUSON = (
    "Arsene Wenger has stepped up his feud with Sir Alex Ferguson by claiming the Manchester United manager "
    "is guilty of bringing football into disrepute.\n\n"
    '"In the tunnel Wenger was criticising my players, calling them cheats, so I told him to leave them '
    'alone and behave himself," Ferguson said on Saturday. "He ran at me with hands raised saying \'what do '
    "you want to do about it?' \"To not apologise for the behaviour of the players to another manager is "
    "unthinkable. It's a disgrace, but I don't expect Wenger to ever apologise, he's that type of person.\""
)


def test_a_quote_reopened_after_a_quote_within_it_goes_on(nlp):
    # the BBC runs a quote's paragraphs together: the mark after "about it?'" reopens the quote
    paragraph = FERGUSON.split("\n\n")[1]
    start = FERGUSON.index(paragraph)
    passages, unpaired = find_quoted(FERGUSON, [(start, len(FERGUSON))])
    assert not unpaired
    assert [FERGUSON[s : s + 20] for s, _ in passages[-1].fragments] == [
        "He ran at me with ha",
        "To not apologise for",
    ]
    rows = quote_rows(quotes_only(nlp, FERGUSON))
    # Ferguson's words, his "I" his own: no attribution of "I don't expect" with no speaker
    assert [name for content, name, _ in rows if "To not apologise" in content] == ["Alex Ferguson"]
    assert all(not content.startswith("To not apologise") for content, _, _ in rows)


MOURINHO = (
    "Chelsea left-back Wayne Bridge could miss the rest of the season with a suspected broken ankle.\n\n"
    "The England international, 24, was hurt in an innocuous challenge with Alan Shearer during the "
    "Londoners' FA Cup defeat at Newcastle on Sunday. \"We think it's a big injury,\" said Jose Mourinho, "
    "whose Chelsea team this week meet Barcelona in the Champions League and Liverpool in the Carling Cup "
    "final.\n\n"
    "The manager is not planning to add any new names to his squad ahead of the trip to Barcelona, even "
    "though he has few options to replace Bridge at left-back. Bridge's injury also means Mourinho, who "
    "reportedly wants to sign Ashley Cole from Arsenal, will not have a specialist, senior left-back for "
    "the run-in to the season.\n\n"
    '"He (Bridge) has no chance of playing against Barcelona, probably will not play against Liverpool (in '
    'the Carling Cup final) and maybe not for the rest of the season," he said. "The medical department '
    "will try to do everything to recover Gallas and Duff. We will have to wait and see, but I won't cry "
    'about injuries because we will have 11 players to play on Tuesday." Shearer said he was unsure what '
    "caused Bridge's injury."
)


def test_he_said_is_whom_the_sentence_is_about_not_whom_the_quote_names(nlp):
    # Bridge is whom the quote speaks of; Cole is named in a relative clause; Mourinho is whom the
    # sentence's main clauses are about
    assert _speaker_of(nlp, MOURINHO, "He (Bridge)") == "Jose Mourinho"


def test_a_quote_ending_its_sentence_is_not_the_words_of_the_next_sentences_cue(nlp):
    # "Shearer said he was unsure …" reports a clause of its own: the quote before it goes on from Mourinho
    rows = quote_rows(quotes_only(nlp, MOURINHO))
    assert [name for content, name, _ in rows if "The medical department" in content] == ["Jose Mourinho"]
    assert _speaker_of(nlp, MOURINHO, "he was unsure") == "Alan Shearer"


def test_the_sentence_before_is_about_the_subject_of_its_clause_not_whom_the_quote_names(nlp):
    doc = nlp(MOURINHO)
    index = cluster_entities(doc)
    he = next(t for t in doc if t.text == "he" and t.head.lemma_ == "say")
    quote = MOURINHO.rindex('"He (Bridge)')
    topic = topic_before(he, index, [(quote, len(MOURINHO))])
    assert topic is not None and topic[0].name == "Jose Mourinho"  # not Bridge's (the injury's) nor Cole
    bridge = next(c for c in index.clusters if c.name == "Wayne Bridge")
    assert spoken_of(he, bridge)
    assert not spoken_of(he, topic[0])


def test_a_statement_that_goes_on_stays_with_whoever_issued_it(nlp):
    text = (
        "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended "
        'both athletes. An IAAF statement said: "The Doping Review Board concluded that the decision is '
        'erroneous." The statement continued: "Both athletes\' cases will be refered to arbitration before '
        'the CAS."'
    )
    assert _speaker_of(nlp, text, "Both athletes") == _speaker_of(nlp, text, "The Doping Review Board")
    assert _speaker_of(nlp, text, "Both athletes") is not None
    text = (
        "An All England club spokesperson denied Phillips made the remark, insisting: \"He definitely didn't "
        'say it." The statement added: "It was said by someone else and was a humorous aside at the end of '
        'a radio interview."'
    )
    # the denial's speaker, not Phillips, whom it is about
    assert _speaker_of(nlp, text, "It was said") == "An All England club spokesperson"
