"""The cue's own subject (issue 30; docs/quotes.md, "The cue's own subject"): a relative "who" is the
noun its clause hangs on, a coordinated cue shares the subject of the verb before it, a cue ending a
subordinate clause takes that clause's subject, and "according to X, Y wrote" is Y's.

Each fixture is a sentence or two of a tuning article (BBC or extraction benchmark, outside the
held-out sample of benchmarks/quote_sample.py), cut short, run by the rules and, where this checkout
ships one, by the learned model the CLI chooses by default (whose own source spans missed these).
"""

from __future__ import annotations

from quotegraph import models
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def _runs(nlp) -> list:
    """The rules alone, and the shipped model where there is one."""
    folder = models.shipped_model({})
    if folder is None:
        return [None]
    return [None, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)]


def _speaker(nlp, text: str, content_start: str, model) -> str | None:
    rows = quote_rows(_run(nlp, text, model))
    found = [name for content, name, _ in rows if content.startswith(content_start)]
    assert found, (content_start, rows)
    return found[0]


def test_a_relative_who_after_a_passive_agent_is_the_agent(nlp):
    # BBC sport/260 and politics/297 (tuning): the model's source was "who", which named no one.
    cases = [
        (
            "Bellamy's claim that Souness had lied about the background to the bust-up was strongly denied "
            'by Shepherd, who accused the striker of "cheating" the club.',
            "the striker",
            "Shepherd",
        ),
        (
            "That charge was denied by Mr Mandelson, who said the Tories were afraid of Mr Campbell's "
            "campaigning skills.",
            "the Tories",
            "Mandelson",
        ),
    ]
    for model in _runs(nlp):
        for text, content, speaker in cases:
            assert _speaker(nlp, text, content, model) == speaker, (model, text)


def test_a_cue_coordinated_with_the_verb_before_shares_its_subject(nlp):
    # BBC sport/413 (its opening) and business/103 (tuning): "X is …, but said …"; the model found no
    # source in the first.
    cases = [
        (
            "Llewellyn plans Wales retirement\n\nWales record cap holder Gareth Llewellyn will retire from "
            "Test rugby at the end of the Six Nations.\n\nThe veteran lock, who is 36 at the end of "
            "February, told BBC Wales Scrum V that it is time for him to bring down the curtain on his "
            "92-cap Wales career. Llewellyn is on a one-season deal with French club side Narbonne, but said "
            "he may consider retiring from all rugby.",
            "he may consider",
            "Gareth Llewellyn",
        ),
        (
            "Marsh did not say when the move would take place, but said it had signed a letter of intent.",
            "it had signed",
            "Marsh",
        ),
    ]
    for model in _runs(nlp):
        for text, content, speaker in cases:
            assert _speaker(nlp, text, content, model) == speaker, (model, text)


def test_a_cue_ending_a_subordinate_clause_takes_that_clauses_subject(nlp):
    # BBC politics/052 (tuning): the parser coordinates "admitted" with "is"; the admission is Khan's.
    text = (
        "And he is also worried about Pakistan after one of its top nuclear scientists, Abdul Qadeer Khan, "
        "admitted leaking nuclear secrets."
    )
    for model in _runs(nlp):
        assert _speaker(nlp, text, "leaking nuclear secrets", model) == "Abdul Qadeer Khan", model


def test_according_to_a_relay_the_cues_own_subject_speaks(nlp):
    # Extraction benchmark (tuning page ea25dd7edff4): NPR's Feng relays what the doctor wrote.
    text = (
        "The first two illnesses were confirmed on November 12. But according to NPR’s Feng, Li Jifeng, a "
        "doctor at Chaoyang Hospital where the patients were treated, wrote in a blog post that the couple "
        "had been transported to the facility on November 3."
    )
    for model in _runs(nlp):
        rows = quote_rows(_run(nlp, text, model))
        assert [name for content, name, _ in rows if "the couple" in content] == ["Li Jifeng"], (model, rows)


def test_according_to_with_no_other_cue_keeps_its_source(nlp):
    # BBC business/434 and business/007 (tuning): no cue of its own beside "according to"; "added … jobs"
    # is a deed, not a cue that speaks.
    cases = [
        (
            "Donor nations have promised to give $717m (£379m) in disaster relief over the next six months, "
            "according to the United Nations.",
            "Donor nations",
            "United Nations",
        ),
        (
            "According to Labor Department figures, US firms added only 146,000 jobs in December.",
            "US firms",
            "Labor Department",
        ),
    ]
    for text, content, speaker in cases:
        assert _speaker(nlp, text, content, None) == speaker, text


def test_a_relative_the_parser_hung_further_back_names_no_one(nlp):
    # BBC politics/332 (tuning): the parser hangs "who" on "misjudgement", past "by the Conservatives".
    cases = [
        (
            'The posters were labelled a "big misjudgement" by the Conservatives who said Labour\'s "first '
            'shot in the election has badly backfired".',
            "Labour",
            "misjudgement",
        ),
    ]
    for model in _runs(nlp):
        for text, content, wrong in cases:
            rows = quote_rows(_run(nlp, text, model))
            names = [name or "" for found, name, _ in rows if content in found]
            assert not any(wrong in name for name in names), (model, rows)


def test_a_written_account_or_a_surveys_count_keeps_its_according_to(nlp):
    # BBC business/401 and tech/389 (tuning): the statement's account; the research's count.
    cases = [
        (
            "According to a statement from Mr Spitzer's office, the Marsh executive admitted he instructed "
            "insurance companies to submit non-competitive bids.",
            "Spitzer",
        ),
        (
            "According to Continental Research, 29% of the people it questioned said they were technophobes "
            "that tended to shy away from innovation.",
            "Continental Research",
        ),
    ]
    for text, speaker in cases:
        rows = quote_rows(_run(nlp, text))
        assert any(name and speaker in name for _, name, _ in rows), rows
