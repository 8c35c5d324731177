"""A role's body, its number and its parts (docs/quotes.md, "Roles"; issue 30, round 13).

- A title keeps the organization written right before it where the parser split the two: "CPUC President
  Marybel Batjer" is a "CPUC President" and "against Wikileaks co-founder Julian Assange" a "Wikileaks
  co-founder", though the parser made "CPUC" a second subject of "said" and "Wikileaks" a second object of
  "against". A capitalised proper noun right before the title, hanging on the name's own head by the
  name's own relation, is the title's body; one that hangs elsewhere ("a speech to Parliament Prime
  Minister Boris Johnson gave") is another phrase's.
- A word said twice across a hyphen ("day-by-day", "face-to-face", "year-on-year") is an adverb or a
  manner, never a title: "Day-by-day Schiff's ginned-up media hysteria …" gives Schiff no role; "door-to-door
  salesman" ends on its noun and is one.
- A hyphenated word opening on a particle of state is an adjective, never a title: "Off-colour Gardener
  storms to win" (a headline) gives Gardener no role, nor do "in-form", "on-song", "below-par",
  "out-of-form"; "co-founder", "ex-minister", "under-secretary", "out-half" are posts. Opening a title
  before a name, such a word is no part of it (round 27): "Under-pressure coach Bernard Laporte" is a
  "coach" (never the "pressure coach" left once "Under" goes), "out-of-favour midfielder Dragan
  Mladenovic" a "midfielder", "in-form prospect" a "prospect". Nor is "part of …"
  a post ("who was part of the Butler inquiry": a membership said of a body, not a title).
- A plural title before names joined by "and" is each one's title, in the singular: "Singer-guitarists
  Tom Johnston and Patrick Simmons" are each a "Singer-guitarist".
- A title whose head is a plural common noun is no title of one person: "Jones files Conte lawsuit" (a
  headline: "files" is its verb) gives Conte no "Jones files", and "Sania Mirza, the oldest and youngest
  players in the draw" says what two are; a plural shared by names joined by "and" is each one's (above).
- Two posts joined by "and" after the first one's complement are two roles: "a member of the group and
  signatory to the letter" is a "member of the group" and a "signatory"; "vice president and chief
  operating officer of Toyota's US sales arm" (one complement for both) and "Trade and Industry
  Secretary" stay one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotegraph.analyze.name_kinds import OPENING_ROLES, PERSON_NOUNS

# A word, a preposition or "and", and the same word again, across hyphens: "day-by-day", "face-to-face".
REDUPLICATED = re.compile(r"(?:^|\s)([a-z]+)-(?:by|to|on|in|for|after|upon|and|over)-\1$", re.IGNORECASE)
# What the name word before a title must not be to be the title's body: a person, a date or a time.
NOT_BODIES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# Nouns for a post a second role after "and" may open on ("member of the group and signatory").
SECOND_POSTS = (
    PERSON_NOUNS
    | OPENING_ROLES
    | frozenset(
        """
        signatory member trustee patron fellow co-author author co-founder founder adviser advisor
        spokesman spokeswoman spokesperson organiser organizer campaigner activist volunteer partner
        owner president chair chairman chairwoman director secretary treasurer officer
        """.split()
    )
)


# Particles that open an adjective of state across a hyphen: "off-colour", "in-form", "on-song".
STATE_PARTICLES = frozenset("off in on below above well ill".split())


# Particles that open an adjective of state before a title: "Under-pressure coach", "out-of-favour".
STATE_OPENERS = STATE_PARTICLES | {"under", "out"}


def without_state(tokens: list[Token]) -> list[Token]:
    """The words of a title before a name less a hyphenated adjective of state in it, where a word follows
    it; the words as they were otherwise, and a hyphenated post ("Under-Secretary General") stays."""
    for k in range(len(tokens)):
        if k and not tokens[k - 1].whitespace_:
            continue  # inside a word as written
        end = k
        while end + 1 < len(tokens) and not tokens[end].whitespace_:
            end += 1  # "Under" "-" "pressure": one word as written
        parts = "".join(t.text for t in tokens[k : end + 1]).lower().split("-")
        if (
            len(parts) > 1
            and parts[0] in STATE_OPENERS
            and parts[-1] not in SECOND_POSTS
            and end + 1 < len(tokens)
        ):
            return tokens[:k] + tokens[end + 1 :]
    return tokens


def reduplicated(text: str) -> bool:
    """The role ends on a word said twice across a hyphen: "Day-by-day" (an adverb, never a title)."""
    return bool(REDUPLICATED.search(text))


def no_post(text: str) -> bool:
    """A word said twice ("Day-by-day"), a word of state ("Off-colour", "out-of-form") or "part of …":
    no title, though it ends on a noun."""
    words = text.lower().split()
    state = len(words) == 1 and "-" in words[0]
    state = state and (words[0].split("-")[0] in STATE_PARTICLES or words[0].startswith("out-of-"))
    return state or words[:2] == ["part", "of"] or reduplicated(text)


def body_start(doc: Doc, start: int, holder: Token) -> int:
    """Where a title before a name starts when the organization before it was split off by the parser
    ("CPUC President Marybel Batjer"): the start of that proper noun, else `start` unchanged."""
    if start == 0 or start > holder.i:
        return start
    body = doc[start - 1]
    if not (
        body.pos_ == "PROPN"
        and body.whitespace_ == " "
        and (body.is_title or body.is_upper)
        and body.ent_type_ not in NOT_BODIES
        and body.head == holder.head
        and body.dep_ == holder.dep_
        and body.head != holder
    ):
        return start
    first = body.i
    while first > 0 and doc[first - 1].head == body and doc[first - 1].dep_ == "compound":
        first -= 1  # "Full Fact chief executive …": the whole name
    return first


def plural_shared(tokens: list[Token], holder: Token) -> bool:
    """A plural title shared by names joined by "and": "Singer-guitarists Tom Johnston and Patrick
    Simmons" (the title before the first name, the others its conjuncts)."""
    names = [c for c in holder.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return bool(tokens) and tokens[-1].tag_ in {"NNS", "NNPS"} and bool(names)


def plural_of_one(words: list[Token], head: int) -> bool:
    """The role's head is a lowercase plural noun and no names joined by "and" share it ("files" in
    "Jones files Conte lawsuit", "players" in "…, the oldest and youngest players in the draw"); a plural
    after a preposition is the title's complement ("deputy minister for women", where the parser hangs
    the name on "women")."""
    token = words[head]
    shared = any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.head.children)
    joined = any(c.dep_ == "conj" for c in token.children)  # "standards and regulatory liaison": the parser's
    complement = any(t.pos_ == "ADP" for t in words[:head])
    return token.tag_ == "NNS" and token.is_lower and not (shared or joined or complement)


def one_of_shared(text: str, tokens: list[Token], holder: Token) -> str:
    """The role of one of names sharing a plural title, in the singular; else the role as it is."""
    return singular(text) if text and plural_shared(tokens, holder) else text


def singular(text: str) -> str:
    """The role with its last word in the singular: "Singer-guitarists" → "Singer-guitarist"."""
    for plural, one in (("men", "man"), ("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch")):
        if text.endswith(plural):
            return text[: -len(plural)] + one
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def shared_title_holder(holder: Token) -> Token | None:
    """The first of names joined by "and" whose title a later one shares ("Patrick Simmons" after
    "Singer-guitarists Tom Johnston and"), or None."""
    first = holder.head
    if holder.dep_ != "conj" or first.pos_ != "PROPN" or first == holder:
        return None
    between = holder.doc[first.i + 1 : holder.left_edge.i]
    return first if [t.lower_ for t in between] == ["and"] else None


def two_posts(tokens: list[Token]) -> list[list[Token]]:
    """A role split where "and" opens a second post after the first one's complement: "member of the
    group and signatory" → "member of the group", "signatory"; else the role whole."""
    for i, token in enumerate(tokens):
        if token.lower_ != "and" or i + 1 >= len(tokens):
            continue
        before = [t.lower_ for t in tokens[:i]]
        after = tokens[i + 1 :]
        while after and after[0].lower_ in {"a", "an", "the"}:
            after = after[1:]  # "and the chair of …": the second post opens after its article
        if "of" not in before[1:] or not after or not after[0].is_lower:
            continue
        if after[0].pos_ == "NOUN" and after[0].lower_ in SECOND_POSTS:
            return [tokens[:i], after]
    return [tokens]
