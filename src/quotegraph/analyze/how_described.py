"""Quotes set before "was how X described it": the quotation is the complement of a copula, and the one
who described, put or summed it up is its speaker.

News writers often close a quote with a frame instead of a cue: `"We should formalize our relationship,"
was how Ford described it to friends`, `"A disaster" is how one minister put it`, `"…" was the way she
summed it up`. The verb ("described", "put", "summed up") is a clause under "was"/"is" opened by "how";
its object is "it" (the quote again), so its own clause reports nothing, and the words are the quotation
right before the copula, the verb's subject's, speech.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.clauses import SUBJECT_DEPS
from quotegraph.analyze.continuations import is_full_quote
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

# Verbs that put words in a form: "how X described/put/summed up/phrased/characterised it".
FRAMING_LEMMAS = frozenset(
    "describe put sum phrase word characterise characterize explain summarise summarize express".split()
)
COPULA_FORMS = frozenset({"was", "is", "'s", "’s"})
GAP = set(",;:—–- \u00a0")


def how_framed(verb: Token) -> Token | None:
    """The copula of "<quote>, was how X described it" whose clause `verb` is; else None."""
    if verb.lemma_.lower() not in FRAMING_LEMMAS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.lower_ == "how" and c.i < verb.i for c in verb.children):
        return None
    copula = verb.head
    if verb.dep_ not in {"ccomp", "attr", "advcl", "csubj"} or copula.lower_ not in COPULA_FORMS:
        return None
    return copula if copula.i < verb.i else None


def how_described(doc: Doc, passages: list[QuotedSpan], claimed: set[int]) -> list[Attribution]:
    """The quotes right before "was how X described it" ("is how X put it"), X's, direct."""
    text = text_of(doc)
    result = []
    for verb in doc:
        copula = how_framed(verb)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if copula is None or subject is None:
            continue
        before = [p for p in passages if p.end <= copula.idx and _gap(text[p.end : copula.idx])]
        before = [p for p in before[-1:] if id(p) not in claimed and is_full_quote(text, p)]
        if not before:
            continue  # the copula's subject is no quotation of ours: "That is how she put it"
        passage = before[0]
        claimed.add(id(passage))
        last = max((c for c in verb.children if c.dep_ == "prt"), key=lambda t: t.i, default=verb)
        cue = (verb.idx, last.idx + len(last.text))  # "summed up", with its particle
        result.append(
            Attribution(
                "direct",
                list(passage.fragments),
                [cue],
                [mention_span(subject)],
                cue_token=verb,
                source_token=subject,
                passages=[passage],
            )
        )
    return result


def _gap(between: str) -> bool:
    """Only punctuation and spaces between the quotation and the copula."""
    return all(c in GAP for c in between)
