"""A source counted as "one" of a kind of person is an unnamed person (round 30).

"as one neo-bank CEO told me", "one senior executive said": news writes "one" for "a" where it keeps a
source unnamed, and the source is that one person, anonymous, described by the phrase. The numeral marks
no count of a group nor a figure ("one in three voters said" is a survey's share: "one" with an "in" or
"of" after it, which is left as before), and the noun is a word for a person's job or office ("CEO",
"executive", "official"), which the parser may take for a name ("CEO"): never an organization. "a" or
"an" in place of "one" ("as a neo-bank CEO told me", round 31) is read the same way: an indefinite job noun
is one unnamed person, never the organization the parser's proper noun suggests.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.roles import JOB_HEADS, ROLE_HEADS

# Officers' titles written as initials, which the parser tags as proper nouns.
OFFICER_INITIALS = frozenset("ceo cfo coo cto cio cmo".split())


def one_described(head: Token) -> str | None:
    """The description of an unnamed person a source "one <job>" or "a <job>" is ("one neo-bank CEO", "a
    neo-bank CEO"); None otherwise."""
    first = head.doc[head.left_edge.i]
    if first.head != head or head.tag_ not in {"NN", "NNP"}:
        return None
    if not (first.lower_ == "one" and first.dep_ == "nummod") and not _indefinite(first, head):
        return None
    if any(c.dep_ in {"prep", "appos"} for c in head.children):
        return None  # "one in three", "one of the officials", "one executive, John Smith": read as before
    if head.lower_ not in JOB_HEADS | ROLE_HEADS | OFFICER_INITIALS:
        return None
    end = head.i + 1
    return head.doc[first.i : end].text


def _indefinite(first: Token, head: Token) -> bool:
    """ "a"/"an" as the determiner of a job the parser took for a proper noun: "a neo-bank CEO" is one
    unnamed person as "one" is (a common noun, "a senior executive", is read so already)."""
    return first.lower_ in {"a", "an"} and first.dep_ == "det" and head.tag_ == "NNP"
