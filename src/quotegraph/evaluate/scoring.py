"""Scoring an ``Analysis`` against gold: PolNeAR span metrics, and the gold-JSON quote report.

PolNeAR (``score_polnear``). Per document, and separately for source, cue and content, the gold units
are the attributions' non-empty parts and the predicted units the quotes' non-empty parts, so a quote
without a source is no predicted source and an ``Attribution-no-source`` no gold source. Each part is
matched one-to-one, exactly and by token overlap (see ``metrics``). The *attribution* level pairs a
gold attribution having content with a predicted quote having content: they match when the contents
match and the sources match (or both have none); the pair's score is the sum of the two scores.
The *fragment* levels drop the grouping: every distinct contiguous fragment of a source, cue or
content (trimmed as exact matching trims) is a unit of its own, as a span tagger is scored; a content
split around its cue counts as two, and linking a fragment to the wrong cue costs nothing there.

Gold JSON (``score_gold_json``). Gold splits ``"A," he said. "B"`` into two quotes, so each predicted
quote is exploded into one unit per content fragment, carrying its quote's speaker. A unit and a gold
quote are eligible when their token overlap reaches the threshold; matching is one-to-one, best
overlap first, a right speaker breaking ties. A quote is *found* when matched with the right speaker:
the predicted speaker's name or an alias, or the quote's source text, equals (case-insensitive, ends
trimmed) the gold speaker's canonical name or one of its aliases. Optional gold quotes count neither
way: finding one is reported separately, and a unit matched to one is not a false positive. A
predicted *quote* matches nothing when none of its fragments is matched to a gold quote. Precision
is required quotes found over predicted units not matched to an optional quote; recall is required
quotes found over required quotes.

Speakers: a gold speaker with at least two quotes found is *merged* when all of them land on one
predicted speaker (this is where name variants such as Merezhkko/Merezhko show). Roles: for each gold
person who speaks, the predicted speaker is the one most of their found quotes land on, else one whose
name or alias is among the person's; the role is *given* when that speaker has a non-empty role, and
*role word recall* is the share of the gold role's content words present in the predicted role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from quotegraph.errors import GoldDataError
from quotegraph.evaluate.brat import GoldAttribution, GoldDocument
from quotegraph.evaluate.gold_json import GoldArticle
from quotegraph.evaluate.metrics import (
    OVERLAP_THRESHOLD,
    Counts,
    exact_match,
    greedy_match,
    normalize,
    token_overlap,
)
from quotegraph.evaluate.name_match import mean_word_recall, name_key, role_word_recall
from quotegraph.records import Analysis, Quote, Span

if TYPE_CHECKING:
    from quotegraph.evaluate.facts import FactsReport

PARTS = ("source", "cue", "content")
# Each distinct contiguous fragment of a part as a unit of its own, however the fragments group into
# attributions: the span-level measure of sequence taggers (CofeNet, COLING 2022, scores PolNeAR so).
FRAGMENT_LEVELS = tuple(f"{part} fragments" for part in PARTS)
LEVELS = (*PARTS, "attribution", *FRAGMENT_LEVELS)
MODES = ("exact", "overlap")

UnitScore = Callable[[str, Sequence[Span], Sequence[Span]], float | None]


def _exact_score(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> float | None:
    return 1.0 if exact_match(text, gold, predicted) else None


def _overlap_score(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> float | None:
    overlap = token_overlap(text, gold, predicted)
    return overlap if overlap >= OVERLAP_THRESHOLD else None


SCORERS: dict[str, UnitScore] = {"exact": _exact_score, "overlap": _overlap_score}


def _intersects(a: Sequence[Span], b: Sequence[Span]) -> bool:
    """Cheap pre-check: units sharing no character can match neither exactly nor by overlap."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


# --- PolNeAR -------------------------------------------------------------------------------------


@dataclass
class SpanReport:
    """Micro-averaged span scores over a set of documents: ``scores[level][mode]``."""

    documents: int = 0
    gold_attributions: int = 0
    predicted_quotes: int = 0
    scores: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {level: {mode: Counts() for mode in MODES} for level in LEVELS}
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_attributions": self.gold_attributions,
            "predicted_quotes": self.predicted_quotes,
            "scores": {
                level: {mode: counts.to_dict() for mode, counts in modes.items()}
                for level, modes in self.scores.items()
            },
        }


def score_polnear(pairs: Iterable[tuple[GoldDocument, Analysis]]) -> SpanReport:
    """Score each document's predicted quotes against its gold attributions, summing the counts."""
    report = SpanReport()
    for gold, analysis in pairs:
        if analysis.text != gold.text:
            raise GoldDataError(f"the analysis of {gold.id} has another text than the gold: offsets differ")
        report.documents += 1
        report.gold_attributions += len(gold.attributions)
        report.predicted_quotes += len(analysis.quotes)
        for part, fragment_level in zip(PARTS, FRAGMENT_LEVELS, strict=True):
            gold_units = [getattr(a, part) for a in gold.attributions if getattr(a, part)]
            predicted_units = [getattr(q, part) for q in analysis.quotes if getattr(q, part)]
            _score_units(report, part, gold.text, gold_units, predicted_units)
            _score_units(
                report,
                fragment_level,
                gold.text,
                _fragments(gold.text, gold_units),
                _fragments(gold.text, predicted_units),
            )
        gold_attributions = [a for a in gold.attributions if a.content]
        quotes = [q for q in analysis.quotes if q.content]
        for mode, scorer in SCORERS.items():
            matched = _match_attributions(gold.text, gold_attributions, quotes, scorer)
            report.scores["attribution"][mode].add(len(matched), len(quotes), len(gold_attributions))
    return report


def _score_units(
    report: SpanReport,
    level: str,
    text: str,
    gold: Sequence[Sequence[Span]],
    predicted: Sequence[Sequence[Span]],
) -> None:
    for mode, scorer in SCORERS.items():
        matched = _match_units(text, gold, predicted, scorer)
        report.scores[level][mode].add(len(matched), len(predicted), len(gold))


def _fragments(text: str, units: Iterable[Sequence[Span]]) -> list[tuple[Span]]:
    """Every distinct fragment of the units, trimmed as exact matching trims, as one-fragment units."""
    distinct = {
        trimmed: None for unit in units for fragment in unit for trimmed in normalize(text, [fragment])
    }
    return [(fragment,) for fragment in distinct]


def _match_units(
    text: str, gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]], scorer: UnitScore
) -> list[tuple[int, int]]:
    candidates = {}
    for g, gold_unit in enumerate(gold):
        for p, predicted_unit in enumerate(predicted):
            if _intersects(gold_unit, predicted_unit):
                score = scorer(text, gold_unit, predicted_unit)
                if score is not None:
                    candidates[g, p] = score
    return greedy_match(candidates)


def _match_attributions(
    text: str, gold: Sequence[GoldAttribution], quotes: Sequence[Quote], scorer: UnitScore
) -> list[tuple[int, int]]:
    candidates = {}
    for g, attribution in enumerate(gold):
        for p, quote in enumerate(quotes):
            score = _attribution_score(text, attribution, quote, scorer)
            if score is not None:
                candidates[g, p] = score
    return greedy_match(candidates)


def _attribution_score(text: str, gold: GoldAttribution, quote: Quote, scorer: UnitScore) -> float | None:
    """Content score plus source score; a missing source on both sides scores as a perfect match."""
    if not _intersects(gold.content, quote.content):
        return None
    content = scorer(text, gold.content, quote.content)
    if content is None:
        return None
    if not gold.source and not quote.source:
        return content + 1.0
    if not (gold.source and quote.source and _intersects(gold.source, quote.source)):
        return None
    source = scorer(text, gold.source, quote.source)
    return None if source is None else content + source


# --- gold JSON -----------------------------------------------------------------------------------


@dataclass
class QuoteResult:
    """What became of one gold quote."""

    index: int
    speaker: str
    text: str
    required: bool
    found: bool = False  # matched with the right speaker
    content_matched: bool = False  # matched, right speaker or not
    overlap: float = 0.0
    predicted_speaker: str | None = None  # Speaker.id of the matched unit
    predicted_name: str | None = None  # its name, or the source text when it has no speaker


@dataclass
class SpeakerResult:
    """Whether one gold speaker's found quotes land on a single predicted speaker."""

    name: str
    quotes: int
    found: int
    predicted_speakers: list[str | None]

    @property
    def merged(self) -> bool:
        return len(self.predicted_speakers) == 1 and self.predicted_speakers[0] is not None


@dataclass
class RoleResult:
    """A speaking gold person's role against the role of the predicted speaker matched to them."""

    name: str
    gold_role: str | None
    predicted_speaker: str | None
    predicted_role: str | None
    word_recall: float | None  # None when the gold role has no content word

    @property
    def given(self) -> bool:
        return bool(self.predicted_role and self.predicted_role.strip())


@dataclass
class GoldJsonReport:
    """Quotes, speakers and roles of one article against its gold JSON."""

    quotes: list[QuoteResult]
    predicted_units: int
    unmatched_units: int  # predicted units matching no gold quote
    predicted_quotes: int
    unmatched_quotes: int  # predicted quotes none of whose fragments matches a gold quote
    optional_units: int  # predicted units matched to an optional gold quote
    speakers: list[SpeakerResult]
    roles: list[RoleResult]
    facts: FactsReport | None = None  # people, places, quantities, dates, checks (evaluate.facts)

    @property
    def required(self) -> int:
        return sum(q.required for q in self.quotes)

    @property
    def required_found(self) -> int:
        return sum(q.required and q.found for q in self.quotes)

    @property
    def optional(self) -> int:
        return sum(not q.required for q in self.quotes)

    @property
    def optional_found(self) -> int:
        return sum(not q.required and q.found for q in self.quotes)

    @property
    def wrong_speaker(self) -> int:
        """Required quotes whose content was found but attributed to someone else."""
        return sum(q.required and q.content_matched and not q.found for q in self.quotes)

    @property
    def counts(self) -> Counts:
        return Counts(self.required_found, self.predicted_units - self.optional_units, self.required)

    @property
    def speakers_checked(self) -> int:
        return sum(s.found >= 2 for s in self.speakers)

    @property
    def speakers_merged(self) -> int:
        return sum(s.found >= 2 and s.merged for s in self.speakers)

    @property
    def roles_given(self) -> int:
        return sum(r.given for r in self.roles)

    @property
    def role_word_recall(self) -> float:
        return mean_word_recall(r.word_recall for r in self.roles)

    def to_dict(self) -> dict[str, Any]:
        return {
            "quotes": {
                "required": self.required,
                "required_found": self.required_found,
                "optional": self.optional,
                "optional_found": self.optional_found,
                "wrong_speaker": self.wrong_speaker,
                "predicted_units": self.predicted_units,
                "unmatched_units": self.unmatched_units,
                "predicted_quotes": self.predicted_quotes,
                "unmatched_quotes": self.unmatched_quotes,
                "optional_units": self.optional_units,
                **{k: v for k, v in self.counts.to_dict().items() if k in ("precision", "recall", "f1")},
                "details": [asdict(q) for q in self.quotes],
            },
            "speakers": {
                "checked": self.speakers_checked,
                "merged": self.speakers_merged,
                "details": [{**asdict(s), "merged": s.merged} for s in self.speakers],
            },
            "roles": {
                "people": len(self.roles),
                "given": self.roles_given,
                "word_recall": self.role_word_recall,
                "details": [{**asdict(r), "given": r.given} for r in self.roles],
            },
            **({"facts": self.facts.to_dict()} if self.facts else {}),
        }


@dataclass
class _Unit:
    """One content fragment of a predicted quote, with every name its speaker goes by."""

    fragment: Span
    speaker: str | None
    display: str | None
    names: set[str]
    quote: int  # index of the predicted quote it comes from


def _units(analysis: Analysis) -> list[_Unit]:
    units = []
    for number, quote in enumerate(analysis.quotes):
        speaker = analysis.speaker(quote.speaker)
        source = " ".join(analysis.text[start:end] for start, end in quote.source) or None
        names = [speaker.name, *speaker.aliases] if speaker else []
        keys = {name_key(n) for n in [*names, source or ""]} - {""}
        display = speaker.name if speaker else source
        units.extend(_Unit(fragment, quote.speaker, display, keys, number) for fragment in quote.content)
    return units


def score_gold_json(gold: GoldArticle, analysis: Analysis) -> GoldJsonReport:
    """Score an analysis of the gold's article: quotes found with their speaker, speakers, roles."""
    gold.check_offsets(analysis.text)
    units = _units(analysis)
    gold_names = {name: {name_key(n) for n in gold.names(name)} for name in gold.speakers}
    candidates = {}
    for g, quote in enumerate(gold.quotes):
        for u, unit in enumerate(units):
            if _intersects([quote.span], [unit.fragment]):
                overlap = token_overlap(analysis.text, [quote.span], [unit.fragment])
                if overlap >= OVERLAP_THRESHOLD:
                    candidates[g, u] = (overlap, bool(unit.names & gold_names[quote.speaker]))
    results = [QuoteResult(i, q.speaker, q.text, q.required) for i, q in enumerate(gold.quotes)]
    matched_units: dict[int, int] = {}
    for g, u in greedy_match(candidates):
        overlap, speaker_ok = candidates[g, u]
        unit = units[u]
        result = results[g]
        result.content_matched, result.found, result.overlap = True, speaker_ok, overlap
        result.predicted_speaker, result.predicted_name = unit.speaker, unit.display
        matched_units[u] = g
    return GoldJsonReport(
        quotes=results,
        predicted_units=len(units),
        unmatched_units=len(units) - len(matched_units),
        predicted_quotes=len(analysis.quotes),
        unmatched_quotes=len(analysis.quotes) - len({units[u].quote for u in matched_units}),
        optional_units=sum(not gold.quotes[g].required for g in matched_units.values()),
        speakers=_speaker_results(gold, results),
        roles=_role_results(gold, analysis, results),
    )


def _speaker_results(gold: GoldArticle, results: list[QuoteResult]) -> list[SpeakerResult]:
    speakers = []
    for name in gold.speakers:
        own = [r for r in results if r.speaker == name]
        found = [r for r in own if r.found]
        predicted = sorted({r.predicted_speaker for r in found}, key=lambda s: (s is None, s or ""))
        speakers.append(SpeakerResult(name, len(own), len(found), predicted))
    return speakers


def _role_results(gold: GoldArticle, analysis: Analysis, results: list[QuoteResult]) -> list[RoleResult]:
    speaking = {q.speaker for q in gold.quotes}
    roles = []
    for name, person in gold.people.items():
        if name not in speaking:
            continue
        speaker = analysis.speaker(_predicted_speaker_of(gold, analysis, name, results))
        predicted_role = speaker.role if speaker else None
        roles.append(
            RoleResult(
                name=name,
                gold_role=person.role,
                predicted_speaker=speaker.name if speaker else None,
                predicted_role=predicted_role,
                word_recall=role_word_recall(person.role, predicted_role),
            )
        )
    return roles


def _predicted_speaker_of(
    gold: GoldArticle, analysis: Analysis, name: str, results: list[QuoteResult]
) -> str | None:
    """The predicted speaker most of the person's found quotes land on, else one bearing their name."""
    landed = Counter(
        r.predicted_speaker for r in results if r.speaker == name and r.found and r.predicted_speaker
    )
    if landed:
        return landed.most_common(1)[0][0]
    keys = {name_key(n) for n in gold.names(name)}
    return next(
        (s.id for s in analysis.speakers if {name_key(n) for n in (s.name, *s.aliases)} & keys),
        None,
    )
