"""Reading PolNeAR gold attributions from brat standoff files.

A split directory holds ``text/<doc>.txt`` and ``attributions/<doc>.ann`` or, for articles several
people annotated, ``attributions/<doc>_<annotator>.ann``; or, as brat itself keeps a collection, both
side by side (``<doc>.txt`` and ``<doc>.ann`` in one folder). Evaluation must be repeatable, so one file
is fixed per article: the first annotator listed for it in ``metadata.tsv`` that has a file, else the
alphabetically first file.

Every ``T`` line repeats the text of its span; the loader checks it against the ``.txt`` so that a
wrong offset convention (bytes vs. characters, a stripped BOM, CRLF) fails loudly instead of silently
shifting every span.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from quotegraph.errors import GoldDataError
from quotegraph.records import Span

# Roles of an ``E`` line that carry spans; ``Content2`` is a rare second content part.
_ROLE_FIELDS = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}
_ANCHOR_ROLES = {"Attribution", "Attribution-no-source"}
# A new annotation line starts with an id and a tab; anything else continues the previous T line's
# text, because brat writes a span's text verbatim, line breaks included.
_ANNOTATION_LINE = re.compile(r"^[TERAMN#*]\d*\t")


@dataclass
class GoldAttribution:
    """One gold attribution: who (source), the reporting words (cue), what (content).

    Each part is a sorted list of fragments; ``source`` is empty for ``Attribution-no-source``.
    """

    id: str
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)


@dataclass
class GoldDocument:
    """One article's text and the attributions of the one annotator chosen for it."""

    id: str
    text: str
    attributions: list[GoldAttribution]
    annotator: str | None = None


def load_polnear(split_dir: Path, metadata: Path | None = None) -> list[GoldDocument]:
    """Load every article of a split (``train/`` or ``dev/``), sorted by document id.

    ``metadata`` defaults to ``metadata.tsv`` next to the split directory when that file exists.
    """
    split_dir = Path(split_dir)
    if metadata is None and (split_dir.parent / "metadata.tsv").is_file():
        metadata = split_dir.parent / "metadata.tsv"
    annotators = read_annotators(metadata) if metadata is not None else {}
    documents = []
    for text_path, candidates in _articles(split_dir):
        annotator, ann_path = choose_annotation(candidates, annotators.get(text_path.stem, []))
        documents.append(_document(text_path, annotator, ann_path))
    return documents


def load_all_annotators(split_dir: Path) -> list[list[GoldDocument]]:
    """For each article of the split that several annotators annotated, one document per annotator
    (sorted by annotator): what inter-annotator agreement is measured on."""
    by_article = []
    for text_path, candidates in _articles(Path(split_dir)):
        named = sorted((annotator, path) for annotator, path in candidates.items() if annotator is not None)
        if len(named) > 1:
            by_article.append([_document(text_path, annotator, path) for annotator, path in named])
    return by_article


def _articles(split_dir: Path) -> list[tuple[Path, dict[str | None, Path]]]:
    """Each text of the split with its .ann files by annotator."""
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        text_dir = ann_dir = split_dir  # a brat collection: .txt and .ann side by side
    if not split_dir.is_dir() or not any(ann_dir.glob("*.ann")):
        raise GoldDataError(
            f"{split_dir} holds no brat annotations: it needs text/ and attributions/ (PolNeAR's layout) "
            "or .txt and .ann files side by side"
        )
    ann_files = _ann_files_by_doc(ann_dir)
    articles = []
    for text_path in sorted(text_dir.glob("*.txt")):
        candidates = ann_files.get(text_path.stem)
        if not candidates:
            raise GoldDataError(f"no attribution file for {text_path.stem} in {ann_dir}")
        articles.append((text_path, candidates))
    if not articles:
        raise GoldDataError(f"no .txt files in {text_dir}")
    return articles


def _document(text_path: Path, annotator: str | None, ann_path: Path) -> GoldDocument:
    text = read_text(text_path)
    attributions = parse_ann(ann_path.read_text(encoding="utf-8"), text, source=str(ann_path))
    return GoldDocument(text_path.stem, text, attributions, annotator)


def read_text(path: Path) -> str:
    """The article text exactly as brat indexed it: UTF-8, line endings and any U+FEFF kept."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise GoldDataError(f"{path} is not UTF-8: {exc}") from exc


def read_annotators(metadata: Path) -> dict[str, list[str]]:
    """Map each document id to its annotators, in the order metadata.tsv lists them."""
    try:
        with Path(metadata).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise GoldDataError(f"cannot read PolNeAR metadata {metadata}: {exc}") from exc
    if rows and not {"filename", "annotators"} <= rows[0].keys():
        raise GoldDataError(f"{metadata} lacks the 'filename' and 'annotators' columns")
    return {row["filename"]: [a for a in row["annotators"].split("|") if a] for row in rows}


def _ann_files_by_doc(ann_dir: Path) -> dict[str, dict[str | None, Path]]:
    """Group .ann files by document: ``<doc>.ann`` has no annotator, ``<doc>_<annotator>.ann`` one.

    Document ids contain underscores themselves, so each file is recorded under both readings (whole
    stem; stem up to its last underscore plus annotator); only readings naming a real .txt are used.
    """
    grouped: dict[str, dict[str | None, Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        grouped.setdefault(path.stem, {})[None] = path
        doc_id, sep, annotator = path.stem.rpartition("_")
        if sep:
            grouped.setdefault(doc_id, {})[annotator] = path
    return grouped


def choose_annotation(candidates: dict[str | None, Path], listed: list[str]) -> tuple[str | None, Path]:
    """Pick the first listed annotator with a file; else the file without annotator, else by name."""
    for annotator in listed:
        if annotator in candidates:
            return annotator, candidates[annotator]
    if None in candidates:
        return None, candidates[None]
    annotator = min(candidates, key=lambda a: candidates[a].name)
    return annotator, candidates[annotator]


def parse_ann(ann: str, text: str, source: str = "<ann>") -> list[GoldAttribution]:
    """Parse brat standoff into attributions, checking every span's text against ``text``."""
    spans: dict[str, list[Span]] = {}
    attributions = []
    for number, line, span_text in _annotation_lines(ann, source):
        fields = line.split("\t")
        where = f"{source}:{number}"
        if line.startswith("T"):
            spans[fields[0]] = _parse_fragments(fields, span_text, text, where)
        elif line.startswith("E"):
            attributions.append(_parse_event(fields, where))
    return [_resolve(event, spans, source) for event in attributions]


def _annotation_lines(ann: str, source: str) -> list[tuple[int, str, str | None]]:
    """Each annotation line with its line number and, for T lines, the full span text.

    Blank lines and lines without an id continue the previous T line's text (a span crossing a
    line break); they are rejoined with ``\\n`` so the text can be checked.
    """
    lines: list[tuple[int, str, str | None]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        if _ANNOTATION_LINE.match(line):
            fields = line.split("\t")
            lines.append((number, line, fields[2] if line.startswith("T") and len(fields) > 2 else None))
        elif lines and lines[-1][2] is not None:
            prev_number, prev_line, prev_text = lines[-1]
            lines[-1] = (prev_number, prev_line, f"{prev_text}\n{line}")
        elif line.strip():
            raise GoldDataError(f"{source}:{number}: unreadable line {line[:60]!r}")
    return lines


def _parse_fragments(fields: list[str], span_text: str | None, text: str, where: str) -> list[Span]:
    """Offsets of a T line (``Type s e;s e``), verified against the text the line repeats."""
    try:
        _label, offsets = fields[1].split(" ", 1)
        fragments = [_span(part) for part in offsets.split(";")]
    except (IndexError, ValueError) as exc:
        raise GoldDataError(f"{where}: malformed span line {fields!r}") from exc
    for start, end in fragments:
        if not 0 <= start <= end <= len(text):
            raise GoldDataError(f"{where}: span {start}-{end} is outside the text ({len(text)} chars)")
    expected = " ".join(text[start:end] for start, end in fragments)
    if span_text is not None and span_text.rstrip("\n") != expected.rstrip("\n"):
        raise GoldDataError(f"{where}: span text {span_text[:40]!r} differs from the text {expected[:40]!r}")
    return sorted(fragments)


def _span(part: str) -> Span:
    start, end = part.split()
    return int(start), int(end)


def _parse_event(fields: list[str], where: str) -> tuple[str, list[tuple[str, str]]]:
    """An E line as its id and (role, T id) pairs."""
    if len(fields) < 2:
        raise GoldDataError(f"{where}: malformed event line {fields!r}")
    roles = []
    for argument in fields[1].split():
        role, colon, ref = argument.partition(":")
        if not (colon and role and ref):
            raise GoldDataError(f"{where}: malformed event argument {argument!r}")
        roles.append((role, ref))
    return fields[0], roles


def _resolve(
    event: tuple[str, list[tuple[str, str]]], spans: dict[str, list[Span]], source: str
) -> GoldAttribution:
    """Turn an E line's references into fragments; the anchor role only repeats the cue."""
    event_id, roles = event
    attribution = GoldAttribution(event_id)
    for role, ref in roles:
        if role in _ANCHOR_ROLES:
            continue
        if role not in _ROLE_FIELDS:
            raise GoldDataError(f"{source}: {event_id} has unknown role {role!r}")
        if ref not in spans:
            raise GoldDataError(f"{source}: {event_id} refers to missing span {ref}")
        getattr(attribution, _ROLE_FIELDS[role]).extend(spans[ref])
    for part in ("source", "cue", "content"):
        getattr(attribution, part).sort()
    return attribution
