"""Speakers and contents, round 29 (issue 30; tuning items business/157, entertainment/288,
politics/264, politics/103 and politics/305):

- a counting description of two ("the pair") goes on from a clause's subject and the person it acts with
  or alongside (companions.py);
- a "he" goes on from the office-holder the sentences before are about ("the prime minister"), not a
  person named last only in passing (office_subjects.py);
- a cue with a thing as its object after a quote that closes its sentence reports that object, not the
  quote (object_cues.py);
- an interposed cue the parser hangs on the rest of the sentence ("The tone …, said Mr Milburn, would
  be …") is read as the statement around it (interposed_cues.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_content, speakers_of_each

# BBC entertainment/288 (tuning), cut.
PROTEGE_FEUD = (
    "Rapper 50 Cent ends protege feud\n\nRapper 50 Cent has ended his public feud with his protege The Game "
    "as the pair said they wanted to be good role models for their communities.\n"
)
# BBC business/157 (tuning), cut; its "The pair claim" made "The pair said" (the parser reads "pair claim"
# as a compound noun, no cue).
ON_TRIAL = (
    "Khodorkovsky ally denies charges\n\nPlaton Lebedev has been on trial alongside Mr Khodorkovsky since "
    "June in a case centring around the privatisation of a fertiliser firm. The pair said they are being "
    "punished by the authorities for the political ambitions of Mr Khodorkovsky.\n"
)
# BBC politics/264 (tuning), cut.
KEY_SECTION = (
    "Blair looks to election campaign\n\nTony Blair's big speech will be looked back on as the performance "
    "that kicked off the election campaign.\n\nThe prime minister used his speech to a selected audience "
    "to set out his broad brush election manifesto. There was an attempt to draw the line under the gossip "
    "surrounding his rift with Chancellor Gordon Brown.\n\nThere was little in terms of concrete "
    "proposals, although the prime minister talked about a broad manifesto. His was more a speech designed "
    "to remind people what New Labour stood for.\n\nTo that end he set out a broad programme. In a key "
    'section, he declared: "In our third term we can achieve an unprecedented widening of opportunity."\n'
)
# BBC politics/103 (tuning), cut.
FOSTER_SYSTEM = (
    "Minimum rate for foster parents\n\nFoster carers are to be guaranteed a minimum allowance, the "
    "government has announced.\n\nFostering Network executive director Robert Tapsfield criticised the "
    'existing system. "There is just no logic to a system which values children differently depending on '
    'where they live." The charity recommends a weekly payment of £108.49 for looking after a baby.\n'
)
# BBC politics/305 (tuning), cut.
CAMPAIGN_TONE = (
    "Labour battle plan 'hides Blair'\n\nLabour election chief Alan Milburn denied the party was trying to "
    "hide the prime minister.\n\nThe tone of the campaign, said Mr Milburn, would be more conversational "
    "than rhetorical; more spontaneous less scripted.\n"
)


def test_the_pair_is_the_subject_and_whom_it_acts_with(nlp):
    assert speakers_of_each(nlp, PROTEGE_FEUD, "they wanted") == {"Rapper 50 Cent and Game"}


def test_the_pair_is_the_subject_and_whom_it_stands_alongside(nlp):
    assert speakers_of_each(nlp, ON_TRIAL, "they are being punished") == {"Platon Lebedev and Khodorkovsky"}


def test_he_is_the_office_holder_the_story_is_about_not_the_person_named_in_passing(nlp):
    assert speakers_of_each(nlp, KEY_SECTION, "In our third term") == {"Tony Blair"}


def test_a_cue_with_its_own_object_does_not_take_the_quote_before_it(nlp):
    assert speaker_by_content(FOSTER_SYSTEM, nlp, "a weekly payment")[0] == "Fostering Network"
    rows = quote_rows(quotes_only(nlp, FOSTER_SYSTEM))
    assert [name for content, name, _ in rows if "There is just no logic" in content] == ["Robert Tapsfield"]


def test_an_interposed_cue_hung_on_the_rest_is_the_statement_around_it(nlp):
    rows = quote_rows(quotes_only(nlp, CAMPAIGN_TONE))
    assert (
        "The tone of the campaign … would be more conversational than rhetorical; more spontaneous less "
        "scripted",
        "Alan Milburn",
        "speech",
    ) in rows
