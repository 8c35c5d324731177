"""Speakers, round 33 (issue 30): a cue coordinated with a clause whose object the parser joined to the
cue's own subject ("… has its problems and analysts warn"; conjoined_subjects.py); "He added" after a
sentence that gives its subject's own words goes on from that subject (worded_topics.py), and a name
inside a list is no antecedent while one outside is (listed_names.py); "the group" brought in as "a group
of MPs" is that group (group_antecedents.py); "the station" is the broadcaster named before
(media_kinds.py); a paragraph that opens with a named person keeps a quote whose "she" would fit only
someone the quote itself names (paragraph_openers.py).

The fixtures are lines of TUNING articles (benchmarks/quote_sample.py tuning_paths, tuning_pages), cut
short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/408 (tuning), cut.
AND_CLAUSE = (
    "While domestic demand is set to continue to enjoy rapid growth, foreign sales could come under "
    "pressure, analysts said. The vehicle industry accounts for about 13% of South Africa's total exports. "
    "However, the world auto market has its problems and analysts warn that overcapacity and the strength "
    "of the rand could hit exports.\n"
)
# BBC entertainment/253 (tuning), cut.
ADDED = (
    "Robbie Williams' Angels was named the best song of the past 25 years.\n\n"
    "Williams' track beat songs by Will Young, Queen, Kate Bush and Joy Division in a vote by BBC Radio 2 "
    "listeners to mark 25 years of the UK music industry ceremony. It is his 15th Brit award, having "
    "already received 10 solo awards and four with Take That. He told the audience: \"I'm just amazed that "
    'my career keeps going." Keane frontman Tom Chaplin thanked fans for enduring "rubbish gigs" after they '
    "won the British breakthrough act prize. He added: \"A lot of people don't think it's cool that we've "
    'had the guts to be ourselves."\n'
)
# BBC politics/319 (tuning), cut.
GROUP = (
    "MPs tout Lords replacement plan\n\n"
    "A group of MPs has tried to raise the pressure on Tony Blair over reform to the House of Lords by "
    "publishing a detailed blueprint for change.\n\n"
    "The cross-party group has unveiled a draft bill proposing a smaller second chamber in which 70% of "
    "members would be elected. MPs and peers have failed to agree on reform since 1999 when 600 "
    "hereditaries lost their seats. The group says it can win support for removing the last 92 "
    "hereditaries.\n\n"
    "Mr Cook said holding elections for MSCPs on the same day as those for MPs might help motivate the "
    "electorate.\n\n"
    "The group believes pressure is growing for change and the government's current position is "
    "unsustainable.\n"
)
# The same pattern, made up: a company goes on as "the group" where no group of people was brought in (a
# guard: it passes on the base too).
COMPANY_GROUP = (
    "Unilever has reported a fall in profits after sales of its slimming products slowed.\n\n"
    "The group said it would cut 2,000 jobs.\n"
)
# BBC entertainment/227 (tuning), cut.
STATION = (
    "George Michael to perform for BBC\n\n"
    "George Michael is to perform live at London's Abbey Road studios as part of a BBC Radio 2 special "
    "next month.\n\n"
    "Michael's appearance is part of the station's Sold on Song initiative, which explores the art of "
    "songwriting. The station also confirmed that Chris Tarrant will be hosting a one-off New Year's Eve "
    "programme. He left London's Capital FM this year after 17 years.\n"
)
# Extraction benchmark page 3d8f3404cf97… (tuning), cut.
OPENER = (
    "Steenburgen’s son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also remembers it as "
    "a trying time. “If your mom comes to you after surgery and says that her head is now full of music, I "
    "think it’s totally fair to think that she’s gone crazy,” he said.\n"
    "At the last minute, a sample came in called “Glasgow (“No Place Like Home”). Buckley, who phoned in "
    "from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling of ‘this "
    "is the song.’”\n"
    "That’s when Harper and Buckley first learned who had written it, and found themselves blindsided by "
    "“the Mary Steenburgen of it all.”\n"
    "As it turned out, Steenburgen had spent the last few years toiling away on her own dream of making it "
    "in Music City. “It was terrifying,” she said.\n"
    "But she also felt like she didn’t have much of a choice. “I was back at it by the next morning,” she "
    "said. Not long after that, Steenburgen bought a house in Nashville.\n"
    "McDowell still laughs at the memory of hearing his mom spontaneously begin to scat in the backseat of "
    "his car. “It could have been really easy for Mary Steenburgen to just put her name on something and "
    "get a pass, but she didn’t do that,” she said.\n"
)
# The same pattern, made up: the quote names no one, so "she" keeps its own rules (a guard: it passes on the
# base too).
OPENER_UNNAMED = (
    "Jane Smith, the coach, said the squad was tired. “We need a rest,” she said.\n"
    "Mr Tom Jones scored twice in the second half. “It was a great day for the club,” she said.\n"
)


def test_cue_subject_is_its_own_clause_subject_after_and(nlp) -> None:
    assert speaker_by_content(AND_CLAUSE, nlp, "that overcapacity")[0] == "analysts"


def test_he_added_goes_on_from_the_subject_who_gave_words(nlp) -> None:
    assert speaker_by_content(ADDED, nlp, "A lot of people")[:2] == ("Tom Chaplin", "person")


def test_a_name_inside_a_list_is_no_antecedent(nlp) -> None:
    assert speaker_by_content(ADDED, nlp, "I'm just amazed")[:2] == ("Robbie Williams", "person")


def test_the_group_is_the_group_brought_in_not_the_topic(nlp) -> None:
    assert speaker_by_content(GROUP, nlp, "it can win support")[0] == "group of MPs"
    assert speaker_by_content(GROUP, nlp, "pressure is growing")[0] == "group of MPs"


def test_the_group_of_a_company_stays_the_company(nlp) -> None:
    assert speaker_by_content(COMPANY_GROUP, nlp, "it would cut")[0] == "Unilever"


def test_the_station_is_the_broadcaster_named_before(nlp) -> None:
    assert speaker_by_content(STATION, nlp, "that Chris Tarrant")[:2] == ("BBC Radio 2", "organization")


def test_paragraph_opener_speaks_where_the_quote_names_the_one_she_fits(nlp) -> None:
    assert speaker_by_content(OPENER, nlp, "It could have been")[:2] == ("Charlie McDowell", "person")


def test_paragraph_opener_does_not_take_a_quote_that_names_no_one(nlp) -> None:
    assert speaker_by_content(OPENER_UNNAMED, nlp, "It was a great day")[0] == "Jane Smith"
