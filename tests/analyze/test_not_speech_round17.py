"""Documents, deeds, joint firms and teasers (issue 30, round 17).

- a page or a database cited after "according to" ("According to the website, …", "according to the
  state's finances website") is a document, named by itself, or by its owner where one is named ("its
  website": the company, its_sources.py);
- a view summed up for a class under "many", "most" or "some" ("Many businesses agree that …") is the
  writer's reading, as "everyone agrees" (unsaid.py): thought, no speaker;
- "claimed the men's shot put title" is a title won, a deed, even where the parser reads "shot put" as a
  clause (deeds.py);
- two firms joined by "and" as the subject ("Rosneft and VEB declined to comment", "Heineken and Carlsberg,
  two of the world's largest brewers, have reported …") are one joint source (found_names.py);
- a teaser "Also on rt.com …" is page furniture, its words nobody's (furniture.py).

The fixtures are sentences of tuning articles (judged tuning sample 7307, items Q1, Q20, Q14, Q77, Q46,
Q52, Q10; the corpus file is cited above each), cut short where the rest plays no part; the contrasts that
stay as they were are short sentences of the same shape. The rules are in docs/quotes.md, "Not speech,
round 17".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each

# aeb/076f4f33bf75 (an oxygen bar in Delhi), Q1.
WEBSITE = "According to the website, the name of the oxygen bar is ‘Oxy Pure’. The bar opened last week."
# aeb/776a1c046798 (a South Dakota meth campaign), Q20; the governor named in the sentence before.
FINANCES = (
    "Gov. Kristi Noem launched the campaign in November. The state's Department of Social Services paid a "
    "Minnesota ad agency just short of $449,000 this fall for their work on the campaign, according to the "
    "state's finances website."
)


def test_website_after_according_to_is_a_document(nlp):
    for rows in rows_of_each(nlp, WEBSITE):
        assert ("the name of the oxygen bar is ‘Oxy Pure", "website", "document") in rows, rows


def test_finances_website_is_a_document_not_the_governor(nlp):
    for rows in rows_of_each(nlp, FINANCES):
        found = [(name, kind) for content, name, kind in rows if content.startswith("The state's Department")]
        assert found == [("state's finances website", "document")], rows


def test_its_website_keeps_its_owner(nlp):
    text = (
        "Southcorp employs 2,700 people and is the largest investor in Australia, according to its website."
    )
    for rows in rows_of_each(nlp, text):
        assert [name for _, name, _ in rows] == ["Southcorp"], rows


def test_according_to_a_person_stays_speech(nlp):
    text = "According to Mr Smith, the shop closes on Monday."
    for rows in rows_of_each(nlp, text):
        assert ("the shop closes on Monday", "Smith", "speech") in rows, rows


# aeb/702d1da63b8e (US businesses and the China trade talks), Q14.
BUSINESSES = (
    "Many businesses agree that China has long taken advantage of the United States and support Mr. "
    "Trump’s efforts to remove trade barriers."
)


def test_many_businesses_agree_is_the_writers_reading(nlp):
    for rows in rows_of_each(nlp, BUSINESSES):
        found = [(name, kind) for content, name, kind in rows if content.startswith("that China")]
        assert found in ([], [(None, "thought")]), rows


def test_many_businesses_said_stays_theirs(nlp):
    text = "Many businesses said that China has long taken advantage of the United States."
    for rows in rows_of_each(nlp, text):
        assert (
            "that China has long taken advantage of the United States",
            "Many businesses",
            "speech",
        ) in rows


def test_many_analysts_believe_stays_theirs(nlp):
    # aeb/702d1da63b8e: a belief, left to its holders.
    text = (
        "The talks have been slow, given that many analysts believe that the administration is tackling "
        "only the easiest issues."
    )
    for rows in rows_of_each(nlp, text):
        holders = [name for content, name, _ in rows if "administration" in content]
        assert holders == ["many analysts"], rows


# sport/061.txt (the AAAs indoor championships), Q77; the winner's name is lost in the text as read, a
# name stands in for it here.
SHOT_PUT = (
    "In the absence of injured British number one Carl Myerscough, Jones claimed the men's shot put title "
    "with a throw of 17.64m, which was below the qualifying mark."
)


def test_a_title_claimed_is_a_deed(nlp):
    for rows in rows_of_each(nlp, SHOT_PUT):
        assert not any("shot put" in content for content, _, _ in rows), rows


def test_a_claim_that_a_title_was_won_stays_speech(nlp):
    text = "Jones claimed the men's team won the title."
    for rows in rows_of_each(nlp, text):
        assert ("the men's team won the title", "Jones", "speech") in rows, rows


# business/077.txt (China's loan for Yugansk), Q46: the paragraphs before name both as firms.
ROSNEFT = (
    "The Kremlin said on Tuesday that the $6bn which Russian state bank VEB lent state-owned Rosneft to help "
    "buy Yugansk in turn came from Chinese banks. The revelation came as the Russian government said Rosneft "
    "had signed a long-term oil supply deal with China. The deal sees Rosneft receive $6bn in credits from "
    "China's CNPC. Rosneft and VEB declined to comment."
)
# business/173.txt (brewers' profits), Q52; its "have reported falling profits" is a deed since round 29
# (reported_results.py), so the brewers report a clause here.
BREWERS = (
    "Heineken and Carlsberg, two of the world's largest brewers, have reported that profits fell after beer "
    "sales in western Europe fell flat."
)


def test_two_firms_declining_are_one_joint_source(nlp):
    for rows in rows_of_each(nlp, ROSNEFT):
        assert ("to comment", "Rosneft and VEB", "thought") in rows, rows


def test_two_brewers_reporting_are_one_joint_source(nlp):
    for rows in rows_of_each(nlp, BREWERS):
        names = [
            name for content, name, _ in rows if content.startswith(("profits fell", "that profits fell"))
        ]
        assert names == ["Heineken and Carlsberg"], rows


def test_two_places_stay_as_they_were(nlp):
    text = "Britain and France said the talks had failed."
    for rows in rows_of_each(nlp, text):
        assert [name for _, name, _ in rows] == ["Britain"], rows


def test_one_name_holding_and_is_not_two_firms(nlp):
    # entertainment/279.txt (tuning seed 79700/79701 spot check).
    text = "But local group Victims and Citizens Against Crime said he should not be working behind bars."
    for rows in rows_of_each(nlp, text):
        names = [name for _, name, _ in rows]
        assert not any(name and name.endswith("Victims and Citizens") for name in names), rows


# aeb/4a44ab3e4c41 (Bolivia after Morales), Q10: the teaser between two paragraphs.
TEASER = (
    "Bolivia's interim government said it would act.\nAlso on rt.com Journalists & politicians from "
    "Morales’ party threatened with sedition arrests as Bolivia purges socialist elements\n"
    "The minister spoke on Friday."
)


def test_also_on_a_site_is_a_teaser(nlp):
    for rows in rows_of_each(nlp, TEASER):
        assert [name for _, name, _ in rows] == ["Bolivia's interim government"], rows


def test_also_on_display_is_no_teaser(nlp):
    text = "Also on display was a letter. The curator said it was the museum's best find."
    for rows in rows_of_each(nlp, text):
        assert ("it was the museum's best find", "curator", "speech") in rows, rows
