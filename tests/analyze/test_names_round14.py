"""Names, round 14 (issue 30): speakers the article names, left unnamed or cut.

- "according to its website" (statement, spokesman) is the organization "its" stands for (its_sources.py);
- "the court" is the court the article names (descriptions.ORGANIZATION_KINDS);
- "Brett Lock of gay group OutRage! said" is the person (found_names.person_before_of);
- "The Ospreys and Scarlets say" is one joint source (found_names.coordinated_organizations);
- a quote after narration about another person is not joined to the speaker before (narration_breaks.py).

The fixtures are a sentence or a paragraph of tuning articles (BBC business/435, tech/286, entertainment/248,
sport/316: items Q52, Q92, Q58, Q78, Q79 of benchmarks/judged/tuning-7305-be37170-quotes.md), cut short; the
rules are in docs/quotes.md, "Names, round 14 (wt-q60)".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each


def _speakers(nlp, text: str, content_start: str) -> list[tuple[str | None, str]]:
    """(speaker, type) of the attributions whose content starts so, by the rules and the shipped model."""
    return [
        (name, kind)
        for rows in rows_of_each(nlp, text)
        for content, name, kind in rows
        if content.startswith(content_start)
    ]


def _named(nlp, text: str, content_start: str) -> tuple[str | None, str | None]:
    """(speaker name, speaker kind) of the first attribution whose content holds this, by the rules."""
    analysis = quotes_only(nlp, text)
    for quote in analysis.quotes:
        if content_start in analysis.text[slice(*quote.content[0])]:
            speaker = analysis.speaker(quote.speaker)
            return (speaker.name, speaker.kind) if speaker else (None, None)
    raise AssertionError(f"no attribution holds {content_start!r}")


# BBC business/435.txt (Q52).
SOUTHCORP = (
    "Fosters bought the 18.8% stake from Reline Investments, the family investment firm for the Oatleys. "
    "Southcorp employs 2,700 people and is the largest single investor in rural Australia, according to its "
    "website."
)


def test_its_website_is_the_organization_of_its_sentence(nlp):
    # A website cited after "according to" is a document, its owner the speaker (round 17, document_nouns.py).
    assert set(_speakers(nlp, SOUTHCORP, "Southcorp employs")) == {("Southcorp", "document")}


def test_its_spokesman_speaks_for_the_organization_of_the_sentence(nlp):
    text = SOUTHCORP.replace("according to its website", "its spokesman said")
    assert _named(nlp, text, "2,700 people") == ("Southcorp", "organization")


def test_its_website_with_no_organization_named_stays_anonymous(nlp):
    # Negative: the sentence's subject is a thing, and the one before names a person: "its" names no one.
    text = (
        "Robert Oatley resigned on Monday. The wine employs 2,700 people and is the largest single "
        "investor in rural Australia, according to its website."
    )
    # The page itself, a document since round 17 (a website cited after "according to"), not Oatley.
    assert _named(nlp, text, "largest single investor") == ("its website", "document")


# BBC tech/286.txt (Q92).
COURT = (
    "In August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster and StreamCast, "
    "two file-sharing networks. The court said they were essentially in the same position that Sony was in "
    "the 1980s VCR battle, and said that the networks themselves could not be deemed as illegal."
)


def test_the_court_is_the_court_the_article_names(nlp):
    assert set(_speakers(nlp, COURT, "they were essentially")) == {("US Court of Appeals", "speech")}


def test_the_court_with_no_court_named_stays_anonymous(nlp):
    # Negative: no name holds "court" (StreamCast is named, but is no court).
    text = COURT.replace("the San Francisco-based US Court of Appeals ruled", "a judge ruled")
    assert _named(nlp, text, "they were essential")[0] != "StreamCast"


# BBC entertainment/248.txt (Q58).
LOCK = (
    "The campaign, which led to gigs being scrapped and a UK police investigation, will now be dropped under "
    'the truce. Brett Lock of gay group OutRage! said they were "wiping the slate clean".'
)


def test_a_person_before_of_and_the_organization_is_the_speaker(nlp):
    assert set(_speakers(nlp, LOCK, "they were")) == {("Brett Lock", "speech")}
    assert _named(nlp, LOCK, 'they were "wiping t') == ("Brett Lock", "person")


def test_an_organization_with_of_in_its_name_stays_the_speaker(nlp):
    # Negative: no person before "of": "Friends of the Earth said" is the organization.
    text = 'The campaign will now be dropped. Friends of the Earth said they were "wiping the slate clean".'
    assert _named(nlp, text, 'they were "wiping t')[0] != "Earth"
    assert "Friends" in (_named(nlp, text, 'they were "wiping t')[0] or "")


# BBC sport/316.txt (Q78, Q79).
RUDDOCK = (
    "Wales coach Mike Ruddock has defended his decision not to release any of the international stars for "
    "this weekend's regional Celtic League fixtures.\n\n"
    "Ruddock says the players will benefit from the rest, and their absence will give youngsters a chance to "
    'impress. "We\'ve got the WRU charter in place now which outlines exactly what happens," Ruddock told '
    "BBC Wales Sport. The Ospreys and Scarlets say they are happy to "
    "support the Wales cause, but the Dragons have expressed disappointment at not being able to use their "
    "national squad players in Friday's game with Ulster. Captain Jason Forster believes they would benefit "
    "from a game with the Dragons.\n\n"
    '"I\'m sure the guys would want to come back to get some game time," Forster told BBC Wales Sport. '
    '"It would also be a timely reminder to Mike [Ruddock] as to what they can do." Ruddock, though, is keen '
    "to protect his players from injury and fatigue. \"At this stage, there's nothing more [the players] can "
    "do in games to impress me further. \"We've got to look at it at another angle and see the opportunities "
    'that are provided for the younger players in the region."'
)


def test_two_plural_names_joined_by_and_are_one_joint_source(nlp):
    assert set(_speakers(nlp, RUDDOCK, "they are happy")) == {("Ospreys and Scarlets", "speech")}


def test_one_plural_name_alone_stays_itself(nlp):
    # Negative: "The Ospreys say" names one region only.
    text = RUDDOCK.replace("The Ospreys and Scarlets say", "The Ospreys say")
    assert set(_speakers(nlp, text, "they are happy")) == {("Ospreys", "speech")}


def test_a_quote_after_narration_about_another_person_is_not_the_speaker_before(nlp):
    rows = quote_rows(quotes_only(nlp, RUDDOCK))
    forster = [content for content, name, _ in rows if name == "Jason Forster" and "sure the guys" in content]
    assert forster and "impress me" not in forster[0]
    ruddock = [content for content, name, _ in rows if name == "Mike Ruddock" and "impress me" in content]
    assert ruddock and "another angle" in ruddock[0]


def test_a_quote_after_narration_about_the_same_speaker_goes_on(nlp):
    # Negative: the sentence between is about Forster himself: the run stays his.
    text = RUDDOCK.replace(
        "Ruddock, though, is keen to protect his players", "Forster, though, is keen to play"
    )
    rows = quote_rows(quotes_only(nlp, text))
    forster = [content for content, name, _ in rows if name == "Jason Forster" and "sure the guys" in content]
    assert forster and "impress me" in forster[0]
