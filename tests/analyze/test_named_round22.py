"""Named wrong people, round 22 (issue 30; tuning articles noticed by helpers): a "the company" main
subject after an opening phrase of time or place ("In September, the company had said") is the
organization the paragraph's main subjects stand for, not a firm named last in passing, and a description
of an organization that the NER took for a person's name stays an organization, so that a later "he" does
not take it for a man.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short; the
rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/393 (tuning).
LAURA_ASHLEY = (
    "Laura Ashley chief stepping down\n\nSince 2002, Ms Tan has been managing director and chief "
    "executive of Metrojaya, one of the largest retail groups in Malaysia. Laura Ashley, which is due "
    "to issue its next trading statement in the next few weeks, has in recent months been hit by "
    "reports of poor sales. In October last year, it announced the closure of one of its two Welsh "
    "factories. In September, the company had said that its half-year clothing sales had been "
    '"below expectations". In recent times, it has put renewed focus on home furnishings rather than '
    "clothing, but last September it reported that interim six month losses had risen from £1m to "
    "£1.2m, while sales had fallen from £138m to £118m.\n\nLaura Ashley, which floated on the London "
    "Stock Exchange for £200m ($376m) in 1995, is majority-owned by Malaysia entrepreneur Dr Khoo Kay "
    "Peng. In 1996, its share price was more than 200p. It has long been reported that Dr Khoo intends "
    "to take the company private, but he has always denied this.\n"
)


def test_the_company_after_an_opening_phrase_is_the_paragraphs_organization(nlp):
    assert speaker_by_content(LAURA_ASHLEY, nlp, "that its half-year")[0] == "Laura Ashley"


def test_a_he_after_the_company_is_not_the_organization(nlp):
    assert speaker_by_content(LAURA_ASHLEY, nlp, "this")[0] == "Khoo"


def test_the_company_after_an_opening_clause_is_left_as_before(nlp):
    # Near text: the opening is a clause ("After Metrojaya cut prices,"): no opening phrase, not the rule's.
    text = LAURA_ASHLEY.replace("In September, the company", "After Metrojaya cut prices, the company")
    assert speaker_by_content(text, nlp, "that its half-year")[0] != "Laura Ashley"


def test_the_company_after_a_person_subject_is_left_as_before(nlp):
    # Near text: the sentences before are about a person: the paragraph names no organization as subject.
    text = LAURA_ASHLEY.replace(
        "Laura Ashley, which is due to issue its next trading statement in the next few weeks, has",
        "Ms Tan, who is due to issue her next trading statement in the next few weeks, has",
    ).replace("In October last year, it announced", "In October last year, she announced")
    assert speaker_by_content(text, nlp, "that its half-year")[0] != "Laura Ashley"
