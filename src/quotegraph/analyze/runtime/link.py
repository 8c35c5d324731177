"""Grouping predicted SOURCE, CUE and CONTENT spans into attributions.

The model labels spans; which content and which source go with which cue is decided here, by the
parse first and by distance after:

- a content fragment goes to the cue that governs it in the parse (the content's root hangs from
  the cue), else to the nearest cue in its paragraph, else — a quote running on into the next
  paragraph — to the last cue of the paragraph before;
- a cue's source is the span holding its subject (or the object of "according to"), else the
  nearest source in its sentence, the one before the cue first; a cue coordinated with no subject of its
  own takes the subject of the nearest conjunct before it that has one (an untagged one that is a thing
  that shows is the source), and a source that owns a thing that shows ("UKIP" of "UKIP's performance …
  showed") is widened to the thing (docs/quotes.md, "Not speech, round 11"); an untagged subject that
  is a document is the source before a nameless noun tagged inside its phrase, and a thing or a look that
  shows has no source at all ("Not speech, round 13").

A cue that gets no content is dropped (PolNeAR has next to no content-less attribution); content no
cue takes is kept without cue and source, like an unattributed quote. Of a cue's content fragments,
fragments a token or two apart are joined (`_joined`). Short fragments are kept: dropping those of
one or two tokens beside a longer one helped a weak early tagger, but cost mpnet and the gold spans
content (docs/training.md).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.attribution_types import (
    document_told_in,
    is_document_noun,
    nobody_shows,
    subject_of_nearer_conjunct,
    thing_shown_by_owner,
)
from quotegraph.analyze.cues import is_according_to
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import MARKS
from quotegraph.analyze.quotes import SUBJECT_DEPS, Attribution
from quotegraph.records import QuoteKind

# How a cue reaches the verb whose subject says it: "…, saying …", "… and added …", "wants to say".
SUBJECT_CHAIN_DEPS = frozenset({"advcl", "conj", "xcomp"})
# Content fragments this close are joined (measured on PolNeAR dev: docs/training.md).
JOIN_GAP_TOKENS = 2


@dataclass
class _Group:
    cue: TokenSpan | None
    contents: list[TokenSpan] = field(default_factory=list)
    source: TokenSpan | None = None


def link(doc: Doc, spans: list[TokenSpan]) -> list[Attribution]:
    """Attributions from labelled spans of `doc`, in text order of their first content fragment."""
    cues = [s for s in spans if s.label_ == "CUE"]
    sources = [s for s in spans if s.label_ == "SOURCE"]
    paragraphs = _Paragraphs(doc)
    groups = {cue.start: _Group(cue) for cue in cues}
    orphans: list[_Group] = []
    for content in (s for s in spans if s.label_ == "CONTENT"):
        cue = _cue_of(content, cues, paragraphs)
        if cue is None:
            orphans.append(_Group(None, [content]))
        else:
            groups[cue.start].contents.append(content)
    kept = [g for g in groups.values() if g.contents]
    labelled = {i for span in spans if span.label_ != "CONTENT" for i in range(span.start, span.end)}
    for group in kept:
        group.source = _source_of(group.cue, sources)
        group.contents = _joined(doc, sorted(group.contents, key=lambda s: s.start), labelled)
    attributions = [_attribution(doc, g) for g in kept + orphans]
    return sorted(attributions, key=lambda a: a.content[0][0])


class _Paragraphs:
    """Paragraph (line) numbers of character positions."""

    def __init__(self, doc: Doc) -> None:
        text = text_of(doc)
        self._breaks = [i for i, char in enumerate(text) if char == "\n"]

    def of(self, span: TokenSpan) -> int:
        return bisect_right(self._breaks, span.start_char)


def _cue_of(content: TokenSpan, cues: list[TokenSpan], paragraphs: _Paragraphs) -> TokenSpan | None:
    paragraph = paragraphs.of(content)
    near = [c for c in cues if paragraphs.of(c) == paragraph]
    governing = [c for c in near if _governs(c, content)]
    if governing:
        return min(governing, key=lambda c: _gap(c, content))
    if near:
        return min(near, key=lambda c: (_gap(c, content), c.sent != content.sent))
    before = [c for c in cues if paragraphs.of(c) == paragraph - 1]
    return before[-1] if before else None


def _governs(cue: TokenSpan, content: TokenSpan) -> bool:
    """Whether the content's root hangs from the cue (directly or through a clause's verb)."""
    head = content.root.head
    for _ in range(3):
        if cue.start <= head.i < cue.end:
            return True
        if head.head == head:
            return False
        head = head.head
    return False


def _gap(a: TokenSpan, b: TokenSpan) -> int:
    """Tokens between two spans (0 when they touch)."""
    return max(b.start - a.end, a.start - b.end, 0)


def _source_of(cue: TokenSpan | None, sources: list[TokenSpan]) -> TokenSpan | None:
    if cue is None or nobody_shows(cue.root):
        return None  # "Yet fires have continued, showing that …": a thing shows, no one (round 13)
    subject = _subject(cue)
    if subject is not None:
        holding = [s for s in sources if s.start <= subject.i < s.end]
        if holding:
            return holding[0]
        if (document := _document_around(subject, cue, sources)) is not None:
            return document
    lent = document_told_in(cue.root) or subject_of_nearer_conjunct(cue.root)
    if lent is not None and is_document_noun(lent):  # "…, and the ad going viral … shows": the ad, untagged
        return lent.doc[lent.left_edge.i : lent.i + 1]
    same_sentence = [s for s in sources if s.sent == cue.sent]
    if not same_sentence:
        return None
    return min(same_sentence, key=lambda s: (s.start > cue.start, _gap(s, cue)))


# Named sources that may own a document ("Research conducted by the EOC"), and so stay its source.
NAMED_SOURCES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _document_around(subject: Token, cue: TokenSpan, sources: list[TokenSpan]) -> TokenSpan | None:
    """The cue's own untagged subject that is a document is the source, as the rules read it, before any
    source tagged inside its phrase that names no one: "the data we've been collecting on the 2018 model
    and the mid-2019 refresh suggests that …" is the data's, not the laptop's (round 13); a name tagged
    inside ("Research conducted by the EOC last year revealed") keeps its source, and a subject the cue
    takes from a verb before it ("Louise Ellman said the hypnotism image was insensitive but urged …")
    leaves the source to the tagger."""
    if subject.head != cue.root or not is_document_noun(subject):
        return None
    inside = [s for s in sources if subject.left_edge.i <= s.start and s.end <= subject.right_edge.i + 1]
    if any(t.ent_type_ in NAMED_SOURCES for s in inside for t in s):
        return None
    return subject.doc[subject.left_edge.i : subject.i + 1]


def _subject(cue: TokenSpan) -> Token | None:
    """The subject of the cue's verb, or of the verb it hangs from; the object of "according to"."""
    verb = next((t for t in cue if is_according_to(t)), None) or cue.root
    if is_according_to(verb):
        return next((c for c in verb.nbor(1).children if c.dep_ == "pobj"), None)
    if (document := document_told_in(verb)) is not None:
        return document  # "it's revealed in Eurogamer's Stadia review that …": the review (round 11)
    if (lent := subject_of_nearer_conjunct(verb)) is not None:
        return lent  # the subject of the conjunct before, not the first verb's (round 11)
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in SUBJECT_CHAIN_DEPS or verb.head == verb:
            return None
        verb = verb.head
    return None


def _joined(doc: Doc, contents: list[TokenSpan], labelled: set[int]) -> list[TokenSpan]:
    """Fragments a token or two apart, with no cue or source and no paragraph break between, as one:
    the tagger sometimes leaves a comma or a conjunction inside a content untagged."""
    joined: list[TokenSpan] = []
    for span in contents:
        previous = joined[-1] if joined else None
        if previous is not None and span.start - previous.end <= JOIN_GAP_TOKENS:
            gap = doc[previous.end : span.start]
            if "\n" not in gap.text and not labelled.intersection(range(gap.start, gap.end)):
                joined[-1] = TokenSpan(doc, previous.start, span.end, label=span.label_)
                continue
        joined.append(span)
    return joined


def _attribution(doc: Doc, group: _Group) -> Attribution:
    content = [(s.start_char, s.end_char) for s in group.contents]  # in text order: link() sorted them
    cue, source = group.cue, group.source
    if source is not None and (thing := thing_shown_by_owner(source.root)) is not None:
        source = doc[thing.left_edge.i : thing.i + 1]  # "UKIP's performance", not its owner "UKIP"
    return Attribution(
        kind=_kind(text_of(doc), content),
        content=content,
        cue=[(cue.start_char, cue.end_char)] if cue is not None else [],
        source=[(source.start_char, source.end_char)] if source is not None else [],
        cue_token=cue.root if cue is not None else None,
        source_token=source.root if source is not None else None,
    )


def _kind(text: str, content: list[tuple[int, int]]) -> QuoteKind:
    """Direct when every fragment sits between quotation marks, mixed when marks fall inside it."""
    if all(_quoted(text, start, end) for start, end in content):
        return "direct"
    return "mixed" if any(c in MARKS for s, e in content for c in text[s:e]) else "indirect"


def _quoted(text: str, start: int, end: int) -> bool:
    """A mark right before the fragment and right after it (past the punctuation the quote ends with)."""
    before = text[max(start - 3, 0) : start].rstrip()
    after = text[end : end + 4].lstrip(" ,.;:!?")
    return bool(before and after) and before[-1] in MARKS and after[0] in MARKS
