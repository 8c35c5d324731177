"""Pronoun chains, round 27 (issue 30): a "he" that opens a sentence goes to the person the text before
names, not to the speaker quoted earlier.

- a sentence whose subject is a thing made, written or published by someone is about that someone: "The
  claims … were made in a book published this week by Philippe Sands QC … He also says …" is Sands, not
  the MP quoted the paragraph before (passive_topics.done_by, read by gender.topic_before);
- a paragraph that opens on narration naming one person is about that person: "The documentary showed
  some of the tensions between Mr Kilroy-Silk and his fellow MEPs … He denied …" is Kilroy-Silk, not the
  man quoted in the paragraph before (paragraph_topics.py, read by gender.topic_before);
- a hyphenated surname the NER left unlabelled is still a mention of its person: "the tensions between
  Mr Kilroy-Silk and his fellow MEPs … He denied …" is Kilroy-Silk, not the party whose spokesman was
  quoted before (unlabelled_surnames.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths: BBC
politics/327, politics/292), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC politics/327, cut short.
BOOK = (
    "Goldsmith denies war advice claim\n\n"
    "On the question of whether such papers have always been kept confidential, Tory MP Michael Mates, who "
    'is a member of the Commons intelligence and security committee, told the BBC: "That, as a general '
    'rule, is right, but it\'s not an absolute rule." Mr Mates added: "This may be one of those special '
    'occasions."\n\n'
    "The claims about Lord Falconer and Baroness Morgan's involvement were made in a book published this "
    "week by Philippe Sands QC, a member of Cherie Blair's Matrix Chambers. He also says Lord Goldsmith "
    "warned Tony Blair on 7 March 2003 that the Iraq war could be illegal without a second UN resolution.\n"
)

# BBC politics/292, cut short.
KILROY = (
    "UKIP MEP attacked German 'empire'\n\n"
    "The meeting was shown in a BBC 3 film on ex-UKIP MEP Robert Kilroy-Silk. The former chat show host "
    'quit the party earlier this month, calling it a joke. A UKIP spokesman said: "Mike has some '
    'passionate beliefs and sometimes uses excessively colourful language with which to express them."\n\n'
    "The documentary showed some of the tensions between Mr Kilroy-Silk and his fellow MEPs after UKIP took "
    "third place in last year's European elections. He denied wanting to be leader until October 2004.\n"
)


def test_he_after_a_book_published_by_someone_is_its_author(nlp):
    assert speaker_by_content(BOOK, nlp, "Lord Goldsmith warned")[:2] == ("Philippe Sands", "person")


def test_he_after_a_hyphenated_surname_the_ner_missed_is_that_person(nlp):
    assert speaker_by_content(KILROY, nlp, "wanting to be leader")[:2] == ("Robert Kilroy-Silk", "person")


def test_he_after_a_paragraph_opening_on_one_person_is_that_person(nlp):
    # The same, with a named speaker quoted in the paragraph before (BBC politics/292).
    text = KILROY.replace(
        "A UKIP spokesman said:",
        "Mike Nattrass, UKIP's deputy leader, said: \"I'm not at all German-bashing.\" "
        "A UKIP spokesman said:",
    )
    assert speaker_by_content(text, nlp, "wanting to be leader")[:2] == ("Robert Kilroy-Silk", "person")
