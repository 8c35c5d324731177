"""Quoted passages no cue took: continuations of a speaker by the news convention, the end of a reported
clause that runs into quotation marks, or quotes with nobody to say them (docs/quotes.md, "Narration
and indirect speech").
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.attribution_types import attribution_type
from quotegraph.analyze.called_quotes import stops_after_naming
from quotegraph.analyze.clauses import sentence_end
from quotegraph.analyze.colon_breaks import colon_person_between
from quotegraph.analyze.deeds import nobody_says
from quotegraph.analyze.echoed_quotes import echoed_speaker
from quotegraph.analyze.narration_breaks import other_person_between
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.analyze.reporting_frames import ends_on_frame
from quotegraph.analyze.terms import is_term
from quotegraph.records import Span

SCARE_QUOTE_MAX_WORDS = 4


def is_full_quote(text: str, passage: QuotedSpan, words: int = SCARE_QUOTE_MAX_WORDS) -> bool:
    """Long enough to be a statement rather than a title or a scare-quoted phrase."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]]
    ends_sentence = quoted.rstrip().endswith((".", "!", "?", ","))
    return len(quoted.split()) > words or (ends_sentence and len(quoted.split()) >= 3)


def leftover_passages(
    text: str, passages: list[QuotedSpan], claimed: set[int], found: list[Attribution]
) -> list[Attribution]:
    """Quoted passages no cue took: continuations of a speaker, or quotes with nobody to say them."""
    covered = _Spans([c for a in found for c in a.content])
    leftovers: list[Attribution] = []
    broken: list[Attribution] = []  # quotes set apart from the speaker before by narration (narration_breaks)
    for passage in passages:
        if id(passage) in claimed:
            continue
        if covered.overlaps(*passage.fragments[0]):
            continue  # a partial quote inside reported speech, or a transcript line already taken
        if _in_writers_question(text, passage):
            continue  # `First, "Is streaming the future of gaming?"`: the writer asks, nobody is quoted
        if _names_a_thing(text, passage) or is_term(text, passage):
            continue  # `the “Meth. We’re on it.” campaign`, `known as “The Invincibles.”`: a name (terms.py)
        host = _reported_speech_in_sentence(passage, found, text)
        if host is not None:  # `… is "a great move," though comes "very late."`
            host.content[-1] = (host.content[-1][0], passage.fragments[-1][1])
            host.kind = "mixed"
            covered.add(host.content[-1])
            continue
        previous = _previous_direct(passage, found + leftovers, text)
        echoed = (
            None  # `"…," said Westwood. India is a "…"`: his words in the writer's sentence (echoed_quotes)
        )
        if previous is not None and not _continues(text, previous, passage):
            previous, echoed = None, echoed_speaker(previous, passage, text)
        # `"A," he said. Ruddock, though, is keen … "B."`: B is not his (narration_breaks.py)
        same = previous is not None and _same_paragraph(text, previous.content[-1][1], passage.start)
        set_apart = same and other_person_between(previous, passage.start)
        set_apart = set_apart or (same and colon_person_between(previous, passage.start))  # colon_breaks.py
        if set_apart:
            previous = _run_after_narration(text, passage, broken)
        # A quote nobody is said to have said must look like a statement, not a title.
        full = is_full_quote(text, passage, SCARE_QUOTE_MAX_WORDS * (1 if previous else 2))
        if not full and not stops_after_naming(text, passage.start, passage.end):  # `called it "…".`
            continue
        previous = previous or echoed  # a quote of its own that follows the speaker's, never glued to it
        joined = (
            previous is not None
            and echoed is None
            and (
                previous.kind != "indirect"
                or _right_after(previous, text, passage)
                or _introduced(text, passage)
            )
        )  # an indirect report a sentence of the writer's ends is followed, not joined (below)
        if joined and _same_paragraph(text, previous.content[-1][1], passage.start):
            # `"A," he said. "B."`: one quote in two parts.
            previous.content.extend(passage.fragments)
            previous.passages.append(passage)
            for fragment in passage.fragments:
                covered.add(fragment)
        elif previous is not None:
            leftovers.append(
                Attribution(
                    "direct",
                    list(passage.fragments),
                    previous.cue,
                    previous.source,
                    previous.cue_token,
                    previous.source_token,
                    [passage],
                    follows=previous,
                )
            )
        else:
            leftovers.append(Attribution("direct", list(passage.fragments), [], [], passages=[passage]))
            broken.extend(leftovers[-1:] if set_apart else [])
    return leftovers


def _run_after_narration(text: str, passage: QuotedSpan, broken: list[Attribution]) -> Attribution | None:
    """The quote with no cue, set apart from the speaker before it by narration about someone else, that
    this passage goes on from: the last such, with nothing but quotation marks and spaces between."""
    for run in reversed(broken):
        end = run.content[-1][1]
        if end <= passage.start and not any(c.isalnum() for c in text[end : passage.start]):
            return run
    return None


# Where a sentence of the writer's ends before a quote: a full stop, a question or exclamation mark, or
# a line break, with the quotation marks or brackets that may close it.
SENTENCE_BREAK = re.compile(r"(?:[.!?][\"”’)]*\s|\n)")


def _in_writers_question(text: str, passage: QuotedSpan) -> bool:
    """A question quoted inside the writer's own sentence, which the quote does not open: `First, "Is
    streaming the future of gaming?"`, `fans are left asking: "what went wrong this time?"` (made up). No
    cue took it, so no one the article reports asks it; a quote opening its sentence may go on from a
    speaker (`"A," he said. "Why not?"`)."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]].rstrip(' "”’')
    if not quoted.endswith("?"):
        return False
    line_start = text.rfind("\n", 0, passage.start) + 1
    breaks = list(SENTENCE_BREAK.finditer(text, line_start, passage.start))
    opening = text[breaks[-1].end() if breaks else line_start : passage.start]
    return any(c.isalnum() for c in opening)


class _Spans:
    """Character spans sorted by start, and the longest one's length: the spans that overlap one are
    found by bisection, not by a pass over all of them per passage (quadratic in a long text)."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = sorted(spans)
        self._longest = max((end - start for start, end in spans), default=0)

    def add(self, span: Span) -> None:
        insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before `end` and ends after `start`."""
        spans = self._spans
        i = bisect_left(spans, (end,)) - 1  # spans[: i + 1] start before end
        # a span ends at most _longest after it starts: one starting at or before start - _longest
        # ends by start, and so does every span before it
        while i >= 0 and spans[i][0] > start - self._longest:
            if spans[i][1] > start:
                return True
            i -= 1
        return False


# Nouns a quotation right after them names: `the Opioid Prevention campaign “Starts with one.”`.
NAMED_THINGS = frozenset(
    """
    campaign slogan motto tagline strapline jingle headline title banner sign placard hashtag song single
    album film movie book novel show series episode programme program play poem
    """.split()
)
# One or two lowercase words after the closing mark, one of them the thing named: "awareness campaign",
# "campaign did not appeal".
WORDS_AFTER = re.compile(r"\s*([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*$")  # not after a colon: `the show: "…"` is speech


def _names_a_thing(text: str, passage: QuotedSpan) -> bool:
    """A quotation that names a thing in the writer's sentence: a whole sentence quoted and the thing it
    names right after it (`South Dakota’s viral “Meth. We’re on it.” awareness campaign has been facing
    backlash`), or a capitalised quotation right after a noun it names (`the campaign “Starts with one.”`, not
    `expects the campaign “to continue …”`). A quote
    with no cue there is a slogan or a title, not anyone's words."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]].rstrip()
    after = WORDS_AFTER.match(text, passage.end)
    if after is not None and quoted.endswith((".", "!", "?")) and NAMED_THINGS & {*after.groups()}:
        return True
    if not quoted[:1].isupper():
        return False  # `expects the campaign “to continue calling out …”`: words going on, not a name
    before = WORD_BEFORE.search(text, max(0, passage.start - 40), passage.start)
    return before is not None and before.group(1).lower() in NAMED_THINGS


def _continues(text: str, previous: Attribution, passage: QuotedSpan) -> bool:
    """A quote goes on from the speaker before when it opens its sentence (`"A," he said. "B."`) or
    stands in that speaker's sentence (`…," he continued, and help "…"`); one inside a later sentence
    of the reporter's own ("Looking ahead, Mr Cherkasky forecast growth "with …"") is not theirs."""
    before = text[: passage.start].rstrip(" \t\u00a0")
    if not before or before[-1] in '.!?:\n"”’':
        return True
    return sentence_end(text, previous.content[-1][1], passage.start) is None


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _reported_speech_in_sentence(
    passage: QuotedSpan, found: list[Attribution], text: str
) -> Attribution | None:
    """An indirect attribution whose content ends earlier in the passage's sentence."""
    # Content ending on the passage's own line, before it: checked first, as Token.sent walks the doc
    # (every attribution's sentence for every passage made long articles quadratic).
    line_start = text.rfind("\n", 0, passage.start) + 1
    for attribution in found:
        if attribution.kind == "direct" or attribution.cue_token is None:
            continue
        if not line_start <= attribution.content[-1][1] <= passage.start:
            continue
        if sentence_end(text, attribution.content[-1][1], passage.start) is not None:
            continue  # a sentence of the reporter's own comes between: the parser ran two sentences together
        sentence = attribution.cue_token.sent
        if sentence.start_char <= passage.start and passage.end <= sentence.end_char + 1:
            return attribution
    return None


def _previous_direct(passage: QuotedSpan, found: list[Attribution], text: str) -> Attribution | None:
    """The quote this passage continues: one earlier in its paragraph, or the last one of the paragraph
    before when the passage opens its paragraph (news convention: a quote with no cue that opens a
    paragraph goes on from the speaker the paragraph before ends on)."""
    para_start = text.rfind("\n", 0, passage.start) + 1
    earlier = [a for a in found if a.content[-1][1] <= passage.start and a.source]
    # the last one someone says; nobody_says only as far back as needed (once per passage, not per pair)
    latest_first = sorted(earlier, key=lambda a: a.content[-1][1], reverse=True)
    last = next((a for a in latest_first if not _unsaid(a)), None)
    if last is None:
        return None
    if last.content[-1][1] >= para_start:
        return last
    if text[para_start : passage.start].strip():
        return None  # the quote does not open its paragraph: narration comes first
    prev_end = len(text[:para_start].rstrip())  # blank lines between paragraphs are no paragraph
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if last.content[-1][1] < prev_start or not _ends_paragraph(last, text, prev_end):
        return None
    return last if last.kind == "direct" or _speaks(last) else None


def _right_after(attribution: Attribution, text: str, passage: QuotedSpan) -> bool:
    """The passage comes right after the attribution's sentence, no sentence of the writer's between
    (`"I would," Melanie said to the TV. "I would, Donald."`): one report in two parts. With a sentence of
    the writer's between (`…, says Mr Dean. One of the most time consuming elements is … "If the decision
    …"`), the quote follows the speaker as a quote of its own, never glued into the indirect report."""
    end = max(e for _, e in attribution.content + attribution.cue + attribution.source)
    between = text[end : passage.start]
    own = SENTENCE_BREAK.search(between)  # the rest of the attribution's own sentence ends here
    return not any(c.isalnum() for c in between[own.end() if own else 0 :])


def _introduced(text: str, passage: QuotedSpan) -> bool:
    """A colon sets the passage after a sentence of the writer's that introduces it (`Said Ellis: "…"`):
    that sentence names its speaker, which the model may read; it is left as before (joined)."""
    return text[: passage.start].rstrip().endswith(":")


def _unsaid(attribution: Attribution) -> bool:
    """An attribution no one the article reports says ("If studios want to cash in …", a condition:
    deeds.nobody_says): no quote goes on from it, its subject is no speaker."""
    return attribution.cue_token is not None and nobody_says(attribution.cue_token)


def _ends_paragraph(attribution: Attribution, text: str, paragraph_end: int) -> bool:
    """The paragraph ends on this attribution: after its quote, cue and source only punctuation
    (`… ," said Ms Reyes.`, `Reyes said: "…"`), or on the rest of its reporting clause (`…," they said in a
    statement on Friday.`: reporting_frames.py), not a sentence of the reporter's own."""
    end = max(e for _, e in attribution.content + attribution.cue + attribution.source)
    return not any(c.isalnum() for c in text[end:paragraph_end]) or ends_on_frame(
        attribution, text, end, paragraph_end
    )


def _speaks(attribution: Attribution) -> bool:
    """An indirect attribution that names someone as speaking ("Mr Reyes said the plan was dead.")."""
    return attribution_type(attribution.cue_token, attribution.source_token, False) == "speech"
