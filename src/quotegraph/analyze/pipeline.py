"""The analysis pipeline: parse once, then run each named stage over the shared state, in order.

Like spaCy's components, each stage is a small function registered by name; `analyze(..., only=…)`
runs a subset (with the stages it needs). Stages read what earlier ones left in `State` and add
their own results; nothing flows backwards. The order is checked, as spaCy's analyze_pipes checks
its pipes: a stage registers only after the stages it `requires` (StageOrderError otherwise), and
`run_stages` refuses an order that puts a stage before one it requires.

Progress: `analyze(..., progress=callback)` calls callback(step, done, total) as each step starts
("parse", then each stage by name) and once at the end ("done", total, total), so that a caller can
show where a long article's minutes go (the CLI, for a long article).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

import quotegraph.analyze.copy_warnings as checks
from quotegraph.analyze.according_documents import mend_according_documents
from quotegraph.analyze.aside_objects import aside_subjects
from quotegraph.analyze.attribution_types import type_headline
from quotegraph.analyze.authored_documents import authored_documents_speak
from quotegraph.analyze.crosscheck import CONTRADICTION, cross_check
from quotegraph.analyze.dates import extract_dates, undated_note
from quotegraph.analyze.document_pronouns import documents_speak
from quotegraph.analyze.document_runs import documents_run_on
from quotegraph.analyze.entities import EntityIndex, cluster_entities
from quotegraph.analyze.events import Mentions, extract_events
from quotegraph.analyze.first_names import add_called_people
from quotegraph.analyze.fronted_subjects import fronted_subjects
from quotegraph.analyze.headline_sources import headline_sources
from quotegraph.analyze.indefinite_speakers import drop_indefinite_roles
from quotegraph.analyze.learned import learned_attributions
from quotegraph.analyze.named_players import retype_named_players
from quotegraph.analyze.organization_people import person_apart_roles
from quotegraph.analyze.parsing import load_model, parse
from quotegraph.analyze.passive_agents import agents_speak
from quotegraph.analyze.places import extract_places
from quotegraph.analyze.quantities import extract_quantities
from quotegraph.analyze.quotemarks import QuotedSpan, find_quoted
from quotegraph.analyze.quotes import Attribution, find_attributions
from quotegraph.analyze.signed_blurbs import blurb_signers
from quotegraph.analyze.speakers import assign_roles, resolve_speakers
from quotegraph.analyze.tone import article_tone, quote_tone
from quotegraph.analyze.tweet_credits import tweet_authors
from quotegraph.errors import QuotegraphError
from quotegraph.records import Analysis, Article, CopyWarning

if TYPE_CHECKING:
    from quotegraph.analyze.runtime.attribution_model import AttributionModel


@dataclass
class State:
    """What the stages share for one article."""

    article: Article
    doc: Doc
    analysis: Analysis
    passages: list[QuotedSpan] = field(default_factory=list)
    unpaired: list[int] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    entities: EntityIndex = field(default_factory=EntityIndex)
    contradictions: list[tuple[int, int, float]] = field(default_factory=list)
    learned_model: AttributionModel | None = None  # quotegraph train's model (loaded), when one is given


Stage = Callable[[State], None]
# progress(step, done, total): the step starting ("parse", a stage's name, "done" at the end), the steps
# done before it and the steps in all (the parse and each stage run).
Progress = Callable[[str, int, int], None]
PARSE_STEP, DONE_STEP = "parse", "done"
STAGES: dict[str, Stage] = {}
REQUIRES: dict[str, tuple[str, ...]] = {}
READS: dict[str, frozenset[str]] = {}


class StageOrderError(QuotegraphError):
    """A stage placed before a stage whose results it reads: a bug in the pipeline, not in the input."""


class UnknownStageError(QuotegraphError):
    """A stage name given to --only that the pipeline does not have."""

    exit_code = 2


# The spaCy components (en_core_web_sm names) a stage reads the output of, with those they feed on:
# tag_ needs tagger (and the tok2vec it listens to), pos_ attribute_ruler, dep_/head and sentence
# starts parser (tok2vec too), ents ner, lemma_ lemmatizer (which reads pos_).
TAGS_PARSE_NER = frozenset({"tok2vec", "tagger", "attribute_ruler", "parser", "ner"})
EVERYTHING = TAGS_PARSE_NER | {"lemmatizer"}


def stage(
    name: str, requires: tuple[str, ...] = (), reads: frozenset[str] = EVERYTHING
) -> Callable[[Stage], Stage]:
    """Register a stage under a name, with the stages whose results it reads and the spaCy
    components whose annotations it reads."""

    def register(function: Stage) -> Stage:
        missing = [needed for needed in requires if needed not in STAGES]
        if missing:  # the pipeline runs in registration order: a stage must come after what it reads
            raise StageOrderError(
                f"stage {name!r} requires {', '.join(missing)}, which no stage registered before it is"
            )
        STAGES[name] = function
        REQUIRES[name] = requires
        READS[name] = reads
        return function

    return register


# entities (roles: "who served as ..."), quotes (cues, speakers), quantities and dates read lemmas.
@stage("entities")
def _entities(state: State) -> None:
    state.entities = cluster_entities(state.doc)
    add_called_people(state.doc, state.entities)  # "Tommy … retired …, he wrote" (first_names.py)
    retype_named_players(state.doc, state.entities)  # "Adrian Mutu … Mutu …, he" (named_players.py)
    assign_roles(state.doc, state.entities)
    state.analysis.entities = [c.to_entity() for c in state.entities.clusters]


@stage("quotes", requires=("entities",))
def _quotes(state: State) -> None:
    state.passages, state.unpaired = find_quoted(state.article.text, state.article.paragraphs())
    state.attributions = find_attributions(state.doc, state.passages)
    model = state.learned_model
    if model is not None:
        state.attributions = learned_attributions(state.doc, state.passages, state.attributions, model)
        # Recorded here, where the model is applied: a run without the quotes stage did not use it.
        state.analysis.attribution_model, state.analysis.attribution_scope = model.name, model.scope
        state.analysis.attribution_model_id = model.id
    agents_speak(state.attributions)  # "was denied by Andrew": Andrew's words (passive_agents.py)
    aside_subjects(state.attributions)  # "As we've noted, a study … concluded": the study (aside_objects.py)
    fronted_subjects(state.attributions)  # "Even after …, and more …, female MPs say" (fronted_subjects.py)
    headline_sources(state.doc, state.attributions, state.article.meta.headline_span)  # "…, says Blair"
    tweet_authors(state.doc, state.attributions)  # an embedded post's "I": its credit line's author
    blurb_signers(state.doc, state.attributions, state.entities)  # a blurb's "I" above "[CNET]"
    state.analysis.speakers = resolve_speakers(state.doc, state.attributions, state.entities)
    person_apart_roles(state.doc, state.analysis.speakers)  # "the Weibo commenter": "Weibo commenter"
    drop_indefinite_roles(state.analysis.speakers)  # "one Weibo commenter": no role (indefinite_speakers.py)
    state.analysis.quotes = [a.to_quote() for a in state.attributions]
    documents_speak(state.analysis.quotes, state.analysis.speakers)  # "It showed …": the study's
    # "A report by X … It says": X's (authored_documents.py)
    authored_documents_speak(state.attributions, state.analysis.quotes)
    documents_run_on(state.analysis.quotes, state.article.text)  # a page's words, quoted on (document_runs)
    type_headline(state.analysis.quotes, state.article.text, state.article.meta.headline_span)


# Sentence starts (the parser) for the article's tone; the quotes' tone reads their text.
@stage("tone", requires=("quotes",), reads=frozenset({"tok2vec", "parser"}))
def _tone(state: State) -> None:
    language = state.article.meta.language
    if language not in (None, "en"):
        # VADER's lexicon is English: another language's words score as neutral or, worse, as English
        # words they happen to spell. No tone is better than a wrong one (None: not scored).
        state.analysis.notes.append(f"tone not scored: the article reads as {language!r}, not English")
        return
    for quote in state.analysis.quotes:
        quote.tone = quote_tone(state.article.text, quote)
    state.analysis.tone = article_tone(state.doc, state.article.text)


@stage("places", reads=TAGS_PARSE_NER)  # entities, POS and sentence starts; no lemmas
def _places(state: State) -> None:
    state.analysis.places = extract_places(state.doc, state.article.meta.dateline)


@stage("quantities")
def _quantities(state: State) -> None:
    state.analysis.quantities = extract_quantities(state.doc)
    pairs = cross_check(state.analysis.quantities, state.doc)
    state.contradictions = [pair for pair in pairs if pair[2] > CONTRADICTION]


@stage("dates")
def _dates(state: State) -> None:
    state.analysis.dates = extract_dates(state.doc, state.article.meta.date)
    if state.article.meta.date is None and (note := undated_note(state.analysis.dates)):
        state.analysis.notes.append(note)


@stage("warnings", requires=("entities", "quotes", "quantities"))
def _warnings(state: State) -> None:
    text, quotes, clusters = state.article.text, state.analysis.quotes, state.entities.clusters
    state.analysis.warnings = [
        *checks.name_variants(clusters),
        *checks.unbalanced_quotes(state.unpaired, text),
        *checks.unattributed_quotes(quotes, state.passages, state.doc),
        *checks.pronoun_only_speakers(quotes, text),
        *checks.surname_before_full_name(clusters, _body_start(state.article), state.passages),
        *_quantity_warnings(state),
    ]


# Actors and targets are entities, speakers (quotes) and places; the date a dates mention.
@stage("events", requires=("entities", "quotes", "places", "dates"))
def _events(state: State) -> None:
    found = state.analysis
    mentions = Mentions(state.doc, state.entities, found.places, found.speakers)
    found.events = extract_events(state.doc, mentions, found.places, found.dates, state.passages)


BODY_PARAGRAPH_WORDS = 25


def _body_start(article: Article) -> int:
    """Headline and dek name people by surname as a matter of style: the body starts after them, at
    the dateline or at the first paragraph long enough to be body text (a dek is not always found)."""
    meta = article.meta
    after_dek = max((end for _, end in (s for s in (meta.headline_span, meta.dek_span) if s)), default=0)
    if meta.dateline_span:
        return meta.dateline_span[0]
    for start, end in article.paragraphs():
        if start >= after_dek and len(article.text[start:end].split()) >= BODY_PARAGRAPH_WORDS:
            return start
    return after_dek


def _quantity_warnings(state: State) -> list[CopyWarning]:
    found = state.analysis.quantities
    return [
        CopyWarning(
            kind="quantity-mismatch",
            message=f"{found[i].text!r} and {found[j].text!r} seem to state the same thing but differ "
            f"by {difference:.0%}",
            spans=[found[i].span, found[j].span],
            suggestion="check the conversion",
        )
        for i, j, difference in state.contradictions
    ]


def resolve_stages(only: Iterable[str] | None) -> list[str]:
    """The stages to run, in pipeline order: the ones asked for and those they read from."""
    if only is None:
        return list(STAGES)
    wanted = set(only)
    unknown = wanted - set(STAGES)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise UnknownStageError(f"unknown stage(s) {names}; choose from {', '.join(STAGES)}")
    pending = list(wanted)
    while pending:
        for needed in REQUIRES[pending.pop()]:
            if needed not in wanted:
                wanted.add(needed)
                pending.append(needed)
    return [name for name in STAGES if name in wanted]


def analyze(
    article: Article,
    nlp: Language | None = None,
    only: Iterable[str] | None = None,
    learned_model: AttributionModel | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Everything quotegraph finds in one article (or the stages named in `only`).

    `learned_model` (analyze/runtime/, loaded for `nlp`) joins the rules in the quotes stage, and the
    Analysis names it (`attribution_model`, `attribution_scope`). `progress` is told each step as it
    starts (the module's docstring).
    """
    nlp = nlp or load_model()
    stages = resolve_stages(only)
    if progress is not None:
        progress(PARSE_STEP, 0, len(stages) + 1)
    unused = unused_components(nlp, stages)
    if unused:
        with nlp.select_pipes(disable=unused):
            doc = parse(nlp, article)
    else:  # select_pipes changes the shared pipeline: kept off the usual path (the API's threads)
        doc = parse(nlp, article)
    analysis = Analysis(text=article.text, article=article.meta, notes=list(article.notes))
    state = State(article, doc, analysis, learned_model=learned_model)
    run_stages(state, stages, progress, steps_before=1)
    return state.analysis


def run_stages(
    state: State, stages: Sequence[str], progress: Progress | None = None, steps_before: int = 0
) -> None:
    """Run the named stages over one article's parse, in the order given (checked first); `progress`
    is told each stage as it starts and "done" at the end, counting `steps_before` steps (the parse)
    as done before the first."""
    check_order(stages)
    mend_according_documents(state.doc)  # "According to the Datamonitor report the …": before any stage
    total = steps_before + len(stages)
    for done, name in enumerate(stages, start=steps_before):
        if progress is not None:
            progress(name, done, total)
        STAGES[name](state)
    if progress is not None:
        progress(DONE_STEP, total, total)


def check_order(stages: Sequence[str]) -> None:
    """Every stage named, each after the stages it requires; UnknownStageError or StageOrderError saying
    which otherwise (resolve_stages' orders always pass)."""
    unknown = [name for name in stages if name not in STAGES]
    if unknown:
        raise UnknownStageError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    done: set[str] = set()
    for name in stages:
        missing = [needed for needed in REQUIRES[name] if needed not in done]
        if missing:
            raise StageOrderError(f"stage {name!r} requires {', '.join(missing)} to run before it")
        done.add(name)


def unused_components(nlp: Language, stages: Iterable[str]) -> list[str]:
    """The enabled components of nlp that none of the stages reads (only components READS knows:
    another pipeline's own components, a transformer say, are left on)."""
    read = frozenset().union(*(READS[name] for name in stages))
    return [name for name in nlp.pipe_names if name in EVERYTHING and name not in read]
