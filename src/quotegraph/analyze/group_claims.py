"""A speech verb the parser read as a noun after a group word: "The pair claim they are being punished".

News goes on from two people or firms it has named with a counting subject and a bare present verb:
"The pair claim …", "The two say …", "The men insist …", "The firms argue …". "claim", "say" and "argue"
are nouns too, and the parser at times reads "pair claim" as one compound noun, the sentence's root, with
the clause after it hung on it as a relative clause: no verb, so no cue. Where the noun reading leaves the
sentence with no verb of its own, the second word is the verb: a cue whose subject is the group word
(companions.py then names the pair) and whose content is the clause after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution, token_range
from quotegraph.analyze.counted_chains import COUNTING, NUMBERS
from quotegraph.analyze.quotemarks import MARKS

# The verbs of this reading: present forms that are nouns as well.
NOUN_VERBS = frozenset("claim claims say says insist argue argues deny denies allege warn fear fears".split())
# Counting subjects and plural nouns of the people or bodies the article has just named.
GROUP_WORDS = frozenset(
    "pair two three duo trio couple men women brothers sisters firms companies parents families".split()
)
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "acl"})


def group_claims(doc: Doc) -> list[Attribution]:
    """The attributions of "The pair claim …" where the parser took "claim" for a noun (module docstring)."""
    result = []
    for token in doc:
        subject = verb_read_as_noun(token)
        if subject is None:
            continue
        clause = next(c for c in token.children if c.dep_ in CLAUSE_DEPS and c.i > token.i)
        last = clause.right_edge
        while last.i > clause.i and last.is_punct and last.text not in MARKS:
            last = doc[last.i - 1]
        content = token_range(doc, doc[token.i + 1], last)
        text = doc.text[content[0] : content[1]]
        kind = "mixed" if any(c in MARKS for c in text) else "indirect"
        source = token_range(doc, subject.sent[0] if subject.i > 0 else subject, subject)
        cue = (token.idx, token.idx + len(token.text))
        result.append(Attribution(kind, [content], [cue], [source], token, subject))
    return result


def verb_read_as_noun(token: Token) -> Token | None:
    """The group word of "The pair claim …" whose verb `token` the parser read as a noun at the root of a
    sentence with no verb outside the clause after it; else None."""
    if token.pos_ != "NOUN" or token.lower_ not in NOUN_VERBS or token.dep_ != "ROOT" or token.i < 2:
        return None
    group, opener = token.nbor(-1), token.nbor(-2)
    if group.lower_ not in GROUP_WORDS or group.head != token or opener.lower_ not in {"the", "both"}:
        return None
    if opener.i != token.sent.start:
        return None  # "… the pair claim" inside a longer phrase
    clause = next((c for c in token.children if c.dep_ in CLAUSE_DEPS and c.i > token.i), None)
    if clause is None or not any(c.dep_.startswith("nsubj") for c in clause.children):
        return None  # "The pair claim was rejected": a noun after all
    if any(t.pos_ in {"VERB", "AUX"} for t in token.sent if t.i < clause.left_edge.i):
        return None
    return group


def counted_group(head: Token) -> int | None:
    """How many "the pair" or "the two" counts where it is the subject of a verb read as a noun ("The
    pair claim …": "the" hangs on "claim" there, so counted_chains finds no definite description)."""
    if verb_read_as_noun(head.head) != head:
        return None
    return COUNTING.get(head.lower_) or NUMBERS.get(head.lower_)


def missed_group_claims(found: list[Attribution], rules: list[Attribution]) -> list[Attribution]:
    """The rules' "The pair claim …" attributions that share no cue nor content with a learned model's
    `found`: the model reads the parser's noun, no verb, and finds no cue there; the rule's reading stands."""
    cues = {span for a in found for span in a.cue}
    contents = [span for a in found for span in a.content]
    return [
        rule
        for rule in rules
        if rule.cue_token is not None
        and verb_read_as_noun(rule.cue_token) is not None
        and not any(span in cues for span in rule.cue)
        and not any(s1 < e2 and s2 < e1 for s1, e1 in rule.content for s2, e2 in contents)
    ]
