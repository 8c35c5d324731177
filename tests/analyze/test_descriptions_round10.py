"""Descriptions the article resolves, left as written before round 10 (issue 30;
analyze/resolved_descriptions.py, docs/quotes.md, "Speakers"): "His office", "said the magazine", "The
automaker says", "A spokesman for the firm".

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py, tuning_paths and
tuning_pages; the tuning-7303 sheet's Q6, Q22, Q45, Q78), cut short; an adapted one says so.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_of_source


def test_his_office_is_the_person_the_pronoun_stands_for(nlp):
    # aeb/7de5241947a5 (tuning-7303 Q22): "the Statehouse", which the NER takes for a person, is passed over
    text = (
        "Indiana teachers pack Indiana Statehouse for rally\n\n"
        "Gov. Eric Holcomb and GOP legislative leaders touted the plan as making strides toward improving "
        "teacher pay.\n\n"
        "Teachers didn’t see Holcomb at the Statehouse on Tuesday. His office said he was keeping "
        "long-standing plans for traveling to Florida for a conference of the Republican "
        "Governors Association."
    )
    assert speaker_of_source(text, nlp, "His office") == ("Eric Holcomb", "person")


def test_his_spokesman_speaks_for_the_person_named_before(nlp):
    # politics/276. Since round 19 a person's spokesman is the spokesman, named for the person, not the
    # person: the judges count a person's spokesman given as the person as wrong, and round 18 reads "a
    # spokesman for Mr Prescott" so (person_spokespeople.py); "his" still stands for Bannatyne
    text = (
        "Donor attacks Blair-Brown 'feud'\n\n"
        "Duncan Bannatyne also attacked the government over Iraq. Mr Bannatyne has previously given Labour "
        "£50,000.\n\n"
        "The 52-year-old on Tuesday said was he was reviewing his donations because of Cabinet disunity. "
        "His spokesman said it was highly unlikely he would give Labour more money."
    )
    assert speaker_of_source(text, nlp, "His spokesman") == ("spokesman for Duncan Bannatyne", "anonymous")


def test_her_office_is_not_a_man_the_article_calls_mr(nlp):
    # politics/276, adapted: "her" cannot stand for Mr Bannatyne, so the office stays as written
    text = (
        "Duncan Bannatyne also attacked the government over Iraq. Mr Bannatyne has previously given Labour "
        "£50,000. Her office said it was highly unlikely he would give Labour more money."
    )
    name, _ = speaker_of_source(text, nlp, "Her office")
    assert name != "Duncan Bannatyne"


def test_her_spokesman_is_not_the_man_whose_quote_names_another(nlp):
    # sport/478: McNamee's words name Kim (Clijsters), whose spokesman it is; never McNamee's
    text = (
        "Clijsters hope on Aussie Open\n\n"
        "Open chief Paul McNamee had said: \"Kim's wrist obviously isn't going to be rehabilitated.\" "
        "But her spokesman insisted she had simply delayed submitting her entry."
    )
    name, _ = speaker_of_source(text, nlp, "her spokesman")
    assert name != "Paul McNamee"


def test_the_magazine_is_the_one_the_article_set_that_noun_before(nlp):
    # tech/009 (tuning-7303 Q78)
    text = (
        "Apple laptop is 'greatest gadget'\n\n"
        "The Apple Powerbook 100 has been chosen as the greatest gadget of all time, "
        "by US magazine Mobile PC.\n\n"
        '"In general we included only items that were potentially mobile," said the magazine.'
    )
    assert speaker_of_source(text, nlp, "the magazine") == ("Mobile PC", "organization")


def test_the_insurer_is_the_one_the_headline_set_that_noun_before(nlp):
    # business/103
    text = (
        "US insurer Marsh cuts 2,500 jobs\n\n"
        "Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan in a shake up following "
        "bigger-than-expected losses.\n\n"
        "The insurer said the cuts were part of a cost-cutting drive, aimed at saving millions of dollars."
    )
    name, kind = speaker_of_source(text, nlp, "The insurer")
    assert name is not None and name.startswith("Marsh") and kind == "organization"


def test_the_magazine_set_before_two_names_stays_as_written(nlp):
    # tech/009, adapted: two magazines named, so "the magazine" is neither
    text = (
        "The Apple Powerbook 100 has been chosen as the greatest gadget of all time, "
        "by US magazine Mobile PC. "
        "The Sony Walkman came top in a poll by rival magazine Stuff.\n\n"
        '"In general we included only items that were potentially mobile," said the magazine.'
    )
    name, _ = speaker_of_source(text, nlp, "the magazine")
    assert name not in {"Mobile PC", "Stuff"}


def test_the_automaker_is_the_organization_that_spoke_before_in_its_paragraph(nlp):
    # aeb/06ee193de4bd (tuning-7303 Q6)
    text = (
        "The VW ID. SPACE VIZZION is a weird EV sports wagon\n\n"
        "Inside, there’s seating for four, though VW says it could add a rear bench instead and accommodate "
        "a fifth person. Rather than leather, there’s AppleSkin, a faux-leather made in part from residual "
        "matter from apple juice production. The automaker says it’ll be doing that with all ID. models."
    )
    assert speaker_of_source(text, nlp, "The automaker") == ("VW", "organization")


def test_a_spokesman_for_the_firm_is_the_firm_the_headline_names(nlp):
    # business/021 (tuning-7303 Q45)
    text = (
        "Rank 'set to sell off film unit'\n\n"
        "Leisure group Rank could unveil plans to demerge its film services unit and sell its media "
        "business, reports claim.\n\n"
        "Rank now aims to concentrate on its gaming, bars and hotels business. It also owns Deluxe Media, "
        "which makes and distributes DVDs and videos. A spokesman for the firm refused to comment on the "
        "reports, but said any results from the demerger study were likely to be set out when it unveiled "
        "its results on Friday."
    )
    assert speaker_of_source(text, nlp, "A spokesman for the firm") == ("Rank", "organization")


def test_the_leads_watchdog_is_the_one_organization_the_next_paragraph_names(nlp):
    # business/263 (tuning-7303 Q49)
    text = (
        "Split-caps pay £194m compensation\n\n"
        "Investors who lost money following the split-capital investment trust scandal are to receive £194m "
        "compensation, the UK's financial watchdog has announced.\n\n"
        "Eighteen investment firms involved in the sale of the investments agreed the compensation package "
        "with the Financial Services Authority (FSA). Splits were marketed as a low-risk way to benefit from "
        "rising share prices."
    )
    assert speaker_of_source(text, nlp, "the UK's financial watchdog") == (
        "Financial Services Authority",
        "organization",
    )


def test_the_leads_watchdog_stays_as_written_where_the_next_paragraph_names_two(nlp):
    # business/263, adapted: a second organization named beside the FSA, so the watchdog is neither
    text = (
        "Split-caps pay £194m compensation\n\n"
        "Investors who lost money following the split-capital investment trust scandal are to receive £194m "
        "compensation, the UK's financial watchdog has announced.\n\n"
        "Eighteen investment firms agreed the compensation package with the Financial Services Authority "
        "(FSA) and the Association of Investment Trust Companies."
    )
    name, _ = speaker_of_source(text, nlp, "the UK's financial watchdog")
    assert name not in {"Financial Services Authority", "Association of Investment Trust Companies"}


def test_a_user_in_the_lead_is_the_one_person_the_next_paragraph_names(nlp):
    # tech/148 (tuning-7303 Q83)
    text = (
        "ITunes user sues Apple over iPod\n\n"
        "A user of Apple's iTunes music service is suing the firm saying it is unfair he can only use an "
        "iPod to play songs.\n\n"
        "He says Apple is breaking anti-competition laws in refusing to let other music players work with "
        "the site. Californian Thomas Slattery filed the suit in the US District Court in San Jose and is "
        "seeking damages."
    )
    name, kind = speaker_of_source(text, nlp, "A user of Apple's iTunes music service")
    assert name is not None and name.endswith("Thomas Slattery") and kind == "person"


def test_a_senior_official_in_the_lead_stays_unnamed(nlp):
    # tech/148, adapted: an official is kept unnamed by convention, not the person named after
    text = (
        "ITunes user sues Apple over iPod\n\n"
        "A senior official at Apple has said it is unfair that rivals want to sell songs for the iPod.\n\n"
        "Californian Thomas Slattery filed the suit in the US District Court in San Jose and is "
        "seeking damages."
    )
    name, _ = speaker_of_source(text, nlp, "A senior official at Apple")
    assert name is None or "Slattery" not in name


def test_a_bookmaker_in_the_lead_is_not_the_firms_spokesman_named_after(nlp):
    # entertainment/221: a trade may be a firm's (William Hill's), never its spokesman's
    text = (
        "Bets off after Big Brother 'leak'\n\n"
        'A bookmaker has stopped taking bets on Celebrity Big Brother after claiming "sensitive information" '
        "about the Channel 4 show had been leaked.\n\n"
        "William Hill made the move after four people tried to place bets on Friday's surprise double "
        'eviction. "This is highly unlikely to have been an inspired guess," William Hill spokesman Rupert '
        "Adams said."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert all(name != "Rupert Adams" for content, name, _ in rows if content.startswith("sensitive"))
