"""What an indirect cue reports: its complement clause, the clause around a parenthetical cue, or the
object of a cue that takes one, cut where the cue's sentence ends (the parser sometimes runs the
reporter's next sentence into the clause) and carried to the end of a quoted passage it ends inside.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotegraph.analyze.attribution import is_space, token_range
from quotegraph.analyze.cues import (
    COMPLEMENT_DEPS,
    cue_needs_quote,
    is_according_to,
    is_cue,
    preposition_object,
)
from quotegraph.analyze.interposed_cues import interposed_content
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.postposed_names import reported_end
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.records import Span as CharSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CONTINUATION_DEPS = frozenset({"conj", "advcl", "oprd", "acl"})


# Speech verbs that with a bare object report a deed, not words: "maintained their superb start",
# "threatened a try", "conceded two goals", "boasts a stadium", "posted an 18% rise"; "told"/"asked" + a
# bare object name the hearer.
DEED_WITH_OBJECT = frozenset(
    "tell ask maintain threaten repeat counter guarantee observe concede declare boast post".split()
)
# The end of a sentence and the start of the next, in text the parser took for one sentence.
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")
# A word that a full stop after it does not end a sentence with: "Mr. Obama", "U.S. officials".
ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Z](?:\.[A-Z])+|\bSt|\bNo|\bvs?)$")


def sentence_end(text: str, start: int, end: int, passages: list[QuotedSpan] = ()) -> int | None:
    """Where the first sentence that ends between start and end ends, outside quotation marks."""
    for match in SENTENCE_END.finditer(text, start, end):
        stop = match.start()
        if ABBREVIATION.search(text, max(0, stop - 6), stop) or any(
            s <= stop < e for p in passages for s, e in p.fragments
        ):
            continue
        return stop
    return None


def in_cue_sentence(
    text: str, content: list[CharSpan], cue: Token, passages: list[QuotedSpan]
) -> list[CharSpan]:
    """Content cut where the cue's sentence ends: the parser sometimes runs the next sentence, the
    reporter's own ("… to save $360m. Looking ahead, Mr Cherkasky forecast …"), into the clause."""
    cue_end = cue.idx + len(cue.text)
    kept: list[CharSpan] = []
    for start, end in content:
        stop = sentence_end(text, max(start, cue_end), end, passages) if end > cue_end else None
        if stop is None:
            kept.append((start, end))
            continue
        if stop > start:
            kept.append((start, stop))
        break
    return kept or content


def through_open_passage(end: int, passages: list[QuotedSpan]) -> int:
    """A clause that ends inside a quoted passage ends where the passage does (`… will not "change it."`)."""
    for passage in passages:
        for start, stop in passage.fragments:
            if start <= end < stop:
                return stop
    return end


def has_clause(cue: Token) -> bool:
    """ "added that …", "continues to insist …": a clause; "added the conversion to become …" is a deed,
    the infinitive after "add" no clause."""
    deps = {"ccomp"} if cue.lemma_.lower() == "add" else COMPLEMENT_DEPS
    return any(child.dep_ in deps for child in cue.children)


def clause_content(cue: Token) -> list[CharSpan]:
    """What an indirect cue reports: its complement clause, or the clause around a parenthetical."""
    doc = cue.doc
    if (around := interposed_content(cue)) is not None:
        return around  # "The problem they face, said Shailendra Jain, …, is educating …" (interposed_cues.py)
    if is_according_to(cue):
        return subtree_without(cue.head, cue) if cue.head != cue else []
    complements = [c for c in cue.children if c.dep_ in COMPLEMENT_DEPS]
    if complements and cue.dep_ == "parataxis" and cue.head.i < cue.i < min(c.i for c in complements):
        # "It was on her watch, the senator said, that …": the clause runs on both sides of the cue.
        return [*subtree_without(cue.head, cue), _content_from(cue, complements)]
    if complements:
        return [_content_from(cue, complements)]
    if cue.dep_ == "parataxis":
        return subtree_without(cue.head, cue)
    governed = preposition_object(cue)
    if governed is not None:
        return [token_range(doc, governed.left_edge, governed.right_edge)]
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    passive = any(c.dep_ == "auxpass" for c in cue.children)  # "was denied bail": received, not said
    lemma = cue.lemma_.lower()
    if objects and not passive and not cue_needs_quote(cue) and lemma not in DEED_WITH_OBJECT:
        return [token_range(doc, objects[0].left_edge, _predicate_end(cue, objects[0]))]
    return []


def _predicate_end(cue: Token, obj: Token) -> Token:
    """ "described Mr. Obama as a climate evangelist": the object with what it is said to be."""
    end = obj.right_edge
    for child in cue.rights:
        if child.i > end.i and (
            child.dep_ in {"oprd", "xcomp"} or (child.dep_ == "prep" and child.lower_ == "as")
        ):
            end = child.right_edge
    return end


def _content_from(cue: Token, complements: list[Token]) -> CharSpan:
    """From the first content dependent after the reporting clause to the end of the complement.

    "told ABC News the decision -- while … -- will not change …": the recipient ("ABC News") is
    the cue's first object; what follows it up to the complement's end is what was said.
    """
    doc = cue.doc
    last = max(complements, key=lambda c: c.right_edge.i)
    if last.i < cue.i:  # complement before the cue: "X might happen, experts said"
        end = reported_end(cue) or last.right_edge  # "… that have educational elements said Mr Owen."
        return token_range(doc, min(c.left_edge for c in complements), end)
    start = min(c.left_edge.i for c in complements if c.i > cue.i)
    end = _clause_end(cue, last)
    seen_recipient = cue.lemma_ not in {"tell", "inform", "assure", "advise", "warn", "remind"}
    for child in cue.children:
        if cue.i < child.i < start and child.dep_ in {"dobj", "advcl"}:
            if child.dep_ == "dobj" and not seen_recipient:
                seen_recipient = True
                continue
            start = min(start, child.left_edge.i)
    return token_range(doc, doc[start], end)


def _clause_end(cue: Token, complement: Token) -> Token:
    """The complement's end, or later when the parser hung the rest of it on the cue instead:
    "confirmed that Biden had authorized Ukraine to use the ATACMS -- officially called … --"."""
    end = complement.right_edge
    for child in cue.rights:
        if child.i <= complement.i or child.dep_ not in CONTINUATION_DEPS or is_cue(child):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in child.children):
            break  # a clause of its own
        end = max(end, child.right_edge, key=lambda t: t.i)
    return end


def subtree_without(head: Token, removed: Token) -> list[CharSpan]:
    """The head's clause minus the cue's own subtree (and the commas that set it off)."""
    doc = head.doc
    skip = {t.i for t in removed.subtree}
    if is_according_to(removed):
        skip |= {t.i for t in removed.nbor(1).subtree}
    tokens = [t for t in head.subtree if t.i not in skip and not is_space(t)]
    fragments: list[list[Token]] = []
    for token in tokens:
        if (fragments and token.i == fragments[-1][-1].i + 1) or (
            fragments
            and all(doc[i].is_punct or is_space(doc[i]) for i in range(fragments[-1][-1].i + 1, token.i))
        ):
            fragments[-1].append(token)
        else:
            fragments.append([token])
    spans = [token_range(doc, frag[0], frag[-1]) for frag in fragments]
    return [s for s in spans if any(ch.isalnum() for ch in text_of(doc)[s[0] : s[1]])]
