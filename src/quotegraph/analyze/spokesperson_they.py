"""A named spokesperson's singular "they" (docs/quotes.md, "Round 29: antecedents").

`Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people … "We use a
machine learning model …," they said in an email.`: news that names a spokesperson without saying whether
they are a man or a woman writes the singular "they" after them, and the quote is the spokesperson's. The
"they" went to an organization named a paragraph before ("across Facebook's various platforms"), as a
plural "they" goes to a firm; the "we" inside the quote is the company the spokesperson speaks for, no
plural antecedent. A "they" as the subject of a cue is the person of the attribution just before it where

- that attribution's source is one named person set beside a noun that speaks for a body and gives no
  sex ("Kym Lino, a spokesperson for Instagram", "Instagram representative Kym Lino"),
- it is in the pronoun's sentence or the one before, and
- no plural subject stands between them outside the quoted words (a "they" after "… Lino said users were
  told" may be the users: the group rules, group_pronouns.py, read that first, and this one stops).

A spokesman or spokeswoman is "he" or "she" (gender.py), and an unnamed "a spokesperson" speaks for the
body whose "they" it is: neither is read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.earlier import R, Resolutions
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Nouns for someone who speaks for a body and give no sex: a "they" after such a person may be theirs.
NEUTRAL_SPOKESPEOPLE = frozenset({"spokesperson", "representative", "rep", "publicist"})
# How such a noun stands by the name: "Kym Lino, a spokesperson …", "Instagram spokesperson Kym Lino".
BESIDE_DEPS = frozenset({"appos", "compound"})


def spokesperson_they(
    head: Token, attribution: Attribution, attributions: list[Attribution], done: Resolutions[R]
) -> R | None:
    """The named spokesperson a singular "they" stands for (see the module's docstring), else None."""
    if head.lower_ != "they" or head.dep_ not in SUBJECT_DEPS or not attribution.cue:
        return None
    position = attribution.cue[0][0]
    earlier = next((a for a in reversed(attributions) if a.cue and a.cue[0][0] < position), None)
    source = earlier.source_token if earlier is not None else None
    if earlier is None or source is None or not _named_spokesperson(source):
        return None
    if source.sent.start < _sentence_before(head).start or _plural_between(source, head, attribution):
        return None
    resolved = done.get(id(earlier))
    cluster = resolved.cluster if resolved is not None else None
    return resolved if cluster is not None and cluster.type == "person" else None


def _named_spokesperson(source: Token) -> bool:
    """A person's name with a sexless noun for a spokesperson set beside it."""
    if source.ent_type_ != "PERSON":
        return False
    return any(c.dep_ in BESIDE_DEPS and c.lemma_.lower() in NEUTRAL_SPOKESPEOPLE for c in source.children)


def _sentence_before(head: Token):
    """The sentence before the pronoun's (a paragraph break passed over), or its own at the start."""
    start = head.sent.start
    last = start - 1
    while last > 0 and head.doc[last].is_space:
        last -= 1
    return head.doc[last].sent if last >= 0 else head.sent


def _plural_between(source: Token, head: Token, attribution: Attribution) -> bool:
    """A plural subject between the spokesperson and the "they", outside the quote the "they" says."""
    quoted = [(start, end) for start, end in attribution.content] if attribution.kind == "direct" else []
    for token in head.doc[source.i + 1 : head.i]:
        if any(start <= token.idx < end for start, end in quoted) or token.dep_ not in SUBJECT_DEPS:
            continue
        joined = any(c.dep_ == "conj" for c in token.children)  # "Smith and Jones said": two
        if token.tag_ in {"NNS", "NNPS"} or token.lower_ in {"they", "we"} or joined:
            return True
    return False
