"""A headline's "<claim>, says <Name>" is the named one's, whatever the parser made of it (issue 30).

BBC headlines put the speaker last, after the words and an inverted cue, often with no comma: "House
prices rebound says Halifax", "Dance music not dead says Fatboy", "More reforms ahead says Milburn". The
parser, reading a line with no full stop, takes "Fatboy" for what is said and "Dance music" for who says
it, or finds no source. Where a headline's cue ("says", "say", "warns", "claims") is followed by one to
three capitalised words and nothing else, those words are the source and the words before the cue the
content. Only the headline's own tokens are read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.records import Span

_INVERTED_CUES = frozenset({"says", "say", "warns", "warn", "claims", "claim", "insists", "insist"})
_MOST_NAME_WORDS = 3


def headline_sources(doc: Doc, attributions: list[Attribution], headline: Span | None) -> None:
    """Give each headline attribution of the form "<claim>[,] says <Name>" its name as the source and the
    claim as the content (in place)."""
    if headline is None:
        return
    for attribution in attributions:
        cue = attribution.cue_token
        if cue is None or cue.lower_ not in _INVERTED_CUES or not headline[0] <= cue.idx < headline[1]:
            continue
        name = _name_after(doc, cue, headline[1])
        claim = [t for t in doc[: cue.i] if t.idx >= headline[0] and not t.is_space]
        while claim and claim[-1].text in {",", ":", "-"}:
            claim.pop()
        if name is None or len(claim) < 2:
            continue
        attribution.source_token = name[-1]
        attribution.source = [(name[0].idx, name[-1].idx + len(name[-1].text))]
        attribution.content = [(claim[0].idx, claim[-1].idx + len(claim[-1].text))]


def _name_after(doc: Doc, cue: Token, end: int) -> list[Token] | None:
    """The capitalised words that end the headline right after the cue ("Halifax", "Tony Blair"), or None."""
    words = []
    for token in doc[cue.i + 1 :]:
        if token.idx >= end or "\n" in token.text:
            break
        if token.is_space:
            continue
        if len(words) == _MOST_NAME_WORDS or not (token.is_title or token.is_upper) or not token.is_alpha:
            return None
        words.append(token)
    return words or None
