"""An Analysis as table rows: plain dicts of column → value, lists and spans as JSON text."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import UTC, datetime
from typing import Any

from quotegraph.analyze.person_merge import normalize_name
from quotegraph.records import (
    Analysis,
    CopyWarning,
    DateMention,
    Entity,
    Event,
    Place,
    Quantity,
    Record,
    Span,
    Speaker,
)

Row = dict[str, Any]

# The Analysis lists stored as they are, one row per record, each in the table of its name.
DETAIL_RECORDS: dict[str, type[Record]] = {
    "entities": Entity,
    "places": Place,
    "quantities": Quantity,
    "dates": DateMention,
    "warnings": CopyWarning,
    "events": Event,
}
DETAIL_TABLES = tuple(DETAIL_RECORDS)
# Key prefix of the speakers linked across articles by name (the others are keyed by article).
LINKED = "name:"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def article_row(analysis: Analysis, source_key: str, content_hash: str, url: str | None) -> Row:
    meta = analysis.article
    return {
        "content_hash": content_hash,
        "url": url,
        "source_key": source_key,
        "source": meta.source,
        "headline": meta.headline,
        "dek": meta.dek,
        "dateline": meta.dateline,
        "date": meta.date,
        "authors": to_json(meta.authors),
        "language": meta.language,
        "encoding": meta.encoding,
        "meta": to_json(asdict(meta)),
        "notes": to_json(analysis.notes),
        "text": analysis.text,
        "analysis_version": analysis.version,
        "attribution_model": analysis.attribution_model,
        "attribution_scope": analysis.attribution_scope,
        "attribution_model_id": analysis.attribution_model_id,
        "tone": analysis.tone.score if analysis.tone else None,
        "tone_positive": analysis.tone.positive if analysis.tone else None,
        "tone_negative": analysis.tone.negative if analysis.tone else None,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def speaker_key(speaker: Speaker, content_hash: str) -> str:
    """The identity of a speaker across articles.

    A person or organization with a proper name is the same speaker wherever its canonical name is.
    Anonymous sources ("a senior official"), groups ("residents") and organizations described by a
    common noun ("the company", "a report") are only themselves in their own article.
    """
    norm = normalize_name(speaker.name)
    proper = any(c.isupper() for c in speaker.name)
    if speaker.anonymous or speaker.type == "group" or not proper or not norm:
        return f"article:{content_hash}:{speaker.id}"
    return f"{LINKED}{norm}"


def speaker_row(speaker: Speaker, content_hash: str) -> Row:
    return {
        "key": speaker_key(speaker, content_hash),
        "name": speaker.name,
        "norm": normalize_name(speaker.name),
        "type": speaker.type,
        "anonymous": speaker.anonymous,
    }


def article_speaker_row(speaker: Speaker, article_id: int, speaker_id: int) -> Row:
    return {
        "article_id": article_id,
        "speaker_id": speaker_id,
        "local_id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "kind": speaker.kind,
        "roles": to_json(speaker.roles),
        "age": speaker.age,
        "aliases": to_json(speaker.aliases),
        "mentions": to_json(speaker.mentions),
    }


def quote_rows(analysis: Analysis, article_id: int, speaker_ids: dict[str, int]) -> list[Row]:
    return [
        {
            "article_id": article_id,
            "seq": seq,
            "kind": quote.kind,
            "type": quote.type,
            "text": _joined(analysis.text, quote.content),
            "cue": _joined(analysis.text, quote.cue),
            "source": _joined(analysis.text, quote.source),
            "speaker_id": speaker_ids.get(quote.speaker) if quote.speaker else None,
            "content_spans": to_json(quote.content),
            "cue_spans": to_json(quote.cue),
            "source_spans": to_json(quote.source),
            "tone": quote.tone,
        }
        for seq, quote in enumerate(analysis.quotes)
    ]


def detail_rows(analysis: Analysis, table: str, article_id: int) -> list[Row]:
    """Rows of one of DETAIL_TABLES: the record's fields, lists as JSON, the record id as local_id."""
    rows = []
    for seq, record in enumerate(getattr(analysis, table)):
        fields = asdict(record)
        if "id" in fields:
            fields["local_id"] = fields.pop("id")
        row = {"article_id": article_id, "seq": seq}
        row |= {k: to_json(v) if isinstance(v, list | tuple) else v for k, v in fields.items()}
        rows.append(row)
    return rows


def detail_record(table: str, row: Row) -> Record:
    """A row of one of DETAIL_TABLES back as its record (the inverse of detail_rows)."""
    record = DETAIL_RECORDS[table]
    return record.from_dict({f.name: row["local_id" if f.name == "id" else f.name] for f in fields(record)})


def _joined(text: str, spans: list[Span]) -> str:
    # The parts of a quote split by its attribution, as one searchable text.
    return " … ".join(text[start:end] for start, end in spans)
