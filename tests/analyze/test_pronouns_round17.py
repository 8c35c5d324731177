"""Pronouns and descriptions (issue 30, round 17; judged tuning draw 7307 Q22 Q28 Q65 Q79): a "she" after
a sentence about a "he" is the woman it calls "her"; a short reply that opens its sentence before "he
said" is a quote; "the judge" is only a person the article calls judge; a participle after an object
clause is the main subject's.

The fixtures are a sentence or a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths
and tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_source, speaker_of

# aeb/851498a2b9f4 (judged tuning 7307 Q22): "she" went to Neil Gaiman, quoted before.
RECALLED = (
    "“He would make art in the most surprising places,” Gaiman told me. “Once he wrote a short play "
    "based on the invitation and directions to my annual Guy Fawkes party.” When Ford visited his "
    "editor Teresa Nielsen Hayden at her office at Tor, he would scribble short parody poems of the "
    "documents on her desk and leave them for her to find. “Life was not long enough,” she recalled, "
    "“for Mike to do all the stuff that he would think of to do.”"
)


def test_she_after_a_sentence_about_a_man_is_the_woman_it_calls_her(nlp):
    assert speaker_of(RECALLED, nlp, "Life was not long enough") == "Teresa Nielsen Hayden"


def test_she_after_a_sentence_that_calls_no_one_her_stays_with_the_speaker(nlp):
    # Near text: the sentence about the man names no woman it calls "her"; the quoted speaker keeps it.
    text = RECALLED.replace("Gaiman told me", "Elise Matthesen told me").replace(
        "his editor Teresa Nielsen Hayden at her office at Tor", "the offices of Tor"
    )
    text = text.replace("on her desk and leave them for her to find", "on the desks")
    assert speaker_of(text, nlp, "Life was not long enough") == "Elise Matthesen"


# aeb/851498a2b9f4 (judged tuning 7307 Q28): the reply “No,” was no quote, and its "he said" no cue.
REPLY = (
    "Lacking the legal rights to Mike Ford’s work, still smarting from the events surrounding his death, "
    "how would she feel about all of this?\nIn 1997, Elise wrote, she interviewed Mike for a convention. "
    "She put to him a prompt that had long been bouncing around in her head: I’m going to die. Tell me a "
    "story.\n“No,” he said. “No. You tell me one, and when you’re gone, I’ll tell it to somebody else.”"
)


def test_a_short_reply_opening_its_sentence_before_he_said_is_a_quote(nlp):
    assert speaker_of(REPLY, nlp, "No, … No. You tell me one") == "Mike Ford"


def test_a_short_quoted_phrase_inside_a_sentence_stays_no_quote(nlp):
    # Near text: a scare-quoted phrase of the writer's sentence before the cue is no reply.
    text = "Critics call the plan a “stealth tax,” Smith said on Monday."
    assert all(not content.startswith("stealth tax") for content, _, _ in quote_rows(quotes_only(nlp, text)))


# BBC entertainment/366 (judged tuning 7307 Q65): "The judge" went to Buhecha, the man sentenced.
SENTENCED = (
    "Jayanti Amarishi Buhecha from Cambridge was found guilty of two trademark offences last month, and "
    "sentenced at Harrow Crown Court, London, on Tuesday. Buhecha, who made £26,000 per month from his "
    'illegal trade, was called "one of the biggest Bollywood pirates in the UK" by the sentencing judge.\n\n'
    "An operation was launched against Buhecha in 2002 after complaints were received about his "
    'activities. The judge in the case, which lasted seven days, said that "a heavy penalty was called for '
    'because of the enormous damage Buhecha caused to legitimate business".'
)


def test_the_judge_is_never_the_defendant_named_last(nlp):
    assert speaker_by_source(
        quotes_only(nlp, SENTENCED), "The judge in the case, which lasted seven days"
    ) == (
        "judge",
        "anonymous",
    )


def test_the_judge_is_the_person_the_article_calls_judge(nlp):
    # Near text (made up on the model of the article): a judge the article names keeps the description.
    text = (
        "John Smith was sentenced at Leeds Crown Court by Judge Peter Collier. The judge said that "
        '"this was a wicked crime against a vulnerable woman".'
    )
    assert speaker_by_source(quotes_only(nlp, text), "The judge")[0] == "Peter Collier"


# BBC sport/160 (judged tuning 7307 Q79): "explaining" went to "winter break", its object clause's subject.
EXPLAINING = (
    '"The bigger discussions around the winter break should be to do with the nature of football today, the '
    'needs of football players and the way the Premiership has developed." Hodgson believes a winter break '
    'carries many advantages, explaining: "As I said, it is the perfect chance to recharge batteries."'
)


def test_a_participle_after_an_object_clause_is_the_main_subjects(nlp):
    assert speaker_of(EXPLAINING, nlp, "As I said, it is the perfect chance") == "Hodgson"


def test_a_participle_on_the_main_verb_keeps_its_subject(nlp):
    # Near text: the participle hangs on a verb with no object clause; its subject speaks as before.
    text = (
        'Blackburn Rovers issued a statement on Monday, explaining: "The manager has left the club by '
        'mutual consent."'
    )
    assert speaker_of(text, nlp, "The manager has left the club") == "Blackburn Rovers"
