"""Speakers, round 30 (issue 30; tuning draw 7316, items Q8, Q22, Q75 and Q100): a speech clause set beside
or inside its words. "as X told me" after a quotation and "As X put it," before one credit it to X
(as_clauses.py), "one neo-bank CEO" is an unnamed person (one_described.py); an inverted "says X" after an
opening adverbial keeps X as the speaker under a learned model (interposed_cues.inverted_aside); the
subject of a contact relative clause ("the initiative BT announced") is the source (contact_relatives.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, shipped_model, speaker_by_content, speakers_of_each

# Extraction benchmark 2f42ef1d3ea0 (tuning; a column on neo-banks), cut.
AS_TOLD_ME = (
    "Better yet, they’re focused on their customers’ “financial health,” as one neo-bank CEO told me, and "
    "easing the “pain” that people feel around their money.\n"
)
# Extraction benchmark 851498a2b9f4 (tuning; on Mike Ford's novels), cut.
AS_PUT_IT = (
    "Neil Gaiman admired Mike Ford's work. As Gaiman put it, “Had he taken The Dragon Waiting and written a "
    "sequence of five books based in that world, with that power, he would’ve been George R.R. Martin.”\n"
)
PUT_NO_QUOTE = "As Gaiman put it on the table, the book was finished.\n"
# BBC politics/168 (tuning), its first paragraphs.
INVERTED_ASIDE = (
    "Murder sentences should not be reduced automatically simply because of a guilty plea, says a "
    "new MPs' report.\n\nThe influential Commons home affairs committee was responding to sentencing "
    "guidelines issued this summer. The MPs also call for tougher sentences for crimes committed "
    "under the influence of drink or drugs. They say the influence of drugs and alcohol should be "
    "introduced as an aggravating factor when judges and magistrates sentence offenders. Committee "
    'chairman John Denham said drugs of alcohol were sometimes used as an excuse.\n\n"The committee '
    "believes that these arguments should be rejected by sentencers and that being under their "
    'influence should instead be an aggravating factor." At present judges, when sentencing '
    "murderers to the mandatory life sentence, can reduce the tariff - the minimum term they must "
    "serve - if the defendant pleads guilty. But although they are spared the ordeal of a trial "
    "many murder victims' relatives are unhappy. In July this year Amanda Champion's killer, James "
    "Ford, pleaded guilty to her murder and was jailed for at least 15 years - it would have been "
    "longer had he denied the charge.\n\nAmanda's uncle, Lewis Champion, told the BBC News website "
    'Ford did not deserve any credit for his plea, saying: "Nothing at all is worth taking five '
    'years off a murder sentence." MPs criticised Home Secretary David Blunkett last year for '
    "introducing last-minute rules allowing reduced sentences for murderers who pleaded "
    "guilty.\n\nThe measures passed into law virtually unnoticed after Mr Blunkett introduced them at "
    "a late stage of the Criminal Justice Bill.\n\nAs a result, says the committee, the government "
    'may need to re-legislate to "remove ambiguity" over how murderers should be sentenced. It is '
    "also calling on the senior judge in England and Wales, Lord Woolf, to abandon draft guidelines "
    "he proposed in September to reduce sentences of murderers who plead guilty. The committee said "
    'the plans had not reflected the "public disquiet" expressed over the possibility of '
    "significantly reduced prison terms for murderers. Lord Woolf's Sentencing Guidelines Council "
    "(SGC) caused further controversy by suggesting a one third discount off sentences for early "
    "guilty pleas in all types of crime. As a result murderers who face a 15-year tariff could get "
    "five years knocked off if they give themselves up to the police.\n"
)
# BBC tech/397 (tuning), cut.
CONTACT_RELATIVE = (
    "The second initiative BT announced is an early warning system which will alert BT customers "
    "if there is unusual activity on their phone bills.\n"
)


def test_as_x_told_me_after_a_quotation_is_xs_quotation(nlp):
    assert speaker_by_content(AS_TOLD_ME, nlp, "financial health") == (
        "one neo-bank CEO",
        "anonymous",
        "speech",
    )
    assert speakers_of_each(nlp, AS_TOLD_ME, "financial health") == {"one neo-bank CEO"}


def test_the_as_clause_reports_nothing_else(nlp):
    for rows in [quote_rows(quotes_only(nlp, AS_TOLD_ME, model)) for model in (None, shipped_model(nlp))]:
        assert not any("easing" in content for content, _, _ in rows)


def test_as_x_put_it_before_a_quotation_is_xs_quotation(nlp):
    assert speaker_by_content(AS_PUT_IT, nlp, "Had he taken") == ("Neil Gaiman", "person", "speech")
    assert speakers_of_each(nlp, AS_PUT_IT, "Had he taken") == {"Neil Gaiman"}


def test_put_with_no_quotation_reports_nothing(nlp):
    assert quote_rows(quotes_only(nlp, PUT_NO_QUOTE)) == []


def test_an_inverted_aside_after_an_adverbial_is_its_subjects_statement(nlp):
    speakers = speakers_of_each(nlp, INVERTED_ASIDE, "As a result")
    assert speakers == {"Commons home affairs committee"}
    for model in (None, shipped_model(nlp)):
        rows = quote_rows(quotes_only(nlp, INVERTED_ASIDE, model))
        assert not any(content.startswith("the committee") for content, _, _ in rows)


def test_the_subject_of_a_contact_relative_is_the_source(nlp):
    model = shipped_model(nlp)
    rows = quote_rows(quotes_only(nlp, CONTACT_RELATIVE, model))
    assert [name for content, name, _ in rows if content.startswith("is an early warning")] == ["BT"]
