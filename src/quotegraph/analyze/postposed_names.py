"""A name after a cue that closes its sentence is the speaker, with or without a comma before the cue.

"Already there are games on the market, such as Civilisation and Age of Empire, that have educational
elements said Mr Owen." is Mr Owen's statement, as "…, said Mr Owen." would be: the cue closes the
sentence and its source stands after it. With no comma before "said", the parser takes the reported
clause's last noun ("elements") for a second subject of the cue. News syntax settles it the same way in
every article: where a speech cue has a subject before it, a reported clause before that, and a proper
name after it that ends the sentence, the name is the speaker and the noun before the cue is the end of
what was said (the content runs up to the cue). A cue with one subject only is read as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.interposed_cues import interposed_name
from quotegraph.analyze.parsing import SUBJECT_DEPS

# What ends the sentence right after the name: its stop, or a quotation mark or bracket closing it.
SENTENCE_STOPS = frozenset({".", "!", "?"})


def postposed_name(cue: Token) -> Token | None:
    """The proper name after the cue that ends its sentence, where the parser gave the cue a second
    subject before it (the reported clause's last noun); None otherwise."""
    if (interposed := interposed_name(cue)) is not None:
        return interposed  # "The problem they face, said Shailendra Jain, …, is …" (interposed_cues.py)
    if (titled := titled_name_after_quote(cue)) is not None:
        return titled  # '"…," said Tory shadow local government secretary Caroline Spelman.' (round 27)
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 2 or not subjects[0].i < cue.i < subjects[1].i:
        return None
    if not any(c.dep_ == "ccomp" and c.i < subjects[0].i for c in cue.children):
        return None  # no reported clause before the cue: "Protesters said Mr Owen …" is no such sentence
    name = subjects[1]
    if name.pos_ != "PROPN" or not (name.is_title or name.is_upper) or name.left_edge.i != cue.i + 1:
        return None
    after = name.right_edge.i + 1
    if after < len(cue.doc) and cue.doc[after].text not in SENTENCE_STOPS:
        return None  # the name does not end the sentence
    return name


def reported_end(cue: Token) -> Token | None:
    """The last word of the clause a cue with a postposed name reports (the noun the parser took for the
    cue's first subject), or None where postposed_name finds no such name."""
    if postposed_name(cue) is None or interposed_name(cue) is not None:
        return None
    first = next(c for c in cue.children if c.dep_ in SUBJECT_DEPS)
    return first.right_edge


# How many words a title and a name after a cue may run to: "Tory shadow local government secretary
# Caroline Spelman" is seven.
TITLED_NAME_WORDS = 10


def titled_name_after_quote(cue: Token) -> Token | None:
    """The last word of a person's name that ends the sentence after a cue with no subject right after a
    quotation (round 27): `"This is typical of Lib Dem hypocrisy," said Tory shadow local government
    secretary Caroline Spelman.` is Spelman's, though the parser made a verb of "shadow" (with "Tory" its
    subject and the name its object) and left "said" no subject. Only words, no comma, run from the cue to
    the name, and the NER calls the name a person; else None."""
    doc = cue.doc
    if cue.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    before = doc[cue.i - 1]
    if not (before.is_quote or (before.text == "," and doc[cue.i - 2].is_quote)):
        return None  # '"…," said' or '"…", said': a quotation closes right before the cue
    end = cue.i + 1
    while end < len(doc) and end <= cue.i + TITLED_NAME_WORDS and doc[end].text not in SENTENCE_STOPS:
        if doc[end].is_punct or doc[end].is_space:
            return None  # "said Mr Owen, the chairman": an apposition the parse reads well enough
        end += 1
    if end >= len(doc) or doc[end].text not in SENTENCE_STOPS or end == cue.i + 1:
        return None
    name = doc[end - 1]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None
