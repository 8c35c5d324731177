"""Speech verbs of other languages: a quotation beside "<Name> <verb>," or ", <verb> <Name>" (issue 30).

The English parser reads no cue in `Presiden Ahmadinejad menandaskan, “Dari tribun ini …”`, so a quote of
a page in Indonesian, Spanish, Portuguese, French, German or Italian had no speaker. News in those
languages sets its quotes as English news does: the name and a speech verb before the quotation, with a
comma or colon (`Merkel sagte: „…“`), or the verb and the name after it (`"…", dijo Pérez`). A small
table of the commonest speech verbs, in the forms news writes them (a past or present third person), pairs
a quotation no English cue took with that name. None of the words is an English word ("dice", "so",
"dit" are left out for that reason), so the rule never fires on English text. Korean, which sets its
verb after the quotation, has its own rule (korean_cues.py).

Russian news (round 27) sets the writer's words inside the quotation between dashes (`«…, – пожаловалась
Поризкова. — Я постоянно …»`): the name after a table verb there is the speaker of the whole quotation,
less those words. A quotation no name stands beside, after a sentence of its paragraph whose verb of the
table has a description before it and no name (`Бывшая супермодель призналась, что боится: … «Я думаю …»`,
"the former supermodel admitted"), goes on from the speaker these rules named last: the description is
that person again, as the paragraph goes on about her (Russian only: the one language checked).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.continuations import is_full_quote
from quotegraph.analyze.foreign_verbs import SPEECH_VERBS
from quotegraph.analyze.korean_cues import korean_attribution
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

_SPACE = "[ \u00a0]+"
_VERB = "|".join(
    sorted(
        (w.replace("_", _SPACE) for ws in SPEECH_VERBS.values() for w in ws.split()), key=len, reverse=True
    )
)
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*"
_NAME = rf"{_WORD}(?:{_SPACE}{_WORD}){{0,3}}"  # a name on one line: never the line before's last words
# How far before or after a quotation its reporting words may sit: a name of a few words and the verb.
WINDOW = 80
NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME}){_SPACE}(?P<verb>{_VERB})\s*[,:]\s*\Z")
NAME_AFTER = re.compile(rf"\s*[,–—-]*\s*(?P<verb>{_VERB}){_SPACE}(?P<name>{_NAME})(?![\w-])")
# The writer's words set inside a quotation between dashes, as Russian and French news set them.
INNER = re.compile(rf"[,.!?…]\s*[–—]\s*(?P<verb>{_VERB}){_SPACE}(?P<name>{_NAME})\s*[.,]\s*[–—]?")
# A speech verb of the table after a description, no name: "Бывшая супермодель призналась, что …".
# Russian only, the one language it was checked on.
NARRATED = re.compile(
    rf"(?<![\w-])[а-яё][\w-]*{_SPACE}(?P<verb>{'|'.join(SPEECH_VERBS['ru'].split())})(?![\w-])"
)


def foreign_attributions(doc: Doc, passages: list[QuotedSpan], claimed: set[int]) -> list[Attribution]:
    """Direct quotes for the full quotations no cue took, beside a name and a speech verb of the table."""
    text = text_of(doc)
    found = []
    for passage in passages:
        if id(passage) in claimed or not is_full_quote(text, passage):
            continue
        if (korean := korean_attribution(doc, passage)) is not None:
            claimed.add(id(passage))
            found.append(korean)  # `그는 “…”고 말했다`
            continue
        match = NAME_BEFORE.search(text, max(0, passage.start - WINDOW), passage.start)
        if match is None:
            match = NAME_AFTER.match(text, passage.end, passage.end + WINDOW)
        match = match or INNER.search(text, passage.start, passage.end)  # «…, – пожаловалась Поризкова. — …»
        if match is None:
            if (going_on := _narrated(text, passage, found)) is not None:
                claimed.add(id(passage))
                found.append(going_on)
            continue
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if name is None:
            continue
        claimed.add(id(passage))
        source = (match.start("name"), match.end("name"))
        cue = (match.start("verb"), match.end("verb"))
        content = _around(passage.fragments, match.start(), match.end())
        found.append(Attribution("direct", content, [cue], [source], None, name[-1], [passage]))
    return found


def _around(fragments: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The quotation's fragments less the writer's words set inside it between `start` and `end`."""
    kept = []
    for first, last in fragments:
        kept += [(first, min(last, start))] if first < start else []
        kept += [(max(first, end), last)] if last > end else []
    return [(first, last) for first, last in kept if last > first]


def _narrated(text: str, passage: QuotedSpan, found: list[Attribution]) -> Attribution | None:
    """A quotation no cue took, opening its sentence after a sentence of its paragraph whose verb is a
    speech verb of the table with no name before it (`Бывшая супермодель призналась, что боится: … «Я
    думаю …»`: "the former supermodel admitted"), is the speaker of the quotation before it that these
    rules gave a name to: the description goes on from the person quoted last (see the module)."""
    if not found or found[-1].source_token is None or found[-1].content[-1][1] > passage.start:
        return None
    paragraph = text.rfind("\n", 0, passage.start) + 1
    before = text[max(paragraph, found[-1].content[-1][1], passage.start - 2 * WINDOW) : passage.start]
    verb = NARRATED.search(before)
    if verb is None or not before.rstrip().endswith((".", "!", "?", ":")):
        return None
    at = passage.start - len(before) + verb.start("verb"), passage.start - len(before) + verb.end("verb")
    last = found[-1]
    return Attribution("direct", list(passage.fragments), [at], [], None, last.source_token, [passage])
