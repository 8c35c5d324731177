"""The subject after a comma that closes fronted phrases, which the parser hung inside them (docs/quotes.md,
round 24).

`Even after the great influx of women MPs at the 1997 general election, and greater numbers of women in
the Cabinet, female MPs often say they feel stuck on the edge of a male world.`: the phrases opening the
sentence end at the last comma, and the plain noun phrase after it, right before the cue, is who says it
(female MPs); the parser, reading "in the Cabinet, female MPs" as one phrase, makes the fronted "greater
numbers" the cue's subject (a document noun, so the attribution was typed a document). A subject of the
cue that follows "and" or a comma (a fronted list), whose phrase ends in ", <plain noun phrase>" right
before the cue, gives way to that noun phrase, where the parser hung its noun in a preposition's object.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution import Attribution

# What may stand before a plain noun phrase's head: "female MPs", "the two firms", "many local people".
MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "nmod", "poss", "case"})


def fronted_subjects(attributions: list[Attribution]) -> None:
    """Each attribution whose source is such a misread subject takes the noun phrase after the comma."""
    for attribution in attributions:
        cue, source = attribution.cue_token, attribution.source_token
        if cue is None or source is None or (subject := subject_after_fronted(source, cue)) is None:
            continue
        first = subject.doc[_after_last_comma(source)]
        attribution.source_token = subject
        attribution.source = [(first.idx, subject.idx + len(subject.text))]


def subject_after_fronted(source: Token, cue: Token) -> Token | None:
    """The head of the plain noun phrase after the last comma of the cue's fronted subject, or None."""
    if source.dep_ != "nsubj" or source.head != cue or source.left_edge.i == 0:
        return None
    if source.doc[source.left_edge.i - 1].lower_ not in {"and", ","}:
        return None  # the subject phrase does not follow fronted phrases
    end = source.right_edge
    between = source.doc[end.i + 1 : cue.i]
    if not all(t.pos_ in {"ADV", "AUX", "PART"} for t in between) or end.pos_ not in {"NOUN", "PROPN"}:
        return None
    start = _after_last_comma(source)
    plural = end.tag_ in {"NNS", "NNPS"} or end.lower_.endswith("s")  # "MPs" is often tagged singular
    if start is None or end.dep_ != "pobj" or not plural:
        return None
    phrase = source.doc[start : end.i]
    return end if all(t.dep_ in MODIFIER_DEPS and t.head == end for t in phrase) else None


def _after_last_comma(source: Token) -> int | None:
    """The index of the token after the last comma inside the subject's phrase, or None."""
    commas = [t.i for t in source.subtree if t.text == "," and t.i > source.i]
    return commas[-1] + 1 if commas else None


def fronted_group(head: Token) -> str | None:
    """ "…, and greater numbers of women in the Cabinet, female MPs often say": the plain noun phrase
    that subject_after_fronted found for the verb after it, as written ("female MPs"), a group of people
    unnamed; None for any other source (the parser's phrase around it, "the Cabinet, female MPs", is
    never a description of one person)."""
    after = head.doc[head.i + 1 :]
    verb = next((t for t in after if t.pos_ not in {"ADV", "AUX", "PART"}), None)
    if verb is None or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject_after_fronted(subject, verb) != head:
        return None
    first = head.doc[_after_last_comma(subject)]
    return head.doc[first.i : head.i + 1].text
