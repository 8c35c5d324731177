"""What the attribution model reads of each token besides the word: features from the analysis.

A CNN over a few words cannot see that a token sits inside a quotation that opened two sentences
ago, nor follow the parse to a complement clause's end as the rules do. So each token also carries:

- where it stands to quotation marks (quotemarks.py pairs them, across paragraphs too): outside,
  inside, the opening mark, the closing mark;
- whether the rules take it for a cue (cues.py), and whether it opens its line;
- which part of a rule attribution (quotes.py) it is in, if any: source, cue or content, and
  whether it starts that fragment. The model learns where to follow the rules and where not.

They are computed from the parsed doc when the model's input doc is made (data.unlabelled) and
embedded like spaCy's own token attributes (``quotegraph.AttributionEmbed.v1``, below).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, TAG
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan, find_quoted
from quotegraph.analyze.quotes import Attribution, find_attributions
from quotegraph.records import Article

KEY = "quotegraph_features"
LABELS = ("SOURCE", "CUE", "CONTENT")  # the parts the model tags
_READ = [TAG, DEP]  # what of the base parse the model reads besides the words
OUTSIDE, INSIDE, OPENING, CLOSING = range(4)
COLUMNS = 3  # quote position; cue and line start; part of a rule attribution
FEATURE_ROWS = 16

RuleOutput = tuple[list[QuotedSpan], list[Attribution]]


def rule_output(doc: Doc) -> RuleOutput:
    """The quoted passages and the rules' attributions, as the quotes stage finds them."""
    text = text_of(doc)
    passages, _unpaired = find_quoted(text, Article(text=text).paragraphs())
    return passages, find_attributions(doc, passages)


def token_features(doc: Doc, found: RuleOutput) -> numpy.ndarray:
    """One row per token: position to quotation marks; (cue, opens its line); rule attribution part."""
    features = numpy.zeros((len(doc), COLUMNS), dtype="uint64")
    passages, attributions = found
    starts = {token.idx: token.i for token in doc}
    for passage in passages:
        for outer, (start, end) in zip(passage.outer, passage.fragments, strict=True):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                features[span.start : span.end, 0] = INSIDE
            _mark(features, starts, outer[0], OPENING)
            _mark(features, starts, outer[1] - 1, CLOSING)
    for token in doc:
        opens_line = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
        features[token.i, 1] = 2 * is_cue(token) + opens_line
    for attribution in attributions:
        for part, fragments in enumerate((attribution.source, attribution.cue, attribution.content), start=1):
            for start, end in fragments:
                span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
                if span is not None and len(span):
                    features[span.start : span.end, 2] = 2 * part
                    features[span.start, 2] += 1
    return features


def _mark(features: numpy.ndarray, starts: dict[int, int], position: int, value: int) -> None:
    if position in starts:
        features[starts[position], 0] = value


@registry.layers("quotegraph.AttributionFeatures.v1")
def attribution_features(attrs: list[str]) -> Model[list[Doc], list[Ints2d]]:
    """spaCy's FeatureExtractor, with the columns of `token_features` after the token attributes."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        arrays = [numpy.hstack([doc.to_array(attrs), _features_of(doc)]) for doc in docs]
        return [model.ops.asarray2i(array, dtype="uint64") for array in arrays], lambda d_features: []

    return Model("attribution_features", forward, attrs={"attrs": attrs})


def _features_of(doc: Doc) -> numpy.ndarray:
    features = doc.user_data.get(KEY)
    if features is None:
        raise ValueError("the attribution model reads docs made by unlabelled (below)")
    return features


@registry.architectures("quotegraph.AttributionEmbed.v1")
def attribution_embed(width: int, attrs: list[str], rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed (one hashed table per column, then a Maxout), over the columns above."""
    tables = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    tables += [
        HashEmbed(width, FEATURE_ROWS, column=len(rows) + i, seed=8 + len(rows) + i, dropout=0.0)
        for i in range(COLUMNS)
    ]
    return chain(
        attribution_features(attrs),
        list2ragged(),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def unlabelled(doc: Doc, found: RuleOutput | None = None) -> Doc:
    """What the attribution model reads of a parsed doc: words, tags, dependency labels, features.

    A new doc, because the analysis still needs the base pipeline's entities on the original, and
    without the parse's sentence boundaries, because spaCy's entity tagger never crosses one and
    a content often runs over several sentences.
    """
    words = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    words.from_array(_READ, doc.to_array(_READ))
    words.user_data[KEY] = token_features(doc, rule_output(doc) if found is None else found)
    return words
