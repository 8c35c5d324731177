"""Types and sources, round 24 (issue 30; tuning draw 7311, items Q21 Q34 Q43 Q61 Q67 Q70 Q100): a wish
carried by "tend" is a thought, an obligation a law imposes no speech, the agent of "told to be brief by"
speaks, a study the parser hung on an "As we've noted," aside is the cue's source, "with some saying" is
the group named before, the noun phrase after fronted phrases speaks, and a newsletter's title after
"tick" is no quote.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each, shipped_model, speaker_by_content

# BBC entertainment/131 (tuning), a reader's comment.
RECORD_COMPANIES = (
    "I do agree that the government should help to fund music but there is also a responsibility held by "
    "record companies! They generally always opt for the tried and tested and tend not to want to break any "
    "moulds or risk losing any money which ultimately, the directors are in the business for!\n"
)
# BBC tech/377 (tuning).
SPYWARE_ACT = (
    "In Washington, Congress has been debating four anti-spyware bills, but California is a step ahead. "
    "The state's Consumer Protection Against Spyware Act bans the installation of software that takes "
    "control of another computer. It also requires companies and websites to disclose whether their "
    "systems will install spyware. Consumers are able to seek up to $1,000 in damages.\n"
)


def test_a_wish_carried_by_tend_is_a_thought(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(RECORD_COMPANIES, nlp, "to break any moulds", model)[2] == "thought"


def test_what_a_law_requires_others_to_disclose_is_no_speech(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(SPYWARE_ACT, nlp, "whether their systems", model)[2] == "thought"


def test_a_disclosure_made_stays_speech(nlp):
    # Near text: the companies disclosed it themselves: words said, speech.
    text = SPYWARE_ACT.replace(
        "It also requires companies and websites to disclose", "The companies disclosed"
    )
    assert speaker_by_content(text, nlp, "whether their systems", shipped_model(nlp))[2] == "speech"


# BBC entertainment/280 (tuning).
OSCARS_ORCHESTRA = (
    "The orchestra is often called upon to play when the winners ramble on too long during their acceptance "
    "speeches, despite being told to be brief by the show's producers.\n"
)


def test_the_agent_of_told_to_be_brief_speaks(nlp):
    for model in (None, shipped_model(nlp)):
        name, kind, kind_of_quote = speaker_by_content(OSCARS_ORCHESTRA, nlp, "to be brief", model)
        assert (name, kind, kind_of_quote) == ("show's producers", "anonymous", "thought")


# Extraction benchmark page b6906ca016bb (tuning).
TARIFF_STUDY = (
    "China has hit back with retaliatory Chinese tariffs, to the tune of $28 billion over the past two "
    "years. As we’ve noted, a March 2019 study by the Centre for Economic Policy Research, a London-based "
    'think tank, concluded that, using standard economic methods, "the full incidence of the tariff falls '
    'on domestic consumers."\n'
)


def test_a_study_the_parser_hung_on_an_as_aside_is_the_cues_source(nlp):
    for model in (None, shipped_model(nlp)):
        name, _, type_ = speaker_by_content(TARIFF_STUDY, nlp, "that, using standard", model)
        # "a March 2019 study by the Centre for Economic Policy Research": its named author (round 27)
        assert type_ == "document" and ("study" in name or name == "Centre for Economic Policy Research")


# BBC business/239 (tuning).
HOUSING_EXPERTS = (
    "Halifax's own monthly figures on house sales - issued on Thursday - suggest the average price of a "
    "British property now stands at £163,748 after a 0.8% rise in January. Housing experts are split on "
    "prospects for the market, with some saying price growth will slow but not fall, while others predict "
    "a sharp drop in values.\n"
)


def test_some_in_an_absolute_with_phrase_are_the_group_named_before(nlp):
    # The shipped model draws "with some saying …" (the rules draw no attribution there).
    name, kind, _ = speaker_by_content(HOUSING_EXPERTS, nlp, "price growth will slow", shipped_model(nlp))
    assert (name, kind) == ("Housing experts", "anonymous")


# BBC politics/008 (tuning), cut short.
WOMEN_MPS = (
    "Harriet Harman told researchers of the sheer hostility prompted by her advancement to the Cabinet: "
    "\"Well, you've only succeeded because you're a woman.\" Even after the great influx of women MPs at "
    "the 1997 general election, and greater numbers of women in the Cabinet, female MPs often say they "
    "feel stuck on the edge of a male world.\n"
)


def test_the_noun_phrase_after_fronted_phrases_is_the_cues_subject(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(WOMEN_MPS, nlp, "they feel stuck", model) == (
            "female MPs",
            "anonymous",
            "speech",
        )


# Extraction benchmark page fde930b01859 (tuning), the newsletter's footer.
NEWSLETTER = (
    "Have an Amazon Alexa device? Now you can hear 10 Things in Tech each morning. Just search for "
    '"Business Insider" in your Alexa\'s flash briefing settings.\nYou can also subscribe to this newsletter '
    'here — just tick "10 Things in Tech You Need to Know."...\n'
)


def test_a_newsletters_title_after_tick_is_no_quote(nlp):
    for rows in rows_of_each(nlp, NEWSLETTER):
        assert not [row for row in rows if row[0].startswith("10 Things in Tech You")]
