"""Interview answers opened by a dash: the interviewee named at the head of the block speaks them.

Russian, Ukrainian and many European pages print an interview without "Q:" and "A:" (transcripts.py):
the interviewee's name on a line of its own (often an account line under it, "Аккаунт: @contrse",
"Instagram: @…"), then each question or prompt on its own line and the answer on the next, opened by a
dash ("— Задолго до увлечения …"). A quotation inside such an answer ("Мой девиз: «Надо любить …»") is the
interviewee's own words. Only this layout counts: a dash-led line with no question line before it, or with
no name line heading its block, gives the dash to no one (a list, a dialogue in a story, a dash aside).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.continuations import is_full_quote
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

ANSWER_DASHES = ("—", "–")
# A name line: two or three capitalised words (any script) and nothing else.
NAME_LINE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){1,2}$")
# An account line under the name: "Аккаунт: @contrse", "Instagram: @…", "Account: …".
ACCOUNT_LINE = re.compile(r"^[^\W\d_][\w ]{0,20}:\s*@?\S+$")
MAX_BLOCK_LINES = 40  # an interview block's lines from its head to an answer


def dash_answers(doc: Doc, passages: list[QuotedSpan], claimed: set[int]) -> list[Attribution]:
    """Quotes inside a dash-led answer line of an interview block, the interviewee's (named at its head)."""
    text = text_of(doc)
    result = []
    for passage in passages:
        if id(passage) in claimed or not (is_full_quote(text, passage) or _after_colon(text, passage)):
            continue  # "в стиле «кондитерку»": a scare-quoted word, no one's statement
        line_start = text.rfind("\n", 0, passage.start) + 1
        if not text[line_start:].lstrip(" \t\u00a0").startswith(ANSWER_DASHES):
            continue
        head = _block_head(text, line_start)
        if head is None:
            continue
        name = doc.char_span(*head, alignment_mode="expand")
        if name is None:
            continue
        claimed.add(id(passage))
        dash_at = line_start + len(text[line_start:]) - len(text[line_start:].lstrip(" \t\u00a0"))
        dash = [(dash_at, dash_at + 1)]  # the answer's dash stands for its cue, as "A:" does
        result.append(
            Attribution(
                "direct", list(passage.fragments), dash, [head], source_token=name[-1], passages=[passage]
            )
        )
    return result


def _block_head(text: str, answer_start: int) -> tuple[int, int] | None:
    """The span of the name heading the interview block whose answer line starts at `answer_start`: the
    lines before it alternate prompts and dash-led answers, the line right before it is a prompt, one
    prompt at least is a question, and above them stand the name line (and an account line); else None."""
    lines = _lines_before(text, answer_start)
    if not lines or _is_answer(lines[0][2]):
        return None  # no prompt right before the answer: a dash aside or a list
    asked = False
    for number, (start, end, line) in enumerate(lines[:MAX_BLOCK_LINES]):
        if ACCOUNT_LINE.match(line) and number + 1 < len(lines) and _is_name(lines[number + 1][2]):
            return (lines[number + 1][0], lines[number + 1][1]) if asked else None
        if _is_name(line) and number > 0 and asked:
            return (start, end)
        asked = asked or line.endswith("?")
    return None


def _lines_before(text: str, end: int) -> list[tuple[int, int, str]]:
    """The non-blank lines before offset `end` (a line's start), nearest first, as (start, end, stripped):
    a block's worth of them at most."""
    found: list[tuple[int, int, str]] = []
    while end > 0 and len(found) <= MAX_BLOCK_LINES + 1:
        start = text.rfind("\n", 0, end - 1) + 1
        raw = text[start:end]
        line = raw.strip()
        if line:
            offset = start + raw.index(line)
            found.append((offset, offset + len(line), line))
        end = start
    return found


def _is_name(line: str) -> bool:
    """A line of two or three words, each capitalised: a person's name ("Дарья Калугина")."""
    return NAME_LINE.match(line) is not None and all(word[0].isupper() for word in line.split())


def _after_colon(text: str, passage: QuotedSpan) -> bool:
    """A quotation a colon introduces ("Я обычно отвечаю так: «Ем все, кроме устриц»") is words said."""
    return text[: passage.start].rstrip().endswith(":")


def _is_answer(line: str) -> bool:
    return line.startswith(ANSWER_DASHES)
