"""A quote whose "she said" cannot be the woman named before it: the paragraph's own person speaks.

A paragraph that opens with a named person as its subject is about that person, and a quote in it with
"he/she said" is theirs; the pronoun does not reach back past that opening to someone named in an earlier
paragraph. Where the pronoun disagrees with the opener's gender, it is a slip of the page only when someone
the article calls by that pronoun, named before the paragraph, is named in the third person in the quote
itself: nobody calls themselves by name in their own words ("McDowell still laughs at the memory of
hearing his mom … “It could have been really easy for Mary Steenburgen to just put her name on something
…,” she said." is McDowell's, never Steenburgen's, nor anyone named before her). Without that sign the
pronoun keeps its own rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import pronouns_used
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of


def paragraph_opener(
    pronoun: Token,
    index: EntityIndex,
    quoted: list[tuple[int, int]],
    people: Sequence[Cluster],
    agrees: Callable[[Token, Cluster], bool],
) -> Cluster | None:
    """The named person who opens the pronoun's paragraph as its subject, where the pronoun ends a quote
    that names a person named before the paragraph whom the article calls by that pronoun (`people`)."""
    doc, text = pronoun.doc, text_of(pronoun.doc)
    start = text.rfind("\n", 0, pronoun.idx) + 1
    first = next((s for s in doc.sents if s.end_char > start), None)
    if first is None or first.start_char < start or first.end_char > pronoun.sent.start_char:
        return None
    subject = next((c for c in first.root.children if c.dep_ in SUBJECT_DEPS), None)
    opener = index.cluster_at(subject.i) if subject is not None else None
    if opener is None or opener.type != "person" or agrees(pronoun, opener):
        return None
    quote = _quote_before(pronoun, quoted)
    if quote is None:
        return None
    for person in people:
        if person is opener or not _called(pronoun, person):
            continue
        before = any(m.start_char < start for m in person.mentions)
        if before and any(quote[0] <= m.start_char < quote[1] for m in person.mentions):
            return opener  # the quote names the one "she" would fit: not its speaker
    return None


def _called(pronoun: Token, person: Cluster) -> bool:
    """Whether the article calls the person by the pronoun ("Palin said she would …"), not merely fits."""
    male, female = pronouns_used(person)
    return male != female and (male if pronoun.lower_ in {"he", "him"} else female)


def _quote_before(pronoun: Token, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote that closes right before the pronoun ('“…,” she said'), only punctuation between."""
    text = text_of(pronoun.doc)
    for begin, end in quoted:
        if end <= pronoun.idx and all(not ch.isalnum() for ch in text[end : pronoun.idx]):
            return begin, end
    return None
