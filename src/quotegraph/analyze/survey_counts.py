"""A count of respondents is a survey's figure, not speech (docs/quotes.md).

"62% of those asked said …", "only 34% said they had received replacement cards", "with 40% saying they
did not", "One in four said he should be back", "Nearly three out of four girls said they used make-up",
"the number who said they would vote rose": a source that is a percentage, a fraction or "one
in N", or a proportion, share or number of those a survey asked, reports what the survey found. No one
said those words: the attribution is a document and its source names no speaker (a percentage is never
a person, "A total of 53% of those polled" is not a speaker "total").

So is a survey's respondents, however many: "Most respondents also said their national economy was
getting worse", "Respondents said …", and a quantifier of those a poll story says were questioned ("Many
of those questioned said …", "Some of those questioned said …", where the sentence or the one before
speaks of a survey, a study or a percentage): the survey's finding, not words of theirs. One respondent
quoted ("One respondent said: "…"") still speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.document_owners import POLL_NOUNS, document_author

PERCENT = frozenset({"%", "percent", "cent", "pc"})
# Fractions of a sample: "nearly a quarter said", "a third of those polled say".
FRACTIONS = frozenset("half quarter quarters third thirds fifth fifths tenth tenths".split())
# Nouns that count people only with a survey's group after them ("the proportion of respondents who …")
# or a "who said" of their own ("the number who said they would vote").
SHARES = frozenset("number proportion share percentage majority minority total average".split())
RESPONDENTS = frozenset("respondents those participants people adults voters".split())
OUT_OF = frozenset({"out", "in"})


def _percentage(token: Token) -> bool:
    """ "34%", "Forty-three per cent", "12 percent": a percentage token or the number of one."""
    if token.lower_ in PERCENT:
        return _per_cent(token)
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.like_num and after is not None and after.lower_ in PERCENT and _per_cent(after)


def _per_cent(token: Token) -> bool:
    """ "cent" is a percentage only after "per": "50 Cent said" is a rapper (real_names.py, round 31)."""
    return token.lower_ != "cent" or (token.i > 0 and token.nbor(-1).lower_ == "per")


def _one_in(token: Token) -> bool:
    """ "One in four", "three out of four girls": a number out of a number."""
    numbers = [token, *(c for c in token.children if c.dep_ == "nummod")]
    for number in numbers:
        if not number.like_num:
            continue
        if any(c.dep_ == "quantmod" and c.lower_ in OUT_OF for c in number.children):
            return True  # "three out of four girls": "out" hangs from "four"
        preps = [p for p in number.children if p.dep_ == "prep" and p.lower_ in OUT_OF]
        if any(t.like_num for p in preps for t in p.subtree if t is not p):
            return True  # "One in four"
    return False


def _of(token: Token) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]


def _fraction(token: Token) -> bool:
    """ "nearly a quarter", "a third of those polled"; not a word's part ("fly-half") nor one's own
    ("England's World Cup-winning fly-half") nor an ordinal ("The third was alleged to have been …": the
    third of three drugs tests)."""
    if token.lower_ not in FRACTIONS or (token.i > 0 and token.nbor(-1).text == "-"):
        return False
    return not any(c.dep_ in {"poss", "compound", "amod"} or c.lower_ == "the" for c in token.children)


def _counts(token: Token) -> bool:
    return _percentage(token) or _one_in(token) or _fraction(token)


# A survey's sample in words: "Most respondents", "many of those questioned", "several of those
# interviewed"; "respondents" is a survey's word, the others count only in a poll story.
QUANTIFIERS = frozenset("most many some several few all majority minority".split())
QUESTIONED = frozenset({"questioned", "interviewed", "asked", "consulted", "polled", "surveyed"})
SURVEY_WORDS = frozenset("survey surveys poll polls study research questionnaire interviews findings".split())


def _survey_sample(head: Token) -> bool:
    """ "Most respondents", "Respondents", "many of those questioned" in a poll story."""
    if head.lower_ == "respondents":
        return True
    if head.lower_ not in QUANTIFIERS and not any(
        c.dep_ in {"amod", "det"} and c.lower_ in QUANTIFIERS for c in head.children
    ):
        return False
    sample = [head, *_of(head)]
    if any(s.lower_ == "respondents" for s in sample):
        return True  # "many of the respondents"
    questioned = any(c.dep_ == "acl" and c.lower_ in QUESTIONED for s in sample for c in s.children)
    return questioned and _in_poll_story(head)


def _in_poll_story(token: Token) -> bool:
    """The sentence, or the one before it, speaks of a survey, a study or a percentage."""
    sentence = token.sent
    sentences = [sentence] if sentence.start == 0 else [token.doc[sentence.start - 1].sent, sentence]
    return any(t.lower_ in SURVEY_WORDS or t.lower_ in PERCENT for s in sentences for t in s)


def counts_respondents(head: Token | None) -> bool:
    """The source head is a count of a survey's respondents: a percentage, a fraction, "one in N", or a
    share ("an average of 44% of respondents", "the number who said …", "the proportion of people")."""
    if head is None:
        return False
    if head.lower_ == "who" and head.head.dep_ == "relcl":
        head = head.head.head  # "the number who said …": the noun the clause describes
    if _counts(head) or _survey_sample(head):
        return True
    if head.lower_ not in SHARES:
        return False
    of = _of(head)
    if any(_counts(o) or o.lower_ in RESPONDENTS for o in of):
        return True  # "an average of 44% …", "the proportion of people saying …"
    return head.lower_ in {"number", "proportion", "percentage", "share"} and any(
        c.dep_ in {"relcl", "acl"} for c in head.children
    )


def poll_owner(head: Token | None) -> Token | None:
    """The name of the pollster whose poll a count of respondents reports, where the same sentence names
    both (round 27): "A similarly fresh Reuters poll has lower numbers for removal (44 percent of
    Americans say they want …)" is Reuters's document, as "the Reuters poll shows" is; the nearest poll
    or survey noun before the count, owned by a name ("a Reuters poll", "YouGov's survey") or made "by"
    one ("a poll by Gallup", "In the survey carried out by ICM Research, 14% of … said";
    document_owners.py). None for any other source, and where no poll is named with an owner ("A new poll
    shows … Fifty-one percent say" stays a document with no speaker)."""
    if head is None or not counts_respondents(head):
        return None
    sentence = head.sent
    polls = [t for t in sentence if t.i < head.i and t.pos_ == "NOUN" and t.lower_ in POLL_NOUNS]
    if not polls:
        return None
    return document_author(polls[-1])  # "a Reuters poll", "In the survey carried out by ICM Research"
