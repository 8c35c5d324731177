"""The subject of a passive cue whose object is the hearer heard the words; it did not say them.

`Technology firms and gadget lovers are being urged to think more about the environment …`: someone
urges them; the firms and gadget lovers are those urged, never who urges. So with "told", "warned",
"asked", "urged", "encouraged", "ordered" … in the passive, the subject is no source: the speaker is the
"by" agent where one is named (passive_agents.py), else nobody ("Reporters were told that …", docs/quotes.md).
"""

from __future__ import annotations

from spacy.tokens import Token

# Cues whose object is the hearer: in the passive ("was told that …", "are being urged to …") their subject
# did not speak.
HEARER_LEMMAS = frozenset(
    {"tell", "inform", "assure", "advise", "warn", "remind", "ask", "urge", "encourage", "order", "instruct"}
)


def hears_in_passive(cue: Token) -> bool:
    """A passive cue whose subject is its hearer: "are being urged to think …", "were warned that …"."""
    return cue.lemma_.lower() in HEARER_LEMMAS and any(c.dep_ == "auxpass" for c in cue.children)


def only_the_hearer(cue: Token, source: Token | None) -> bool:
    """Whether `source` is the subject of such a passive cue: those who heard it, no speaker."""
    return source is not None and source.dep_ == "nsubjpass" and source.head == cue and hears_in_passive(cue)
