"""Pronouns and answers (issue 30, round 7): a "she" agrees with the unnamed spokeswoman before it, not
with the person her words were about; an interview's answers are the interviewee's, never a person
named inside an answer.

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths
and tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_of


def test_she_after_a_spokeswoman_is_not_the_person_her_words_named(nlp):
    text = (
        "The All New Top of the Pops was put together by producer Andi Peters, who was brought back to "
        "the BBC from Channel 4 to revitalise the series.\n\n"
        "A BBC spokeswoman said Andi Peters would continue as executive producer on the show. She said "
        "that issues over the exact format of the programme and a time slot were still to be decided."
    )
    speaker = speaker_of(text, nlp, "that issues over the exact format")
    assert speaker != "Andi Peters"
    assert speaker == speaker_of(text, nlp, "Andi Peters would continue")  # the spokeswoman's (the BBC's)


def test_he_after_a_spokesman_still_goes_to_no_one_named_after_the_cue(nlp):
    text = (
        "A Downing Street spokesman said the talks had gone well. Mr John Prescott met union leaders on "
        'Monday. He said: "We are nowhere near a deal."'
    )
    assert speaker_of(text, nlp, "We are nowhere near") == "John Prescott"


INTERVIEW = (
    "Introducing Junior Gaspard, New CEO at Experience\n"
    "Experience is thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO.\n"
    "Here’s what he had to say…\n"
    "Q: How do you prioritize your day?\n"
    "A: I have been well served in my career by using Steven Covey’s The 7 Habits of Highly Effective "
    "People as a guide. I block time for meetings and separate time for emails.\n"
    "Q: What do you do in your free time?\n"
    "A: Watching NBA League Pass, reading, travel, and spending time with my family.\n"
)


def test_an_answer_is_never_the_person_named_inside_an_answer(nlp):
    rows = quote_rows(quotes_only(nlp, INTERVIEW))
    answers = [name for content, name, _ in rows if content.startswith(("I have been", "Watching NBA"))]
    assert len(answers) == 2
    assert "Steven Covey" not in answers


def test_an_answer_is_the_interviewee_named_outside_the_answers(nlp):
    text = (
        "Experience is thrilled to have Mr Tom Baxter as our new President and CEO. We asked Tom Baxter "
        "to share some insights.\n"
        "Q: How do you prioritize your day?\n"
        "A: I have been well served in my career by using Steven Covey’s book as a guide.\n"
    )
    assert speaker_of(text, nlp, "I have been well served") == "Tom Baxter"


def test_he_after_words_put_to_a_person_is_that_person(nlp):
    text = (
        "Arsene Wenger has stepped up his feud with Sir Alex Ferguson.\n\n"
        "The pair's long-running row was put back in the headlines on Saturday when Ferguson said his "
        'Arsenal counterpart was "a disgrace". The latest twist came on Saturday when the United boss, in '
        "an interview with The Independent newspaper, discussed the events after the game.\n\n"
        "Those allegations were put to Wenger after Saturday's game at Bolton. At first he said only: "
        '"I\'ve always been consistent with that story and told you nothing happened."'
    )
    assert speaker_of(text, nlp, "I've always been consistent") == "Arsene Wenger"


def test_a_participle_after_a_passive_of_attack_is_the_attackers(nlp):
    text = (
        "Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million (£5.4 "
        "million), claiming he broke a promise to take care of her."
    )
    speaker = speaker_of(text, nlp, "he broke a promise")
    assert speaker not in {"Motley Crue", "Mick Mars"}
    assert speaker is not None and "girlfriend" in speaker


def test_a_participle_after_a_passive_of_no_attack_stays_the_subjects(nlp):
    text = "Mr Tony Blair was interviewed by the BBC on Sunday, saying he would serve a full term."
    assert speaker_of(text, nlp, "he would serve") == "Tony Blair"


def test_two_apostrophes_close_a_quote_before_its_cue(nlp):
    text = (
        "Organizations that seek to combat political misinformation cried foul.\n"
        "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based "
        "fact-checking website Full Fact, told the BBC. “And I think it is inappropriate and misleading "
        "for a serious political party to behave that way.”\n"
    )
    rows = quote_rows(quotes_only(nlp, text))
    moy = [content for content, name, _ in rows if name == "Will Moy"]
    assert any(c.startswith("It was an attempt to mislead voters") for c in moy)
    assert any("And I think it is inappropriate" in c for c in moy)
    assert not any("told the BBC" in content for content, _, _ in rows)
