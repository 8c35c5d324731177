"""Speech verbs whose bare object is a deed told by the writer, not words reported (docs/quotes.md, "Not
speech, round 14").

- A thing that reveals: "The dance techniques of royal court dances paired with beautiful traditional
  Korean hanbok revealed an even more elegant side!": "reveal" with a bare object (no clause) whose
  subject is a thing, a common noun naming no person, body or document (a blog's or a review's
  description of what is shown). "Audi revealed …" (a name), "the company revealed …" (a body) and "the
  study revealed …" (a document's finding) are left to the other rules. A deed: is_deed (deeds.py)
  drops it, whoever found it (the rules or a learned model).
- Writing a work: "Ellen Simonetti, known as Queen of the Sky, wrote an anonymous semi-fictional account
  of her life in the sky": "write" with a bare object that is a written work (a book, an account, a
  blog, a column, a song …) and no verb below it: what she did, not what she wrote; "wrote that …",
  "wrote a letter …" and "wrote a column saying …" are left to the rules. PolNeAR's annotators mark it
  ("Back when he wrote his book, Mr. McKinley said …"; dropped, its dev exact cue and content F1 fell),
  so it is kept, typed thought (attribution_types.py), its writer kept: out of a reporter's quote list.
- A stance named, not worded (round 15): "A spokesperson reiterated this position on Wednesday": a cue
  whose bare object is a noun for a stance (a position, a view, a stance, support, concerns, opposition)
  with no clause below it ("his view that …" is words) gives the stance a name, not its words. Kept as
  "wrote an account" is (PolNeAR's annotators mark "expressed concerns about …"), typed thought.
- Writing, no work named (round 15): "After that, Ford wrote, and wrote, and wrote.": "write" with no
  object, no clause, no addressee or medium ("wrote to the council", "wrote in the Times", "wrote on his
  blog") and no quotation mark or colon in its sentence is a career told, a deed: no attribution
  (is_deed drops it, whoever found it), so the writer's own next sentence is nobody's quote.
- Composing a work of art (round 21): "Read wrote the song before the Boxing Day tragedy": "write",
  "compose" or "pen" with a bare object that is a song, a play, a script, a poem, a score (a work of art,
  not an account of events or views) and no verb below it is a deed: is_deed drops it, whoever found it.
  A work about someone ("artists writing songs about him", "a play on …", "a song for …") says what its
  writer makes of them and stays an attribution typed thought, as PolNeAR's annotators mark it.
  "wrote a book", "wrote an account", "wrote a column" stay as above (typed thought: PolNeAR marks them).
- Citing a source (round 15): "…, citing Cooke's past testimony and a separate op-ed": "citing" with a
  bare object that is a document or a record of words (testimony, an op-ed, a study, an interview), with
  no verb below it, names the source of a claim, as "citing officials" does (deeds.py), no words said;
  "citing evidence the US economic recovery was becoming more robust" holds what was said and is left
  alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import AGENT_WORDS, denotes_agents
from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS
from quotegraph.analyze.parsing import SUBJECT_DEPS

# The works one writes whose words a news story does not report by naming them.
WRITTEN_WORKS = frozenset(
    """
    account accounts book books novel novels memoir memoirs blog blogs diary diaries column columns
    biography autobiography story stories song songs play plays script scripts screenplay screenplays
    poem poems essay essays thesis chapter chapters episode episodes lyrics music opera symphony
    article articles post posts
    """.split()
)
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})
# Works of art among them: what is composed, not a view or an account given.
ART_WORKS = frozenset(
    """
    song songs play plays script scripts screenplay screenplays poem poems lyrics music opera operas
    symphony symphonies tune tunes melody ballad ballads anthem anthems musical musicals
    """.split()
)
COMPOSING = frozenset({"write", "compose", "pen"})
TOPICS = frozenset({"about", "on", "against", "for"})
# Nouns for a stance one takes, holds or repeats, whose words the noun does not give.
STANCE_NOUNS = frozenset(
    """
    position positions view views stance stances support opposition concern concerns objection objections
    reservation reservations misgiving misgivings commitment commitments
    """.split()
)
# Where "wrote" with no object says to whom or in what the words went: "wrote to the council", "wrote
# in the Times", "wrote on his blog", "wrote back": a letter or a column whose words may follow.
WRITTEN_TO = frozenset({"to", "in", "on", "back", "about", "of", "that", "for"})
# Records of words a source is cited by: "citing Cooke's past testimony and a separate op-ed".
CITED_RECORDS = DOCUMENT_NOUNS | frozenset(
    """
    testimony testimonies op-ed op-eds ed editorial editorials article articles interview interviews
    transcript transcripts hearing hearings
    """.split()
)


def _bare_objects(cue: Token) -> list[Token]:
    """The cue's direct objects, where it has no clause (what was said) beside them."""
    if any(c.dep_ in CLAUSES for c in cue.children):
        return []
    return [c for c in cue.children if c.dep_ == "dobj"]


def _a_thing(noun: Token) -> bool:
    """A common noun for a thing: no name, no person nor body, no document ("the study revealed …")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma in AGENT_WORDS or denotes_agents(noun):
        return False
    return lemma not in DOCUMENT_NOUNS and noun.lower_ not in DOCUMENT_NOUNS


def thing_reveals(cue: Token) -> bool:
    """ "The dance techniques … revealed an even more elegant side!": a thing shows another."""
    if cue.lemma_.lower() != "reveal" or not _bare_objects(cue):
        return False
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(map(_a_thing, subjects))


def writes_a_work(cue: Token) -> bool:
    """ "wrote an anonymous semi-fictional account of her life": a work written, no words reported."""
    if cue.lemma_.lower() != "write":
        return False
    works = [o for o in _bare_objects(cue) if o.lemma_.lower() in WRITTEN_WORKS or o.lower_ in WRITTEN_WORKS]
    return bool(works) and not any(t.pos_ in {"VERB", "AUX"} or t.is_quote for w in works for t in w.subtree)


def composes_a_work(cue: Token) -> bool:
    """ "Read wrote the song before the Boxing Day tragedy": a work of art composed, a deed (round 21)."""
    if cue.lemma_.lower() not in COMPOSING:
        return False
    works = [o for o in _bare_objects(cue) if o.lemma_.lower() in ART_WORKS or o.lower_ in ART_WORKS]
    # "artists writing songs about him": a work about someone says what one makes of them (PolNeAR marks it)
    if any(c.dep_ == "prep" and c.lower_ in TOPICS for w in [cue, *works] for c in w.children):
        return False
    return bool(works) and not any(t.pos_ in {"VERB", "AUX"} or t.is_quote for w in works for t in w.subtree)


def states_a_stance(cue: Token) -> bool:
    """ "A spokesperson reiterated this position": a stance named by a bare noun, no words reported; not
    "reiterated its view that …" (a clause below the noun gives the words)."""
    stances = [o for o in _bare_objects(cue) if o.lemma_.lower() in STANCE_NOUNS or o.lower_ in STANCE_NOUNS]
    return bool(stances) and not any(c.dep_ in {"acl", "ccomp"} for o in stances for c in o.children)


def writes_on(cue: Token) -> bool:
    """ "Ford wrote, and wrote, and wrote.": writing with nothing written, nobody written to (round 15)."""
    if cue.lemma_.lower() != "write" or cue.pos_ != "VERB":
        return False
    if any(c.dep_ in CLAUSES | {"dobj", "dative", "agent", "auxpass"} for c in cue.children):
        return False
    if any(c.lower_ in WRITTEN_TO for c in cue.children):
        return False
    return not any(t.is_quote or t.text in {":", ";"} for t in cue.sent)


def cites_a_record(cue: Token) -> bool:
    """ "…, citing Cooke's past testimony and a separate op-ed": a document cited, no words (round 15)."""
    if cue.lemma_.lower() != "cite" or cue.tag_ != "VBG":
        return False
    records = [
        o for o in _bare_objects(cue) if o.lemma_.lower() in CITED_RECORDS or o.lower_ in CITED_RECORDS
    ]
    # "citing evidence the US economic recovery was becoming more robust": a clause in the noun, its words
    return bool(records) and not any(t.pos_ in {"VERB", "AUX"} for r in records for t in r.subtree)
