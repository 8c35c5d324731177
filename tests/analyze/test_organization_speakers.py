"""Organizations as speakers (issue 30): a description that ends an organization's name, what a page or a
site says, and a web address as one organization's name.

The fixtures are a sentence or two of BBC articles and extraction-benchmark pages outside the held-out
samples of benchmarks/quote_sample.py (its tuning_paths and tuning_pages), cut short; the rules are in
docs/quotes.md, "Speakers".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only as _run
from tests.support.quotes import speaker_by_source as _speaker_of


def test_a_description_that_ends_a_name_the_article_gives_is_that_organization(nlp):
    # Two BBC Wales politics articles: the first names the Welsh Assembly Government, the second's
    # opening speaks by its description.
    text = (
        "James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly "
        "Government.\n\n"
        'Welsh councils should set their taxes at "reasonable levels" after being given an average funding '
        "increase of 6%, says the assembly government."
    )
    assert _speaker_of(_run(nlp, text), "the assembly government") == (
        "Welsh Assembly Government",
        "organization",
    )


def test_a_plain_description_or_one_no_name_ends_stays_unnamed(nlp):
    # "the government" may be the nation's: not the Welsh Assembly Government named before it.
    text = (
        "James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly "
        "Government.\n\n"
        "Unemployment fell to its lowest level in three years in December, according to the government."
    )
    assert _speaker_of(_run(nlp, text), "the government")[0] != "Welsh Assembly Government"
    # Nothing named ends on "assembly government": the description as written, anonymous.
    text = (
        'Welsh councils should set their taxes at "reasonable levels" after being given an average funding '
        "increase of 6%, says the assembly government."
    )
    assert _speaker_of(_run(nlp, text), "the assembly government") == ("assembly government", "anonymous")


def test_a_post_or_a_message_on_the_web_speaks_for_its_owner(nlp):
    text = (
        "Amazon is now letting you listen to music free on smartphones and TV, as well as online. The "
        "company published a blog post that said customers without a Prime membership or subscription to "
        "Amazon Music Unlimited could now access ad-supported music for free."
    )
    source = (
        "a blog post that said customers without a Prime membership or subscription to Amazon Music "
        "Unlimited could now access ad-supported music for free"
    )
    assert _speaker_of(_run(nlp, text), source) == ("Amazon", "organization")
    text = (
        "In a message posted on Suprnova.org on Sunday, the site's controllers said the site was \"closing "
        'down for good in the way that we all know it". If the site did return, the message said, it would '
        "not be hosting any more torrent links."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "the message") == _speaker_of(analysis, "the site's controllers")


def test_a_page_posted_on_a_web_address_is_the_sites(nlp):
    text = (
        "The popular file-sharing site was forced to close. A message posted on Suprnova.org said the site "
        "was closing down for good."
    )
    assert _speaker_of(_run(nlp, text), "A message posted on Suprnova.org") == (
        "Suprnova.org",
        "organization",
    )


def test_a_web_address_beside_a_description_is_the_organization(nlp):
    text = (
        "Net traffic monitor, OneStat.com, has reported that the open-source browser Firefox 1.0, released "
        "on 9 November, seems to be drawing users away from Internet Explorer."
    )
    assert _speaker_of(_run(nlp, text), "Net traffic monitor, OneStat.com") == ("OneStat.com", "organization")


def test_a_web_address_the_ner_takes_for_a_place_is_an_organization(nlp):
    text = (
        "UK gamers can sign up via the Four-Kings, Jolt.co.uk and Painkiller tournament websites. "
        "Jolt.co.uk said more than 500 players had already signed up."
    )
    assert _speaker_of(_run(nlp, text), "Jolt.co.uk") == ("Jolt.co.uk", "organization")


def test_a_web_address_cut_at_its_dots_is_one_organization_never_a_person(nlp):
    # The address as papers that capitalise it write it: the tokenizer cuts "Suprnova.Org" at its dot and
    # the NER takes "Suprnova" for a place, "Org" for a name.
    text = (
        "The popular file-sharing site was forced to close. A message posted on Suprnova.Org said the site "
        "was closing down for good. Suprnova.Org said it would keep its discussion forums."
    )
    analysis = _run(nlp, text)
    speakers = [analysis.speaker(q.speaker) for q in analysis.quotes]
    assert len(speakers) == 2 and {(s.name, s.kind) for s in speakers} == {("Suprnova.Org", "organization")}
    assert not {s.name for s in analysis.speakers if s.kind == "person"} & {"Org", "Suprnova"}


def test_a_headlines_description_of_an_organization_is_the_one_the_story_opens_on(nlp):
    text = (
        "Soros group warns of Kazakh close\n\n"
        "The Open Society Institute (OSI), financed by billionaire George Soros, has accused Kazakhstan "
        "officials of trying to close down its local office."
    )
    assert _speaker_of(_run(nlp, text), "Soros group") == ("Open Society Institute", "organization")
    # The story opening on a person, not an organization: the description stays unnamed.
    text = (
        "Soros group warns of Kazakh close\n\n"
        "In the Ukraine earlier this year, Mr Soros - who took on the Bank of England in the 1990s - and "
        "won, was pelted by protestors."
    )
    assert _speaker_of(_run(nlp, text), "Soros group") == ("Soros group", "anonymous")
