"""Epithets after a cue (issue 30): "the 21-year-old told", "the American said", "the defender said" are the
person the article ties them to, else the person the story is about, else what they were before.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Speakers".
"""

from __future__ import annotations

from quotegraph.records import Analysis
from tests.support.quotes import quotes_only as _run


def _speaker_of(analysis: Analysis, source: str) -> str | None:
    """The speaker's name of the attribution whose source is written `source`."""
    for quote in analysis.quotes:
        if " … ".join(analysis.text[s:e] for s, e in quote.source) == source:
            speaker = analysis.speaker(quote.speaker)
            return speaker.name if speaker else None
    raise AssertionError(f"no attribution with the source {source!r}")


def test_an_epithet_beside_a_name_only_spoken_of_is_the_person_the_story_is_about(nlp):
    text = (  # sport/432: Phillips is whom she reacts to, not the American
        "Davenport hits out at Wimbledon\n\n"
        "World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money "
        "for women.\n\n"
        "Reacting to a disputed comment by All England Club chairman Tim Phillips, the American said: "
        '"I think it is highly insulting if prize money is taken away."'
    )
    assert _speaker_of(_run(nlp, text), "the American") == "Lindsay Davenport"


def test_a_position_after_a_sentence_whose_subject_is_a_pronoun_is_the_story_s_player(nlp):
    text = (  # sport/250: Keegan, the boss who threatened him, is not "the defender"
        "Dunne keen to commit to Man City\n\n"
        "Richard Dunne is ready to commit his long-term future to Manchester City after turning his career "
        "around.\n\n"
        "He was once threatened with the sack by City boss Kevin Keegan but has since responded with "
        "impressive performances, prompting interest from other clubs. Early talks have taken place and the "
        'defender said: "Hopefully something will be sorted out as soon as possible."'
    )
    assert _speaker_of(_run(nlp, text), "the defender") == "Richard Dunne"


def test_an_age_after_a_name_spoken_to_is_the_story_s_player(nlp):
    text = (  # sport/154: he thought he was talking to Butragueno; the 21-year-old is Reyes
        "Reyes tricked into Real admission\n\n"
        "Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to Real Madrid "
        "after falling victim to a radio prank.\n\n"
        "The Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno when he "
        'allegedly berated his team-mates as "bad people". "I wish I was playing for Real Madrid," the '
        "21-year-old told Cadena Cope."
    )
    analysis = _run(nlp, text)
    assert _speaker_of(analysis, "the 21-year-old") == "Jose Antonio Reyes"


def test_an_epithet_after_a_named_subject_stays_that_subject(nlp):
    text = (  # sport/468: the story is Henman's, but the sentence before is Agassi's
        "Classy Henman makes winning start\n\n"
        "Tim Henman opened his 2005 campaign with a 6-1 7-5 victory over Argentine David Nalbandian at the "
        "Kooyong Classic exhibition tournament on Wednesday.\n\n"
        "The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off Chilean Olympic "
        "gold medalist Nicolas Massu 6-1 7-6 (7-4).\n\n"
        'Agassi was delighted with victory over Massu in his first match for over two months. "I felt pretty '
        'good," said the American.'
    )
    assert _speaker_of(_run(nlp, text), "the American") == "Andre Agassi"
    text = (  # sport/227: the story is Wenger's; the striker is Henry, the subject before
        "Wenger keeping faith with Almunia\n\n"
        "Arsene Wenger has pledged to keep faith with stand-in keeper Manuel Almunia for the crunch week.\n\n"
        "Meanwhile, Thierry Henry believes he will be blamed if Arsenal fail to qualify for the next stage "
        "of the Champions League. Henry will captain the side in place of the suspended Patrick Vieira as "
        "the Gunners seek the required victory over Rosenborg. And the striker said: \"If we don't win and "
        "we go out of the competition, like it or not, it's going to be my fault.\""
    )
    assert _speaker_of(_run(nlp, text), "the striker") == "Thierry Henry"


def test_an_age_the_article_gives_one_person_is_that_person(nlp):
    text = (  # sport/186, with the player's age given after his name as news writes it ("Stuart, 34,")
        "Norwich have signed Charlton midfielder Graham Stuart, 34, until the end of the season.\n\n"
        "Canaries boss Nigel Worthington was delighted with the deal.\n\n"
        '"It was a very easy decision to make," the 34-year-old told Norwich\'s website.'
    )
    assert _speaker_of(_run(nlp, text), "the 34-year-old") == "Graham Stuart"
    text = (  # the same, the age written before the name as news writes it too ("34-year-old Stuart")
        "Norwich have signed 34-year-old Charlton midfielder Graham Stuart until the end of the season.\n\n"
        "Canaries boss Nigel Worthington was delighted with the deal.\n\n"
        '"It was a very easy decision to make," the 34-year-old told Norwich\'s website.'
    )
    assert _speaker_of(_run(nlp, text), "the 34-year-old") == "Graham Stuart"


def test_a_position_the_article_gives_one_person_is_that_person(nlp):
    text = (  # sport/188, cut short: "Arsenal defender Sol Campbell", then another person named
        "Arsenal defender Sol Campbell has called the rivalry between Manchester United and the Gunners "
        '"bitter and personal".\n\n'
        "United boss Sir Alex Ferguson was allegedly pelted with pizza in the tunnel. "
        '"It is just more bitter and personal against United," the defender told The Guardian newspaper.'
    )
    assert _speaker_of(_run(nlp, text), "the defender") == "Sol Campbell"


def test_a_man_of_a_nation_the_ner_takes_for_a_firm_is_still_one_person(nlp):
    text = (  # sport/150: the NER tags "Dutchman" ORG; it is the manager the story is about
        "Jol joy at 'professional' Cup win\n\n"
        "Tottenham manager Martin Jol acclaimed his players for their patience in their 3-0 FA Cup "
        "fifth-round victory over a determined Nottingham Forest side.\n\n"
        '"We had the initiative but it wasn\'t easy. It was a professional sort of performance," the '
        "Dutchman said."
    )
    assert _speaker_of(_run(nlp, text), "the Dutchman") == "Martin Jol"
