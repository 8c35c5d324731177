"""Attributions that are no one's statement, and whose a statement is (issue 30; docs/quotes.md).

A speech verb inside a condition ("if Gerrard comes out and says …") and news given out with no one named
as giving it ("after it was revealed that …") are no one's words: typed `thought`, out of a reporter's
quote list. "The statement said" speaks for whoever the article said issued it; a country that speaks is
its government, an organization. The fixtures are a sentence or two of BBC articles outside the held-out
sample of benchmarks/quote_sample.py (its tuning_paths), cut short.
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import cluster_entities
from quotegraph.analyze.speakers import resolve_speakers
from quotegraph.records import Analysis
from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def _by_source(analysis: Analysis) -> dict[str, tuple[str | None, str | None, str]]:
    """Source as written → (speaker name, speaker kind, type), for the attributions that have a source."""
    rows = {}
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        source = " … ".join(analysis.text[s:e] for s, e in quote.source)
        rows[source] = (speaker.name if speaker else None, speaker.kind if speaker else None, quote.type)
    return rows


def test_a_speech_verb_in_a_condition_is_no_ones_statement(nlp):
    # BBC sport (tuning), a reader's letter: Gerrard has said nothing; the writer poses a condition.
    text = (
        "I would keep Gerrard. No amount of money could replace his obvious love of the club and "
        "determination to succeed.\n\nThe key is if Gerrard comes out and says that he is happy. Clearly, "
        "if he isn't, then we would be foolish not to sell."
    )
    rows = quote_rows(_run(nlp, text))
    # Posed, not said: a thought with no speaker (Gerrard is whom the condition is about).
    assert [row for row in rows if "happy" in row[0]] == [("that he is happy", None, "thought")]
    assert all(kind != "speech" for _, _, kind in rows)
    # The same words said, not posed, are speech: the condition is what makes them no one's.
    said = quote_rows(_run(nlp, "Gerrard came out and said that he is happy."))
    assert [kind for content, _, kind in said if "happy" in content] == ["speech"]


def test_news_given_out_with_no_one_named_as_giving_it_has_no_speaker(nlp):
    # BBC sport and Welsh politics (tuning): a passive with no agent; nobody is said to have told it.
    for text, content in [
        (
            "Chelsea decided to act before his case was heard and sacked the striker on grounds of gross "
            "misconduct after it was revealed that he had failed a drug test.",
            "that he had failed a drug test",
        ),
        (
            "The future of the Arts Council of Wales has been in question since it was announced that most "
            "Welsh quangos would eventually be abolished.",
            "that most Welsh quangos would eventually be abolished",
        ),
    ]:
        assert [row for row in quote_rows(_run(nlp, text)) if row[0] == content] == [
            (content, None, "thought")
        ]
    # Named as its agent, the news is the agent's words.
    named = quote_rows(_run(nlp, "It was revealed by the club that he had failed a drug test."))
    assert all(kind == "speech" for _, _, kind in named)


def test_the_statement_speaks_for_whoever_the_article_said_issued_it(nlp):
    # BBC sport (tuning): the IAAF's statement, named once, then "The statement continued".
    text = (
        "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended "
        'both athletes. An IAAF statement said: "The Doping Review Board concluded that the decision is '
        'erroneous." The statement continued: "Both athletes\' cases will be refered to arbitration before '
        'the CAS."'
    )
    rows = _by_source(_run(nlp, text))
    assert rows["An IAAF statement"][:2] == ("IAAF", "organization")
    assert rows["The statement"] == rows["An IAAF statement"]


def test_a_statement_named_before_is_whose_the_statement_is(nlp):
    # BBC business (tuning): "According to a statement from Mr Spitzer's office, … a statement said".
    text = (
        "According to a statement from Mr Spitzer's office, the Marsh executive admitted he instructed "
        "insurance companies to submit non-competitive bids. Through the practice, Marsh was allowed to "
        "determine which insurers won business from clients, Mr Spitzer's office added. It also protected "
        "incumbent insurers when their business was up for renewal and helped Marsh to maximise its fees, "
        "a statement said."
    )
    rows = _by_source(_run(nlp, text))
    assert rows["a statement"][0] is not None
    assert rows["a statement"] == rows["a statement from Mr Spitzer's office"]
    assert rows["a statement"][0] != "Marsh"  # not the organization named last


def test_the_statement_after_a_spokesperson_is_the_spokespersons(nlp):
    # BBC sport (tuning): no statement named before; the spokesperson quoted just before gave it.
    text = (
        'An All England club spokesperson denied Phillips made the remark, insisting: "He definitely '
        'didn\'t say it." The statement added: "It was said by someone else and was a humorous aside at '
        'the end of a radio interview."'
    )
    rows = _by_source(_run(nlp, text))
    assert rows["The statement"][0] == rows["An All England club spokesperson"][0]
    assert rows["The statement"][0] != "Phillips"


def test_a_statement_nobody_is_said_to_have_issued_has_no_speaker(nlp):
    text = 'Shares fell 3% on Monday. "We remain confident in our plan," the statement said.'
    assert [name for _, name, _ in quote_rows(_run(nlp, text))] == [None]


def test_a_country_that_speaks_is_its_government(nlp):
    # BBC business (tuning): "The US said …" is the US government, not the pronoun "us".
    text = (
        "The US said it filed the complaint after talks failed to find a solution. Earlier this week China "
        "said that in future it will punish violators of intellectual property rights."
    )
    rows = _by_source(_run(nlp, text))
    assert rows["The US"] == ("US", "organization", "speech")
    assert rows["China"] == ("China", "organization", "speech")
    # "us" the pronoun still names nobody.
    assert [name for _, name, _ in quote_rows(_run(nlp, "Some of us said it was a mistake."))] == [None]


def test_even_if_concedes_what_was_said(nlp):
    # BBC sport (tuning): a concession, not a condition: the coach did admit it.
    text = (
        "Tait, given little opportunity to shine in attack, received praise from Robinson afterwards, even "
        'if the coach admitted Cardiff was an "unforgiving place" for the teenage prodigy.'
    )
    rows = quote_rows(_run(nlp, text))
    assert [kind for content, _, kind in rows if "Cardiff" in content] == ["speech"]


def test_a_day_is_when_a_statement_was_issued_not_by_whom(nlp):
    # BBC sport (tuning), cut short: "Wednesday's statement" is the IAAF's, quoted just before ("It added").
    text = (
        "Athletics' ruling body the IAAF said explanations from the pair and their former coach as to why "
        'they missed the tests were "unacceptable". It added that Kenteris and Thanou had been '
        '"provisionally suspended pending the resolution of their cases". Some medical staff have been '
        "charged with writing false medical reports. Wednesday's statement said the Greek Federation "
        "(SEGAS) would convene a disciplinary hearing for the trio."
    )
    rows = _by_source(_run(nlp, text))
    assert rows["Wednesday's statement"][0] not in {"Wednesday", None}
    assert rows["Wednesday's statement"] == rows["It"]


def test_the_statement_someone_issued_is_theirs(nlp):
    # BBC business (tuning): "Mr Tanzi, 66, issued a statement …"; the article goes on "Mr Tanzi's
    # statement said", here "the statement said" (the owner's name left out) so that the issuer speaks.
    text = (
        "Mr Tanzi, 66, issued a statement through his lawyer after five hours of questioning by prosecutors "
        'in Parma on 15 January. "I apologise to all who have suffered so much damage as a result of my '
        'schemes," the statement said.'
    )
    assert [name for _, name, _ in quote_rows(_run(nlp, text))] == ["Tanzi"]


def test_a_source_with_no_cue_token_resolves(nlp):
    # The learned model gives attributions whose cue is a span with no verb token (PolNeAR's nominal cues):
    # the condition test must not be asked of a missing cue (it crashed PolNeAR dev's evaluation).
    doc = nlp("Gordon Brown's concerns about the budget were plain.")
    source = doc[1]  # "Brown"
    attribution = Attribution(kind="indirect", content=[(30, 40)], cue=[(16, 24)], source_token=source)
    speakers = resolve_speakers(doc, [attribution], cluster_entities(doc))
    assert [s.name for s in speakers] == ["Gordon Brown"]
