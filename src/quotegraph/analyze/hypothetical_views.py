"""A view the writer supposes some unnamed many might hold: nobody's statement (docs/quotes.md, "Not
speech, round 29").

A profile or a column sets up its subject's answer with a view it supposes: `But what is it about UKIP that
particularly attracts him? Many might think it is simply another chance to practice his art, irrespective of
the politics. "I think the greatest threat to democracy …"` (BBC politics/267, Dick Morris). "Many might
think", "Some may say", "Others would argue", "many people could feel": a cue with a modal of possibility
(might, may, could, would) whose subject is a bare quantity of unnamed people (many, some, others, most, few
…, or "people" counted by one) reports what the writer supposes, not what anyone said or is known to think.
Its own clause holds all of it: it is nobody's (deeds.nobody_says: typed thought, no speaker), and no quote
after it goes on from it (continuations.py skips it), so the quote falls to the rules for a quote with no
cue (narrated_quotes.py, profile_runs.py). "Many think …" (no modal) and "Some MPs may argue …" (a noun of
their own) are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

# Modals of possibility that make a view supposed rather than reported.
SUPPOSING_MODALS = frozenset({"might", "may", "could", "would", "'d"})
# A bare quantity of unnamed people, the subject on its own.
QUANTITIES = frozenset(
    "many some others most few several plenty one anyone someone everyone everybody somebody".split()
)
# People counted, not named: "many people", "some observers".
COUNTED_PEOPLE = frozenset({"people", "observers", "readers", "onlookers"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def supposed_view(cue: Token) -> bool:
    """ "Many might think it is …", "Some may say …": a view supposed of unnamed many, nobody's."""
    if not any(a.dep_ == "aux" and a.lower_ in SUPPOSING_MODALS for a in cue.children):
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in QUANTITIES:
        # "Many might think", not "some of the MPs"
        return not any(c.dep_ in {"compound", "amod", "prep"} for c in subject.children)
    return subject.lower_ in COUNTED_PEOPLE and any(
        c.dep_ in {"amod", "det"} and c.lower_ in QUANTITIES for c in subject.children
    )
