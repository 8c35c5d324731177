"""The typed records every stage shares: read produces an Article, analyze fills an Analysis.

All offsets are Python ``str`` indices into ``Article.text`` (end exclusive). A ``Span`` is a plain
``(start, end)`` tuple so that it serialises to JSON as ``[start, end]`` with no conversion.
"""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Self, Union, get_args, get_origin, get_type_hints

from quotegraph.errors import ModelError

Span = tuple[int, int]

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group"]
# What an attribution reports (analyze/attribution_types.py, docs/quotes.md): words said or written,
# a belief or intention, or what a document, study, poll or photo shows.
AttributionType = Literal["speech", "thought", "document"]
ATTRIBUTION_TYPES: tuple[AttributionType, ...] = ("speech", "thought", "document")
# Who a speaker is, for a reader: a named person or organization, a group, a source the article does
# not name ("a senior official"), or a document ("a new report").
SpeakerKind = Literal["person", "organization", "group", "anonymous", "document"]
Granularity = Literal["day", "month", "year"]

# 3: types, kinds, role lists, ages; 4: refusals, hearsay, cleaner roles; 5: refusals as thoughts,
# clubs and firms as organizations, no organization alone as a role, no narration in content (issue 30);
# 6: documents, deeds, acronyms; 7: descriptions and ages resolved, the writer's voice and deeds typed,
# roles by their syntactic head (issue 30); 8: conditions and the writer's first person as thought,
# whose "the statement" is, he/she/they by the article's sentences, a description's appositive (issue 30);
# 12: rounds 13-15 (things that show, unsaid and decided acts, outlets, joint sources, roles' bodies);
# 13: rounds 18-20 (narration antecedents, spokespeople, passive agents, glued quotes, deeds of accounts)
# 15: rounds 27-28 (documents' named authors, signed reviews, spokespeople for, trade and kind nouns of firms)
# 16: rounds 29-31 (written names, poll owners, pairs, deeds of results, datelines, as-clauses, stage names)
# 17: rounds 32-34 (groups, coordinated passives, pleas, forecasts, signed blurbs, leads' officials, non-cues,
# 'quoted X as saying', idle cues)
ANALYSIS_VERSION = 17

# Which attributions of a learned model are kept: "quotes", those whose cue the rules' lexicon takes
# for a reporting, belief or intention word (analyze/cues.py); "all", every one (the training
# data's notion, e.g. PolNeAR's nominal cues such as "concerns about"). Both keep the rules' direct
# quotes. "model": the model's attributions alone, its spans drawn as its training data draws them.
AttributionScope = Literal["quotes", "all", "model"]
SCOPES: tuple[str, ...] = get_args(AttributionScope)


def scope_named(text: str, where: str) -> AttributionScope:
    """``text`` as an attribution scope; a ModelError naming ``where`` it came from otherwise."""
    if text not in SCOPES:
        raise ModelError(f"{where} is {text!r}, not one of {', '.join(SCOPES)}")
    return text  # type: ignore[return-value]


# The pretrained encoders a transformer attribution model starts from (train/encoders.py fetches
# them; a model's meta.json names its own): here so that the CLI lists them without importing train/.
EncoderName = Literal["minilm", "mpnet"]


class Record:
    """A record both ways: `to_dict` gives the plain dict of its JSON form, `from_dict` takes it back.

    The one place records are converted: the store rebuilds what it kept with `from_dict`, and the
    JSON output is `to_dict` dumped.
    """

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (spans become lists when dumped)."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The record `to_dict` (or its JSON, read back) describes: nested records are rebuilt, a missing
        key takes the field's default. A list may also come as JSON text and a bool as 0/1, as a database
        row keeps them. Spans stay as they come (lists, from JSON): they dump to the same JSON."""
        hints = _field_types(cls)
        if unknown := sorted(data.keys() - hints.keys()):
            raise TypeError(f"{cls.__name__} has no field {', '.join(unknown)}")
        return cls(**{name: _converted(hints[name], value) for name, value in data.items()})


@functools.cache
def _field_types(record: type) -> dict[str, Any]:
    return get_type_hints(record)


def _converted(kind: Any, value: Any) -> Any:
    """`value` (from a JSON dict) as the field type `kind` wants it."""
    origin = get_origin(kind)
    if kind is bool:
        return bool(value)
    if value is None:
        return None
    if origin in (Union, types.UnionType):  # X | None: the one type besides None
        options = [arg for arg in get_args(kind) if arg is not type(None)]
        return _converted(options[0], value) if len(options) == 1 else value
    if isinstance(kind, type) and issubclass(kind, Record):
        return kind.from_dict(value)
    if origin in (list, tuple) and isinstance(value, str):
        value = json.loads(value)
    if origin is list:
        return [_converted(get_args(kind)[0], item) for item in value]
    return value


@dataclass(frozen=True)
class LearnedAttribution:
    """A `quotegraph train` model directory chosen for analysis, and which of its findings to keep."""

    path: Path
    scope: AttributionScope = "quotes"


@dataclass
class ArticleMeta(Record):
    """What is known about an article besides its body text."""

    headline: str | None = None
    dek: str | None = None
    dateline: str | None = None
    date: str | None = None  # ISO date of publication, YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    source: str | None = None  # file path or URL
    url: str | None = None
    language: str | None = None
    encoding: str | None = None
    # Where each metadata part sits in the text (None when it is not part of the text).
    headline_span: Span | None = None
    dek_span: Span | None = None
    dateline_span: Span | None = None
    contributors_span: Span | None = None
    headings: list[Span] = field(default_factory=list)


@dataclass
class Article:
    """One article as read from a source: the exact text all offsets index, and its metadata."""

    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    notes: list[str] = field(default_factory=list)  # what reading had to guess or fix

    def paragraphs(self) -> list[Span]:
        """Non-empty lines: line breaks are hard boundaries in news text."""
        spans: list[Span] = []
        start = 0
        for line in self.text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                spans.append((start + lead, start + lead + len(stripped)))
            start += len(line)
        return spans


@dataclass
class Quote(Record):
    """One attributed statement: what was said (content), the reporting words (cue), who (source)."""

    kind: QuoteKind
    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    speaker: str | None = None  # Speaker.id
    type: AttributionType = "speech"
    tone: float | None = (
        None  # -1 (most negative) … 1 (most positive); None: no words to score (analyze/tone.py)
    )


@dataclass
class Speaker(Record):
    """A resolved source: one person, organization or group, however often and however named."""

    id: str
    name: str
    type: SpeakerType = "person"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None  # the roles joined by "; " (what older readers of the record expect)
    anonymous: bool = False
    mentions: list[Span] = field(default_factory=list)
    kind: SpeakerKind = "person"
    roles: list[str] = field(default_factory=list)  # each one noun phrase (analyze/roles.py)
    age: int | None = None  # "Smith, 58, said"


@dataclass
class Entity(Record):
    """A person, organization or group mentioned in the article, clustered over its mentions."""

    id: str
    name: str
    type: SpeakerType
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place(Record):
    """A place mentioned in the text, resolved to a gazetteer entry."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    kind: str  # city | region | country | continent | ...
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quantity(Record):
    """A number with what it counts or measures, normalized where it has a physical unit."""

    span: Span
    text: str
    value: float | None = None
    low: float | None = None  # for ranges ("1-2,000")
    high: float | None = None
    approximate: bool = False
    unit: str | None = None  # "mile", "km", "servicemen", "USD", "percent", ...
    si_value: float | None = None
    si_unit: str | None = None
    dimension: str | None = None  # "length", "time", "currency", "count", ...
    links: list[int] = field(default_factory=list)  # indices of quantities describing the same thing


@dataclass
class DateMention(Record):
    """A temporal expression resolved against the article's date."""

    span: Span
    text: str
    value: str | None  # "2024-11-17", "2024-08" or "2024"
    granularity: Granularity | None


@dataclass
class CopyWarning(Record):
    """A copy-desk warning: what looks wrong, where, and what to do about it."""

    kind: str  # name-variant | unattributed-quote | pronoun-only-speaker | unbalanced-quotes | ...
    message: str
    spans: list[Span] = field(default_factory=list)
    suggestion: str | None = None


@dataclass
class ArticleTone(Record):
    """How an article reads (analyze/tone.py): the mean tone of its sentences, -1 … 1, and the shares of
    its words the lexicon counts positive and negative (0 … 1, as GDELT counts them)."""

    score: float
    positive: float
    negative: float


@dataclass
class Event(Record):
    """Who did what to whom: one clause with an action verb (analyze/events.py, docs/events.md).

    ``actor``, ``target`` and ``place`` are ids of the article's entities or speakers (``e3``,
    ``anon:…``) or places (``place:<geonames id>``); None when the mention is no known entity, its
    ``*_name`` then being the words as written. Span lists are empty when the sentence does not say.
    """

    action: str  # the verb's lemma: "authorize"
    action_class: str  # one of events.CLASSES: "authorize", "fight", "reject", ...
    action_span: Span
    actor: str | None = None
    actor_name: str | None = None
    actor_spans: list[Span] = field(default_factory=list)
    target: str | None = None
    target_name: str | None = None
    target_spans: list[Span] = field(default_factory=list)
    place: str | None = None
    place_name: str | None = None
    place_spans: list[Span] = field(default_factory=list)
    date: str | None = None  # ISO, as in DateMention.value
    date_spans: list[Span] = field(default_factory=list)
    negated: bool = False  # "has not used"


@dataclass
class Analysis(Record):
    """Everything quotegraph found in one article."""

    text: str
    article: ArticleMeta
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    warnings: list[CopyWarning] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Which learned attribution model joined the rules, so a corpus mixing both can be told apart: its
    # directory's name and its AttributionScope ("quotes", "all" or "model"); both None with the rules alone.
    attribution_model: str | None = None
    attribution_scope: AttributionScope | None = None
    # The hash of the model directory's files (two models of one name are told apart); None as above.
    attribution_model_id: str | None = None
    tone: ArticleTone | None = None
    version: int = ANALYSIS_VERSION

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)
