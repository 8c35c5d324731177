"""A short quote that opens its sentence before "he said" is a reply (docs/quotes.md, "Short replies",
round 17).

`She put to him a prompt …: I’m going to die. Tell me a story. / “No,” he said. “No. You tell me one …”`:
a quote of a word or two ("No," "Never again,") is often a title or a scare-quoted phrase, and a
quote that short counts only where it is long enough to be a statement (continuations.is_full_quote). One
that opens its sentence, closes on a comma, and is followed at once by
a cue whose subject is a person's pronoun or name ("he said", "Smith replied") is what that person
answered: the sentence is the quote and its cue, with no narration for a title to sit in. The quote after
it in the same paragraph goes on from it as before (`"A," he said. "B."`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.quotemarks import QuotedSpan

# What a reply closes on inside its marks: a comma, as it runs on into the cue. A question ("You
# winning?") is as often the writer's scene-setting, and stays as before.
REPLY_ENDINGS = (",",)
# Where the sentence before a reply ends: a full stop, a question or exclamation mark, a colon, a quote.
SENTENCE_ENDS = frozenset('.!?:"”’')


def opens_reply(text: str, passage: QuotedSpan, cue: Token) -> bool:
    """Whether a short quote before the cue opens its sentence and is answered for by the cue's own
    subject, a personal pronoun or a proper name (see the module's docstring)."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]].rstrip(' "”’')
    if not quoted.endswith(REPLY_ENDINGS) or passage.end > cue.idx:
        return False
    before = text[: passage.start].rstrip(" \u00a0")
    if before and before[-1] != "\n" and before[-1] not in SENTENCE_ENDS:
        return False  # `the so-called “reform,” he said`: a phrase of the sentence's own
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > cue.i or subject.idx < passage.end:
        return False
    return (subject.tag_ == "PRP" and subject.lower_ in {"he", "she"}) or subject.pos_ == "PROPN"
