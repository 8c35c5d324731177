"""Who a verb of showing has no one for (docs/quotes.md, "Not speech, round 13"): the grammar of two
shapes in which a thing, or the writer's own look, shows or reveals, and no person speaks.

- A participle of showing or revealing with no subject of its own takes its subject from the clause it
  hangs on: `Yet fires have continued, showing that enforcement is a problem`, `The unprecedented
  resolution and scale allowed the researchers to gather key insights …, revealing how various oddly
  shaped galaxies morphed …`. Whether that subject is a thing, not a person nor a body, is
  attribution_types.py's test (`nobody_shows`).
- A look, a glance, a reading that shows or reveals is the writer's own look, no one's words: `A brief
  glance at Mr Miliband's family background reveals an impressive socialist pedigree`; someone's look
  ("the inspectors' examination", "his reading of the law") is theirs and left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Verbs of showing, what a thing makes plain ("the minutes showed", "the move suggests"; used by
# attribution_types.py); a thing or a look that reveals does so too.
SHOWING_LEMMAS = frozenset({"show", "suggest", "indicate", "prove", "demonstrate"})
SHOWN_LEMMAS = SHOWING_LEMMAS | {"reveal"}
# Nouns of looking at something: the act of whoever looks, in a news story the writer or the reader.
LOOK_NOUNS = frozenset(
    "glance look peek reading perusal examination inspection scrutiny check search trawl skim browse".split()
)
# A possessor that is the writer's own: "our look at …", "a quick glance".
WRITERS = frozenset({"our", "my"})


def participle_subject(cue: Token) -> Token | None:
    """The subject a participle of showing takes from the clause it hangs on ("fires" of "Yet fires have
    continued, showing that …"), where it has none of its own; None for any other cue."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.lemma_.lower() not in SHOWN_LEMMAS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children) or cue.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in cue.head.children if c.dep_ in SUBJECT_DEPS), None)


def a_look_shows(cue: Token) -> bool:
    """ "A brief glance at … reveals …": a verb of showing whose subject is a look nobody but the writer
    owns."""
    if cue.lemma_.lower() not in SHOWN_LEMMAS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in LOOK_NOUNS:
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return all(o.lower_ in WRITERS for o in owners)
