"""A verb in a title is no cue (docs/quotes.md, round 29).

News names songs, films and books in the sentence, in capitals and without quotation marks: "Band Aid
20 slipped to six after seven weeks in the chart with Do They Know It's Christmas". English capitalises
no verb in the middle of a sentence: a capitalised verb inside a run of capitalised words, right after a
word in lower case, in a sentence of prose, is a word of a title, which reports nothing (the parser makes
"They Know It's Christmas" a clause, with "Know" a cue of "They"). A title-case headline ("Blair Says
Tax Cuts Will Pay") has no prose around its capitals and keeps its cue, typed as a headline's.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words a title keeps in lower case ("Pirates of the Caribbean"), which make no prose either.
SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
# Clitics inside a title's run ("It's", "Don't").
CLITICS = frozenset({"'s", "’s", "n't", "n’t", "'re", "’re", "'ll", "’ll", "'m", "’m", "'ve", "’ve"})
# Capitalised words a run needs, the cue included: "Do They Know It's Christmas" has five.
MIN_TITLE_WORDS = 3
SENTENCE_ENDS = frozenset(".!?\n")


def in_title(cue: Token) -> bool:
    """Whether the cue is a capitalised verb inside a title in prose ("with Do They Know It's Christmas")."""
    if not cue.is_title or cue.pos_ not in {"VERB", "AUX"}:
        return False
    doc = cue.doc
    first, last = cue.i, cue.i
    while first > 0 and _titled(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and _titled(doc[last + 1]):
        last += 1
    run = doc[first : last + 1]
    if first == 0 or sum(t.is_title for t in run) < MIN_TITLE_WORDS or run[0].text in CLITICS:
        return False
    before = doc[first - 1]
    return before.is_alpha and before.is_lower and _prose_before(doc[first - 1])


def _titled(token: Token) -> bool:
    return token.is_title or token.like_num or token.lower_ in CLITICS


def _prose_before(token: Token) -> bool:
    """A word in lower case that no title keeps so, in the same sentence before `token` (or `token`)."""
    doc = token.doc
    i = token.i
    while i >= 0 and not any(end in doc[i].text for end in SENTENCE_ENDS):
        word = doc[i]
        if word.is_alpha and word.is_lower and word.lower_ not in SMALL_WORDS:
            return True
        i -= 1
    return False
