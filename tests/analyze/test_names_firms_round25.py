"""Leftovers, round 25 (issue 30; named by round 24's helpers): a surname that is a common word with a
clause set off after it ("Scissors, who consults …, said") is the person named in full before; a one-word
name the NER calls an organization, written after a first name and called "he", is a person ("Adrian
Mutu"); "the firm - China's biggest jet fuel supplier - said" is the firm; "Yili - full name … - confirmed"
is the firm Yili.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, shipped_model, speaker_by_content

# aeb/39d5c43beb60: "Scissors", a common noun to the parser, with a relative clause set off by commas.
SCISSORS = (
    '"The president wants the option of having a bigger deal with China," said Derek Scissors, a China '
    "scholar with the American Enterprise Institute in Washington.\nScissors, who consults with "
    "administration officials, said whether Trump will agree to remove existing tariffs depends largely on "
    "whether he believes it will benefit his re-election chances.\n"
)

# BBC sport/199: every "Mutu" tagged an organization, "Adrian" a nationality.
MUTU = (
    "Chelsea have sacked Adrian Mutu after he failed a drugs test.\n\nThe 25-year-old tested positive for a "
    "banned substance - which he later denied was cocaine - in October. Chelsea have decided to write off a "
    "possible transfer fee for Mutu, a £15.8m signing from Parma last season, who may face a two-year "
    "suspension. Mutu scored six goals in his first five games after arriving at Stamford Bridge but his "
    "form went into decline and he was frozen out by coach Jose Mourinho. Chelsea's move won backing from "
    "drug-testing expert Michelle Verroken. It emerged that Mutu had failed a drugs test on October 18 and, "
    "although it was initially reported that the banned substance in question was cocaine. The Romanian "
    "international later suggested it was a substance designed to enhance sexual performance.\n"
)

# BBC business/499: "the" hung on the aside's name, not on "firm".
FIRM = (
    "Scandal-hit jet fuel supplier China Aviation Oil has offered to repay its creditors $220m (£117m) of "
    "the $550m it lost on trading in oil futures.\n\nThe firm said it hoped to pay $100m now and another "
    "$120m over eight years.\n\nAmong the creditors whose backing CAO needs for its restructuring plan are "
    "banking giants such as Barclay's Capital and Sumitomo Mitsui, as well as South Korean firm SK Energy. "
    "Of the immediate payment, the firm - China's biggest jet fuel supplier - said it would be paying $30m "
    "out of its own resources.\n"
)

# BBC business/338: "Yili" read as a common noun, an aside between dashes after it.
YILI = (
    "Chinese police have detained three top executives at milk firm Yili, with reports suggesting that "
    "they are being investigated for embezzlement.\n\nYili - full name Inner Mongolia Yili Industrial - "
    "confirmed its chairman, chief financial officer and securities representative were all in custody. "
    "The company, China's third-largest milk producer, is to hold an emergency meeting to debate the issue. "
    "A Yili spokesman said it may now move to oust chairman Zheng Junhuai.\n"
)


def test_a_word_surname_with_a_relative_clause_is_the_person_named_before(nlp):
    for model in {None, shipped_model(nlp)}:
        name, kind, _ = speaker_by_content(SCISSORS, nlp, "whether Trump will agree", model)
        assert (name, kind) == ("Derek Scissors", "person")


def test_an_organization_written_after_a_first_name_and_called_he_is_a_person(nlp):
    analysis = quotes_only(nlp, MUTU)
    assert ("Adrian Mutu", "person") in {(e.name, e.type) for e in analysis.entities}
    name, kind, _ = speaker_by_content(MUTU, nlp, "it was a substance")
    assert (name, kind) == ("Adrian Mutu", "person")


def test_a_club_called_they_stays_an_organization(nlp):
    # Near text: no "he" after the name: the name stays what the NER said.
    text = MUTU.replace("he later denied", "they later denied").replace("and he was frozen", "and was frozen")
    text = text.replace("after he failed", "after it failed").replace("in his first", "in its first")
    text = text.replace("but his form", "but the form")
    assert "Adrian Mutu" not in {e.name for e in quotes_only(nlp, text).entities}


def test_the_firm_before_a_dash_aside_is_the_firm(nlp):
    name, kind, _ = speaker_by_content(FIRM, nlp, "it would be paying")
    assert (name, kind) == ("China Aviation Oil", "organization")


def test_a_firm_name_read_as_a_common_noun_is_the_firm(nlp):
    name, kind, _ = speaker_by_content(YILI, nlp, "its chairman")
    assert (name, kind) == ("Yili", "organization")
