"""Chains and agents (issue 30, round 19; tuning articles other helpers noticed):

- a sentence of narration that quotes a word or a short phrase (a scare quote) is narration all the same:
  it sets the next quote apart from the speaker before (narration_breaks.quotes_words), and a participle
  of speech hung on its main verb makes its subject the speaker of that quote
  (narrated_quotes._speaking_participle);
- a passive cue's "by" agent hung on the words it reports ("described as "outrageous" by the commission")
  is its speaker, where the attribution was drawn with no source (passive_agents._lower_by);
- an advert is a document (document_nouns.DOCUMENT_NOUNS): "the advert said", and "It also urged" after it.

The fixtures are a few sentences of TUNING articles (the corpus file is cited above each), cut short; the
rules are in docs/quotes.md ("Chains and agents, round 19").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each

# BBC politics/408: Beckett's words went to Howard, quoted before the narration about her.
RATTLED = (
    'Mr Howard told his party that Labour would "do anything, say anything, claim anything to cling on to '
    'office at all costs". "I don\'t know about you, but something tells me that someone, somewhere out '
    "there is just a little bit rattled.\" Environment Secretary Margaret Beckett rejected Mr Howard's "
    'comment, telling Radio 4\'s PM programme that Labour was not "rattled". "We have a very real duty '
    "to try to get people to focus on Michael Howard's record.\""
)


def _speakers(rows, start):
    return [name for content, name, _ in rows if start in content]


def test_a_scare_quote_in_narration_sets_the_next_quote_apart_from_the_speaker_before(nlp):
    for rows in rows_of_each(nlp, RATTLED):
        assert "Michael Howard" not in _speakers(rows, "We have a very real duty")
        assert _speakers(rows, "We have a very real duty") == ["Margaret Beckett"]


def test_a_longer_quote_in_the_sentence_between_leaves_the_run_whole(nlp):
    # Near text: the sentence between quotes several words of someone's, not a scare quote.
    text = RATTLED.replace(
        'that Labour was not "rattled".', 'that Labour was "not rattled by any of this at all".'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert "Margaret Beckett" not in _speakers(rows, "We have a very real duty")


def test_a_narration_verb_with_no_speech_participle_gives_no_speaker(nlp):
    # Near text: the narration is about Beckett, but she says nothing in it.
    text = RATTLED.replace(
        "rejected Mr Howard's comment, telling Radio 4's PM programme that Labour was not \"rattled\".",
        'arrived at the "rattled" conference in the morning.',
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert _speakers(rows, "We have a very real duty") != ["Michael Howard"]
    assert _speakers(rows, "We have a very real duty") != ["Margaret Beckett"]


# BBC politics/105: the commission's words had no speaker.
OUTRAGEOUS = (
    "Hazel Blears said innocent Muslims would be targeted because of the search for Islamic extremists. "
    'Her comments have been described as "irresponsible" and "outrageous" by the Islamic Human Rights '
    "Commission (IHRC)."
)


def test_a_by_agent_hung_on_the_words_is_the_passive_cues_speaker(nlp):
    rows = rows_of_each(nlp, OUTRAGEOUS)[-1]  # the shipped model draws it; the rules alone draw nothing
    described = [(c, n) for c, n, _ in rows if "irresponsible" in c]
    assert described and all(n == "Islamic Human Rights Commission" for _, n in described)
    assert all(not c.endswith("Commission") for c, _ in described)  # the content stops before "by"


def test_a_by_after_another_verb_is_no_agent_of_the_cue(nlp):
    # Near text: the "by" hangs on a verb of the content, not on the cue's words.
    text = OUTRAGEOUS.replace(
        'described as "irresponsible" and "outrageous" by the Islamic Human Rights Commission (IHRC).',
        'described as "irresponsible" for being written by the Islamic Human Rights Commission (IHRC).',
    )
    for rows in rows_of_each(nlp, text):
        assert all(n != "Islamic Human Rights Commission" for c, n, _ in rows if "irresponsible" in c)


# BBC entertainment/183: the advert's words went to the actor and the channel it named.
ADVERT = (
    'The advert described the Star Trek franchise as a "cultural icon". Enterprise stars former Quantum '
    'Leap actor Scott Bakula as Captain Archer. "Captain Archer and the crew of the NX-01 need your help '
    'to continue their journeys!" the advert said. It also included a cut-out coupon for fans to send to '
    "the Sci-Fi Channel. It also urged supporters to join the rally outside the Paramount studios."
)


def test_an_advert_is_a_document(nlp):
    analysis = quotes_only(nlp, ADVERT)
    for quote in analysis.quotes:
        content = analysis.text[quote.content[0][0] : quote.content[0][1]]
        if content.startswith("Captain Archer"):
            speaker = analysis.speaker(quote.speaker)
            assert speaker is not None and speaker.name.lower() == "advert"
            assert quote.type == "document"


def test_a_person_said_stays_speech(nlp):
    # Near text: a person, not an advert, says it.
    text = ADVERT.replace("the advert said", "Scott Bakula said")
    rows = quote_rows(quotes_only(nlp, text))
    assert [(n, t) for c, n, t in rows if c.startswith("Captain Archer")] == [("Scott Bakula", "speech")]
