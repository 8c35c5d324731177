"""Descriptions of a named person or organization (issue 30, round 6): an epithet by credit, a person's
talk or speech, an organization described in general, a parent's subsidiary.

The fixtures are a sentence or a few of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, never the held-out sample), cut short; the rules are in docs/quotes.md, "Descriptions of a
named person or organization".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only as _run
from tests.support.quotes import speaker_by_source


def test_an_epithet_by_credit_is_the_person_the_story_is_about(nlp):
    # aeb/7dfc3e359d7c (tuning 7300, Q11): no one named within two paragraphs, the headline's person
    text = (
        "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered "
        "miscarriage\n"
        "James Van Der Beek has been eliminated from “Dancing with the Stars.”\n"
        "Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest judge’s verdict so "
        "far this season.”\n"
        "Van Der Beek revealed the news of the miscarriage in a video package earlier in the episode.\n"
        "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'\n"
        "The actor shared a clip of his wife getting her first ultrasound with their other children in "
        "attendance.\n"
        '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said '
        'on "DWTS."'
    )
    assert speaker_by_source(_run(nlp, text), 'the "Pose" actor') == ("James Van Der Beek", "person")


def test_an_epithet_by_credit_is_a_person_never_the_club_it_names(nlp):
    # sport/288.txt: the subject of the sentence before, not the club "Wasps"
    text = (
        "England's Josh Lewsey has claimed he was denied a late try in his side's Six Nations loss to "
        "Ireland.\n\n"
        "The Wasps wing insisted he grounded the ball when he was bundled over the line. "
        '"I\'m positive I touched the ball down over the line," Lewsey told BBC Sport.'
    )
    assert speaker_by_source(_run(nlp, text), "The Wasps wing") == ("Josh Lewsey", "person")
    # sport/369.txt: "the" hangs from the club's name, "fly-half" is three tokens
    text = (
        "England player Simon Amor beat team-mate Ben Gollings to win the sevens award.\n\n"
        "Amor, who will captain England in this season's opening IRB Sevens tournament, was delighted with "
        'his award. "There are so many great sevens players on the circuit at the moment that this is a '
        'genuine honour," said the Gloucester fly-half.'
    )
    assert speaker_by_source(_run(nlp, text), "the Gloucester fly-half") == ("Simon Amor", "person")


def test_an_epithet_by_credit_no_one_is_tied_to_stays_unnamed(nlp):
    # sport/288.txt: the sentence before names only the referee, as whom the try was disallowed by
    text = (
        "Cueto was also puzzled as to why his try had been disallowed by Kaplan. \"I don't think I could "
        'have been offside for, without a doubt, I was behind the ball," said the Sale player.'
    )
    assert speaker_by_source(_run(nlp, text), "the Sale player") == ("Sale player", "anonymous")


def test_a_persons_talk_is_the_persons(nlp):
    # tech/228.txt (tuning 7300, Q91)
    text = (
        "The digital revolution is focused on letting people tell and share their own stories, according to "
        "Carly Fiorina, chief of technology giant Hewlett Packard.\n\n"
        "Ms Fiorina's talk also touted the way technology is being designed to focus on lifestyle, fashion "
        "and personalisation, something she sees as key to what people want."
    )
    assert speaker_by_source(_run(nlp, text), "Ms Fiorina's talk") == ("Carly Fiorina", "person")
    # politics/172.txt
    text = (
        'Mr Bell said Muslim, Jewish and Evangelical Christian schools must be "intolerant of intolerance". '
        "Mr Bell's speech called for a much greater effort in all types of schools to teach citizenship."
    )
    assert speaker_by_source(_run(nlp, text), "Mr Bell's speech") == ("Bell", "person")


def test_a_speech_no_one_is_said_to_give_stays_the_speech(nlp):
    text = "The minister spoke in Cardiff. The speech said that schools must teach citizenship."
    name, _ = speaker_by_source(_run(nlp, text), "The speech")
    assert name != "Cardiff"


def test_an_organisation_in_general_is_the_subject_before_or_the_one_that_spoke(nlp):
    # tech/049.txt: the subject of the sentence before (the NER takes "CENTR" for a person)
    text = (
        'CENTR, the Council of European National Top Level Domain Registries, agrees. "A rush to introduce '
        'IDN-disabled browsers into the marketplace is an overly-zealous step," the organisation said in a '
        "statement."
    )
    name, kind = speaker_by_source(_run(nlp, text), "the organisation")
    assert kind == "organization" and "Domain Registries" in name
    # tech/035.txt: the organization whose spokesman spoke just before
    text = (
        "A spokesman for Reporters Without Borders, which tracks press freedom across the globe, described "
        'Mr Sigarchi\'s sentence as "harsh". "The authorities are trying to make an example of him," the '
        "organisation said in a statement."
    )
    assert speaker_by_source(_run(nlp, text), "the organisation") == (
        "Reporters Without Borders",
        "organization",
    )
    # tech/091.txt
    text = (
        "The MPAA said in a statement that it would continue to provide easy access to similar tools.\n\n"
        'Mr Glickman said that the film industry was embracing "digital age technologies". The industry body '
        "also said it had launched a second round of legal action against online movie-swappers."
    )
    assert speaker_by_source(_run(nlp, text), "The industry body")[1] == "organization"


def test_an_acronym_before_the_body_names_it(nlp):
    # tech/332.txt
    text = (
        "Sales of legally downloaded songs also rose more than tenfold in 2004, according to the record "
        "industry. The IFPI industry body said that the popularity of portable music players was behind the "
        "growth."
    )
    assert speaker_by_source(_run(nlp, text), "The IFPI industry body") == ("IFPI", "organization")


def test_such_an_organisation_is_the_one_the_paragraph_is_about(nlp):
    # tech/167.txt (tuning 7300, Q89)
    text = (
        "In Nice last week, the European Commission announced its Networked & Electronic Media (NEM) "
        "initiative.\n\n"
        "The European Commission is being pragmatic in its approach. Where it finds holes, it will develop "
        "standards to fill them. What is significant is that such a large and powerful organisation has "
        "stated its desire for digital formats to be open to all and work on any gadget."
    )
    name, kind = speaker_by_source(_run(nlp, text), "such a large and powerful organisation")
    assert kind == "organization" and "Commission" in name


def test_an_organisation_no_one_named_stays_unnamed(nlp):
    text = '"We will not stop until the law is changed," the organisation said in a statement.'
    assert speaker_by_source(_run(nlp, text), "the organisation") == ("organisation", "anonymous")


def test_the_parents_subsidiary_is_the_subsidiary_not_the_parent(nlp):
    # business/348.txt (tuning 7300, Q41)
    text = (
        "Analysts said the Christmas chaos was likely to worsen the finances of troubled Delta, parent of "
        'Comair. Comair "deeply regrets the inconvenience to all of our customers caused by the severe '
        'winter storm," the Delta subsidiary said in a statement.'
    )
    assert speaker_by_source(_run(nlp, text), "the Delta subsidiary") == ("Comair", "organization")


def test_the_researchers_are_the_organization_introduced_as_a_group_of_them(nlp):
    # tech/357.txt (tuning 7300, Q99)
    text = (
        "The detailed look at zombie or 'bot nets of hijacked computers was done by the Honeynet Project - a "
        "group of security researchers that gather information using networks of computers.\n\n"
        '"Leveraging the power of several thousand bots, it is viable to take down almost any website or '
        'network instantly," said the researchers.'
    )
    assert speaker_by_source(_run(nlp, text), "the researchers") == ("Honeynet Project", "organization")
    # no group of them named: the researchers stay unnamed
    text = (
        "The study was published by the Honeynet Project.\n\n"
        '"It is viable to take down almost any website," said the researchers.'
    )
    assert speaker_by_source(_run(nlp, text), "the researchers")[1] != "organization"
