"""Whose statement "the statement" is (docs/quotes.md, "Speakers").

A statement speaks for whoever issued it. News names the owner once and then lets the statement speak:
"A statement from the ministry said …", "An IAAF statement said: … The statement continued: …",
"the club said in its statement … "…," the statement said", "According to a statement from Mr Spitzer's
office, … a statement said". The owner is, in order: the one the phrase names ("from", "by", "issued
by" someone; a name or a possessive before the noun), else the owner of the statement the article named
last before it, in the sentences just before (an attribution in whose sentence a statement stands, or
"X issued a statement"), or a spokesperson or an organization quoted there ("An All England club
spokesperson denied …, insisting: … The statement added: …"); else nobody. A day before the noun
says when, not by whom ("Wednesday's statement"). The look-back is a fixed number of sentences, so long
texts stay linear. A letter is its writer's statement ("the letter from Qwest said"); whom it is "to"
never owns it. What a page, a site or a post on the web says is its owner's, as a statement is: "The
company published a blog post that said …" is the company's, "a notice on MSN's website said" MSN's, "the
message said" after "In a message posted on Suprnova.org, the site's controllers said …" theirs; looked
for in its sentence and the one before only, and a page no one is said to own stays the page. A
person's talk, speech, remarks or testimony as the subject is the person's (issue 30): "Ms Fiorina's talk
also touted …" is Carly Fiorina's, "Mr Bell's speech called for …" David Bell's; only where the phrase
names the owner ("the speech said" alone stays the speech, and "the Queen's Speech" is a name).
An "it" that speaks right after a quote ("…," it says) is the statement the sentence before the quote
names, so its owner's, where that sentence names who issued it (Names, round 15): "Now they've put out
another statement - directly to the organisers. "[We] have agreed to …," it says" is the label's that
put it out; with no statement or no issuer named there, "it" is read as before (organization_pronouns.py).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.descriptions import (
    DESCRIBED_ORGANIZATIONS,
    INSTITUTIONS,
    ORGANIZATION_KINDS,
    ORGANIZATION_NOUNS,
    STATEMENT_NOUNS,
)
from quotegraph.analyze.quotemarks import MARKS
from quotegraph.analyze.web_names import is_web_name

# How far back the statement an owner issued is looked for: a press statement is quoted in a run of
# sentences, and a statement named much further back is another one.
LOOK_BACK_SENTENCES = 8
OWNER_PREPOSITIONS = frozenset({"from", "by", "of", "issued"})
# "X issued a statement", "released a statement", "put out a statement", "made a statement".
ISSUING_LEMMAS = frozenset({"issue", "release", "put", "make", "publish", "send"})
WHEN = frozenset({"DATE", "TIME"})
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})


# A letter speaks for its writer as a statement for its issuer: "the letter from Qwest said" is Qwest's,
# "an open letter from company president Lee Scott saying …" Lee Scott's; never whom it is "to".
LETTER_NOUNS = frozenset({"letter"})


# What is published on the web speaks for whoever owns it, as a statement does: "a page that said", "a notice
# on MSN's website said", "a blog post that said".
PAGE_NOUNS = frozenset("page webpage website site homepage notice message post blog".split())
ORGANIZATION_WORDS = DESCRIBED_ORGANIZATIONS | INSTITUTIONS | ORGANIZATION_KINDS | ORGANIZATION_NOUNS
PAGE_LOOK_BACK_SENTENCES = 2  # "the site" of another owner is named further back more often than not
# What a person or an organization says in words, which speaks for them where the phrase names them: "Ms
# Fiorina's talk", "the minister's remarks", "testimony from Mr Ebbers", "a memo from Mr Raines".
SPEECH_NOUNS = frozenset("talk speech address remarks testimony comments memo e-mail email".split())


def is_statement(token: Token) -> bool:
    words = STATEMENT_NOUNS | LETTER_NOUNS
    return token.lemma_.lower() in words or token.lower_ in words or is_page(token)


def is_page(token: Token) -> bool:
    """ "a page", "the website": a common noun, never a name's word ("the South China Morning Post")."""
    named = token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start) or token.ent_type_ != ""
    return not named and (token.lemma_.lower() in PAGE_NOUNS or token.lower_ in PAGE_NOUNS)


def _owner_on(statement: Token) -> Token | None:
    """ "a notice on MSN's website", "a message posted on Suprnova.org": the owner of the page or the web
    address a statement is "on" ("a statement on Iraq", "on Monday" name no owner)."""
    places = [c for c in statement.children if c.dep_ == "prep" and c.lower_ == "on"]
    places += [p for c in statement.children if c.dep_ == "acl" for p in c.children if p.lower_ == "on"]
    for place in places:
        page = next((c for c in place.children if c.dep_ == "pobj"), None)
        if page is not None and is_web_name(page):
            return page
        if page is not None and is_page(page):
            return _named_owner(page)
    return None


def _named_owner(statement: Token) -> Token | None:
    """ "a statement from the company", "a statement issued by X", "An IAAF statement", "the club's
    statement": the owner the phrase names; not "its statement" (a pronoun is found before). A page set
    before its own name is that name ("Fan website Trek United": Trek United, never "Fan"; round 18)."""
    if is_page(statement) and statement.dep_ == "compound" and statement.head.pos_ == "PROPN":
        return statement.head
    for child in statement.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None:
                return owner
        if child.dep_ == "acl" and child.lemma_.lower() == "issue":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                owner = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if owner is not None:
                    return owner
    for child in statement.lefts:
        if child.ent_type_ in WHEN or child.lower_ in WEEKDAYS:
            continue  # "Wednesday's statement": when it was issued, not by whom
        if child.dep_ in {"poss", "compound"} and child.pos_ == "PROPN":
            return child
        if child.dep_ == "poss" and child.pos_ == "NOUN":
            return child  # "the club's statement"
    return _owner_on(statement)


def _writer(letter: Token) -> Token | None:
    """ "An Open Letter from chief executive Sidney Taurel", "received a letter from X": the writer its
    "from" names, on the noun or on the verb it is the object of ("Open" of "an open letter" is no one)."""
    for child in letter.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if letter.dep_ != "dobj":
        return None
    after = (c for c in letter.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > letter.i)
    return next((g for p in after for g in p.children if g.dep_ == "pobj"), None)


def _issuer(statement: Token) -> Token | None:
    """ "Manchester United issued a statement": the subject of a verb that issued it."""
    verb = statement.head
    if statement.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _cues_between(
    cues: list[tuple[int, int]], attributions: list[Attribution], start: int, end: int
) -> list[Attribution]:
    """The attributions whose cue token stands in tokens [start, end), in the text's order."""
    return [attributions[k] for _, k in cues[bisect_left(cues, (start, -1)) : bisect_left(cues, (end, -1))]]


def _cue_index(doc: Doc, attributions: list[Attribution]) -> list[tuple[int, int]]:
    """(cue token, place in the list) of each attribution, sorted: made once per list of attributions,
    kept with the doc, so that each look-back is a bisection and long texts stay linear."""
    key = ("quotegraph.statement_cues", id(attributions), len(attributions))
    if key not in doc.user_data:
        doc.user_data[key] = sorted((a.cue_token.i, k) for k, a in enumerate(attributions) if a.cue_token)
    return doc.user_data[key]


def _owner_in(
    sentence: TokenSpan, before: int, cued: list[Attribution], official: bool = True
) -> Attribution | Token | None:
    """The owner of the last statement named in `sentence` before token `before`; `cued`: the
    attributions whose cue stands there; with `official`, else a spokesperson or organization quoted."""
    statements = [t for t in sentence if t.i < before and is_statement(t)]
    writer = _writer(statements[-1]) if statements and statements[-1].lower_ in LETTER_NOUNS else None
    if writer is not None:  # "An Open Letter from chief executive Sidney Taurel, the company says": Taurel's
        return writer
    if statements and cued:  # "the club said in its statement": whoever that attribution's speaker is
        return cued[-1]
    if statements:
        return _named_owner(statements[-1]) or _issuer(statements[-1])
    # "An All England club spokesperson denied …, insisting: "…" The statement added": who spoke for it
    spoken = [a for a in cued if official and _speaks_officially(a.source_token)]
    return spoken[-1] if spoken else None


def _speaks_officially(source: Token | None) -> bool:
    """A spokesperson, an organization by name or "it" (one spoken of as an organization): whose words a
    statement gives."""
    if source is None:
        return False
    return source.lower_ in SPOKESPEOPLE or source.lower_ == "it" or source.ent_type_ == "ORG"


def _spoken(token: Token) -> bool:
    """ "talk", "speech", "remarks": a common noun for words said, never a name ("the Queen's Speech")."""
    named = token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start) or token.ent_type_ != ""
    return not named and token.lower_ in SPEECH_NOUNS


def _speaker_named(talk: Token) -> Token | None:
    """Whose talk the phrase says: a name or an organization's noun before it ("Ms Fiorina's talk", "the
    club's statement") or after "from", "by", "of" ("testimony from Mr Ebbers"); not "his speech", nor a day
    ("Wednesday's speech": when)."""
    owner = _named_owner(talk)
    return owner if owner is not None and owner.pos_ in {"PROPN", "NOUN"} else None


def _no_owner(token: Token) -> bool:
    """A thing no one names, which owns no page that speaks: "the webpage of the mall" is the page's
    own, where "The company published a blog post" is the company's."""
    return token.pos_ == "NOUN" and token.lemma_.lower() not in ORGANIZATION_WORDS


QUOTE_CHARS = frozenset(MARKS)


def statement_it(head: Token, attributions: list[Attribution]) -> Attribution | Token | None:
    """Whose statement an "it" that speaks right after a quote is ("Now they've put out another statement
    … "…," it says"): the owner of the last statement the sentence before the quote names, where a
    pronoun issued it ("they") the speaker of the attribution before it with that pronoun ("they said in a
    statement"); None for any other source, or where that sentence names no statement or no issuer."""
    if head.lower_ != "it" or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    doc = head.doc
    i = head.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in QUOTE_CHARS:
        i -= 1  # the comma before "it says"
    if i < 0 or doc[i].text not in QUOTE_CHARS:
        return None
    i -= 1
    while i >= 0 and doc[i].text not in QUOTE_CHARS:
        i -= 1  # back to the quote's opening mark
    if i < 1:
        return None
    found = [t for t in doc[i - 1].sent if t.pos_ == "NOUN" and t.lemma_.lower() in STATEMENT_NOUNS]
    if not found:
        return None
    owner = _named_owner(found[-1]) or _issuer(found[-1])
    if owner is None or owner.pos_ != "PRON":
        return owner  # a statement no one is said to issue there: "it" is read as before
    floor = found[-1].sent.start
    for _ in range(LOOK_BACK_SENTENCES):
        floor = doc[floor - 1].sent.start if floor > 0 else 0
    same = [
        a
        for a in attributions
        if a.source_token is not None
        and a.source_token.lower_ == owner.lower_
        and floor <= a.source_token.i < owner.i
    ]
    return same[-1] if same else owner


def statement_owner(
    head: Token, attribution: Attribution, attributions: list[Attribution]
) -> Attribution | Token | None:
    """The source itself when it is no statement; else the token naming its owner, or the earlier
    attribution whose speaker owns it; None for a statement nobody is said to have issued."""
    if (said := statement_it(head, attributions)) is not None:
        return said  # "Now they've put out another statement … "…," it says": theirs
    if _spoken(head):  # "Ms Fiorina's talk also touted …": Fiorina's
        return _speaker_named(head) or head
    if not is_statement(head):
        return head
    page = is_page(head)
    owner = _named_owner(head)  # a page's is a name's: which firm "the firm's website" is, it does not say
    if owner is not None and (not page or owner.pos_ == "PROPN"):
        return owner
    owner = _issuer(head)  # "The company published a blog post that said": its own
    if owner is not None and not (page and _no_owner(owner)):
        return owner
    doc = head.doc
    cues = _cue_index(doc, attributions)
    sentence = head.sent
    before = head.i
    for _ in range(PAGE_LOOK_BACK_SENTENCES if page else LOOK_BACK_SENTENCES):
        cued = [a for a in _cues_between(cues, attributions, sentence.start, before) if a is not attribution]
        found = _owner_in(sentence, before, cued, official=not page)
        if found is not None and not (page and isinstance(found, Token) and found.pos_ != "PROPN"):
            return found
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        before = sentence.end
    return head if head.lower_ in LETTER_NOUNS or page else None  # a letter, a page no one owns: itself
