"""The subject who speaks: the name a description of the speaker sets off (docs/quotes.md).

"The chairman of the Bar Council, Guy Mansfield QC has warned …" is Guy Mansfield, the subject the
description names, not a person named before it (David Davis, in the sentence before) nor the body it
is the chairman of; "the band's record company Universal" is Universal. Letters after the name ("QC",
"MP") are no part of it, and the name the parser hangs them from is the one before them.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.names import NAME_SUFFIXES


def appositive_name(head: Token) -> Token | None:
    """The last word of the name set beside a description ("Universal", "Mansfield"), or None."""
    for name in head.rights:
        if name.dep_ != "appos" or name.pos_ != "PROPN":
            continue
        if name.lower_ in NAME_SUFFIXES:  # "Guy Mansfield QC": the parser's head is the letters
            name = next((t for t in reversed(list(name.lefts)) if t.pos_ == "PROPN"), name)
        if name.is_title:
            return name
    return None
