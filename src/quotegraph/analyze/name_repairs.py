"""Names the NER garbled, repaired by how news writes names (docs/quotes.md, "Names the NER garbles").

- A sentence word glued before a name is no part of it: a gerund or an adverb opening the sentence
  ("Describing Mr Jackson as …" → "Mr Jackson"; "Meanwhile Microsoft"), or an adjective of time or
  standing that news sets before a firm or a person ("Recent Samsung", "Embattled Yukos").
- A possessive ends a name when a number follows it ("Holcomb's 2016 …" → "Holcomb").
- The letters after a person's name (QC, KC, MP, MEP, MSP) are no part of it ("Ben Emmerson QC").
- A person the NER labelled an organization is a person when the name is two or three capitalised
  words and the letters of a person follow it ("Guy Mansfield QC"), the article writes its last word
  alone as a person ("Elena Dementieva" … "said Dementieva"), or a description of rank, which only a
  person has, is set beside it ("Jo Flaherty, a senior broadcaster with the CBS network"; also no
  firm for name_kinds.names_organization, though "broadcaster" alone sets one).

entities.py asks these when it cleans and clusters names; no look-ups beyond the entity's tokens.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.name_kinds import ORGANIZATION_ENDINGS, ranked
from quotegraph.analyze.names import PERSON_LETTERS

# Adjectives of time or standing that news sets before a name and that open no name themselves: not
# "New", "Royal", "British" or "Green", which do ("New Labour", "Green Party").
GLUED_ADJECTIVES = frozenset(
    "recent former embattled troubled beleaguered struggling ailing outgoing incoming fellow rival "
    "disgraced jailed".split()
)


def glued_opening(tokens: list[Token]) -> int:
    """How many words opening a sentence are glued before the name: a gerund ("Describing Mr
    Jackson"), an adverb ("Meanwhile Microsoft") or an adjective of GLUED_ADJECTIVES ("Recent Samsung"),
    when a capitalised word follows it."""
    if len(tokens) < 2 or not tokens[0].is_sent_start or not tokens[1].text[:1].isupper():
        return 0
    first = tokens[0]
    gerund = first.tag_ == "VBG" and first.lower_.endswith("ing")
    adverb = first.pos_ == "ADV" and first.tag_ == "RB"
    return int(gerund or adverb or first.lower_ in GLUED_ADJECTIVES)


def before_loose_possessive(tokens: list[Token]) -> list[Token]:
    """The name up to a possessive that a number follows: "Holcomb's 2016 campaign" → "Holcomb" (a
    phrase "Michael Jackson's mother" stays whole, a description of someone else)."""
    for number, token in enumerate(tokens[1:-1], 1):
        after = tokens[number + 1]
        if token.tag_ == "POS" and after.is_digit:
            return tokens[:number]
    return tokens


def without_person_letters(tokens: list[Token]) -> list[Token]:
    """ "Ben Emmerson QC" → "Ben Emmerson": the letters after two or more capitalised words."""
    lettered = len(tokens) >= 3 and tokens[-1].text.isupper() and tokens[-1].lower_ in PERSON_LETTERS
    return tokens[:-1] if lettered and all(t.is_title for t in tokens[:-1]) else tokens


def person_shaped(words: list[Token]) -> bool:
    """Two or three capitalised words, none a club's or a company's ending: "Guy Mansfield"."""
    return (
        2 <= len(words) <= 3
        and all(t.is_title and t.is_alpha for t in words)
        and words[0].lower_ not in {"the", "a", "an"}
        and words[-1].lower_ not in ORGANIZATION_ENDINGS
    )


def lone_person_words(ents: Iterable[TokenSpan]) -> set[str]:
    """The one-word names the NER labels a person: the surnames the article writes alone."""
    return {e[0].text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title}


def taken_for_organization(ent: TokenSpan, lone_people: set[str]) -> bool:
    """A person's name the NER labelled an organization (see the module's docstring)."""
    if ent.label_ != "ORG":
        return False
    words = [t for t in ent if t.tag_ != "POS"]
    if any(t.is_punct for t in words):  # "Ahmed 'Mido' Hossam", cut at a quotation mark
        return False
    if words and words[-1].text.isupper() and words[-1].lower_ in PERSON_LETTERS:
        return person_shaped(words[:-1])
    if not person_shaped(words):
        return False
    described = any(c.dep_ == "appos" and ranked(c) for c in ent.root.children)
    return described or words[-1].text in lone_people


def name_repaired(tokens: list[Token]) -> list[Token]:
    """The name's tokens without a glued opening word, cut at a loose possessive, without a person's
    letters."""
    return without_person_letters(before_loose_possessive(tokens[glued_opening(tokens) :]))
