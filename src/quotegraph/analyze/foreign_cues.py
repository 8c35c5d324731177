"""Speech verbs of other languages: a quotation beside "<Name> <verb>," or ", <verb> <Name>" (issue 30).

The English parser reads no cue in `Presiden Ahmadinejad menandaskan, “Dari tribun ini …”`, so a quote of
a page in Indonesian, Spanish, Portuguese, French, German or Italian had no speaker. News in those
languages sets its quotes as English news does: the name and a speech verb before the quotation, with a
comma or colon (`Merkel sagte: „…“`), or the verb and the name after it (`"…", dijo Pérez`). A small
table of the commonest speech verbs, in the forms news writes them (a past or present third person), pairs
a quotation no English cue took with that name. None of the words is an English word ("dice", "so",
"dit" are left out for that reason), so the rule never fires on English text. Korean, which sets its
verb after the quotation, has its own rule (korean_cues.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.continuations import is_full_quote
from quotegraph.analyze.korean_cues import korean_attribution
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

SPEECH_VERBS = {
    "id": "berkata mengatakan menandaskan menegaskan menjelaskan menuturkan mengungkapkan ujar ujarnya kata",
    "es": "dijo afirmó aseguró declaró explicó señaló indicó añadió agregó sostuvo",
    "pt": "disse afirmou declarou explicou acrescentou contou",
    "fr": "a_dit a_déclaré a_affirmé a_expliqué a_ajouté déclare affirme explique souligne",
    "de": "sagte erklärte betonte meinte sagt erklärt betont",
    "it": "ha_detto ha_dichiarato ha_spiegato ha_aggiunto afferma dichiara",
}
_SPACE = "[ \u00a0]+"
_VERB = "|".join(
    sorted(
        (w.replace("_", _SPACE) for ws in SPEECH_VERBS.values() for w in ws.split()), key=len, reverse=True
    )
)
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = rf"{_WORD}(?:{_SPACE}{_WORD}){{0,3}}"  # a name on one line: never the line before's last words
# How far before or after a quotation its reporting words may sit: a name of a few words and the verb.
WINDOW = 80
NAME_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_NAME}){_SPACE}(?P<verb>{_VERB})\s*[,:]\s*\Z")
NAME_AFTER = re.compile(rf"\s*[,–—-]*\s*(?P<verb>{_VERB}){_SPACE}(?P<name>{_NAME})(?![\w-])")


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
        if match is None:
            continue
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if name is None:
            continue
        claimed.add(id(passage))
        source = (match.start("name"), match.end("name"))
        cue = (match.start("verb"), match.end("verb"))
        found.append(
            Attribution("direct", list(passage.fragments), [cue], [source], None, name[-1], [passage])
        )
    return found
