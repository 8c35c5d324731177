"""Words quoted as what someone called a thing are that someone's (docs/quotes.md, "Named, not found,
round 10").

News quotes a person's words as the name they gave a thing, with no "said": `Noem called the new
campaign a "bold, innovative effort like the nation has never before seen."`, `eliminated in what host
Tom Bergeron described as the "hardest judge's verdict so far this season."`. The full stop outside the
closing mark (`Developer Valve called 'Half Life: Alyx' "a flagship VR game".`, as British news sets it)
ends the quote's sentence as one inside it does: a short quote a naming verb takes, with three words or
more and the stop, "!" or "?" right after the mark, is a quote, not a scare-quoted phrase
(`stops_after_naming`, read by continuations.py; round 29). The quote hangs on a
verb of naming (call, describe as, dub, brand, label, term), or of judging through "as" (`hailed it as
"one of the great performances of the past three decades"`, "dismissed the claims as "…""), or right
after the object of a verb of judging or welcoming (round 34: `welcomed the new targets "to make further
and faster progress on waiting lists"`), whose subject, before it, is the speaker:

- a name the article holds (a person's or an organization's): `naming_subject` gives its cluster;
- "he"/"she": `naming_pronoun` gives the pronoun, which narrated_quotes.py resolves
  as it does the subject of narration before a quote.

A participle or a second verb with no subject of its own ("…, calling it a "…"", "launched it and
called it a "…"") takes the subject of the verb it hangs on. Not a title: a quote whose words all open
with a capital ("called the film "The Long Walk"") names a thing, no one's words. Only the quote's own
tokens and a few heads above them are read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.described_names import trade_named_firm
from quotegraph.analyze.entities import Cluster, EntityIndex

NAMING_VERBS = frozenset(
    {"call", "describe", "dub", "brand", "label", "term", "characterise", "characterize"}
)
# Verbs of judging whose "as" phrase names the thing in the subject's words: "hailed it as "…"".
JUDGING_VERBS = frozenset(
    {"hail", "praise", "dismiss", "condemn", "denounce", "criticise", "criticize", "slam"}
)
# Verbs of judging or welcoming whose object the quote right after it speaks of ("welcomed the targets "…"").
WELCOMING = JUDGING_VERBS | {"welcome", "applaud"}
# A naming verb's forms in the text before a quote: "called", "described it as", "dubbed".
NAMING_FORMS = re.compile(
    r"\b(?:call(?:ed|s|ing)?|dub(?:bed|s)?|brand(?:ed|s)?|label(?:led|ed|s)?|term(?:ed|s)?|"
    r"describ(?:ed|es|ing)\b[^.!?]*\bas)\b[^.!?]*$",
    re.IGNORECASE,
)
SENTENCE_STOPS = (".", "!", "?")
PRONOUNS = frozenset({"he", "she"})
SHARED_SUBJECT = frozenset({"conj", "advcl", "xcomp"})  # a verb that takes its head's subject
CLIMB = 3  # heads above the quote read for the verb ("as" and a noun's determiner between)


def naming_subject(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named person or organization whose naming verb the cue-less quote hangs on; else None."""
    subject = _subject(doc, attribution)
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    # "Developer Valve called …": a firm's name the NER left untagged (described_names.py, round 29)
    return index.cluster_at(subject.i) or trade_named_firm(subject, index)


def naming_pronoun(doc: Doc, attribution: Attribution) -> Token | None:
    """The pronoun subject ("he called it a "…"") of the naming verb the cue-less quote hangs on."""
    subject = _subject(doc, attribution)
    return subject if subject is not None and subject.lower_ in PRONOUNS else None


def _subject(doc: Doc, attribution: Attribution) -> Token | None:
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    passage = attribution.passages[0]
    start, end = passage.fragments[0]
    inside = doc.char_span(start, end, alignment_mode="contract")
    if inside is None or not len(inside):
        return None
    words = [t for t in inside if t.is_alpha]
    if not words or all(t.text[0].isupper() for t in words):
        return None  # a title: "called the film "The Long Walk""
    verb = _naming_verb(inside)
    if verb is None or verb.i >= inside.start or verb.sent.start != inside[0].sent.start:
        return None
    for _ in range(2):
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ not in SHARED_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
    return None


def _naming_verb(inside) -> Token | None:
    """The verb of naming the quoted words hang on: the first head outside the quote, climbed through
    a preposition or noun to the verb ("described as the "…""); a verb of judging only through "as"
    ("hailed it as "…"", "dismissed the claims as "…"")."""
    heads = (t.head for t in inside if not t.is_punct and not (inside.start <= t.head.i < inside.end))
    outside = next(heads, None)
    through_as = False
    for _ in range(CLIMB):
        if outside is None:
            break
        if outside.pos_ in {"VERB", "AUX"}:
            lemma = outside.lemma_.lower()
            named = lemma in NAMING_VERBS or (through_as and lemma in JUDGING_VERBS)
            named = named or _judged_object_before(outside, inside)  # "welcomed the targets "…"" (round 34)
            return outside if named else None
        through_as = through_as or outside.lower_ == "as"
        outside = outside.head if outside.head is not outside else None
    return _ending_naming_root(inside)


def _judged_object_before(verb: Token, inside) -> bool:
    """`Dr Richard Lewis … welcomed the new targets "to make further and faster progress …"`: a verb of
    judging or welcoming whose object phrase runs right up to the quote's opening mark; the quoted words
    are the subject's, what the object was welcomed or judged for (round 34)."""
    if verb.lemma_.lower() not in WELCOMING or verb.i >= inside.start:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < inside.start]
    if not objects:
        return False
    phrase = {t.i for t in objects[0].subtree}
    between = inside.doc[verb.i + 1 : inside.start]
    return bool(len(between)) and all(t.i in phrase or t.is_punct for t in between)


def _ending_naming_root(inside) -> Token | None:
    """`Sol Campbell has called the rivalry between Manchester United and the Gunners "bitter and
    personal".`: the parser hung the quote on the last noun before it; a quote that ends the sentence whose
    main verb, before it, is a verb of naming is that verb's words (round 29)."""
    root = inside[0].sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in NAMING_VERBS or root.i >= inside.start:
        return None
    rest = inside.doc[inside.end : inside[0].sent.end]
    return root if all(t.is_punct or t.is_space for t in rest) else None


def stops_after_naming(text: str, start: int, end: int) -> bool:
    """`called 'Half Life: Alyx' "a flagship VR game".`: a quote of three words or more (its marks from
    `start` to `end`) with the sentence's stop right after its closing mark, whose sentence names a thing
    with a naming verb before it."""
    if not text[end : end + 1].startswith(SENTENCE_STOPS) or len(text[start:end].split()) < 3:
        return False
    before = text[max(0, start - 300) : start]
    return NAMING_FORMS.search(before.splitlines()[-1] if before.strip() else "") is not None
