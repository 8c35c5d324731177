"""A cue set off by commas inside its sentence has the name after it as its source (round 19).

"The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to
send the multimedia messages": the sentence is Jain's statement, the cue "said Jain, head of …" put in
between its subject and its verb. The parser takes the sentence's subject ("The problem") for the cue's
and the name for the subject of the rest ("Jain … is educating"). News syntax settles it the same way in
every article: where a speech cue comes right after a comma, has a subject before it, and a reported
clause after it whose subject is a proper name that starts right after the cue and is closed by a
comma, the name (with its role) is the speaker and what was said is the sentence around the cue: its
subject before the comma and the clause after the name's closing comma ("The problem they face … is
educating people …"). A cue with no comma before it ("Officials said Jain, the head, is …") or a
pronoun after it is read as before. The parser may also hang the cue on the rest of the sentence as an
aside, with the name as the cue's own subject after it ("The tone of the campaign, said Mr Milburn, would
be more conversational …", round 29): the same statement, read the same way, the rest running to the
sentence's end. An inverted aside after an opening adverbial ("As a result, says the committee, the
government may need to re-legislate …", round 30) is the same statement with no subject before it: the
aside's subject, a name or a description, is the speaker and the sentence around it what was said
(`inverted_aside`; the rules read it so, and a learned model's drawing of it gives way, as_clauses.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution import token_range
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.records import Span as CharSpan


def interposed_name(cue: Token) -> Token | None:
    """The proper name right after a cue set off by commas inside its sentence (see the module), or None."""
    parts = _parts(cue)
    return parts[1] if parts is not None else None


def interposed_content(cue: Token) -> list[CharSpan] | None:
    """What the sentence around an interposed cue says: its subject before the cue's comma and the
    clause after the name's closing comma; None where the cue is no such cue."""
    parts = _parts(cue)
    if parts is None:
        return None
    subject, _, resume, clause = parts
    doc = cue.doc
    return [token_range(doc, subject.left_edge, doc[cue.i - 1]), token_range(doc, resume, clause.right_edge)]


def _parts(cue: Token) -> tuple[Token, Token, Token, Token] | None:
    """(the sentence's subject before the cue, the name after it, the first word after the name's closing
    comma, the reported clause) of an interposed cue; None otherwise."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    if cue.dep_ == "parataxis":
        return _aside_parts(cue)
    if cue.dep_ not in {"ROOT", "ccomp", "conj"}:
        return None
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if subject is None or clause is None or subject.right_edge.i != cue.i - 2:
        return None  # the subject must run up to the cue's comma: "The problem they face, said …"
    names = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if len(names) != 1 or names[0].left_edge.i != cue.i + 1:
        return None
    name = names[0]
    if name.pos_ != "PROPN" or not name.is_title:
        return None  # "…, said officials, is …", "…, said he, …": no name
    close = name.right_edge.i if doc[name.right_edge.i].text == "," else name.right_edge.i + 1
    if close >= clause.right_edge.i or doc[close].text != "," or doc[close + 1].i > clause.right_edge.i:
        return None  # the name is not closed by a comma before the rest of the clause
    return subject, name, doc[close + 1], clause


def _aside_parts(cue: Token) -> tuple[Token, Token, Token, Token] | None:
    """The parts of an interposed cue the parser hung on the rest of the sentence as an aside, its name its
    own subject after it ("The tone of the campaign, said Mr Milburn, would be …"); None otherwise."""
    doc = cue.doc
    rest = cue.head
    before = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    before = before or [c for c in rest.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    names = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > cue.i]
    if rest.i < cue.i or len(before) != 1 or len(names) != 1 or before[0].right_edge.i != cue.i - 2:
        return None  # the subject must run up to the cue's comma, the rest of the sentence after the cue
    name = names[0]
    if name.left_edge.i != cue.i + 1 or name.pos_ != "PROPN" or not name.is_title:
        return None  # "…, said officials, is …", "…, said he, …": no name
    close = name.right_edge.i if doc[name.right_edge.i].text == "," else name.right_edge.i + 1
    end = cue.sent.end - 1
    if close >= end or doc[close].text != ",":
        return None  # the name is not closed by a comma before the rest of the sentence
    return before[0], name, doc[close + 1], doc[end]


# Speech verbs that invert after an opening adverbial: "As a result, says the committee, …".
INVERTED_LEMMAS = frozenset("say tell add argue claim warn write note insist".split())


def inverted_aside(cue: Token) -> Token | None:
    """The speaker of an inverted speech aside after an opening adverbial, between commas ("As a result,
    says the committee, the government may …": "committee"); None otherwise."""
    doc = cue.doc
    if (
        cue.lemma_ not in INVERTED_LEMMAS
        or cue.dep_ != "parataxis"
        or cue.i < 2
        or doc[cue.i - 1].text != ","
    ):
        return None
    rest = cue.head
    if rest.i < cue.i or any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in rest.children):
        return None  # "The problem, said Jain, is …": a subject before it is interposed_cues' reading
    opening = [c for c in rest.children if c.i < cue.i and c.dep_ in {"prep", "advmod", "advcl", "npadvmod"}]
    if not opening or opening[0].left_edge.i != cue.sent.start:
        return None  # the aside follows an adverbial that opens the sentence
    speakers = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i > cue.i]
    if len(speakers) != 1 or speakers[0].left_edge.i != cue.i + 1:
        return None
    after = speakers[0].right_edge.i + 1
    if after >= cue.sent.end - 1 or doc[after].text != ",":
        return None  # the aside is closed by a comma before the rest of the sentence
    return speakers[0]
