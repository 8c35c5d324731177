"""The organizations a story's lead names together (docs/quotes.md, "Round 8: antecedents").

News names the organizations a story is about together in its lead, the headline and the paragraph
after it ("Shares in Elan and Biogen Idec plunged on Monday as the firms suspended sales …"), and speaks
of them later as "the firms", "the companies", "the two firms": `"…," the two firms said in a statement`
is Elan and Biogen Idec, not a product named last ("Tysabri"). Where named_groups.py finds no names
joined by "and" as a subject nearby, nor (for a description that counts them: "both", "two") names joined
under another word in its sentence or the one before ("between McClatchy and Tribune. Both companies
declined …": nearer than the lead), a
definite plural organization noun (not a bare "both") is the run
of names joined by "and" in the lead, under any word (the parser often joins the headline to the lead and
hangs the names under a preposition: "Shares in …"), the first such run whose count agrees with the
description's number ("the two firms"), taken whole where the NER's name goes on past the parser's
conjunct ("Biogen" of "Biogen Idec"). Only the lead's first LEAD_TOKENS tokens are read, once per
description: the text stays linear.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from quotegraph.analyze.found_names import coordinated_organizations

# The headline and the paragraph after it, at most: about two sentences of news.
LEAD_TOKENS = 80
LEAD_PARAGRAPHS = 2


def lead_coordination(
    head: Token, count: int | None, known_person: Callable[[str], bool], body: Callable[[Token], bool]
) -> Span | None:
    """The names joined by "and" in the lead (the headline and the paragraph after it) that a definite
    plural organization noun after the lead stands for: the first run of two or more bodies' names whose
    count agrees with `count` (None: any), as found_names.coordinated_organizations takes them."""
    doc = head.doc
    if count is not None and _names_joined_near(head):
        return None  # "talks have resumed between McClatchy and Tribune. Both companies declined …"
    end, breaks = 0, 0
    while end < min(len(doc), LEAD_TOKENS, head.sent.start):
        if doc[end].is_space and "\n" in doc[end].text:
            breaks += 1
            if breaks > LEAD_PARAGRAPHS:
                break
        end += 1
    for token in doc[:end]:
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        run = coordinated_organizations(token, known_person, body)
        if run is None or run.end > end:
            continue
        members = 1 + sum(1 for t in run if t.dep_ == "conj")
        if count is None or members == count:
            last = run.end
            while last < len(doc) and doc[last].ent_iob_ == "I":  # "Biogen Idec" whole
                last += 1
            return doc[run.start : last]
    return None


def _names_joined_near(head: Token) -> bool:
    """Whether names are joined by "and" in the description's sentence or the one before, under any
    word: nearer candidates than the lead's (named_groups.py took none of them as a subject)."""
    doc = head.doc
    last = head.sent.start - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    start = doc[last].sent.start if last >= 0 else head.sent.start
    return any(
        t.dep_ == "conj"
        and t.pos_ == "PROPN"
        and t.head.pos_ == "PROPN"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children)
        for t in doc[start : head.i]
    )
