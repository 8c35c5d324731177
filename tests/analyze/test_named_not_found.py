"""A speaker the article names, found (issue 30, round 8): cues the lexicon lacked, an interview's
interviewee named only in its headline or intro, a page of one person's quotes.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, never the held-out sample), cut short; the rules are in docs/quotes.md ("Named, not found").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_of


def test_a_quote_after_bemoans_that_is_the_subjects(nlp):
    text = (
        "As Neil Gaiman put it, “Had he taken The Dragon Waiting and written a sequence of five books, he "
        "would’ve been George R.R. Martin.” Gaiman still bemoans that The Scholars of Night “should’ve been "
        "marketed like The Name of the Rose.” Instead, Tor published it."
    )
    assert speaker_of(text, nlp, "that The Scholars") == "Neil Gaiman"


def test_bemoaning_a_bare_object_is_no_quote(nlp):
    text = (
        "But the manner of New Zealand's 45-6 demolition job in Paris has coach Bernard Laporte bemoaning a "
        "lack of young talent coming through to replace the old guard."
    )
    assert not [row for row in quote_rows(quotes_only(nlp, text)) if "young talent" in row[0]]


GASPARD = (
    "Introducing Junior Gaspard, New CEO at Experience\n"
    "Experience is thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO.\n"
    "We’ve asked him to share some insights into the business of Experience.\n"
    "Q: What’s the one thing you’ve learned in your past roles that is the most helpful as CEO?\n"
    "A: I have been well served in my career by using Steven Covey’s The 7 Habits of Highly Effective "
    "People as a guide.\n"
    "Q: Favorite athlete?\n"
    "A: Lebron James\n"
)


def test_an_interviews_answers_are_the_person_its_headline_introduces(nlp):
    rows = quote_rows(quotes_only(nlp, GASPARD))
    answers = [name for content, name, _ in rows if content.startswith(("I have been", "Lebron"))]
    assert answers == ["Junior Gaspard", "Junior Gaspard"]


def test_a_name_inside_the_transcript_introduces_no_one(nlp):
    text = (
        "Five questions on the new season\n"
        "Q: Who is the best director you have worked with?\n"
        "A: I would say director Steven Spielberg, no question.\n"
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [name for content, name, _ in rows if content.startswith("I would say")] == [None]


def test_a_quote_with_no_cue_on_a_page_of_quotes_is_the_headlines_person(nlp):
    text = (
        "David Blunkett in quotes\n\n"
        "David Blunkett - who has resigned as home secretary - built his reputation as a plain-speaking "
        "Yorkshire man.\n\n"
        ' "None of us believe countering terrorism is about party politics."\n\n'
        '"Our work with the French government...has been hugely successful," said Mr Blunkett.\n'
    )
    assert speaker_of(text, nlp, "None of us") == "David Blunkett"


def test_a_quote_with_no_cue_under_any_other_headline_keeps_no_speaker(nlp):
    text = (
        "David Blunkett resigns\n\n"
        "David Blunkett - who has resigned as home secretary - built his reputation as a plain-speaking "
        "Yorkshire man.\n\n"
        ' "None of us believe countering terrorism is about party politics."\n'
    )
    assert speaker_of(text, nlp, "None of us") is None
    text = text.replace("David Blunkett resigns", "Week in quotes")
    assert speaker_of(text, nlp, "None of us") is None


LJ = (
    "엘제이의 리벤지인가, 류화영의 코스프레인가\n"
    "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다. 하지만 "
    "엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 “너네들이 우습게 봐도 내가 사랑하는 "
    "사람의 추억을 간직하는 게 잘못이냐”고 말하기도 했다.\n"
)


def test_a_korean_quote_before_its_verb_is_the_person_he_stands_for(nlp):
    assert speaker_of(LJ, nlp, "너네들이") == "엘제이"


def test_a_korean_quote_after_a_named_subject_is_that_persons(nlp):
    text = "류화영은 “제가 먼저 사과드리고 싶습니다. 모두 제 잘못입니다”라고 밝혔다.\n"  # made up, same shape
    assert speaker_of(text, nlp, "제가 먼저") == "류화영"


def test_a_korean_he_with_no_sentence_before_names_no_one(nlp):
    text = "그는 “너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 했다.\n"
    rows = quote_rows(quotes_only(nlp, text))
    assert [name for content, name, _ in rows if content.startswith("너네들이")] == [None]


def test_a_korean_quote_after_i_names_no_one(nlp):
    text = (
        "하지만 엘제이는 태도를 보였다. 내가 “너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 "
        "잘못이냐”고 말했다.\n"
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [name for content, name, _ in rows if content.startswith("너네들이")] == [None]


def test_one_user_of_a_site_is_an_anonymous_source(nlp):
    # "one user" was read as a number and named no one (tuning page ba4dfe2d3e81).
    text = (
        "According to AFP, one user on Weibo, which is essentially China’s version of Twitter, posted: "
        "“I just want to know how these two came to Beijing?? By train, airplane, or did they drive "
        "themselves?”"
    )
    analysis = quotes_only(nlp, text)
    quotes = [q for q in analysis.quotes if "Beijing" in analysis.text[slice(*q.content[0])]]
    speakers = [analysis.speaker(q.speaker) for q in quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [("one user", "anonymous")]
