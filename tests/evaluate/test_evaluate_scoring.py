"""Scoring: PolNeAR span counts on a hand-built document, and the gold JSON against itself and perturbed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.brat import GoldAttribution, GoldDocument
from quotegraph.evaluate.gold_json import GoldArticle, load_gold_json
from quotegraph.evaluate.scoring import name_key, score_gold_json, score_polnear
from quotegraph.records import Analysis, ArticleMeta, Quote, Speaker
from tests.support.paths import SHARED

GOLD = SHARED / "examples" / "atacms-kursk.gold.json"
ARTICLE = SHARED / "examples" / "atacms-kursk.txt"

TEXT = '"We will win," she said. Officials expected that taxes rise. "No," Tom said.'


def at(fragment: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


GOLD_DOC = GoldDocument(
    "doc",
    TEXT,
    [
        GoldAttribution("E1", [at("she")], [at("said")], [at('"We will win,"')]),
        GoldAttribution("E2", [], [at("expected")], [at("that taxes rise")]),
        GoldAttribution("E3", [at("Tom")], [at("said", 1)], [at('"No,"')]),
    ],
)


def analysis(*quotes: Quote, text: str = TEXT) -> Analysis:
    return Analysis(text=text, article=ArticleMeta(), quotes=list(quotes))


def rates(report, level: str, mode: str) -> tuple[int, int, int]:
    counts = report.scores[level][mode]
    return counts.matched, counts.predicted, counts.gold


def test_polnear_counts_per_part_and_mode() -> None:
    predicted = analysis(
        Quote("direct", [at("We will win")], [at("said")], [at("she")]),  # all exact after trimming
        Quote("indirect", [at("taxes rise")], [at("expected")]),  # no source, content overlaps 2/3
        Quote("direct", [at("Officials expected")], [at("said")], [at("Tom")]),  # content elsewhere
    )
    report = score_polnear([(GOLD_DOC, predicted)])
    assert (report.documents, report.gold_attributions, report.predicted_quotes) == (1, 3, 3)
    # Sources: the source-less prediction and gold attribution are not units.
    assert rates(report, "source", "exact") == (2, 2, 2)
    # Cues: both predicted "said" are the first one; one-to-one, only one of them matches.
    assert rates(report, "cue", "exact") == (2, 3, 3)
    assert rates(report, "content", "exact") == (1, 3, 3)
    assert rates(report, "content", "overlap") == (2, 3, 3)
    # Attribution: quote 2 matches E2 (no source on either side), quote 3 has the wrong content.
    assert rates(report, "attribution", "overlap") == (2, 3, 3)
    assert rates(report, "attribution", "exact") == (1, 3, 3)
    assert report.to_dict()["scores"]["content"]["overlap"]["recall"] == pytest.approx(2 / 3)


def test_polnear_attribution_needs_the_source_too() -> None:
    predicted = analysis(Quote("direct", [at('"We will win,"')], [at("said")], [at("Tom")]))
    report = score_polnear([(GOLD_DOC, predicted)])
    assert rates(report, "content", "exact") == (1, 1, 3)
    assert rates(report, "attribution", "overlap") == (0, 1, 3)


def test_polnear_fragment_levels_ignore_grouping_and_count_each_fragment_once() -> None:
    # Two gold contents in one quote of two fragments: that content unit matches none, its fragments do;
    # the shared source "she" and the repeated "said" count once each as fragments.
    predicted = analysis(
        Quote("direct", [at("We will win"), at("that taxes rise")], [at("said")], [at("she")]),
        Quote("direct", [at('"No,"')], [at("said")], [at("she")]),
    )
    report = score_polnear([(GOLD_DOC, predicted)])
    assert rates(report, "content", "exact") == (1, 2, 3)
    assert rates(report, "content fragments", "exact") == (3, 3, 3)
    assert rates(report, "source fragments", "exact") == (1, 1, 2)
    assert rates(report, "cue fragments", "exact") == (1, 1, 3)


def test_polnear_counts_sum_over_documents() -> None:
    perfect = analysis(*(Quote("direct", a.content, a.cue, a.source) for a in GOLD_DOC.attributions))
    report = score_polnear([(GOLD_DOC, perfect), (GOLD_DOC, analysis())])
    assert rates(report, "attribution", "exact") == (3, 3, 6)
    assert report.scores["attribution"]["exact"].precision == 1.0


def test_polnear_refuses_an_analysis_of_another_text() -> None:
    with pytest.raises(GoldDataError, match="another text"):
        score_polnear([(GOLD_DOC, analysis(text=TEXT + " "))])


def test_name_key_ignores_case_spacing_and_end_punctuation() -> None:
    assert name_key("  Oleksandr   MEREZHKO, ") == "oleksandr merezhko"


needs_example = pytest.mark.skipif(not GOLD.is_file(), reason="shared example gold is not available")


def analysis_from_gold(gold: GoldArticle, text: str) -> Analysis:
    """A perfect analysis: one speaker per gold speaker, with its aliases and role, one quote per gold quote.

    Stupak's two "continued" quotes (one sentence in the text) become one quote of two fragments.
    """
    ids = {name: f"s{i}" for i, name in enumerate(gold.speakers)}
    speakers = [
        Speaker(
            ids[name], name, aliases=aliases, role=gold.people[name].role if name in gold.people else None
        )
        for name, aliases in gold.speakers.items()
    ]
    quotes = [Quote(q.kind, [q.span], speaker=ids[q.speaker]) for q in gold.quotes]  # type: ignore[arg-type]
    quotes[6].content.append(gold.quotes[7].span)
    del quotes[7]
    return Analysis(text=text, article=ArticleMeta(), quotes=quotes, speakers=speakers)


@pytest.fixture
def gold() -> GoldArticle:
    return load_gold_json(GOLD)


@pytest.fixture
def perfect(gold: GoldArticle) -> Analysis:
    return analysis_from_gold(gold, ARTICLE.read_text(encoding="utf-8"))


@needs_example
def test_gold_json_against_itself_is_perfect(gold: GoldArticle, perfect: Analysis) -> None:
    report = score_gold_json(gold, perfect)
    assert (report.required, report.required_found) == (24, 24)
    assert (report.optional, report.optional_found) == (3, 3)
    assert (report.predicted_units, report.unmatched_units, report.optional_units) == (27, 0, 3)
    assert (report.counts.precision, report.counts.recall) == (1.0, 1.0)
    # Stupak, Rice, Peskov, Bratchuk and Merezhko have several quotes, each on one predicted speaker.
    assert (report.speakers_checked, report.speakers_merged) == (5, 5)
    assert (len(report.roles), report.roles_given, report.role_word_recall) == (9, 9, 1.0)
    assert report.to_dict()["quotes"]["f1"] == 1.0


@needs_example
def test_gold_json_perturbed_scores_drop_exactly(gold: GoldArticle, perfect: Analysis) -> None:
    by_speaker = {s.name: s.id for s in perfect.speakers}
    quotes = perfect.quotes
    zelenskyy = next(q for q in quotes if q.speaker == by_speaker["Volodymyr Zelenskyy"])
    borrell = next(q for q in quotes if q.speaker == by_speaker["Josep Borrell"])
    quotes.remove(zelenskyy)  # a missing quote
    borrell.speaker = by_speaker["Dmitry Peskov"]  # a wrong speaker
    heading = perfect.text.index("It is perhaps on the diplomatic front")
    quotes.append(Quote("indirect", [(heading, heading + 60)], speaker=by_speaker["experts"]))  # unattested
    # The misspelled first mention of Merezhko resolved to a speaker of its own.
    variant = Speaker("variant", "Oleksandr Merezhkko")
    perfect.speakers.append(variant)
    first_merezhko = next(q for q in quotes if q.speaker == by_speaker["Oleksandr Merezhko"])
    first_merezhko.speaker = variant.id

    report = score_gold_json(gold, perfect)
    assert report.required_found == 22
    assert report.wrong_speaker == 1
    assert (report.predicted_units, report.unmatched_units, report.optional_units) == (27, 1, 3)
    assert report.counts.precision == pytest.approx(22 / 24)
    assert report.counts.recall == pytest.approx(22 / 24)
    merezhko = next(s for s in report.speakers if s.name == "Oleksandr Merezhko")
    assert (merezhko.found, merezhko.merged) == (5, False)
    assert (report.speakers_checked, report.speakers_merged) == (5, 4)
    missed = [q.speaker for q in report.quotes if not q.content_matched]
    assert missed == ["Volodymyr Zelenskyy"]
    # Zelenskyy still resolves by name to his speaker, so his role is still seen.
    assert report.roles_given == 9


@needs_example
def test_gold_json_roles_missing_or_partial(gold: GoldArticle, perfect: Analysis) -> None:
    roles = {"Ivan Stupak": None, "Dan Rice": "president of the American University"}
    perfect.speakers = [replace(s, role=roles.get(s.name, s.role)) for s in perfect.speakers]
    report = score_gold_json(gold, perfect)
    assert report.roles_given == 8
    rice = next(r for r in report.roles if r.name == "Dan Rice")
    # Gold: "president of the American University Kyiv; former special adviser to Gen. Valery Zaluzhnyi"
    assert rice.word_recall == pytest.approx(3 / 10)
    assert report.role_word_recall == pytest.approx((7 + 3 / 10) / 9)


@needs_example
def test_gold_offsets_that_miss_the_text_are_rejected(gold: GoldArticle, perfect: Analysis) -> None:
    perfect.text = "x" + perfect.text
    with pytest.raises(GoldDataError, match="quote 0"):
        score_gold_json(gold, perfect)


def test_polnear_report_fits_80_columns_with_every_unit_named_whole() -> None:
    import io

    from rich.console import Console

    from quotegraph.cli.render.evaluate import render
    from quotegraph.evaluate.scoring import LEVELS

    predicted = analysis(Quote("direct", [at('"We will win,"')], [at("said")], [at("she")]))
    output = io.StringIO()
    console = Console(file=output, width=80)
    for table in render(score_polnear([(GOLD_DOC, predicted)])):
        console.print(table)
    lines = output.getvalue().splitlines()
    assert "…" not in output.getvalue()
    assert all(any(line.split()[: len(level.split())] == level.split() for line in lines) for level in LEVELS)
    assert any(line.split() == ["exact", "overlap"] for line in lines)
    assert max(len(line.rstrip()) for line in lines) <= 80
