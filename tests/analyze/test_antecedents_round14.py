"""Whom a pronoun or a description stands for (issue 30, round 14): "he" after a person named by one word
or after a chair the NER took for an organization, "the newspaper" of a named paper, "It added" after a
person's statement, "the company" whose own quote names the firm that spoke before it.

The fixtures are a sentence or a few of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, items of benchmarks/judged/tuning-7305-be37170-quotes.md), cut short; the rules are in
docs/quotes.md, "Round 14: antecedents".
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_by_source, speaker_of

WEWORK = (
    "Neumann had resigned as CEO the previous week. He also agreed to return the cash he received from "
    "the use of “We.”\n"
    "WeWork now faces a radical restructuring. Job cuts will be announced later this week in areas that do "
    "not support WeWork’s core business goals, said The We Company’s recently named executive chair Marcelo "
    "Claure in an email to staff that was reviewed by Reuters.\n"
    "The New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs.\n"
    "Next steps to shape the company’s future will be divulged in an all-company meeting on Friday, Claure "
    "said in the email.\n"
    "He said WeWork needs a more efficient and more customer-centric organization to grow."
)


def test_he_after_a_chair_named_by_surname_is_the_chair_not_a_person_named_before(nlp):
    # aeb/06e5123e4ef7 (7305 Q2): "executive chair Marcelo Claure", tagged an organization, is a person,
    # and "He said" goes on from "Claure said" the sentence before, not from Adam Neumann.
    text = "WeWork’s founder and former CEO, Adam Neumann, indulged in self-dealing.\n" + WEWORK
    assert speaker_of(text, nlp, "WeWork needs a more efficient") == "Marcelo Claure"


def test_he_after_the_person_the_sentence_before_is_about_stays_with_them(nlp):
    # aeb/06e5123e4ef7: the negative: "Neumann had resigned … He also agreed to return" is Neumann.
    text = "WeWork’s founder and former CEO, Adam Neumann, indulged in self-dealing.\n" + WEWORK
    assert speaker_of(text, nlp, "to return the cash") == "Adam Neumann"


BLOG = (
    "Many early retirees and self-made millionaires stick to billionaire Warren Buffett's favorite "
    "investment: low-cost index funds.\n"
    "8. If you have a mortgage, consider paying it off\n"
    "Tommy — who only goes by his first name online — retired nearly 10 years ago at age 51, after a more "
    "than three-decade career in telecom. He never earned a six-figure salary, but focused on saving "
    "consistently since his 20s and living frugally with his wife and three kids, he wrote in a blog post. "
    "One of his biggest regrets? Not paying off his mortgage before retiring.\n"
    '"So much of our having a great retirement is mental. Being mortgage free certainly adds another level '
    'of mental freedom," he wrote.'
)


def test_he_after_a_person_named_by_one_word_is_that_person(nlp):
    # aeb/f81c6c05d9cb (7305 Q33): "Tommy", called "his" and "he", not Warren Buffett named before.
    assert speaker_of(BLOG, nlp, "So much of our having") == "Tommy"
    assert speaker_of(BLOG, nlp, "He never earned") == "Tommy"


def test_a_one_word_name_no_pronoun_follows_is_no_person(nlp):
    # aeb/f81c6c05d9cb: the negative: "Max out your retirement accounts" names no one.
    text = (
        "6. Max out your retirement accounts\n"
        "There's at least one common strategy present in nearly every story about financial independence "
        "and early retirement: early and frequent savings."
    )
    assert "Max" not in {entity.name for entity in quotes_only(nlp, text).entities}


FT = (
    "IMF 'cuts' German growth estimate\n\n"
    "The International Monetary Fund is to cut its 2005 growth forecast for the German economy from 1.8% "
    "to 0.8%, the Financial Times Deutschland reported.\n\n"
    "The IMF will also reduce its growth estimate for the 12-member eurozone economy from 2.2% to 1.6%, the "
    "newspaper reported. The German economy has been faltering.\n\n"
    "In September, the IMF had said that German growth for the current year would be 1.8%. The IMF has "
    "also revised eurozone forecasts, the paper said, taking into account high oil prices."
)


def test_the_newspaper_is_the_paper_named_before_not_the_body_its_report_is_about(nlp):
    # business/098.txt (7305 Q38, Q39): the FT Deutschland, never the IMF named after it.
    analysis = quotes_only(nlp, FT)
    assert speaker_by_source(analysis, "the newspaper")[0] == "Financial Times Deutschland"
    assert speaker_by_source(analysis, "the paper")[0] == "Financial Times Deutschland"


def test_the_newspaper_with_no_paper_named_is_no_other_organization(nlp):
    # business/098.txt, the paper's name left out: the IMF is no newspaper, so "the newspaper" stays
    # unnamed rather than the IMF.
    text = FT.replace("the Financial Times Deutschland reported", "reports said")
    name, _ = speaker_by_source(quotes_only(nlp, text), "the newspaper")
    assert name != "IMF"


def test_the_paper_after_a_paper_the_ner_left_out_is_that_paper(nlp):
    # business/212.txt (a tuning article): "According to the Observer … The paper said" is the Observer,
    # the paper named last, not the Financial Times named paragraphs before nor Rover.
    text = (
        "MG Rover's proposed tie-up with China's top carmaker has been delayed due to concerns by Chinese "
        "regulators, according to the Financial Times.\n\n"
        "According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could be lost if the "
        "deal goes ahead. The paper said that Chinese officials believe cutbacks will be required to keep "
        "the MG Rover's costs in line with revenues."
    )
    assert speaker_of(text, nlp, "that Chinese officials believe") == "Observer"


def test_a_one_word_name_with_an_article_is_no_person(nlp):
    # aeb/5caf91b8a442 (a tuning page): "The Chronicle says he was arrested" is the paper, not a man.
    text = (
        "The San Francisco Chronicle says police are looking into whether the victim was a good Samaritan.\n"
        "The man ran from the station. The Chronicle says he was arrested a block away after employees of a "
        "car dealership said he tried to steal a van."
    )
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, "The Chronicle") == ("San Francisco Chronicle", "organization")


CROSBY = (
    "The Times on Monday said Australian Lynton Crosby told the party leader to focus on trying to increase "
    "the Tories' Commons presence by 25 to 30 seats. But Mr Crosby said in a statement: \"I have never had "
    'any such conversation... and I do not hold that view." Mr Howard appointed Mr Crosby as his elections '
    "chief last October. Mr Crosby's statement said: \"The Conservative Party has been making an impact on "
    'the issues of lower tax and controlled immigration over the past week." It added: "The Labour Party '
    "will be wanting to do all they can to distract attention away from the issues that really matter to "
    'people."'
)


def test_it_added_after_a_persons_statement_is_that_person(nlp):
    # politics/212.txt (7305 Q64): "It" is Mr Crosby's statement, his words; not the Times named first.
    assert speaker_of(CROSBY, nlp, "The Labour Party will be") == "Lynton Crosby"


def test_it_added_after_an_organizations_words_stays_the_organization(nlp):
    # politics/212.txt, the negative: where the sentence before quotes the Times, "It added" is the Times.
    text = (
        'The Times on Monday said: "Lynton Crosby told the party leader to focus on 25 to 30 seats." It '
        'added: "The Labour Party will be wanting to do all they can to distract attention."'
    )
    assert speaker_of(text, nlp, "The Labour Party will be") == "Times"


SPAM = (
    "Anti-spam laws bite spammer hard\n\n"
    "The net's self-declared spam king is seeking bankruptcy protection.\n\n"
    "Scott Richter, the man behind OptInRealBig.com and billions of junk mail messages, said lawsuits had "
    "forced the company into Chapter 11. OptInRealBig was fighting several legal battles, most notably "
    "against Microsoft, which is pushing for millions of dollars in damages.\n\n"
    "Listed as the third biggest spammer in the world by junk mail watchdog Spamhaus, OptInRealBig was "
    "sued in December 2003 for sending mail messages that violated anti-spam laws. According to Microsoft "
    "the messages were sent via net addresses owned by several Korean schools. Microsoft is seeking "
    "millions in dollars in damages from OptInRealBig under anti-spam laws. In a statement announcing the "
    'desire to seek bankruptcy protection the company said it: "could not continue to contend with legal '
    "maneuvers (sic) by a number of companies across the country, including Microsoft, and still run a "
    'viable business."'
)


def test_the_company_whose_quote_names_the_firm_before_is_the_firm_the_story_is_about(nlp):
    # tech/390.txt (7305 Q98): OptInRealBig, the subject of the story, not Microsoft its words name.
    assert speaker_of(SPAM, nlp, "could not continue to contend") == "OptInRealBig.com"


def test_the_company_whose_quote_names_no_firm_before_stays_with_the_one_that_spoke(nlp):
    # tech/390.txt, the negative: with no firm named in its quote, "the company" goes on from Microsoft.
    text = SPAM.replace(", including Microsoft,", "")
    assert speaker_of(text, nlp, "could not continue to contend") == "Microsoft"
