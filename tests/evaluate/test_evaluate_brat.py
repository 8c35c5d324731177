"""The PolNeAR brat reader: fragments, roles, annotator choice, offset checks, real-corpus counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.brat import load_all_annotators, load_polnear, parse_ann
from quotegraph.evaluate.run import annotator_agreement
from tests.support.paths import SHARED

POLNEAR = SHARED / "eval" / "polnear"

TEXT = 'Vote tally\n"We will win," she said. "No doubt."\nIt was expected that\ntaxes rise.\n'


def at(fragment: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of fragment in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def t_line(tid: str, label: str, *fragments: str) -> str:
    spans = [at(f) for f in fragments]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{label} {offsets}\t{' '.join(TEXT[s:e] for s, e in spans)}"


ANN = "\n".join(
    [
        t_line("T1", "Content", '"We will win,"', '"No doubt."'),
        t_line("T2", "Cue", "said"),
        t_line("T3", "Source", "she"),
        t_line("T4", "Attribution", "said"),
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        t_line("T5", "Cue", "was expected"),
        t_line("T6", "Content", "that\ntaxes rise"),  # the span text crosses a line break
        t_line("T7", "Attribution-no-source", "was expected"),
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6 ",
        "#1\tAnnotatorNotes T6\tcheck this one",
        "",
    ]
)


def test_discontinuous_spans_and_attribution_without_source() -> None:
    first, second = parse_ann(ANN, TEXT)
    assert first.id == "E1"
    assert first.content == [at('"We will win,"'), at('"No doubt."')]
    assert (first.cue, first.source) == ([at("said")], [at("she")])
    assert second.source == []
    assert second.content == [at("that\ntaxes rise")]


def test_second_content_part_joins_the_content() -> None:
    ann = "\n".join([t_line("T1", "Content", '"We will win,"'), t_line("T2", "Content", '"No doubt."')])
    ann += "\n" + t_line("T3", "Cue", "said") + "\nE1\tAttribution:T3 Content:T2 Cue:T3 Content2:T1\n"
    (attribution,) = parse_ann(ann, TEXT)
    assert attribution.content == [at('"We will win,"'), at('"No doubt."')]


def test_span_text_that_disagrees_with_the_offsets_is_rejected() -> None:
    start, end = at("said")
    with pytest.raises(GoldDataError, match="differs"):
        parse_ann(f"T1\tCue {start + 1} {end + 1}\tsaid\n", TEXT)


@pytest.mark.parametrize(
    ("event", "error"),
    [("Attribution:T1 Cue:T1 Content:T9", "missing span T9"), ("Attribution:T1 CueT1", "malformed event")],
)
def test_broken_events_are_rejected(event: str, error: str) -> None:
    with pytest.raises(GoldDataError, match=error):
        parse_ann(t_line("T1", "Cue", "said") + f"\nE1\t{event}\n", TEXT)


def write_split(root: Path, files: dict[str, str], metadata: str | None) -> Path:
    split = root / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for name, content in files.items():
        folder = "text" if name.endswith(".txt") else "attributions"
        (split / folder / name).write_text(content, encoding="utf-8")
    if metadata is not None:
        (root / "metadata.tsv").write_text(metadata, encoding="utf-8")
    return split


ONE = t_line("T1", "Cue", "said") + "\nE1\tAttribution:T1 Cue:T1\n"
TWO = ONE + t_line("T2", "Cue", "was expected") + "\nE2\tAttribution-no-source:T2 Cue:T2\n"


def test_the_first_annotator_listed_in_metadata_is_used(tmp_path: Path) -> None:
    metadata = "compartment\tfilename\tannotators\ndev\tdoc_x\tbbbb|aaaa\n"
    files = {"doc_x.txt": TEXT, "doc_x_aaaa.ann": ONE, "doc_x_bbbb.ann": TWO}
    (document,) = load_polnear(write_split(tmp_path, files, metadata))
    assert (document.id, document.annotator, len(document.attributions)) == ("doc_x", "bbbb", 2)
    assert document.text == TEXT


def test_without_metadata_the_alphabetically_first_file_is_used(tmp_path: Path) -> None:
    files = {"doc_x.txt": TEXT, "doc_x_aaaa.ann": ONE, "doc_x_bbbb.ann": TWO}
    (document,) = load_polnear(write_split(tmp_path, files, None))
    assert (document.annotator, len(document.attributions)) == ("aaaa", 1)


def test_agreement_scores_every_pair_of_annotators_of_an_article(tmp_path: Path) -> None:
    files = {"doc_x.txt": TEXT, "doc_x_aaaa.ann": ANN, "doc_x_bbbb.ann": ANN, "doc_x_cccc.ann": ONE}
    files |= {"doc_y.txt": TEXT, "doc_y_aaaa.ann": ANN}  # one annotator: nothing to compare
    split = write_split(tmp_path, files, None)
    (annotations,) = load_all_annotators(split)
    assert [d.annotator for d in annotations] == ["aaaa", "bbbb", "cccc"]
    report = annotator_agreement(split)
    assert report.documents == 3  # (aaaa, bbbb), (aaaa, cccc), (bbbb, cccc)
    cue = report.scores["cue"]["exact"]
    # aaaa and bbbb agree on both cues; cccc has only "said", found in each of the others.
    assert (cue.matched, cue.predicted, cue.gold) == (2 + 1 + 1, 2 + 1 + 1, 2 + 2 + 2)
    assert report.scores["content"]["exact"].matched == 2  # cccc marked no content


def test_agreement_needs_an_article_with_two_annotators(tmp_path: Path) -> None:
    with pytest.raises(GoldDataError, match="more than one annotator"):
        annotator_agreement(write_split(tmp_path, {"doc_x.txt": TEXT, "doc_x_aaaa.ann": ANN}, None))


def test_a_brat_collection_with_text_and_annotations_side_by_side_loads(tmp_path: Path) -> None:
    (tmp_path / "doc_x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc_x.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "annotation.conf").write_text("[entities]\nSource\n", encoding="utf-8")  # brat's own
    (document,) = load_polnear(tmp_path)
    assert (document.id, document.annotator, len(document.attributions)) == ("doc_x", None, 2)


def test_a_folder_without_annotations_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "doc_x.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(GoldDataError, match="holds no brat annotations"):
        load_polnear(tmp_path)


def test_an_article_without_annotation_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldDataError, match="no attribution file for doc_y"):
        load_polnear(write_split(tmp_path, {"doc_y.txt": TEXT, "doc_x_aaaa.ann": ONE}, None))


needs_polnear = pytest.mark.skipif(not POLNEAR.is_dir(), reason="shared PolNeAR data is not available")


def count(documents: list) -> tuple[int, int]:
    attributions = [a for d in documents for a in d.attributions]
    return len(attributions), sum(bool(a.source) for a in attributions)


def count_all_annotators(split: str) -> tuple[int, int]:
    """Every .ann file of the split, all annotators included: how ABOUT.md counts."""
    attributions = []
    for ann in sorted((POLNEAR / split / "attributions").glob("*.ann")):
        doc_id = ann.stem.rpartition("_")[0]  # every PolNeAR file is <doc>_<annotator>.ann
        text = (POLNEAR / split / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        attributions += parse_ann(ann.read_text(encoding="utf-8"), text, str(ann))
    return len(attributions), sum(bool(a.source) for a in attributions)


@needs_polnear
@pytest.mark.parametrize(
    ("split", "documents", "chosen", "about"),
    [("dev", 84, (2193, 2066), (2320, 2186)), ("train", 840, (19868, 18361), (22501, 20841))],
)
def test_real_polnear_counts(split: str, documents: int, chosen: tuple, about: tuple) -> None:
    """ABOUT.md's figures count every annotator's file; one annotator per article gives fewer."""
    loaded = load_polnear(POLNEAR / split)
    assert len(loaded) == documents
    assert count(loaded) == chosen
    assert count_all_annotators(split) == about


@needs_polnear
def test_real_polnear_multi_annotator_articles_use_the_first_listed() -> None:
    loaded = {d.id: d for d in load_polnear(POLNEAR / "dev")}
    assert loaded["politico_2016-09-08_flynn-says-trump-absolutely-righ"].annotator == "4b22"
    assert loaded["wash-post_2016-09-26_charlotte-struggles-to-return-to"].annotator == "4b22"
