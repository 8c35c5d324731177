"""Speakers, round 29 (issue 30; tuning items 7314 Q8 = 7315 Q3, 7315 Q15, BBC business/157): an interview
answer opened by a dash is the interviewee's named at the head of the block (dash_answers.py); a quote
before "was how X described it" is X's (how_described.py); "The pair claim …", "claim" read as a noun, is
the pair's (group_claims.py); "chat show" inside a long subject is no cue (premodifier_nouns.py, BBC
politics/111); a lone question between a turn and another's reply is the asker's (hearing_turns.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each, speaker_by_content, speakers_of_each

# aeb/3c6d3381ef52 (tuning), cut: a page of interviews, each headed by a name and an account line.
INTERVIEWS = (
    "Проголосовать за Венеру вы можете на последней странице!\nДарья Калугина\nАккаунт: @contrse\n"
    "Что вас вдохновило на создание кулинарной страницы?\n— Задолго до увлечения фудфотографией я "
    "занималась портретной и художественной съемкой. Мой девиз: «Надо любить то, что делаешь, и делать то, "
    "что любишь», иначе результат будет без души.\nКакую кухню любите сами?\n— Я обычно отвечаю так: «Ем "
    "все, кроме устриц». Вкус устриц пусть останется навсегда в долгой-долгой памяти.\n"
)
# The same answer with no interview layout around it: a dash-led line after a line of narration.
NO_INTERVIEW = (
    "Моя любимая кондитерская\nЧто на вывеске?\n— Над дверью: «Надо любить то, что делаешь, и делать то, что "
    "любишь».\n"
)
# aeb/851498a2b9f4 (tuning), cut.
KLINGON = (
    "Although Ford had outlined the book in a sonnet cycle, he struggled to get it right. The two had "
    "“married,” but in a self-scripted Klingon ceremony during a convention. (“The Klingon Empire has "
    "decided that we should formalize our relationship,” was how Ford described it to friends.)\n"
)
# The same frame with "is how X put it".
PUT_IT = 'Mr Blair left early. "We will win this election and we will win it well," is how Mr Blair put it.\n'
# BBC business/157 (tuning), cut.
LEBEDEV = (
    "Khodorkovsky ally denies charges\n\nA close associate of former Yukos boss Mikhail Khodorkovsky has "
    'told a court that fraud charges levelled against him are "false".\n\nPlaton Lebedev has been on trial '
    "alongside Mr Khodorkovsky since June in a case centring around the privatisation of a fertiliser firm. "
    "The pair claim they are being punished by the authorities for the political ambitions of Mr "
    'Khodorkovsky. Mr Lebedev said there were "absurd contradictions" in the case.\n'
)


def test_a_quote_in_a_dash_answer_is_the_interviewee_named_at_the_block_head(nlp):
    assert speaker_by_content(INTERVIEWS, nlp, "Надо любить")[:2] == ("Дарья Калугина", "person")
    assert speakers_of_each(nlp, INTERVIEWS, "Надо любить") == {"Дарья Калугина"}


def test_every_answer_of_the_block_is_the_same_interviewee(nlp):
    assert speaker_by_content(INTERVIEWS, nlp, "Ем все")[:2] == ("Дарья Калугина", "person")


def test_a_dash_line_outside_an_interview_gives_no_speaker(nlp):
    assert speaker_by_content(NO_INTERVIEW, nlp, "Надо любить")[0] is None


def test_was_how_x_described_it_makes_the_quote_xs_speech(nlp):
    assert speakers_of_each(nlp, KLINGON, "The Klingon Empire") == {"Ford"}
    assert speaker_by_content(KLINGON, nlp, "The Klingon Empire")[2] == "speech"


def test_is_how_x_put_it_makes_the_quote_xs(nlp):
    assert speaker_by_content(PUT_IT, nlp, "We will win")[0] == "Blair"


def test_the_pair_claim_is_the_pair_where_claim_was_read_as_a_noun(nlp):
    for rows in rows_of_each(nlp, LEBEDEV):  # the rules', and the shipped model's, which reads no verb there
        assert ("Platon Lebedev and Mikhail Khodorkovsky", "speech") in {
            (name, kind) for content, name, kind in rows if content.startswith("they are being punished")
        }
    assert speaker_by_content(LEBEDEV, nlp, "they are being punished") == (
        "Platon Lebedev and Mikhail Khodorkovsky",
        "group",
        "speech",
    )


# BBC politics/111 (tuning), cut: the name ends a long pre-modified subject with "chat show" in it.
KILROY = (
    "Kilroy names election party\n\nEx-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said "
    'he wants to "change the face of British politics" as he launched his new party.\n'
)


def test_the_name_a_long_description_ends_in_is_the_speaker(nlp):
    assert speakers_of_each(nlp, KILROY, "he wants to") == {"Robert Kilroy-Silk"}


def test_chat_show_in_the_subject_is_no_cue(nlp):
    assert speaker_by_content(KILROY, nlp, "he wants to")[2] == "speech"


# aeb/c00962aabe7b (tuning), cut: a hearing, the question alone between the asker's turn and the reply.
HEARING = (
    "At a hearing last month of the House appropriations subcommittee that funds NASA, Rep. Robert "
    "Aderholt (R-AL), ranking member of the subcommittee, pushed for greater use of SLS. “It depends on "
    "what Boeing is willing to invest, quite frankly,” responded NASA administrator Jim Bridenstine. “We "
    "haven’t seen the performance yet that would indicate that we’re guaranteed the second core we’d need"
    " for a Moon landing in 2024,” added Ken Bowersox, the acting associate administrator at NASA. At "
    "current rates, Bridenstine said, there will be three SLS rockets produced by 2024. “Adding an "
    "additional SLS into the mix could—I’m not confident that could happen.” Aderholt returned to the "
    "issue later in the hearing. “What commercial launch vehicles exist today or that are in development "
    "that can or will be able to launch the HLS and get to the Moon by 2024?” Bridenstine responded that "
    "SLS is the only vehicle for launching humans.\n"
)


def test_a_lone_question_between_a_turn_and_anothers_reply_is_the_askers(nlp):
    assert speakers_of_each(nlp, HEARING, "What commercial launch vehicles") == {"Robert Aderholt"}


def test_the_reply_after_it_stays_the_repliers(nlp):
    assert speaker_by_content(HEARING, nlp, "that SLS is")[0] == "Jim Bridenstine"
