"""The "It" of an organization (issue 30): a sentence-opening "It said" / "It added" is whom the sentence
before is about, its subject, where that is an organization or a body, however it is named there (its
own attribution, the organization's name, an alias, a description: "The firm"); never no one, never a
thing, and not the "it" of a dummy ("it emerged").

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rule is in docs/quotes.md, "It of an
organization".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run
from tests.support.quotes import speaker_of as _speaker_of


def test_it_is_the_organization_the_sentence_before_is_about_not_the_one_quoted_before(nlp):
    # business/415: the Halifax is quoted before, but "It" follows a sentence about the ODPM
    text = (
        "UK house prices dipped slightly in November, the Office of the Deputy Prime Minister (ODPM) has "
        "said. The Halifax said that house prices increased by 1.1% in December. The UK's biggest mortgage "
        "lender said prices rose 15.1% over the whole of 2004. The ODPM attributed the monthly fall of "
        "prices in November to a drop in the value of detached houses and flats. It said annual inflation "
        "rose between October and November because prices had fallen by 1.1% in the same period in 2003. All "
        "areas saw a rise in annual house price inflation in November except for Northern Ireland, the ODPM "
        "said."
    )
    # The ODPM in full (round 8 joins a long name to its bracketed acronym: found_names.py), not the Halifax.
    assert _speaker_of(text, nlp, "annual inflation rose") == "Office of the Deputy Prime Minister"


def test_it_after_a_description_of_a_firm_is_that_firm(nlp):
    # business/123: "The firm" is Metrovias; "It said" was given to no one
    text = (
        "Metrovias, the private firm which runs the five tube lines in the city, has offered an 8% increase "
        "in wages. The firm promised no jobs would be lost as a result of new ticket machines. It said it "
        "would put this commitment on paper."
    )
    speaker = _speaker_of(text, nlp, "it would put this commitment")
    assert speaker is not None and speaker.lower() in {"metrovias", "firm"}


def test_it_after_an_unnamed_office_is_that_office(nlp):
    # business/133: the office is no person; "It added" was given to no one
    text = (
        "The prime minister's office said auditors had found \"irregularities in the career structure of "
        'certain civil servants". It added that the staff in question "appear to have received unearned '
        'salaries".'
    )
    assert _speaker_of(text, nlp, "that the staff in question") == "prime minister's office"


def test_it_after_a_company_the_ner_took_for_a_person_is_that_company(nlp):
    # business/386 and business/145: "Krispy Kreme said … It added …", "Winn-Dixie … said … It said …"
    text = (
        "Shares in Krispy Kreme sank 14.87% to close at $10.48 on the news. Krispy Kreme said the latest "
        "adjustments involved the way it accounted for the repurchase of three franchise restaurants. It "
        "added it would now be reviewing how it accounts for its leases."
    )
    assert _speaker_of(text, nlp, "it would now be reviewing") == "Krispy Kreme"


def test_it_after_a_plural_thing_or_a_dummy_it_is_not_the_subject_before(nlp):
    # business/073: a thing is no speaker; the office quoted before it is
    text = (
        "The Federal Statistics Office said growth for the whole of 2004 was 1.6%. It said growth in the "
        "third quarter had been zero."
    )
    assert _speaker_of(text, nlp, "growth in the third quarter") == "Federal Statistics Office"
    dummy = (
        "The Football Association has charged the club over the incident. It emerged on Monday that the "
        "player had been warned before."
    )
    assert all(
        name != "Football Association" or not c.startswith("the player")
        for c, name, _ in quote_rows(_run(nlp, dummy))
    )


def test_it_after_a_sentence_that_quotes_an_organization_is_that_organization(nlp):
    # politics/233: the parser makes "the department" the subject; the committee is whom it quotes
    text = (
        "But the government department responsible for implementing the change suffered from an "
        '"unusually high turnover" of staff within the department, which had "seriously interfered" with '
        "its work, said the Constitutional Affairs Select Committee. It said, despite four years of "
        "preparations, some local authorities and parts of the health sector were still not ready."
    )
    assert _speaker_of(text, nlp, "despite four years") == "Constitutional Affairs Select Committee"


def test_it_after_a_long_description_keeps_the_company_named_before(nlp):
    # business/053: "The news and financial data seller" is Reuters, no unnamed seller
    text = (
        "Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, "
        "the group said. Reuters beat profit forecasts, posting a 52% rise in profits for the year. The news "
        "and financial data seller said the year had begun well. It added it was planning to deliver a "
        "further £105m of savings over the coming year."
    )
    assert _speaker_of(text, nlp, "it was planning to deliver") == "Reuters"
