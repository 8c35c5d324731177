"""Teasers, imperatives, joint sources and deeds, round 21 (issue 30; judged tuning draw 7310 Q11 Q91 Q19
Q86 Q54): a teaser line inside a quote's run of paragraphs does not part the quote from its speaker,
"but it said" after "The company" is that company, the writer's "but expect …" is nobody's, "The player
himself and his captain Jason Robinson" are one joint source, and "wrote the song" is a deed.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

import pytest

from quotegraph.analyze.deeds import is_deed
from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content

# aeb/624fcd903d56 (judged tuning 7310 Q11): a "SEE MORE" teaser line between two paragraphs of one quote.
LIU = (
    "China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end "
    "Hong Kong unrest amid protests.\nLiu said that the People’s Liberation Army could be deployed in "
    "Beijing, warning: “They are already there in the Hong Kong garrison. They are there to show "
    "sovereignty and are responsible for defence purposes.\nSEE MORE: Hong Kong protests: 800 students "
    "under siege in university\n“If the situation becomes uncontrollable, the central government "
    "certainly would not sit on our hands and watch. We have enough resolution and power to end the "
    "unrest.”\n"
)

# BBC tech/022 (judged tuning 7310 Q91): "but it said" in a sentence whose subject is "The company" (Sun).
SUN = (
    "The system could mature in the same way utilities such as electricity and water have developed, said "
    "Sun's chief operating officer Jonathan Schwartz. \"Why build your own grid when you can use ours for a "
    "buck an hour?\" he asked in a webcast launching Sun's quarterly Network Computing event in California. "
    "The company will have to persuade data centre managers to adopt a new model but it said it already "
    "had interest from customers in the oil, gas and financial services industries.\n"
)

# aeb/aec5deeaada8 (judged tuning 7310 Q19): the writer's "but expect …" after a clause about Steyer.
STEYER = (
    "Tom Steyer has largely gone under the radar, but the even wealthier Michael Bloomberg has generated "
    "tremendous buzz as he steps toward a run of his own. Of the two, only Steyer will be on stage, but "
    "expect Bloomberg’s shadow in particular to generate passionate arguments about wealth and the role "
    "of money in politics.\n"
)

# BBC sport/307 (judged tuning 7310 Q86): a person described and a person named, joined by "and".
GREWCOCK = (
    "Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his actions after he "
    "kicked Dwayne Peel.\n\nSix years earlier, also in New Zealand, Grewcock became only the second "
    "England player to be sent off in Tests. The player himself and his captain Jason Robinson have both "
    "said that the clash with Peel was accidental.\n"
)

# BBC entertainment/130 (judged tuning 7310 Q54): composing a song, a deed.
READ = (
    "The song, titled Grief Never Grows Old and described as a melancholy ballad, was written by radio DJ "
    "Mike Read.\n\nRead wrote the song before the Boxing Day tragedy but had thought it was too gloomy to "
    "release.\n"
)


def test_a_teaser_line_does_not_part_a_quote_from_itsspeaker_by_content(nlp):
    rows = quote_rows(quotes_only(nlp, LIU))
    assert [name for content, name, _ in rows if "If the situation becomes uncontrollable" in content] == [
        "Liu Xiaming"
    ]


def test_narration_between_two_quotes_still_parts_them(nlp):
    # Near text: a line of narration, no teaser, between them: the quote does not run on over it.
    text = LIU.replace(
        "SEE MORE: Hong Kong protests: 800 students under siege in university",
        "This comes as China has denounced a Hong Kong court ruling.",
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert not [row for row in rows if "defence purposes" in row[0] and "If the situation" in row[0]]


def test_it_after_but_is_the_company_its_sentence_opens_on(nlp):
    assert speaker_by_content(SUN, nlp, "it already had interest")[:2] == ("Sun", "organization")


def test_it_after_but_with_a_thing_as_subject_is_left_to_the_rules(nlp):
    # Near text: "The system" opens the sentence, no body: the rule does not take it for the speaker.
    text = SUN.replace("The company will have to persuade", "The system will have to persuade")
    assert speaker_by_content(text, nlp, "it already had interest")[0] != "system"


def test_the_writers_but_expect_is_nobodys(nlp):
    for model in {None, shipped_model(nlp)}:
        rows = quote_rows(quotes_only(nlp, STEYER, model))
        found = [name for content, name, _ in rows if content.startswith("Bloomberg’s shadow")]
        assert found and found == [None] * len(found)


def test_a_verb_sharing_its_subject_keeps_thespeaker_by_content(nlp):
    # Near text: "Steyer … but expects …": Steyer's expectation, no bidding of the reader.
    text = STEYER.replace("will be on stage, but expect", "will be on stage but expects")
    assert speaker_by_content(text, nlp, "Bloomberg’s shadow")[0] == "Tom Steyer"


def test_a_person_described_and_one_named_are_a_joint_source(nlp):
    name, kind, _ = speaker_by_content(GREWCOCK, nlp, "that the clash with Peel")
    assert (name, kind) == ("Danny Grewcock and Jason Robinson", "group")


def test_a_person_described_alone_stays_that_person(nlp):
    # Near text: "The player himself" alone is Grewcock, no joint source.
    text = GREWCOCK.replace("The player himself and his captain Jason Robinson have both", "The player has")
    assert speaker_by_content(text, nlp, "that the clash with Peel")[0] == "Danny Grewcock"


def _cue(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


def test_writing_a_song_is_a_deed(nlp):
    assert is_deed(_cue(nlp, READ.split("\n\n")[1], "wrote"))
    if shipped_model(nlp) is None:
        pytest.skip("no shipped attribution model")
    rows = quote_rows(quotes_only(nlp, READ, shipped_model(nlp)))
    assert not [row for row in rows if row[0] in {"the", "the song"}]


def test_writing_a_book_or_a_letter_is_no_deed(nlp):
    # Near text: "wrote a book" stays an attribution typed thought (PolNeAR marks it), "wrote that" words.
    assert not is_deed(_cue(nlp, "Read wrote a book before the Boxing Day tragedy.", "wrote"))
    assert not is_deed(_cue(nlp, "Read wrote that the song was too gloomy to release.", "wrote"))


def test_writing_songs_about_someone_is_no_deed(nlp):
    # Near text (the PolNeAR annotators mark such a cue): a work about someone says what one makes of them.
    assert not is_deed(_cue(nlp, "Read wrote a song about the Boxing Day tragedy.", "wrote"))


# aeb/d1c57d7821e5 (tuning draw 79830-79832): "and" inside an apposition joins two roles of one person.
SHOTWELL = (
    "The largest lander, by far, of the new entrants is from SpaceX, which bid its Starship reusable "
    "launch vehicle. Gwynne Shotwell, president and chief operating officer of SpaceX, said that Starhip "
    "will be able to deliver up to 100 metric tons of cargo to the surface of the moon.\n"
)


def test_two_roles_of_one_person_are_no_joint_source(nlp):
    assert speaker_by_content(SHOTWELL, nlp, "that Starhip will be able")[0] == "Gwynne Shotwell"
