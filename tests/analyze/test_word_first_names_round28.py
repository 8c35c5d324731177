"""Names, round 28 (issue 30; tuning draw 7312, items Q96 Q97 of tech/191): a first name that is also a
common word ("Will", "Mark", "Grant", "Bill", "Sue", "Hope") before a surname the article writes after a
title of address is part of the person's name, whatever the tagger made of it ("Will" a modal, "Davies"
a plural noun).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speakers_of_each

# BBC tech/191 (tuning), cut (the NER misses this surname only: a
# plural-looking one, which the tagger reads as a noun after the modal).
MODAL_FIRST_NAME = (
    "Online communities set up by the government could encourage public debate, says a think-tank.\n\n"
    '"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told '
    'the BBC News website. "At the moment they have been presented as a way for government to keep tabs '
    'on people," said Mr Davies.\n'
)


def test_a_word_first_name_before_an_addressed_surname_is_part_of_the_name(nlp):
    assert speakers_of_each(nlp, MODAL_FIRST_NAME, "What we are proposing") == {"Will Davies"}


def test_the_later_surname_is_the_same_full_name(nlp):
    assert speakers_of_each(nlp, MODAL_FIRST_NAME, "At the moment") == {"Will Davies"}
