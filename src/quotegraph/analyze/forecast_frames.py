"""Words forecast, not said yet (round 32; docs/quotes.md, "Not speech, round 32").

News foretells what someone will say with a raising or forecast frame: "Tony Blair seems certain to end
weeks of phoney war on Monday and announce there will be a general election on 5 May", "the minister is
expected to unveil the plans and say that …", "is likely to announce", "is set to confirm". The cue is a
bare infinitive, hung with "to" from the frame or joined by "and" to such an infinitive, and the frame is

- "seem" or "appear" through an adjective or participle of likelihood ("seems certain to", "appears
  poised to"; "appeared to suggest that …" reads words said and is left alone);
- "be" with an adjective of likelihood ("is likely to", "is certain to", "is bound to");
- a passive of forecast ("is expected to", "is tipped to", "is set to", "is poised to").

What is foretold has not been said: nobody's words, typed thought with no speaker (unsaid.not_yet_said,
read by deeds.nobody_says). A schedule ("is due to tell MPs", "will tell MPs that …") and an intention
("wants to say") are left to their own rules.
"""

from __future__ import annotations

from spacy.tokens import Token

RAISING_VERBS = frozenset({"seem", "appear"})
# Adjectives and participles of likelihood a raising verb or "be" hangs an infinitive from.
LIKELIHOOD_WORDS = frozenset({"certain", "likely", "unlikely", "sure", "bound", "set", "poised", "ready"})
# Passives of forecast: "is expected to", "is tipped to".
FORECAST_PASSIVES = frozenset({"expect", "tip", "set", "poise", "predict", "forecast"})
MAX_CONJUNCTS = 3


def forecast(cue: Token) -> bool:
    """The cue is a bare infinitive under a raising or forecast frame (see the module's docstring)."""
    infinitive = _infinitive_of(cue)
    return infinitive is not None and _is_frame(infinitive.head)


def _infinitive_of(cue: Token) -> Token | None:
    """The to-infinitive the cue is, or the first of the infinitives it is joined to by "and"."""
    if cue.tag_ != "VB":
        return None
    token = cue
    for _ in range(MAX_CONJUNCTS):
        if token.dep_ != "conj" or token.head.tag_ != "VB":
            break
        token = token.head
    if token.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    return token


def _is_frame(head: Token) -> bool:
    """ "seems (certain) to", "is likely to", "is expected to"."""
    lemma, lower = head.lemma_.lower(), head.lower_
    if lower in LIKELIHOOD_WORDS and head.dep_ in {"acomp", "oprd", "ccomp", "xcomp"}:
        return head.head.lemma_.lower() in RAISING_VERBS | {"be"}
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and head.tag_ == "VBN" and lemma in FORECAST_PASSIVES
