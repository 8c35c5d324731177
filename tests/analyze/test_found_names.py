"""Sources the parser took apart (issue 30): an organization named with common words, a person after an
organization's "'s", a coordinated group of people, and a document a place's name modifies.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Sources the
parser took apart" (analyze/found_names.py).
"""

from __future__ import annotations

from tests.support.quotes import quotes_only as _run
from tests.support.quotes import speaker_by_source as _speaker


def test_an_organization_named_with_a_verb_is_the_speaker(nlp):
    text = (
        # Made up, of the shape of a tuning article's.
        "The Feedspot site has become popular as it gives users one place to read and share the blogs they "
        "like. Ask Jeeves said it had no plans to change Feedspot but would use its archive of news stories "
        "to improve its search engine."
    )
    assert _speaker(_run(nlp, text), "Ask Jeeves") == ("Ask Jeeves", "organization")


def test_a_person_after_an_organizations_possessive_is_the_person(nlp):
    text = (
        "Campaign groups including Friends of the Earth, the World Development Movement, and War on Want "
        "said UK government policy on free trade was a major barrier to fighting poverty. War on Want's "
        "John Hilary said: \"Compassionate rhetoric cannot disguise the reality of the government's "
        'neo-liberal policies."'
    )
    analysis = _run(nlp, text)
    assert _speaker(analysis, "War on Want's John Hilary") == ("John Hilary", "person")
    # the group that includes the organizations is still the group, not one of them
    source = "Campaign groups including Friends of the Earth, the World Development Movement, and War on Want"
    assert _speaker(analysis, source) == ("Campaign groups", "anonymous")


def test_a_name_with_a_common_word_after_a_person_stays_the_persons_affiliation(nlp):
    text = (
        "Laura Brownlees of Save the Children said there were grave concerns, not least because of the "
        "well-documented trafficking of children into crime and prostitution in Albania."
    )
    assert _speaker(_run(nlp, text), "Laura Brownlees of Save the Children") == ("Laura Brownlees", "person")


def test_a_coordinated_subject_of_plural_people_is_one_anonymous_group(nlp):
    text = (
        "Mac watchers and some analysts say the Mac mini will go a long way to help Apple appeal to the "
        "mass of consumers."
    )
    assert _speaker(_run(nlp, text), "Mac watchers and some analysts") == (
        "Mac watchers and some analysts",
        "anonymous",
    )
    text = (
        "However, opposition parties and some analysts said the move was ill-timed given data showing the "
        "Australian economy grew just 0.1% in the fourth quarter."
    )
    analysis = _run(nlp, text)
    assert _speaker(analysis, "opposition parties and some analysts") == (
        "opposition parties and some analysts",
        "anonymous",
    )
    assert [s.type for s in analysis.speakers if s.name.startswith("opposition")] == ["group"]


def test_a_document_a_nation_modifies_is_the_document_not_part_of_a_name(nlp):
    text = "And a British Retail Consortium survey found that Christmas 2004 was the worst for 10 years."
    analysis = _run(nlp, text)
    assert _speaker(analysis, "a British Retail Consortium survey") == (
        "British Retail Consortium survey",
        "document",
    )


def test_a_document_an_organization_modifies_stays_the_organizations(nlp):
    text = (
        "The FAO report said that support for farmers in industrialised nations was equivalent to 30 times "
        "the amount provided as aid for agricultural development in poor countries."
    )
    assert _speaker(_run(nlp, text), "The FAO report") == ("FAO", "organization")
