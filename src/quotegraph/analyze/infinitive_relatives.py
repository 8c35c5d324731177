"""A cue in an infinitival relative speaks for whom the copula names (docs/quotes.md, round 29).

News singles a speaker out by what it was the first, the only or the last to say: "The only other
entity to confirm it has bid on HLS is the “national team” led by Blue Origin", "Boeing was the first
company to say so". The noun the infinitive hangs on ("entity", "company") names no one by itself: it is
a place the copula fills, and whoever fills it speaks: the complement of "is" where the noun is its
subject (the “national team”, which speaks as the Blue Origin that leads it), the subject where the noun
is its complement (Boeing). The noun is never
a description of the last speaker (the Jim Chilton quoted the sentence before is not "the only other
entity to confirm …"); with no copula to fill it, it speaks for itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Copulas whose two sides are the same one: "is", "was", "became", "remains".
COPULA_LEMMAS = frozenset({"be", "become", "remain"})
# Where the parser hangs an infinitive on a noun: "the only other entity to confirm …".
RELATIVE_DEPS = frozenset({"relcl", "acl"})
COMPLEMENT_DEPS = frozenset({"attr"})
NAMING_POS = frozenset({"NOUN", "PROPN"})


def infinitival_relative(cue: Token) -> Token | None:
    """The noun a to-infinitive cue hangs on ("entity" of "the only other entity to confirm"); None for a
    cue that is no such infinitive."""
    if cue.dep_ not in RELATIVE_DEPS or cue.head.pos_ not in NAMING_POS or cue.head.i > cue.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < cue.i for c in cue.children):
        return None
    return cue.head


def copula_named(cue: Token) -> Token | None:
    """Whom the copula names as the noun an infinitive cue hangs on: its complement where the noun is its
    subject ("The only other entity to confirm … is the “national team”"), its subject where the noun is
    its complement ("Boeing was the first company to say so"); None where no copula joins them."""
    noun = infinitival_relative(cue)
    if noun is None:
        return None
    copula = noun.head
    if copula.lemma_.lower() not in COPULA_LEMMAS or copula.pos_ not in {"AUX", "VERB"}:
        return None
    if noun.dep_ in SUBJECT_DEPS:
        wanted = COMPLEMENT_DEPS
    elif noun.dep_ in COMPLEMENT_DEPS:
        wanted = SUBJECT_DEPS
    else:
        return None
    other = next((c for c in copula.children if c.dep_ in wanted and c != noun), None)
    if other is None or other.pos_ not in NAMING_POS | {"PRON"}:
        return None
    if infinitival_relative_of(other) is not None:
        return None
    return led_by(other) or other


# Participles that make a group its leader's: "the “national team” led by Blue Origin".
LEADING_LEMMAS = frozenset({"lead", "head", "run"})


def led_by(noun: Token) -> Token | None:
    """The name a group is "led by" ("the “national team” led by Blue Origin": Blue Origin), which speaks for
    a group the article names by no name of its own; None where the noun has no such leader."""
    if noun.pos_ != "NOUN":
        return None
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in LEADING_LEMMAS:
            continue
        agents = [o for a in participle.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return next((o for o in agents if o.pos_ == "PROPN"), None)
    return None


def infinitival_relative_of(noun: Token) -> Token | None:
    """The to-infinitive hung on `noun`, if any: "the first company to say so" has one; a name has none
    (the copula's other side, checked so that two such nouns never name each other)."""
    return next((c for c in noun.children if infinitival_relative(c) == noun), None)
