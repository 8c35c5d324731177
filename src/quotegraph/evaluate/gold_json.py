"""Reading a hand-made gold JSON article (the format of ``examples/*.gold.json``).

The file names its article text (``article``), maps each canonical speaker name to its aliases
(``speakers``), and lists ``quotes`` (speaker by canonical name, cue as a bare word, the content's
``text`` with ``start``/``end`` offsets, ``required``, ``anonymous``) and ``people`` with aliases and
roles. ``places``, ``quantities``, ``dates`` and ``checks`` are kept as read: ``evaluate.facts``
validates and scores them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotegraph.errors import GoldDataError
from quotegraph.records import Span

_QUOTE_KEYS = {"kind": str, "speaker": str, "cue": str, "text": str, "start": int, "end": int}


@dataclass
class GoldQuote:
    """One gold quote: the reported content's offsets, its speaker's canonical name and cue word."""

    kind: str
    speaker: str
    cue: str
    text: str
    start: int
    end: int
    required: bool = True
    anonymous: bool = False

    @property
    def span(self) -> Span:
        return self.start, self.end


@dataclass
class GoldPerson:
    """A person the article names, with every written form of the name and the role it gives."""

    aliases: list[str]
    role: str | None = None


@dataclass
class GoldArticle:
    """A gold JSON file, validated; offsets are checked against the text when scoring."""

    path: Path
    article: str | None
    meta: dict[str, Any]
    speakers: dict[str, list[str]]
    quotes: list[GoldQuote]
    people: dict[str, GoldPerson]
    places: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    dates: dict[str, Any] = field(default_factory=dict)
    checks: list[Any] = field(default_factory=list)

    def names(self, canonical: str) -> set[str]:
        """Every written form of a speaker: canonical name, speaker aliases and person aliases."""
        person = self.people.get(canonical)
        return {canonical, *self.speakers.get(canonical, []), *(person.aliases if person else [])}

    @property
    def published(self) -> str | None:
        """The publication date (YYYY-MM-DD) relative dates resolve against: ``meta``'s, else ``dates``'."""
        return self.meta.get("published") or self.dates.get("published")

    def check_offsets(self, text: str) -> None:
        """Fail unless every quote's ``text`` is exactly ``text[start:end]``."""
        for index, quote in enumerate(self.quotes):
            if not 0 <= quote.start <= quote.end <= len(text) or text[quote.start : quote.end] != quote.text:
                raise GoldDataError(
                    f"{self.path}: quote {index} ({quote.text[:40]!r}) is not at {quote.start}-{quote.end} "
                    f"of the article text"
                )


def load_gold_json(path: Path) -> GoldArticle:
    """Read and validate a gold JSON file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldDataError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise GoldDataError(f"{path}: a gold file is a JSON object with a 'quotes' list")
    speakers = _speakers(path, data.get("speakers", {}))
    quotes = [_quote(path, index, item) for index, item in enumerate(data["quotes"])]
    for index, quote in enumerate(quotes):
        if quote.speaker not in speakers:
            raise GoldDataError(
                f"{path}: quote {index} names speaker {quote.speaker!r} missing from 'speakers'"
            )
    return GoldArticle(
        path=path,
        article=data.get("article"),
        meta=data.get("meta", {}),
        speakers=speakers,
        quotes=quotes,
        people=_people(path, data.get("people", {})),
        places=data.get("places", []),
        quantities=data.get("quantities", []),
        dates=data.get("dates", {}),
        checks=data.get("checks", []),
    )


def _speakers(path: Path, raw: Any) -> dict[str, list[str]]:
    if not isinstance(raw, dict) or not all(
        isinstance(aliases, list) and all(isinstance(a, str) for a in aliases) for aliases in raw.values()
    ):
        raise GoldDataError(f"{path}: 'speakers' maps each canonical name to a list of aliases")
    return raw


def _quote(path: Path, index: int, item: Any) -> GoldQuote:
    if not isinstance(item, dict):
        raise GoldDataError(f"{path}: quote {index} is not an object")
    for key, kind in _QUOTE_KEYS.items():
        if not isinstance(item.get(key), kind) or isinstance(item.get(key), bool):
            raise GoldDataError(f"{path}: quote {index} needs {key!r} as {kind.__name__}")
    if item["start"] > item["end"]:
        raise GoldDataError(f"{path}: quote {index} starts after it ends")
    return GoldQuote(
        **{key: item[key] for key in _QUOTE_KEYS},
        required=bool(item.get("required", True)),
        anonymous=bool(item.get("anonymous", False)),
    )


def _people(path: Path, raw: Any) -> dict[str, GoldPerson]:
    if not isinstance(raw, dict) or not all(isinstance(p, dict) for p in raw.values()):
        raise GoldDataError(f"{path}: 'people' maps each name to an object with 'aliases' and 'role'")
    return {name: GoldPerson(list(p.get("aliases", [name])), p.get("role")) for name, p in raw.items()}
