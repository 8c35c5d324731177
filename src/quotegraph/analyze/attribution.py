"""An attribution under construction: the record each finder of quotes.py fills (cue, source, content,
and the tokens speakers.py needs to resolve the source), with the character spans of its parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution_types import attribution_type
from quotegraph.analyze.quotemarks import MARKS, QuotedSpan
from quotegraph.records import Quote, QuoteKind
from quotegraph.records import Span as CharSpan


@dataclass
class Attribution:
    """A quote under construction, with the tokens speakers.py needs to resolve the source."""

    kind: QuoteKind
    content: list[CharSpan]
    cue: list[CharSpan]
    source: list[CharSpan] = field(default_factory=list)
    cue_token: Token | None = None
    source_token: Token | None = None  # the head of the source mention
    passages: list[QuotedSpan] = field(default_factory=list)
    follows: Attribution | None = None  # for continuations: the quote whose speaker they share
    speaker_id: str | None = None
    answer: bool = False  # an "A:" line of an interview transcript: the interviewee speaks

    def to_quote(self) -> Quote:
        return Quote(
            kind=self.kind,
            content=self.content,
            cue=self.cue,
            source=self.source,
            speaker=self.speaker_id,
            type=attribution_type(self.cue_token, self.source_token, self.kind == "direct"),
        )


def mention_span(head: Token) -> CharSpan:
    """The source as written: the head's whole noun phrase, appositions included."""
    tokens = [t for t in head.subtree if not is_space(t)]
    start, end = tokens[0], tokens[-1]
    while end.i > start.i and (end.is_punct or end.dep_ in {"cc"}):
        end = end.doc[end.i - 1]
    if _open_bracket(start, end):  # "the National Hi-Tech Crime Unit (NHTCU)": its ")" too (round 33)
        end = end.doc[end.i + 1]
    while start.i < end.i and start.is_punct:
        start = start.doc[start.i + 1]
    return (start.idx, end.idx + len(end.text))


def _open_bracket(start: Token, end: Token) -> bool:
    """A "(" opened inside the phrase and the ")" that closes it right after its last word, which the
    parser hung elsewhere: "the National Hi-Tech Crime Unit (NHTCU)" is never cut to "… (NHTCU"."""
    words = [t.text for t in start.doc[start.i : end.i + 1]]
    following = end.i + 1 < len(end.doc) and end.doc[end.i + 1].text == ")"
    return following and words.count("(") > words.count(")")


def is_space(token: Token) -> bool:
    return token.is_space or not token.text.strip()


def token_range(doc: Doc, first: Token, last: Token) -> CharSpan:
    """Characters from first to last token, without enclosing punctuation other than quote marks."""
    while last.i > first.i and (last.is_punct or is_space(last)) and last.text not in MARKS:
        last = doc[last.i - 1]
    while first.i < last.i and (first.is_punct or is_space(first)) and first.text not in MARKS:
        first = doc[first.i + 1]
    return (first.idx, last.idx + len(last.text))
