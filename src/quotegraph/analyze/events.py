"""Events: who did what to whom, where and when, read off the dependency parse the pipeline made.

An event is a clause whose verb the lexicon below classes (``CLASSES``, a CAMEO-like set of root
classes; docs/events.md describes each). Its actor is the verb's subject (``nsubj``, the ``agent`` of a
passive, the governor's object or subject for an ``xcomp``: "authorized Ukraine to use"), its target
the object (``dobj``, ``dative``, a passive subject, the object of ``against``/``on``/``with``…, else
the object of its ``xcomp``: "fighting to defeat a Ukrainian incursion"). A possessor names the actor
("Moscow's troops" is Moscow's doing). Place and date are the place and date mentions the verb governs.

Reporting verbs are the quotes stage's: a plain speech verb ("said", "told") is no event; a speech
verb that is also a kind of act (urge, demand, accuse, threaten, deny, promise) is one, and the
statement verbs (announce, declare, acknowledge, admit) are events only without a clause complement,
since "announced that …" is a quote. Verbs inside quotation marks are the speaker's words, not the
article's report, and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotegraph.analyze.entities import EntityIndex
from quotegraph.analyze.event_classes import CLASSES as CLASSES  # where the stage's users look
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.analyze.quotes import inside_passage
from quotegraph.records import DateMention, Event, Place, Span, Speaker


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# The verb lemmas that signal each class.
_LEXICON: dict[str, str] = {
    "statement": "announce declare acknowledge admit",
    "appeal": "urge appeal plead beg request implore petition lobby",
    "intend": "promise pledge vow offer volunteer",
    "consult": "meet visit host consult discuss negotiate telephone confer mediate invite",
    "cooperate": "cooperate collaborate sign ally partner endorse praise back recognize recognise "
    "apologize apologise forgive welcome congratulate thank ratify unite reconcile",
    "aid": "aid help assist supply provide donate fund finance arm equip rescue support",
    "yield": "yield surrender withdraw retreat release free lift ease relax resign capitulate comply",
    "investigate": "investigate probe examine inspect audit interrogate",
    "demand": "demand order instruct",
    "criticize": "criticize criticise condemn denounce accuse blame slam blast rebuke castigate deplore "
    "decry sue",
    "reject": "reject refuse deny veto dismiss rebuff oppose block withhold defy resist",
    "threaten": "threaten warn menace",
    "protest": "protest demonstrate march rally picket riot",
    "mobilize": "mobilize mobilise deploy mass station reinforce",
    "reduce": "sanction sever suspend cut halt embargo boycott recall",
    "coerce": "arrest detain jail imprison deport expel ban restrict seize confiscate censor charge "
    "prosecute convict sentence fine punish force compel pressure evict",
    "assault": "kill murder assassinate kidnap abduct torture execute rape behead stab wound injure massacre",
    "fight": "fight attack strike bomb shell invade occupy capture shoot fire hit battle defeat destroy "
    "raid ambush bombard besiege clash retaliate repel storm intercept target",
    "authorize": "authorize authorise approve allow permit license licence legalize legalise",
}
VERB_CLASSES: dict[str, str] = {lemma: name for name, block in _LEXICON.items() for lemma in block.split()}
# Verb + particle: "call on", "crack down", "pull out", "step up" (a light verb, see below).
PHRASAL_CLASSES = {
    ("call", "on"): "appeal",
    ("call", "for"): "appeal",
    ("crack", "down"): "coerce",
    ("pull", "out"): "yield",
    ("back", "down"): "yield",
    ("shoot", "down"): "fight",
    ("build", "up"): "mobilize",
}
# Verbs that take their class from an event noun object: "intensifying attacks", "held talks".
LIGHT_VERBS = _words(
    "launch carry conduct intensify escalate step continue begin start resume hold stage mount make "
    "issue impose wage unleash"
)
EVENT_NOUNS: dict[str, str] = {
    lemma: name
    for name, block in {
        "fight": "attack strike assault offensive bombing raid incursion invasion shelling airstrike "
        "war campaign",
        "consult": "talk negotiation meeting discussion summit",
        "protest": "protest demonstration rally march",
        "reduce": "sanction embargo boycott",
        "coerce": "ban restriction crackdown curfew",
        "investigate": "investigation inquiry probe",
        "threaten": "threat warning ultimatum",
        "appeal": "appeal plea",
        "demand": "demand",
        "yield": "ceasefire truce concession",
    }.items()
    for lemma in block.split()
}
# Statement verbs with a clause complement are quote cues ("announced that …"), not events.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Prepositions whose object is the one acted on, by class: "protested against", "met with", "fired at".
TARGET_PREPS: dict[str, frozenset[str]] = {
    "fight": _words("at on upon against into"),
    "assault": _words("at on upon against"),
    "protest": _words("against at outside"),
    "criticize": _words("against at"),
    "threaten": _words("against"),
    "consult": _words("with"),
    "cooperate": _words("with"),
    "appeal": _words("to on upon for"),  # "appealed to", "called on", "called for"
    "yield": _words("to"),
}
# Prepositions whose place object says where the event happened.
PLACE_PREPS = _words("in at near inside within across outside throughout from")
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Verbs whose object does what their infinitive says ("authorized Ukraine to use"); after any other
# verb the subject does ("used the missiles to hit targets": whoever used them hit).
OBJECT_CONTROL = _words(
    "authorize authorise allow permit force compel urge ask order tell persuade help enable push press "
    "pressure encourage invite instruct expect require call lead get cause"
)
OBJECT_DEPS = ("dobj", "dative")
PERSONAL_PRONOUNS = _words("he she him her")
RELATIVE_PRONOUNS = _words("who which that")
# Adjectival uses ("intensifying strikes") and nominal compounds are no clause of their own.
NOT_CLAUSES = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True)
class Ref:
    """What a mention token denotes: an entity, speaker or place id, and its canonical name."""

    id: str
    name: str


def place_id(place: Place) -> str:
    """Places have no id of their own: they are ``place:`` and their GeoNames id (or their name)."""
    return f"place:{place.geonames_id}" if place.geonames_id is not None else f"place:{place.name.lower()}"


class Mentions:
    """Each token of a known mention → what it denotes; entities first, then places, then speakers
    (anonymous sources and groups: named ones share their entity's id)."""

    def __init__(
        self, doc: Doc, index: EntityIndex, places: Iterable[Place], speakers: Iterable[Speaker]
    ) -> None:
        self.doc = doc
        self.index = index
        self.refs: dict[int, Ref] = {}
        for cluster in index.clusters:
            ref = Ref(cluster.id, cluster.name)
            for mention in cluster.mentions:
                self._add(range(mention.start, mention.end), ref)
        for place in places:
            self._add_spans(place.mentions, Ref(place_id(place), place.name))
        for speaker in speakers:
            self._add_spans(speaker.mentions, Ref(speaker.id, speaker.name))

    def _add(self, tokens: Iterable[int], ref: Ref) -> None:
        for i in tokens:
            self.refs.setdefault(i, ref)

    def _add_spans(self, spans: Iterable[Span], ref: Ref) -> None:
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self._add(range(span.start, span.end), ref)

    def of(self, head: Token) -> Ref | None:
        """What a noun phrase's head denotes: itself, a compound name part, its possessor, or for
        "he"/"she" the person named last before it."""
        if head.i in self.refs:
            return self.refs[head.i]
        for child in head.children:
            if child.dep_ in {"poss", "compound"} and child.i in self.refs:
                return self.refs[child.i]
        if head.lower_ in PERSONAL_PRONOUNS:
            cluster = self.index.last_person_before(head.i)
            if cluster is not None:
                return Ref(cluster.id, cluster.name)
        return None


def extract_events(
    doc: Doc,
    mentions: Mentions,
    places: list[Place],
    dates: list[DateMention],
    passages: list[QuotedSpan],
) -> list[Event]:
    """Every classed clause outside quotation marks with an actor or a target, in text order."""
    located = _governed(doc, [(place_id(p), p.name, s) for p in places for s in p.mentions], PLACE_PREPS)
    dated = _governed(doc, [(d.value, d.text, d.span) for d in dates], None)
    events = []
    for verb, action_class in _classed_verbs(doc):
        if inside_passage(verb, passages):
            continue
        actor, target = _actor(verb), _target(verb, action_class)
        if actor is None and target is None:
            continue
        event = Event(
            action=verb.lemma_.lower(),
            action_class=action_class,
            action_span=(verb.idx, verb.idx + len(verb)),
            negated=any(child.dep_ == "neg" for child in verb.children),
        )
        if actor is not None:
            event.actor, event.actor_name, event.actor_spans = _participant(actor, mentions)
        if target is not None:
            event.target, event.target_name, event.target_spans = _participant(target, mentions)
        if verb.i in located:
            event.place, event.place_name, event.place_spans = located[verb.i]
        if verb.i in dated:
            event.date, _, event.date_spans = dated[verb.i]
        events.append(event)
    return events


def _classed_verbs(doc: Doc) -> Iterator[tuple[Token, str]]:
    for token in doc:
        if token.pos_ != "VERB" or token.dep_ in NOT_CLAUSES:
            continue
        action_class = _class_of(token)
        if action_class is not None:
            yield token, action_class


def _class_of(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and (lemma, child.lower_) in PHRASAL_CLASSES:
            return PHRASAL_CLASSES[lemma, child.lower_]
    if lemma in LIGHT_VERBS:
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return EVENT_NOUNS.get(noun.lemma_.lower()) if noun is not None else None
    action_class = VERB_CLASSES.get(lemma)
    if action_class == "statement" and any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    return action_class


def _child(verb: Token, deps: Iterable[str]) -> Token | None:
    """The child with one of these relations nearest the verb (a dateline's "LONDON --" parses as a
    second subject, further away)."""
    wanted = set(deps)
    return min((c for c in verb.children if c.dep_ in wanted), key=lambda c: abs(c.i - verb.i), default=None)


def _actor(verb: Token) -> Token | None:
    """Who acts: a passive's agent ("arrested by police"), else the verb's subject."""
    if _passive(verb):
        agent = _child(verb, ["agent"])
        return _child(agent, ["pobj"]) if agent is not None else None
    return _subject(verb)


def _target(verb: Token, action_class: str | None) -> Token | None:
    """What is acted on: a passive's subject; else the object, a prepositional object the class takes
    (TARGET_PREPS: "protested against"), or the object of the clause the verb governs ("fighting to
    defeat a Ukrainian incursion")."""
    if _passive(verb):
        return _subject(verb)
    found = _child(verb, OBJECT_DEPS) or _prep_object(verb, TARGET_PREPS.get(action_class or "", ()))
    if found is not None:
        return found
    complement = _child(verb, ["xcomp"])
    return _target(complement, _class_of(complement)) if complement is not None else None


def _passive(verb: Token) -> bool:
    """A passive verb: with a passive subject or auxiliary, or a past participle without an
    auxiliary ("Griffin arrested", "detainees released from Guantanamo", "arrested and freed")."""
    deps = {child.dep_ for child in verb.children}
    if deps & {"nsubjpass", "auxpass"}:
        return True
    if verb.tag_ != "VBN" or "aux" in deps:
        return False
    return _passive(verb.head) if verb.dep_ == "conj" else True


def _subject(verb: Token) -> Token | None:
    """The verb's grammatical subject, its own or the one it shares: a relative clause's noun; for an
    xcomp the governor's object after OBJECT_CONTROL verbs ("authorized Ukraine to use", "called on
    the government to release"), else the governor's subject ("Kyiv will be allowed to fire"); a
    conjoined verb's, a participle's or a prepositional clause's governor's ("before being released")."""
    own = _child(verb, SUBJECT_DEPS | {"nsubjpass"})
    if own is not None:
        return verb.head if own.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else own
    governor = verb.head
    if verb.dep_ == "xcomp":
        if governor.lemma_.lower() in OBJECT_CONTROL and not _passive(governor):
            controller = _child(governor, OBJECT_DEPS) or _prep_object(governor, ("on", "upon"))
            if controller is not None:
                return controller
        return _subject(governor)
    if verb.dep_ in {"conj", "advcl"} and governor.pos_ in {"VERB", "AUX"}:
        return _subject(governor)
    if verb.dep_ in {"acl", "relcl"}:  # "troops fighting in Kursk", "the twelfth man to be arrested"
        return governor
    if verb.dep_ == "pcomp" and governor.dep_ == "prep" and governor.head.pos_ in {"VERB", "AUX"}:
        return _subject(governor.head)
    return None


def _prep_object(verb: Token, preps: Iterable[str]) -> Token | None:
    wanted = set(preps)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in wanted:
            pobj = _child(child, ["pobj"])
            if pobj is not None:
                return pobj
    return None


def _participant(head: Token, mentions: Mentions) -> tuple[str | None, str | None, list[Span]]:
    """The id, name and span of the noun phrase headed by ``head`` (its left modifiers with it)."""
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head
    ref = mentions.of(head)
    start = head.left_edge.idx
    span = (start, head.idx + len(head))
    written = text_of(head.doc)[start : span[1]] if ref is None else ref.name
    return (ref.id if ref else None), written, [span]


def _governed(
    doc: Doc, found: list[tuple[str | None, str, Span]], preps: frozenset[str] | None
) -> dict[int, tuple[str | None, str, list[Span]]]:
    """Verb token → the nearest mention it governs: the mention's head reaches it through nouns and
    prepositions (the first preposition one of ``preps`` when given), and through an xcomp's verb
    ("authorized Ukraine to use the ATACMS in Kursk" happened in Kursk)."""
    nearest: dict[int, tuple[int, tuple[str | None, str, list[Span]]]] = {}
    for value, name, span in found:
        mention = doc.char_span(span[0], span[1], alignment_mode="expand")
        if mention is None:
            continue
        token, prep, steps = mention.root, None, 0
        while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
            if token.dep_ == "pobj" and prep is None:
                prep = token.head.lower_
            token, steps = token.head, steps + 1
        if preps is not None and prep not in preps:
            continue
        while True:
            if token.i not in nearest or steps < nearest[token.i][0]:
                nearest[token.i] = (steps, (value, name, [span]))
            if token.dep_ != "xcomp":
                break
            token = token.head
    return {verb: mention for verb, (_, mention) in nearest.items()}
