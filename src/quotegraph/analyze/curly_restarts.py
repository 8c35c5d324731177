"""A curly opening mark after a sentence's end, while a curly quote is open, starts a new quote
(docs/quotes.md, round 35).

Curly quotation marks say which way they turn, and English nests a quote inside a quote with single marks:
an opening double mark met while a double quote is open, right after the end of a sentence and a space,
is the writer's slip of a closing mark left out, not a quote within the quote. `a sample came in called
“Glasgow (“No Place Like Home”). “It grabbed me by the heart the moment I heard it,” he said.`: the song
title's mark is never closed (its own parenthesised title closes inside it), and without this rule the
title ran over Harper's words, his cue and the quotes after as one passage with no speaker. The open
quote ends at that sentence's end, unclosed, and the mark opens the next quote. Straight marks, which do
not say which way they turn, are left to the rules that reopen a quote (quotemarks._reopens).
"""

from __future__ import annotations

CURLY_OPENING = "“"
SENTENCE_ENDS = ".!?"


def restarts(text: str, pos: int, opened: str) -> bool:
    """Whether the mark at `pos` is a curly opening mark right after a sentence's end and a space while a
    quote opened by the mark `opened` is open, and so starts a quote of its own."""
    return (
        opened == CURLY_OPENING
        and text[pos] == CURLY_OPENING
        and pos >= 2
        and text[pos - 1] == " "
        and text[pos - 2] in SENTENCE_ENDS
    )
