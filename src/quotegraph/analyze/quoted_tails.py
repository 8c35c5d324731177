"""A participle after a closing quotation mark that describes the quote's last noun is no cue (round 24).

`"The president wants the option of having a bigger deal with China. Bigger than just the little deal"
announced in October, said Derek Scissors, a China scholar …`: the past participle "announced" hangs on
"deal", the last noun inside the quotation, and tells which deal ("the little deal announced in
October"); it reports nobody's words. The sentence's cue is the "said Derek Scissors" after that tail, and
the quote is his. Without this rule the participle took the quote as its own, with no source, and the
"said" after it was left with no words.

So a past participle hung on a noun before it, right after a closing mark (`tail_participle`), reports
nothing, and a cue after such a tail takes the quote before it as if only punctuation stood between them
(`tail_start`: where the tail begins), where the quote opens its sentence: `… could not afford the
"reckless, George Bush-style tax cutting spree" planned by the Tories, he said` reports the whole sentence,
not the quoted phrase inside it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def tail_participle(cue: Token) -> bool:
    """Whether the cue is a past participle describing the noun that ends a quotation right before it
    ('the little deal" announced in October')."""
    if cue.tag_ != "VBN" or cue.dep_ != "acl" or cue.head.i >= cue.i or cue.i == 0:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in cue.children):
        return False
    mark = cue.doc[cue.left_edge.i - 1] if cue.left_edge == cue else None
    return mark is not None and mark.is_quote and cue.head.i < mark.i


def tail_start(doc: Doc, offset: int) -> int | None:
    """The start of a participle tail ending right before `offset` (a comma after it allowed), which
    describes the last noun of the quotation before it; None where none ends there."""
    span = doc.char_span(max(offset - 1, 0), offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    last = span[-1]
    while last.i > 0 and (last.is_space or (last.is_punct and not last.is_quote)):
        last = doc[last.i - 1]
    if last.is_quote or last.is_space:
        return None
    for participle in (last, *last.ancestors):
        if participle.right_edge.i < last.i:
            return None
        if tail_participle(participle):
            return participle.idx
    return None


def opens_sentence(text: str, start: int) -> bool:
    """Whether a quotation starting at `start` opens its sentence or line (nothing before it but the end of
    a sentence, a line break or the start of the text)."""
    before = text[:start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n"
