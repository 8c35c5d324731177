"""Pronouns and descriptions (issue 30, round 18; judged tuning draw 7308 Q20 Q25 Q63 Q77 Q81 Q93): a
"he"/"she" after narration about someone other than the speaker quoted before is the person the narration
is about (its subject, or the person a fronted "for <Name>," frames); a description repeated is the person
it was before; "the Wikileaks founder" is the co-founder the article named; "the utility" an organization.

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths
and tuning_pages), cut short; the rules are in docs/quotes.md ("Narration between a quote and a pronoun").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_source, speaker_of

# BBC tech/071 (judged tuning 7308 Q81): "she" went to Ben Williamson, quoted before the narration.
RESEARCH = (
    '"Pupils used the statistics to work out the best way to build their cars," said Ben Williamson, a '
    "researcher at Futurelab. Professor Angela MacFarlane, based at Bristol University, has spent several "
    "years researching how games can be incorporated into classrooms.\n\nUse of games in schools has been "
    "patchy she found, with Sim City proving the most popular. Traditionally schools have eschewed "
    "mainstream games in favour of used so-called edu-tainment software in a belief that such packages "
    "help to make learning fun, she found in her research."
)


def test_she_after_narration_about_a_woman_is_her_not_the_man_quoted_before(nlp):
    assert speaker_of(RESEARCH, nlp, "Traditionally schools have eschewed") == "Angela MacFarlane"


def test_she_with_no_narration_between_stays_with_the_speaker_quoted_before(nlp):
    # Near text: no sentence of narration names anyone between the quote and the "she".
    text = RESEARCH.replace(
        "Professor Angela MacFarlane, based at Bristol University, has spent several years researching how "
        "games can be incorporated into classrooms.",
        "",
    ).replace("said Ben Williamson, a researcher", "said Jane Williamson, a researcher")
    assert speaker_of(text, nlp, "Traditionally schools have eschewed") == "Jane Williamson"


# BBC sport/251 (judged tuning 7308 Q77): "he revealed" went to Gerald Krasner, quoted the paragraph before.
TAKEOVER = (
    'Krasner refused to give any details. He told BBC Five Live: "I am not going into the figures. We '
    "don't discuss internal arrangements.\" Bates stepped down as Chelsea chairman in March last year. "
    "Sebastien Sainsbury had been close to a takeover of Leeds but withdrew his £25m offer last week.\n\n"
    "His efforts failed after he revealed it would take £40m to stage a takeover."
)


def test_he_after_narration_is_the_subject_of_the_sentence_before(nlp):
    assert speaker_of(TAKEOVER, nlp, "it would take £40m") == "Sebastien Sainsbury"


def test_he_added_keeps_the_speaker_quoted_before(nlp):
    # Near text: "he added" goes on from the quote, whatever the narration between names.
    text = TAKEOVER.replace(
        "His efforts failed after he revealed it would take £40m to stage a takeover.",
        'He added: "It would take £40m to stage a takeover."',
    )
    assert speaker_of(text, nlp, "It would take £40m") == "Krasner"


# BBC tech/337 (judged tuning 7308 Q93): "he said" went to Olivier Beauvillain, quoted three times before.
FRAMED = (
    "For Jupiter analyst Olivier Beauvillain, Yahoo's initial decision to put its investment on search on "
    'hold was an error. "They thought Google would just be a technology provider but it has become a portal '
    'in its own right," he said. He believes Yahoo failed to see how crucial search would become to internet '
    'users. "It is interesting that in these last few years, it has refocused on search following the '
    'success of Google," he said. But for Allen Weiner, a research director at analyst firm Gartner '
    "and someone who has followed Yahoo's progress since the early years, the future of search is not "
    'going to be purely about the technology powering it. "Search technology is valuable but the next '
    'generation of search is going to be about premium content," he said.'
)


def test_he_said_after_a_for_frame_is_the_person_it_frames(nlp):
    assert speaker_of(FRAMED, nlp, "Search technology is valuable") == "Allen Weiner"


def test_a_for_frame_of_no_person_gives_the_pronoun_no_one_new(nlp):
    # Near text: "for Yahoo" frames a firm's future, no person's view: "he" stays with the speaker before.
    text = FRAMED.replace(
        "But for Allen Weiner, a research director at analyst firm Gartner and someone who has followed "
        "Yahoo's progress since the early years, the future",
        "But for Yahoo, the future",
    )
    assert speaker_of(text, nlp, "Search technology is valuable") == "Olivier Beauvillain"


# BBC politics/175 (judged tuning 7308 Q63): "the chancellor pledged" (then "he") went to Oliver Letwin,
# named last inside the chancellor's own reported words.
CHANCELLOR = (
    "Gordon Brown has issued a rallying cry to supporters. The chancellor said the vote will give a clear "
    "choice between Labour investment and Conservative cuts.\n\nTo a packed audience at Gateshead's Sage "
    "Centre, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the equivalent "
    "of sacking every teacher, GP and nurse in the country. Turning to the economy, the chancellor pledged "
    "to continue economic stability and growth in a third term in power."
)


def test_a_description_repeated_is_the_person_it_was_before(nlp):
    assert speaker_of(CHANCELLOR, nlp, "to continue economic stability") == "Gordon Brown"


def test_he_after_narration_about_the_chancellor_is_the_chancellor_in_every_run(nlp):
    # With the shipped model "the chancellor pledged" is no attribution: the "He" after it went to Letwin,
    # named last, inside Brown's own reported words.
    text = (
        CHANCELLOR + "\n\nHe said after seven years Labour had transformed from a party not trusted with the "
        'economy to "the only party trusted with the economy".'
    )
    runs = rows_of_each(nlp, text)  # the rules alone take no cue from "He said after …" here
    names = [name for rows in runs for content, name, _ in rows if content.startswith("after seven years")]
    assert names and set(names) == {"Gordon Brown"}


def test_a_description_used_once_is_resolved_as_before(nlp):
    # Near text: no earlier "the chancellor" speaks; the description goes to whom the other rules give it.
    text = CHANCELLOR.replace("The chancellor said the vote", "Mr Brown said the vote")
    text = text.replace("the chancellor said the cuts", "Mr Brown said the cuts")
    assert speaker_of(text, nlp, "to continue economic stability") == "Gordon Brown"


# aeb/c7e39ac49fa1 (judged tuning 7308 Q20): "The Wikileaks founder" went to the correspondent whose
# byline heads the analysis box.
FOUNDER = (
    "Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks "
    "co-founder Julian Assange in 2010.\nOne chapter over, another barely begun\nCaroline Hawley, BBC "
    "diplomatic correspondent\nWith the end of Julian Assange's legal troubles in Sweden, one long chapter "
    "in the saga is over.\nThe Wikileaks founder always argued that his fear of being extradited from "
    "Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London."
)


def test_the_founder_is_the_person_named_as_co_founder(nlp):
    assert speaker_of(FOUNDER, nlp, "that his fear of being extradited") == "Julian Assange"


def test_a_co_founder_of_another_firm_is_not_the_founder(nlp):
    # Near text: the co-founder named is of another firm; "the Wikileaks founder" is not him.
    text = FOUNDER.replace("Wikileaks co-founder Julian Assange", "Apple co-founder Steve Wozniak")
    assert speaker_of(text, nlp, "that his fear of being extradited") != "Steve Wozniak"


# aeb/d0382c0d9573 (judged tuning 7308 Q25): "The utility said" went to Mark Quinlan, quoted before.
UTILITY = (
    "PG&E said it may cut power to about 209,000 customers. The weather should ease by Thursday morning, "
    "allowing PG&E to begin restoring power, said Mark Quinlan, PG&E's senior director of emergency "
    "preparedness and response.\nThe state's largest utility decreased the number of people who could be "
    "affected. The utility said it will closely monitor the weather and could further reduce that number "
    "if it improves."
)


def test_the_utility_is_an_organization_not_the_person_quoted_before(nlp):
    assert speaker_by_source(quotes_only(nlp, UTILITY), "The utility") == ("PG&E", "organization")


def test_a_person_described_by_a_job_stays_a_person(nlp):
    # Near text: "the director" is a person's job, no organization.
    text = UTILITY.replace("The utility said", "The director said")
    rows = quote_rows(quotes_only(nlp, text))
    assert next(name for content, name, _ in rows if content.startswith("it will closely")) == "Mark Quinlan"


# BBC politics/305 (a snapshot article): the narration between names two people, one in each clause.
TWO_PEOPLE = (
    "Mr Milburn brushed aside questions over the Cabinet meeting. \"I'm not privy to everybody's diary,\" he "
    "said. Mr Brown has headed Labour's preparations for previous polls but Mr Milburn is taking that role "
    "this time. In a break with the past, Labour will not hold a daily news conference in London. It will "
    'not be a "battle bus" style campaign either, he said.'
)


def test_narration_about_two_people_gives_the_pronoun_to_neither_subject(nlp):
    assert speaker_of(TWO_PEOPLE, nlp, "It will not be") == "Milburn"
