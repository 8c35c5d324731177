"""Tone: how negative or positive each quote and the whole article read, from VADER's lexicon and rules.

VADER (Hutto & Gilbert 2014; the `vaderSentiment` package, MIT, lexicon inside the wheel) scores a
sentence from -1 (most negative) to 1 (most positive): its "compound" score, the sum of its words'
valences (with negation, intensifiers, "but" and emphasis rules) squashed into -1 … 1. A quote's tone is
that score over its content spans; the article's, the mean over the sentences of the Doc already
parsed, since the compound of a whole article saturates at ±1. Nothing is parsed again: VADER reads the
span's text with its own whitespace rules, and the word shares count the Doc's tokens.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from quotegraph.records import ArticleTone, Quote

if TYPE_CHECKING:  # formats.py reads label() here: printing stored tone imports neither
    from spacy.tokens import Doc
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# VADER's own cut-offs for calling a compound score positive or negative (its README); between them, neutral.
POSITIVE, NEGATIVE = 0.05, -0.05


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    # Reads the lexicon files from the package once per process (about 7,500 words and the emoji list).
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def text_tone(text: str) -> float | None:
    """VADER's compound score of a text, -1 … 1; None when it has no words (nothing to score)."""
    if not any(c.isalnum() for c in text):
        return None
    return _analyzer().polarity_scores(text)["compound"]


def quote_tone(text: str, quote: Quote) -> float | None:
    """The tone of what was said: its content spans read as one statement (a quote split by its
    attribution is one quote)."""
    return text_tone(" ".join(text[start:end] for start, end in quote.content))


def label(score: float) -> str:
    """positive, negative or neutral, by VADER's cut-offs."""
    return "positive" if score >= POSITIVE else "negative" if score <= NEGATIVE else "neutral"


def article_tone(doc: Doc, text: str) -> ArticleTone | None:
    """The mean tone of the article's sentences, and the shares of its words that the lexicon counts
    positive and negative (GDELT's "positive score" and "negative score", as fractions); None
    for an article without words."""
    scores = [
        s for s in (text_tone(text[sent.start_char : sent.end_char]) for sent in doc.sents) if s is not None
    ]
    words = [token.lower_ for token in doc if token.is_alpha]
    if not scores or not words:
        return None
    lexicon = _analyzer().lexicon
    valences = [lexicon.get(word, 0.0) for word in words]
    return ArticleTone(
        score=round(sum(scores) / len(scores), 4),
        positive=round(sum(v > 0 for v in valences) / len(words), 4),
        negative=round(sum(v < 0 for v in valences) / len(words), 4),
    )
