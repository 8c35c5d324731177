"""First names that are also common words, before a surname the article gives a person (docs/quotes.md,
"Names the NER garbles").

English has first names that are also a modal, a verb or a noun ("Will", "Mark", "Grant", "Bill", "Sue",
"Hope"). The tagger reads "Will Davies, senior research fellow at the IPPR, told …" as the modal "will"
before a plural noun, and the NER labels the pair something other than a person, or nothing; the speaker
is then left as the surname alone. Such a word, capitalised, right before a capitalised word that the
article elsewhere writes after a title of address ("Mr Davies") opens that person's full name: the two
words are one person's name. The surname's title of address is what tells a name from a title or a
headline that opens with the word ("We Will Rock You", "Will Tory tax cuts lift …": no "Mr Rock", no "Mr
Tory").
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.name_kinds import addressed_surnames

# First names that are also ordinary English words, which the tagger and the NER read as those words.
WORD_FIRST_NAMES = frozenset(
    "Will Mark Grant Bill Sue Hope Rob Pat Jack Frank Guy Dean Drew Grace Joy Rose Chase Bob".split()
)


def with_word_first_names(doc: Doc, ents: list[TokenSpan]) -> list[TokenSpan]:
    """The entities with each "<word first name> <surname>" of the module's docstring one person's name,
    in the place of the entities that overlap it."""
    surnames = addressed_surnames(doc)
    names = [
        TokenSpan(doc, t.i, t.i + 2, label="PERSON")
        for t in doc[:-1]
        if t.text in WORD_FIRST_NAMES and t.nbor(1).text in surnames and t.nbor(1).is_alpha
    ]
    names = [
        n
        for n in names
        if not any(e.label_ == "PERSON" and e.start <= n.start and n.end <= e.end for e in ents)
    ]
    if not names:
        return ents
    covered = {i for name in names for i in range(name.start, name.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *names], key=lambda e: e.start)
