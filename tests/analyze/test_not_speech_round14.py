"""What is not speech (issue 30, round 14), and two documents and a named report the analysis mistyped.

- a condition with a negated cue after "even if" ("even if GiveWell never recommends funding …") is words
  nobody said: thought, no speaker;
- the writer's guess with a modal "mean" ("it may mean Hollywood studios ask for …"): thought, no speaker;
- a decision to act, "is to" + a verb ("The reggae industry is to refuse to release …"): thought;
- a thing that reveals ("… hanbok revealed an even more elegant side!") is a deed, no attribution; writing a
  work ("wrote an anonymous semi-fictional account of her life") is a deed PolNeAR marks: thought;
- "X has been reported as saying" is X's speech, no hearsay;
- "This says …" after a document named in the sentence before ("Labour's five-year plan …, which was
  published last week") and "It showed …" after a study are documents.

The fixtures are sentences of tuning articles (judged tuning sample 7305, items Q25, Q93, Q57, Q21, Q88,
Q34, Q70, Q86; the corpus file is cited above each), cut short where the rest plays no part; the contrasts
that stay as they were are short sentences of the same shape. The rules are in docs/quotes.md, "Not
speech, round 14".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each


def _row(rows, start: str):
    return next(row for row in rows if row[0].startswith(start))


# aeb/ad9e9e596f21 (GiveWell's grant page), Q25.
GIVEWELL = (
    "If these new opportunities are more cost-effective than what these funders would have otherwise "
    "supported, then this grant will have had a positive impact by causing funds to be spent more "
    "cost-effectively, even if GiveWell never recommends funding to the new programs directly."
)


def test_a_negated_cue_after_even_if_is_nobodys_words(nlp):
    for rows in rows_of_each(nlp, GIVEWELL):
        assert all(kind != "speech" and name is None for _, name, kind in rows), rows


def test_a_conceded_statement_after_even_if_stays_speech(nlp):
    text = "The visitors were beaten, even if coach Dai Young admitted Cardiff was an unforgiving place."
    for rows in rows_of_each(nlp, text):
        assert ("Cardiff was an unforgiving place", "Dai Young", "speech") in rows, rows


# tech/313.txt, Q93.
HOLLYWOOD = (
    "High-definition will mean some changes for those working behind the scenes too. On the whole, "
    "producing films for high-definition DVDs will be easier in some ways because less compression is "
    "needed. Equally, it may mean Hollywood studios ask for more to be put onto the average DVD."
)


def test_the_writers_guess_it_may_mean_is_nobodys_words(nlp):
    for rows in rows_of_each(nlp, HOLLYWOOD):
        assert all(kind != "speech" and name is None for _, name, kind in rows), rows


def test_a_named_speaker_of_it_may_mean_stays_speech(nlp):
    text = "Equally, Mr Dean says it may mean Hollywood studios ask for more to be put onto the average DVD."
    for rows in rows_of_each(nlp, text):
        assert any(name == "Dean" and kind == "speech" for _, name, kind in rows), rows


# entertainment/248.txt, Q57.
REGGAE = (
    "Deal to ban 'homophobic' reggae\n\n"
    "The reggae industry is to refuse to release or stage concerts featuring homophobic songs under a "
    "global deal struck with gay rights groups."
)


def test_is_to_refuse_is_a_decision_not_words(nlp):
    for rows in rows_of_each(nlp, REGGAE):
        assert rows and all(row[1:] == ("reggae industry", "thought") for row in rows), rows


def test_says_it_will_refuse_stays_speech(nlp):
    text = "The reggae industry says it will refuse to release or stage concerts featuring homophobic songs."
    for rows in rows_of_each(nlp, text):
        assert _row(rows, "it will refuse")[1:] == ("reggae industry", "speech"), rows


# aeb/8cad00dc22de (a blog on a Korean dance festival), Q21.
HANBOK = (
    "The dance techniques of royal court dances paired with beautiful traditional Korean hanbok revealed "
    "an even more elegant side!"
)


def test_a_thing_that_reveals_is_no_attribution(nlp):
    for rows in rows_of_each(nlp, HANBOK):
        assert rows == [], rows


def test_a_study_that_reveals_stays_a_document(nlp):
    text = "The study revealed a sharp rise in violent crime among teenagers."
    for rows in rows_of_each(nlp, text):
        assert ("a sharp rise in violent crime among teenagers", "study", "document") in rows, rows


# tech/133.txt, Q88.
SIMONETTI = (
    "Ellen Simonetti, known as Queen of the Sky, wrote an anonymous semi-fictional account of her life in "
    "the sky."
)


def test_writing_an_account_is_a_deed(nlp):
    for rows in rows_of_each(nlp, SIMONETTI):
        assert all(kind != "speech" for content, _, kind in rows if content.startswith("an anonymous")), rows


def test_writing_that_stays_speech(nlp):
    text = "Ellen Simonetti wrote in her blog that she had been fired by Delta."
    for rows in rows_of_each(nlp, text):
        assert ("that she had been fired by Delta", "Ellen Simonetti", "speech") in rows, rows


# business/043.txt, Q34.
SAUD = (
    "Women will be employed in Saudi Arabia's foreign ministry for the first time this year, Foreign "
    "Minister Prince Saud Al-Faisal has been reported as saying."
)


def test_a_named_person_reported_as_saying_speaks(nlp):
    for rows in rows_of_each(nlp, SAUD):
        assert _row(rows, "Women will be employed")[1:] == ("Prince Saud Al-Faisal", "speech"), rows


def test_it_has_been_reported_stays_hearsay(nlp):
    text = (
        "Women will be employed in Saudi Arabia's foreign ministry for the first time this year, it has "
        "been reported."
    )
    for rows in rows_of_each(nlp, text):
        assert _row(rows, "Women will be employed")[1:] == (None, "thought"), rows


# politics/382.txt, Q70.
PLAN = (
    "Labour claims the policy is little more than a \"desperate attempt to catch up with Labour's five-year "
    'plan" for immigration and asylum, which was published last week. This says health screening for TB '
    "will be targeted on applicants from high-risk areas before they are given entry clearance."
)


def test_this_after_a_published_plan_is_the_document(nlp):
    for rows in rows_of_each(nlp, PLAN):
        row = next(row for row in rows if "health screening" in row[0])
        assert row[1:] == ("Labour's five-year plan", "document"), rows


def test_this_with_no_document_before_is_left_alone(nlp):
    text = "Mr Blair met union leaders last week. This says a lot about his priorities, the Tories said."
    for rows in rows_of_each(nlp, text):
        assert all(kind != "document" for _, _, kind in rows), rows


# tech/109.txt, Q86.
NOKIA = (
    "Research by handset maker Nokia shows that more and more people are using their mobile phone for every "
    "call they make or take. According to the study, more than 45 million people in the UK, Germany, US and "
    "South Korea now only use a mobile. It showed that people keep their fixed line phone because call "
    "charges are lower."
)


def test_it_of_a_study_showed_is_a_document(nlp):
    for rows in rows_of_each(nlp, NOKIA):
        row = next(row for row in rows if "fixed line phone" in row[0])
        # "Research by handset maker Nokia": the research is Nokia's, its author named (round 27)
        assert row[1] in {"study", "Research", "Nokia"} and row[2] == "document", rows


def test_it_of_a_company_said_stays_speech(nlp):
    text = "Nokia released its results on Monday. It said sales of handsets had risen by a fifth."
    for rows in rows_of_each(nlp, text):
        assert ("sales of handsets had risen by a fifth", "Nokia", "speech") in rows, rows
