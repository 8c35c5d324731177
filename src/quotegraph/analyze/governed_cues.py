"""A cue governed by a verb that says nothing itself: what the governing verb makes of it (docs/quotes.md,
"Not speech, round 24").

- A verb of tendency or seeming over a belief or a wish ("They … tend not to want to break any moulds",
  "seem to believe", "appear to fear"): the wanting or believing is what is reported, a `thought`; the
  cue drawn with its head on "tend" or "seem" is typed by the verb it carries, not as speech.
- A requirement with an infinitive of speech ("It also requires companies and websites to disclose whether
  their systems will install spyware", "obliges banks to report …", "firms are required to declare …"):
  what a law, a rule or a body makes others do, no words anyone said; a `thought` (an obligation), as
  "asked the court to send …" is a request. "was forced to admit that …" (he did admit it) and "compelled
  to testify" tell of words said, and are left to the rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.inner_voices import carried_belief

# Verbs of tendency or seeming that carry the verb of their to-infinitive: "tend to want", "seem to fear".
RAISING_LEMMAS = frozenset({"tend", "seem", "appear"})
# Verbs of an obligation, which tell nothing of its being met: "requires X to disclose", "obliges them to".
REQUIRING_LEMMAS = frozenset({"require", "oblige", "obligate", "mandate"})


def carried_lemma(cue: Token) -> str:
    """The lemma that types the cue: that of the to-infinitive a verb of tendency or seeming carries
    ("tend not to want": want) or a belief a verb of beginning carries ("will begin to think": think;
    inner_voices.py), else the cue's own."""
    if (belief := carried_belief(cue)) is not None:
        return belief
    lemma = cue.lemma_.lower()
    if lemma not in RAISING_LEMMAS:
        return lemma
    carried = next((c for c in cue.children if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    return carried.lemma_.lower() if carried is not None else lemma


def required_to_say(cue: Token) -> bool:
    """ "requires companies … to disclose whether …": a cue in the to-infinitive of a verb of requiring
    (with or without its object before it, active or passive: "are required to report …")."""
    return cue.dep_ == "xcomp" and _to_infinitive(cue) and cue.head.lemma_.lower() in REQUIRING_LEMMAS


def _to_infinitive(verb: Token) -> bool:
    """ "to want", "to disclose": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
