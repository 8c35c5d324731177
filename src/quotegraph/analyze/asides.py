"""Speech verbs in the writer's narration that report nobody's words (docs/quotes.md, "Not speech, round 8").

- The writer's aside to readers: "Fans of robotic gastropods should note the title refers, instead, to …",
  "Readers may recall that …": a verb of noticing or remembering with a modal ("should", "may", "will")
  whose subject is the readership, a bare plural ("Fans of …", "Readers") or "some", "many": the writer
  tells the reader something, nobody the article reports says it (nobody_says: thought, no speaker).
- "Feels like", "sounds like", "looks like" with a noun phrase: "Buckley's own story feels something like
  a fairy tale come true", "he looked like George Raft": what something seems, no one's words nor thought
  (a deed: no attribution). "It feels like we have won" (a clause after "like") is left to the rules.
- "not to mention" is "and also", the writer's: `zombies, giant crabs and aliens, not to mention the huge,
  screen-filling bosses` reports no one's mention (a deed: no attribution).
- A verb of knowing or believing inside a noun of belief: "faith that the author knows what he's doing
  are essential": the content of someone's faith (the writer's, the reader's), no thought of the author's
  that the article reports (nobody_says: thought, no speaker; dropped, the learned model's content for it
  would run into the next cue's).
- A verb of mentioning in a relative clause whose object is the noun it modifies: "anyone visiting the
  website it mentions": a thing referred to, no words reported (a deed: no attribution).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import RELATIVE_TAGS, either_apostrophe

NOTICING = frozenset({"note", "notice", "remember", "recall", "bear"})
MODALS = either_apostrophe("should", "may", "might", "must", "will", "'ll", "can")
# Who a writer's aside addresses: the readers, or some of them.
READERS = frozenset(
    "reader viewer listener fan gamer player buyer shopper owner traveller traveler visitor".split()
)
SOME = frozenset({"some", "many", "those", "anyone", "everyone"})
SEEMING = frozenset({"feel", "sound", "look", "seem"})
# What may stand between the verb and "like": "feels something like", "looks a bit like", "sounds more like".
BEFORE_LIKE = frozenset({"something", "a", "bit", "little", "more", "much", "just", "almost", "exactly"})
NOUN_PHRASE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
# "the $53 million figure McKinley cited" names what was cited, no clause after it (round 20); "the reasons
# he cited are “…”" quotes what was cited (PolNeAR marks such a one: mentions_a_thing leaves "cite" with
# any clause, as the parser hangs "are" on it).
MENTIONING = frozenset({"mention", "cite"})
KNOWING = frozenset({"know", "think", "believe", "understand"})
BELIEF_NOUNS = frozenset("faith belief trust confidence hope sense feeling assumption notion idea".split())


def addressed_to_readers(cue: Token) -> bool:
    """ "Fans of robotic gastropods should note the title refers …", "Readers may recall …"."""
    if cue.lemma_.lower() not in NOTICING or not any(c.lower_ in MODALS for c in cue.children):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in SOME or subject.lemma_.lower() in READERS:
        return True
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)
    return subject.tag_ == "NNS" and bare and subject.pos_ == "NOUN"  # "Fans of …", "Gamers"


def seems_like(cue: Token) -> bool:
    """ "feels something like a fairy tale come true", "looked like George Raft": "like" and a noun phrase
    right after a verb of seeming (words between it and "like" as BEFORE_LIKE lists)."""
    if cue.lemma_.lower() not in SEEMING:
        return False
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and i <= cue.i + 3 and doc[i].lower_ in BEFORE_LIKE:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "like":
        return False
    return doc[i + 1].pos_ in NOUN_PHRASE_OPENERS


def mentions_a_thing(cue: Token) -> bool:
    """ "the website it mentions": a verb of mentioning in a relative clause with no object of its own and
    no relative pronoun for its subject (its object is the noun it modifies), nor a "that" clause."""
    if cue.dep_ != "relcl" or cue.lemma_.lower() not in MENTIONING:
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS) for c in cue.children):
        return False
    noun = cue.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ == "be":
        return False  # "the points he mentioned are “…”": what was mentioned, quoted
    said = [c for c in cue.children if c.dep_ in {"ccomp", "parataxis"}]
    if said and cue.lemma_.lower() == "cite":
        return False  # "The four “loopholes” he cited are “…”", parsed as the clause of "cited": quoted
    return not any(m.dep_ == "mark" and m.lower_ == "that" for c in said for m in c.children)


def believed_of(cue: Token) -> bool:
    """ "faith that the author knows what he's doing": "noun of belief" + "that" + the cue's own subject."""
    if cue.lemma_.lower() not in KNOWING:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    start = subject.left_edge.i if subject is not None else 0
    if start < 2:
        return False
    that, noun = cue.doc[start - 1], cue.doc[start - 2]
    return that.lower_ == "that" and noun.pos_ == "NOUN" and noun.lemma_.lower() in BELIEF_NOUNS


def not_to_mention(cue: Token) -> bool:
    """ "…, not to mention the huge, screen-filling bosses": "mention" right after "not to", no subject."""
    if cue.lemma_.lower() != "mention" or cue.i < 2 or any(c.dep_ == "nsubj" for c in cue.children):
        return False
    return cue.doc[cue.i - 2].lower_ == "not" and cue.doc[cue.i - 1].lower_ == "to"
