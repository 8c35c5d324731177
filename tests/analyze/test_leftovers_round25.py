"""Leftovers, round 25 (issue 30; wt-q93): a title of the church alone is the person named with it, a
headline's lower-case "says minister" is an unnamed minister, "he" after "His words came as X backed Mr Y's
stance" is X, and a description is no person the article names only paragraphs after it.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import shipped_model, speaker_by_content

# BBC politics/060 (tuning).
CARDINAL = (
    "Cardinal criticises Iraq war cost\n\n"
    "Billions of pounds spent on conflict in Iraq and in the Middle East should have been used to reduce "
    "poverty, Cardinal Cormac Murphy-O'Connor has said.\n\n"
    'On Friday, the Cardinal will ask the congregation to search for peace. "It is possible, it is real, it '
    'is worth, always, striving for, because of the promise of Our Saviour," he will say.\n'
)
# BBC politics/116 (tuning).
MINISTER = (
    "CSA 'could close', says minister\n\n"
    "Ministers would not rule out scrapping the Child Support Agency if it failed to improve, Work and "
    "Pensions Secretary Alan Johnson has warned.\n"
)
# BBC politics/405 (tuning).
HIS_WORDS = (
    "Blair rejects abortion law change\n\n"
    "The prime minister's spokesman set out Mr Blair's view after the top Catholic in England and Wales "
    "backed Michael Howard's stance on abortions. The Tory leader supports a reduction in the legal limit "
    "from 24 weeks to 20.\n\n"
    "Mr Blair's spokesman said: \"The Catholic church has a well-known position on this issue and it was "
    'one of many issues the Cardinal mentioned and therefore it should be seen in that context." His words '
    "came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed Mr Howard's stance and "
    'distanced himself from Labour. In a statement, he said abortion was a "very key issue", saying: "The '
    "policy supported by Mr Howard is one that we would commend, on the way to a full abandonment of "
    'abortion."\n'
)
# BBC entertainment/141 (tuning).
SINGER = (
    "Police praise 'courageous' Ozzy\n\n"
    'Rock star Ozzy Osbourne has been praised by police for "very courageously" tackling a burglar who stole '
    "jewellery from his house.\n\n"
    "The singer did not want to talk in detail about his actions but when asked whether he would do the same "
    'again replied: "Is the Pope a Catholic?"\n\n'
    "The incident happened at 0400 GMT on Monday in Chalfont St Peter.\n\n"
    "On Sunday night, the family had been celebrating the birthday of singer Sir Elton John's partner David "
    "Furnish.\n"
)


def test_a_title_of_the_church_alone_is_the_person_named_with_it(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(CARDINAL, nlp, "Iraq war cost", model)[:2] == (
            "Cormac Murphy-O'Connor",
            "person",
        )
        assert speaker_by_content(CARDINAL, nlp, "the congregation", model)[:2] == (
            "Cormac Murphy-O'Connor",
            "person",
        )


def test_a_headlines_lower_case_minister_is_an_unnamed_minister(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(MINISTER, nlp, "CSA 'could close", model)[:2] == (
            "the minister",
            "anonymous",
        )


def test_he_after_a_sentence_about_an_event_is_its_actor(nlp):
    for model in (None, shipped_model(nlp)):
        name = speaker_by_content(HIS_WORDS, nlp, 'abortion was a "very key issue"', model)[0]
        assert name == "Cormac Murphy O'Connor"


def test_a_description_is_no_person_named_only_paragraphs_later(nlp):
    for model in (None, shipped_model(nlp)):
        assert speaker_by_content(SINGER, nlp, "Is the Pope a Catholic?", model)[0] == "Ozzy Osbourne"
