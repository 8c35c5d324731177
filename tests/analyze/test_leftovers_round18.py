"""Leftovers, round 18 (issue 30): speakers a reporter can trust where the article names no one plainly.

- "the pair" whose two people no run of names joined by "and" shows is nobody, never a speaker "pair"
  (named_groups.counted_people; since round 29 the subject and whom it acts with, where a clause shows
  them: companions.py);
- a capitalised common noun is no name: "Fan website Trek United" names no organization "Fan"
  (noun_names.py), the website set before its name is that name (statements.py), and "local group
  Victims and Citizens Against Crime" is one group (noun_names.py);
- "according to the net telephony firm's website" is the firm its sentence names (its_sources.page_owner);
- a page's headline, byline and dateline glued before the body's first sentence are no part of it
  (read/html.py);
- a tweet's credit line names its author even where the name opens with a digit (tweet_credits.py).

The fixtures are sentences of tuning articles (BBC entertainment/288, entertainment/183,
entertainment/279, tech/350, sport/023; article-extraction-benchmark d90bda7ed14d, ad826691a8a2), cut
short; the rules are in docs/quotes.md, "Leftovers, round 18".
"""

from __future__ import annotations

from quotegraph.analyze.tweet_credits import CREDIT_LINE
from quotegraph.read.html import _headline_and_text
from tests.support.quotes import cluster_names, quotes_only, speaker_by_source, speakers_of_each

# BBC entertainment/288.txt, the lead.
PAIR = (
    "Rapper 50 Cent ends protege feud\n\n"
    "Rapper 50 Cent has ended his public feud with his protege The Game as the pair said they wanted to be "
    "good role models for their communities."
)


def test_the_pair_no_names_show_is_nobody(nlp):
    # Round 29 (companions.py): the subject and whom it ended its feud with are the pair; never "pair".
    assert speakers_of_each(nlp, PAIR, "they wanted to be good role models") == {"Rapper 50 Cent and Game"}


def test_the_pair_named_together_before_stays_the_two(nlp):
    # BBC sport/023.txt, cut short.
    text = (
        "Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal "
        "which will decide if their bans should stand.\n\n"
        "They withdrew from the Athens Games last August after missing drugs tests. The pair spent four "
        "days in a hospital, claiming they had been injured in a motorcycle crash."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The pair") == (
        "Kostas Kenteris and Katerina Thanou",
        "group",
    )


# BBC entertainment/183.txt, cut short.
FAN_SITE = (
    "Star Trek fans have taken out a full-page ad in the Los Angeles Times in an attempt to persuade TV "
    "executives not to scrap Star Trek: Enterprise.\n\n"
    "Fan website Trek United is hoping to raise $32m (£17m) from donations by the end of March to pay for a "
    "fifth series. More than $23,000 (£12,000) has been pledged so far, according to the site."
)


def test_a_capitalised_descriptor_opening_a_sentence_is_no_organization(nlp):
    found = cluster_names(nlp, FAN_SITE, "organization")
    assert "Fan" not in found
    assert "Trek United" in found


def test_the_site_is_the_website_named_after_its_noun(nlp):
    assert speakers_of_each(nlp, FAN_SITE, "More than $23,000") == {"Trek United"}


def test_a_word_the_article_never_writes_small_stays_a_name(nlp):
    # The same sentence without the article's lowercase "fans": "Fan" may be a name.
    text = FAN_SITE.replace("Star Trek fans have", "Star Trek viewers have")
    assert "Trek United" in cluster_names(nlp, text, "organization")
    assert speakers_of_each(nlp, text, "More than $23,000") == {"Trek United"}


# BBC entertainment/279.txt, cut short.
VICTIMS = (
    "But local group Victims and Citizens Against Crime said he should not be working behind bars. "
    '"He is a suspect in a murder case," the group\'s president Beverly Siemssen said.'
)


def test_a_group_name_holding_and_is_one_name(nlp):
    assert speakers_of_each(nlp, VICTIMS, "he should not be working") == {
        "Victims and Citizens Against Crime"
    }


def test_two_groups_of_people_joined_by_and_stay_apart(nlp):
    # BBC entertainment/279.txt, the group's words given to its president: no name is made of two.
    assert "Victims and Citizens Against Crime" not in speakers_of_each(nlp, VICTIMS, "He is a suspect")


# BBC tech/350.txt, cut short.
SKYPE_SITE = (
    "Almost 83 million people have downloaded the software that powers the Skype Voip service, according "
    "to the net telephony firm's website. Skype lets people make free calls to other Skype users."
)


def test_a_firms_website_is_the_firm_its_sentence_names(nlp):
    # "Skype" or "Skype Voip", as the NER clusters the name: the firm, never "net telephony firm's website"
    found = speakers_of_each(nlp, SKYPE_SITE, "Almost 83 million people")
    assert found and all(name is not None and name.startswith("Skype") for name in found)


def test_a_firms_website_with_no_firm_named_stays_the_page(nlp):
    text = SKYPE_SITE.replace("the Skype Voip service", "the service")
    assert not any(
        name and name.startswith("Skype") for name in speakers_of_each(nlp, text, "Almost 83 million")
    )


# article-extraction-benchmark d90bda7ed14d: the page's title and the first line trafilatura extracts
# (the lead picture's alt text, the date under the headline and the site's name glued before the body).
TITLE = "Amnesty. More than 100 protesters killed in Iran unrest - PanARMENIAN.Net"
FIRST_LINE = (
    "| Amnesty. More than 100 protesters killed in Iran unrest November 20, 2019 - 11:28 AMT "
    "PanARMENIAN.Net - Verified video footage, eyewitness testimony from people on the ground and "
    "information gathered from human rights activists outside Iran reveal a harrowing pattern of unlawful "
    "killings by Iranian security forces, said Amnesty International on Tuesday, November 19.\n"
    "At least 106 protesters in 21 cities have been killed, according to credible reports received by "
    "Amnesty."
)
SITES = ["panarmeniannet", "panarmenian"]


def test_the_headline_and_dateline_glued_before_the_body_are_no_part_of_it():
    headline, text = _headline_and_text(TITLE, FIRST_LINE, SITES)
    assert headline == "Amnesty. More than 100 protesters killed in Iran unrest"
    assert text.split("\n")[1].startswith("Verified video footage, eyewitness testimony")
    assert text.split("\n")[2].startswith("At least 106 protesters")


def test_a_first_line_not_opening_with_the_headline_is_left_whole():
    body = FIRST_LINE.split("11:28 AMT ", 1)[1]  # "PanARMENIAN.Net - Verified video footage …"
    _, text = _headline_and_text(TITLE, body, SITES)
    assert text.split("\n")[1].startswith("PanARMENIAN.Net - Verified video footage")


def test_a_credit_line_whose_name_opens_with_a_digit_names_the_author():
    # article-extraction-benchmark ad826691a8a2: an embedded post and its credit line.
    text = (
        "The 9to5Mac BundleHunt delivers over 40 top apps from just $1 each https://t.co/y5Wn5UBP8S by "
        "@trevorjd14 pic.twitter.com/cLT72XQfD3\n— 9to5Mac.com (@9to5mac) November 4, 2019\n"
    )
    assert [m.group(1) for m in CREDIT_LINE.finditer(text)] == ["9to5Mac.com"]


def test_a_date_alone_before_a_handle_is_no_credit():
    assert not list(CREDIT_LINE.finditer("\n— 2019 (@9to5mac) November 4, 2019"))


# BBC tech/114.txt, cut short.
ARGONAUT = (
    "One of Britain's largest independent game makers, Argonaut Games, has been put up for sale.\n\n"
    "The London-based company behind the Harry Potter games has sacked about 100 employees due to a severe "
    "cash crisis. The administrators told BBC News Online that selling Argonaut was the only way to save it "
    "as it had run out of cash.\n\n"
    "Argonaut called in administrators David Rubin & Partners on Friday to find a way to rescue the company "
    "from collapse. It spent the weekend going over the company's finances and concluded that the only way "
    "to save the business was to put it up for sale."
)


def test_the_administrators_are_those_the_article_names_after(nlp):
    assert speakers_of_each(nlp, ARGONAUT, "that selling Argonaut") == {"David Rubin & Partners"}


def test_administrators_never_named_stay_anonymous(nlp):
    text = ARGONAUT.replace("administrators David Rubin & Partners", "outside help")
    assert "David Rubin & Partners" not in speakers_of_each(nlp, text, "that selling Argonaut")


def test_an_it_apart_from_the_company_is_the_other_organization(nlp):
    assert speakers_of_each(nlp, ARGONAUT, "that the only way to save the business") == {
        "David Rubin & Partners"
    }


def test_an_it_of_its_own_finances_is_the_subject_before(nlp):
    text = ARGONAUT.replace("going over the company's finances", "going over its finances")
    assert "David Rubin & Partners" not in speakers_of_each(
        nlp, text, "that the only way to save the business"
    )
