"""A cue after a quote that closes its sentence, with an object of its own, reports that object, not the
quote (docs/quotes.md, "Round 29 (wt-q108)").

`"… to fund foster care from their own pockets." The charity recommends a weekly payment of £108.49 …`
(BBC politics/103): the quote ends its sentence, and the next sentence is a new statement whose cue has
its own words, a thing as its direct object ("a weekly payment"); the quote is not what the charity
recommends, as a '"…," the charity said' would make it. News syntax settles it the same way in every
article: a cue whose direct object after it is a common noun for a thing (no name, no pronoun, no word for
people) reports that object only. A verb whose object is whom it is said to ("told reporters", "warned
MPs", "assured the court") keeps the quote before it, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents

# Cues whose direct object is the hearer, not the words: '"…." he told reporters.'
HEARER_OBJECT_LEMMAS = frozenset(
    "tell ask assure warn remind inform urge advise reassure notify brief caution promise answer".split()
)
# Named things are hearers or parties ("told the BBC", "warned Iran"), not words.
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})


def reports_an_object(cue: Token) -> bool:
    """Whether the cue has a direct object after it that is a thing it reports ("recommends a weekly
    payment"), so that a quote closing the sentence before it is not its words."""
    if cue.lemma_.lower() in HEARER_OBJECT_LEMMAS:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    return any(
        o.pos_ == "NOUN" and o.ent_type_ not in NAMED and not (o.tag_ == "NNS" and denotes_agents(o))
        for o in objects
    )
