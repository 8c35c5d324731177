"""What the public learned is no one's statement (docs/quotes.md, "Round 29: antecedents").

`Once Trump released the transcript of his July 25th call …, the nation learned that the Schiff's
gold-standard whistleblower was no such thing`: a columnist's claim, told as what "the nation" came to
know. A collective for the public as the subject of a verb of coming to know ("learned", "discovered",
"found out", "realised") speaks no words: the clause is the writer's own account of what the public now
knows, so it is nobody's (deeds.nobody_says: a thought with no speaker), and "the nation" is never
resolved to a person the article names (before, "the nation" went to Trump, the subject of the "Once …"
clause, as if it described him). The public is "the nation", "the public", "the country", "the world",
"the electorate", "everyone", or a people by its demonym ("Americans", "Britons"); the writer's own "we"
is the narrator's already (deeds.is_narrators). A named group that learns something ("Police learned
that …", "the board discovered") is not the public and keeps its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS

# Verbs of coming to know something, not of saying it.
LEARNING_LEMMAS = frozenset({"learn", "discover", "realise", "realize"})
# "found out": "find" only with its particle.
LEARNING_WITH_PARTICLE = {"find": "out"}
# Nouns for the whole public (with "the"), and pronouns for everyone.
PUBLIC_NOUNS = frozenset({"nation", "public", "country", "world", "electorate", "populace"})
EVERYONE = frozenset({"everyone", "everybody"})


def public_learns(cue: Token) -> bool:
    """Whether `cue` is a verb of coming to know ("learned", "found out") whose subject is the public
    ("the nation", "Americans"): the writer's account, no one's words."""
    lemma = cue.lemma_.lower()
    particle = LEARNING_WITH_PARTICLE.get(lemma)
    found_out = any(c.dep_ == "prt" and c.lower_ == particle for c in cue.children)
    if lemma not in LEARNING_LEMMAS and not found_out:
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and is_public(subject)


def is_public(token: Token) -> bool:
    """ "the nation", "the public", "everyone", "Americans": the public as a whole, no one speaker."""
    if token.lower_ in EVERYONE:
        return True
    if token.lemma_.lower() in PUBLIC_NOUNS and token.tag_ == "NN":  # "the (whole) nation", not "a country"
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    # "Americans learned": a people by its demonym, which the NER tags a nationality
    return token.ent_type_ == "NORP" and token.tag_ in {"NNPS", "NNS"}
