"""A quote is not the next sentence's (docs/quotes.md, "A quote before the next sentence's cue").

A direct quote that closes its own sentence (`… at the next election."`) and is followed by a new
sentence of narration with a cue of its own goes to that cue only where nothing before says whose it
is (a loose `"We will win." Smith said.`). News sets such a quote after someone quoted just before,
whose words it goes on with, and the next sentence reports words of its own:

- `"He fully supports …," said the statement. "However, … he has decided not to stand …" Mr Kruger is
  continuing in his job …` is the statement's, not Mr Kruger's (`quoted_just_before`, for the rules:
  quotes._adjacent_passages leaves the passage to the speaker before, continuations.py);
- the learned model draws the same glue (`Matthew Taylor said … "getting in the way of good
  government". "Either they need to grow up …" During the interview Mr Blair also said …`): a fragment
  of the model's content that lies in a quoted passage closing before its cue's sentence, which the
  rules gave to another cue, goes back to that cue (`unglued`, for learned.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.continuations import SENTENCE_BREAK, is_full_quote
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.records import Span as CharSpan

FRAME_SENTENCES = 1  # sentence ends between the quote before and this one: that quote's own frame


def closes_sentence(text: str, passage: QuotedSpan) -> bool:
    """The passage's words end on a full stop (`… the next election."`): what follows is a new sentence. A
    question or exclamation mark may stand before its own cue (`"Why?" he asked.`), a comma always does."""
    start, end = passage.fragments[-1]
    return text[start:end].rstrip().endswith(".")


def quoted_just_before(
    text: str, passage: QuotedSpan, ending: Callable[[int, int], list[QuotedSpan]]
) -> bool:
    """Whether a full quote ends earlier in the passage's paragraph with at most its frame's sentence
    between (`"…," said the statement. "However, …"` or `Taylor said … was "getting in the way …". "…"`).
    `ending(lo, hi)`: the passages that end in [lo, hi]."""
    line_start = text.rfind("\n", 0, passage.start) + 1
    earlier = [p for p in ending(line_start, passage.start) if p.end <= passage.start and p is not passage]
    if not earlier or not is_full_quote(text, earlier[-1]):
        return False
    between = text[earlier[-1].end : passage.start]
    return len(SENTENCE_BREAK.findall(between)) <= FRAME_SENTENCES


def unglued(doc: Doc, found: list[Attribution], rules: list[Attribution]) -> list[Attribution]:
    """The model's attributions (`found`) without the quoted passages before their cue's sentence that the
    rules gave to another cue; each such fragment joins the kept attribution of that cue, or one made of
    the rules' own (its cue and source) where none is kept. The passages are found by bisection, the kept
    attributions by their cue: the work stays linear in the quotes."""
    held = {p.start: (p.end, a) for a in rules if a.kind != "direct" and a.cue for p in a.passages}
    if not held:
        return found
    starts = sorted(held)
    text = text_of(doc)
    by_cue = {tuple(a.cue): a for a in reversed(found) if a.cue}  # the first of each cue
    added: list[Attribution] = []
    for attribution in found:
        if not attribution.cue or attribution.kind == "direct" or len(attribution.content) < 2:
            continue  # a fragment that is all of the model's content is left as it is
        cue = doc.char_span(*attribution.cue[0], alignment_mode="expand")
        if cue is None:
            continue
        sentence_start = cue.sent.start_char
        for fragment in list(attribution.content):
            k = bisect_right(starts, fragment[0]) - 1
            if k < 0 or len(attribution.content) < 2:
                continue
            end, holder = held[starts[k]]
            if fragment[1] > end or holder.cue == attribution.cue or end > sentence_start + 1:
                continue  # not inside the passage, the same cue's, or a passage of the cue's own sentence
            if not closes_sentence_at(text, fragment, end):
                continue
            attribution.content.remove(fragment)
            _give(fragment, holder, by_cue, added)
    return sorted(found + added, key=lambda a: a.content[0][0])


def closes_sentence_at(text: str, fragment: CharSpan, end: int) -> bool:
    """The passage ending at `end` closes on a full stop: its last words before the closing mark."""
    return text[fragment[0] : end].rstrip(' "”’\n').endswith(".")


Kept = dict[tuple[CharSpan, ...], Attribution]


def _give(fragment: CharSpan, holder: Attribution, by_cue: Kept, added: list[Attribution]) -> None:
    """The fragment to the kept attribution of the holder's cue, or to a new one of the holder's own."""
    same = by_cue.get(tuple(holder.cue))
    if same is None:
        cue, source = holder.cue_token, holder.source_token
        same = Attribution("direct", [fragment], holder.cue, holder.source, cue, source)
        by_cue[tuple(holder.cue)] = same
        added.append(same)
    elif not any(s < fragment[1] and fragment[0] < e for s, e in same.content):
        same.content = sorted([*same.content, fragment])
        same.kind = "mixed" if same.kind == "indirect" else same.kind
