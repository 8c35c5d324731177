"""Common nouns the NER took for names (docs/quotes.md, "Leftovers, round 18").

A name is a name (criterion 3): a word of the language that a capital letter only dresses is none.
- A sentence's opening word, alone taken for a name, is a description when it is set before a lowercase
  noun it qualifies and the article writes the word small as a noun elsewhere: "Fan website Trek United
  is hoping …" (the article's "fans") names a fan website, Trek United, never an organization "Fan"
  (`descriptor_opening`), nor "House prices" a "House". A word the article never writes small ("Sony
  engineers"), or one set before people or a role ("Academy president Frank Pierson" after "the academy
  formed a committee": the body's short name), stays a name.
- A group's name that holds "and" is one name where the NER cut it into a group of people (NORP) and an
  organization after a singular description of one body: "local group Victims and Citizens Against Crime
  said" is that group, never "Victims" (`one_group`); "rivals Democrats and Republicans" (plural, no
  organization after it) stay two.
Both read only the entity's tokens and their neighbours, and one pass over the article for its lowercase
nouns: the text stays linear.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.agent_nouns import denotes_agents

# The labels of the NER's names that speakers are drawn from (name_kinds.NAME_LABELS).
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def without_noun_names(ents: list[TokenSpan]) -> list[TokenSpan]:
    """The entities without a capitalised descriptor taken for a name, and a group's name cut at its "and"
    joined again (see the module docstring)."""
    if not ents:
        return ents
    small = _lowercase_nouns(ents[0].doc)
    out: list[TokenSpan] = []
    for ent in ents:
        if descriptor_opening(ent, small):
            continue
        if out and one_group(out[-1], ent):
            ent = TokenSpan(ent.doc, out.pop().start, ent.end, label="ORG")
        out.append(ent)
    return out


def _lowercase_nouns(doc: Doc) -> set[str]:
    """The lemmas of the nouns the article writes in lower case ("fan" of "fans")."""
    return {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_lower and t.is_alpha}


def descriptor_opening(ent: TokenSpan, small: set[str]) -> bool:
    """A one-word name opening its sentence that qualifies the lowercase noun after it, a word the article
    writes small as a noun elsewhere: "Fan" of "Fan website Trek United"."""
    if len(ent) != 1 or ent.label_ not in _SPEAKER_LABELS or ent.end >= len(ent.doc):
        return False
    word, after = ent[0], ent.doc[ent.end]
    if not word.is_sent_start or not word.is_title or word.dep_ != "compound" or word.head.i != after.i:
        return False
    if not (after.is_lower and after.is_alpha and after.pos_ == "NOUN") or denotes_agents(after):
        return False  # "Academy president Frank Pierson", "Labour members": a body's people, a name
    return word.lower_ in small or word.lemma_.lower() in small


def one_group(first: TokenSpan, second: TokenSpan) -> bool:
    """ "local group" + "Victims" (NORP) + "and" + "Citizens Against Crime" (ORG): one group's name, the
    capitalised words joined by a bare "and" after a singular description of one body."""
    doc = first.doc
    if first.label_ != "NORP" or second.label_ != "ORG" or second.start != first.end + 1:
        return False
    if doc[first.end].lower_ != "and" or not all(t.is_title for t in first):
        return False
    before = doc[first.start - 1] if first.start > 0 else None
    if before is None or before.tag_ != "NN" or not before.is_lower:
        return False
    return first.start <= before.head.i < first.end
