"""Who a document is by, where the phrase that names the document names its author too (round 27).

A document noun is a document whoever wrote it, but where its own noun phrase says who made it, the
attribution is that author's document (as "The FAO report said" is FAO's; docs/quotes.md):

- a relative clause of making (prepare, write, publish …) with a name as its subject, with "that",
  "which" or none: "According to a document Matthesen prepared for her lawyers, …" is Matthesen's, "A
  letter Mr Brown wrote to the committee said …" Mr Brown's;
- "by" or "from" and a name after the noun: "A study by the Institute for Fiscal Studies found …" is the
  Institute's, "a new survey by the British Chambers of Commerce showed …" the Chambers', "according to
  figures from the Ministry of Economy, Trade and Industry" the ministry's;
- a participle of making with a "by" agent: "A report published by Oxfam says …", "a study commissioned
  by the Home Office found …";
- after "by" or "from", a description with the name set beside it: "figures released by CES organisers
  the CEA", "a report published by UK-based research consultancy Analysys" are the CEA's and Analysys's
  (round 29): news names a firm by what it is, then its name; the description ("organisers",
  "consultancy") is no author, the name in apposition to it is;
- a poll or a survey with its owner's name before the noun: "the Mori survey of 2,000 adults … suggests"
  is Mori's, "The Daily Telegraph poll suggests" the Daily Telegraph's, "a YouGov poll for …" YouGov's
  (round 29): a poll is named by its pollster or the outlet that commissioned it, and either speaks for
  it (`poll_owner_named`, which survey_counts.poll_owner reads too).

Only a proper name is an author (a person's or a body's): "a report by officials", "a letter the
minister wrote" stay the document, whose author a description does not name; a place is none ("figures
from Japan" stay the document).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS
from quotegraph.analyze.legal_documents import legal_owner

# The parser's dependencies for a name's head after "by": the agent's object or a preposition's.
_BY_OBJECTS = frozenset({"pobj"})
# Participles of making a document, which a "by" agent follows ("published by", "commissioned by").
MAKING = frozenset(
    """
    publish prepare write draft compile produce commission conduct carry release issue author sign
    submit file present send pen draw
    """.split()
)
# A name's kinds the NER gives an author: a person, a body (a place or a nation names the document, no
# author: "figures from Japan", "a UK study"; docs/quotes.md).
_AUTHOR_LABELS = frozenset({"PERSON", "ORG", ""})
# What a document's noun takes its author with: "a study by the IFS", "figures from the ONS".
_FROM = frozenset({"by", "from"})


def _name(token: Token) -> bool:
    """A proper name, the NER's or the parser's, never a title alone."""
    return token.pos_ == "PROPN" and token.ent_type_ in _AUTHOR_LABELS and (token.is_title or token.is_upper)


def _by_name(word: Token, prepositions: frozenset[str] = frozenset({"by"})) -> Token | None:
    """The name after a "by" that hangs on `word`: "by Oxfam", "by the Institute for Fiscal Studies", or
    the name set beside a description there: "by CES organisers the CEA", "by research consultancy
    Analysys"."""
    for by in word.children:
        if by.lower_ in prepositions and by.dep_ in {"prep", "agent"}:
            name = next((c for c in by.children if c.dep_ in _BY_OBJECTS), None)
            if name is not None and name.pos_ == "NOUN":
                name = _described_name(name)
            if name is not None and _name(name):
                return name
    return None


def _described_name(description: Token) -> Token | None:
    """The name in apposition to a common noun: "organisers the CEA", "consultancy Analysys"; one name
    only ("officials, Smith and Jones" name no one author)."""
    names = [c for c in description.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(names) != 1 or any(c.dep_ == "conj" for c in names[0].children):
        return None
    return names[0]


# The nouns of a poll, which its pollster or the outlet that commissioned it names before it.
POLL_NOUNS = frozenset("poll polls survey surveys".split())
# A poll's owner written before its noun: "a Reuters poll", "the Mori survey", "YouGov's survey".
_OWNER_DEPS = frozenset({"compound", "poss"})
# A place, a nation or a date before a poll names no pollster ("a UK poll", "a British survey", "the
# Sunday poll"; docs/quotes.md).
_NOT_OWNERS = frozenset({"GPE", "NORP", "LOC", "DATE", "CARDINAL"})


def poll_owner_named(poll: Token) -> Token | None:
    """The name before a poll noun that owns it ("a Reuters poll", "the Daily Telegraph poll": the last
    word of the name), or the name after its "by" ("a poll by Gallup"); None for a poll noun no name owns
    and for any other noun, or where a nation's word sits right before the name ("a British Retail
    Consortium survey": whether the nation's word is the name's own, the parse cannot tell)."""
    if poll.pos_ != "NOUN" or poll.lower_ not in POLL_NOUNS:
        return None
    owners = [c for c in poll.children if c.dep_ in _OWNER_DEPS and c.pos_ == "PROPN"]
    owners += [o for p in poll.children if p.lower_ == "by" for o in p.children if o.pos_ == "PROPN"]
    owners = [o for o in owners if o.ent_type_ not in _NOT_OWNERS]
    if not owners:
        return None
    first = owners[-1].left_edge
    before = poll.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.head == poll and before.ent_type_ in _NOT_OWNERS:
        return None  # "a British Retail Consortium survey": the NER cut the name; the document, no half
    return owners[-1]


def document_author(head: Token | None) -> Token | None:
    """The name of whoever the document noun `head` says made it (the rules above), or None."""
    if (
        head is None
        or head.pos_ != "NOUN"
        or (head.lower_ not in DOCUMENT_NOUNS and head.lemma_.lower() not in DOCUMENT_NOUNS)
    ):
        return None
    if (name := _by_name(head, _FROM)) is not None:  # "a study by the IFS", "figures from the ONS"
        return name
    if (owner := poll_owner_named(head)) is not None:  # "the Mori survey", "The Daily Telegraph poll"
        return owner
    if (owner := legal_owner(head)) is not None:  # "Security Council resolutions" (legal_documents.py)
        return owner
    for clause in head.children:
        made = clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in MAKING
        if made and (name := _by_name(clause)) is not None:  # "a report published by Oxfam"
            return name
        if clause.dep_ == "relcl" and clause.lemma_.lower() in MAKING:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and _name(subject):
                return subject  # "a document Matthesen prepared for her lawyers"
    return None
