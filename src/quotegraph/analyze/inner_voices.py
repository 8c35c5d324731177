"""A belief stays a thought, quoted or carried (docs/quotes.md, round 29).

- A quotation that "think" (or "wonder") brings in is what someone thinks, an inner voice, no words said:
  "the more the people shrug and think, “Enough already, just vote.”" imagines what the public thinks.
  Quotation marks say words were said, except right after a verb of thinking: the quotation is then the
  thought itself ("he thought: “…”"). A quotation before "thinks" ("“…,” he thinks") is left as speech:
  news writes it of words an interview gave.
- A belief verb carried by a verb of beginning or going on ("People will begin to think the target …
  must be doing something right", "have come to believe", "continue to hope") is a belief: the cue a
  learned model draws whole ("will begin to think") is typed by the belief it carries, as the rules'
  "to think" is, never as speech.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of thinking that bring in a quotation of the thought itself.
INNER_VOICE_LEMMAS = frozenset({"think", "wonder"})
# Marks that may stand between the verb and the quotation: "think, “…”", "thought: “…”".
LEAD_INS = frozenset({",", ":", "-", "—", "–"})
OPENING_MARKS = frozenset({"“", '"', "‘", "'"})
# Verbs of beginning or going on, which report nothing of their own and carry the verb of their infinitive.
ASPECT_LEMMAS = frozenset({"begin", "start", "come", "continue", "grow"})
# The belief verbs (attribution_types.THOUGHT_LEMMAS) such a verb carries.
CARRIED_BELIEFS = frozenset(
    "believe think hope fear worry expect feel doubt know reckon suspect assume guess understand".split()
)


def inner_voice(cue: Token) -> bool:
    """ "shrug and think, “Enough already, just vote.”": a verb of thinking right before the quotation it
    brings in (a comma, a colon or a dash between)."""
    if cue.lemma_.lower() not in INNER_VOICE_LEMMAS or cue.pos_ != "VERB":
        return False
    after = cue.doc[cue.i + 1 : cue.i + 3]
    words = [t for t in after if not t.is_space]
    if words and words[0].text in LEAD_INS:
        words = words[1:]
    return bool(words) and words[0].text in OPENING_MARKS


def carried_belief(cue: Token) -> str | None:
    """The belief verb a verb of beginning or going on carries ("will begin to think": "think"); None for
    any other cue."""
    if cue.lemma_.lower() not in ASPECT_LEMMAS:
        return None
    for verb in cue.children:
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        if verb.dep_ == "xcomp" and to and verb.lemma_.lower() in CARRIED_BELIEFS:
            return verb.lemma_.lower()
    return None
