"""Reporting cues: the words that introduce what someone said, wrote or believes.

A cue is a verb from the lexicons below (outside quotation marks) or the phrase "according to".
Speech verbs may introduce a direct quote; belief and finding verbs count only with a clause
complement ("polls show that …"), which keeps "she found her keys" out.

A lexicon word the parser took for a bare verb right after a noun of its own noun phrase is a noun that
reports nothing (round 13; quotes.reports_nothing drops it, for the rules and a learned model alike, while
is_cue, which the model's features read, keeps the parser's reading): "prescribed the man in the case
report steroids", "a news report", "the police report card": a present-tense or bare "report" with no
subject, auxiliary nor clause of its own, after a common noun that is not its subject ("saw a succession of
loyal members warn that feuding could …" reports their words).
"""

from __future__ import annotations

from spacy.tokens import Token


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


SPEECH_LEMMAS = _words(
    """
    say tell add confirm write concur vow state claim argue note explain insist warn announce report
    acknowledge admit deny declare predict promise pledge ask respond reply answer continue recall urge
    testify tweet post complain estimate assert maintain stress emphasize emphasise indicate reveal
    disclose agree contend observe remark comment mention suggest caution charge allege boast joke
    quip muse lament scoff retort counter reiterate repeat concede conclude tout threaten guarantee
    assure inform proclaim advise recommend cite describe criticize criticise praise accuse demand
    shout yell scream exclaim chant whisper plead beg
    bemoan gush grumble
    sing croon mutter murmur mumble
    """
)
BELIEF_LEMMAS = _words(
    """
    believe think hope fear worry expect feel doubt know find show reckon suspect wish want
    imply guess assume decide learn understand question demonstrate prove plan intend seek
    """
)
# Verbs that only introduce a quotation when the quote sits right beside them. Words sung or muttered are
# speech (round 29: '"Had to find my own way …," she sings'), but "the bird sings" and "sings the old songs"
# report no words: singing and muttering are cues of a quotation or a clause only.
QUOTE_ONLY_LEMMAS = _words(
    "continue add ask answer reply respond write post bemoan gush grumble relate recount "
    "sing croon mutter murmur mumble"
)
# Verbs that report a quotation as their object and nothing else (round 27), outside the lexicon (a learned
# model's cue must be in it, and "Robinson has been blamed for poor leadership" reports no words): "It
# blamed "continuing uncertainties …"" is the subject's words; a quotation before the verb is not its own.
QUOTATION_LEMMAS = _words("blame")
# Verbs of telling a story, cues only with a subject of their own, no "to" and no object ("As he related,
# "…"", "she recounted that …"; round 15): "related to the case", "recounts the life of …" report nothing.
RECOUNTING_LEMMAS = _words("relate recount")
# Verbs that report through a preposition: "called for a ban", "pointed to the polls".
PREPOSITION_CUES = {"call": "for", "push": "for", "point": "to", "speak": "about", "warn": "of"}
# Intentions and wishes count with an infinitive ("wants to run"), not with a bare object.
INTENTION_LEMMAS = _words("want plan intend seek hope wish vow pledge promise threaten refuse decline")

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def is_according_to(token: Token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def is_cue(token: Token) -> bool:
    """A verb whose lemma reports speech, or a belief verb that takes a clause complement."""
    if is_according_to(token):
        return True
    if token.pos_ not in {"VERB", "AUX"} and token.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in RECOUNTING_LEMMAS:
        return recounts(token)
    if lemma in SPEECH_LEMMAS or preposition_object(token) is not None:
        return True
    deps = {child.dep_ for child in token.children}
    return (lemma in BELIEF_LEMMAS and "ccomp" in deps) or (lemma in INTENTION_LEMMAS and "xcomp" in deps)


# Bare and present verb tags, which a noun's spelling shares ("report", "claims", "comment").
BARE_TAGS = frozenset({"VB", "VBP"})
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})


def in_noun_compound(token: Token) -> bool:
    """ "the case report", "a news report": a bare verb form right after a common noun that is not its
    subject, with no subject, auxiliary or opener of its own: the second noun of a compound."""
    if token.tag_ not in BARE_TAGS or token.i == 0 or token.dep_ in {"aux", "auxpass"}:
        return False  # "groups have repeatedly claimed": the auxiliary of a learned cue, no noun
    if token.lemma_.lower() not in SPEECH_LEMMAS | BELIEF_LEMMAS:
        return False
    before = token.nbor(-1)
    if before.tag_ not in {"NN", "NNS"} or before.head == token:
        return False
    return not any(c.dep_ in OWN_CLAUSE_DEPS | COMPLEMENT_DEPS for c in token.children)


def recounts(token: Token) -> bool:
    """ "As he related", "she recounted that …": a verb of telling with a subject of its own, no "to" and
    no bare object ("The film recounts the life of …" tells a story, no one's words)."""
    children = list(token.children)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    to = any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in children)
    return has_subject and not to and not any(c.dep_ == "dobj" for c in children)


def preposition_object(token: Token) -> Token | None:
    """The object of a prepositional cue: "ban" in "called for a ban"."""
    wanted = PREPOSITION_CUES.get(token.lemma_.lower())
    if wanted is None:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == wanted:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def reports_a_quotation(token: Token) -> bool:
    """A verb that is a cue only of a quotation as its object (QUOTATION_LEMMAS): 'It blamed "…"'."""
    return token.pos_ == "VERB" and token.lemma_.lower() in QUOTATION_LEMMAS


def cue_needs_quote(token: Token) -> bool:
    """Cues like "continued" or "added" attribute only a quotation or a clause, never a bare object."""
    return token.lemma_.lower() in QUOTE_ONLY_LEMMAS | QUOTATION_LEMMAS
