"""An "as" clause of speech beside a quotation names who said it (round 30).

News credits a quotation with an "as" clause set beside it: `their customers' "financial health," as one
neo-bank CEO told me, and …` and `As Gaiman put it, "Had he taken …"`. The clause has no words of its own:
its "as" stands for the quotation, and its subject is the speaker of the quotation right before it or, where
the clause opens the sentence, of the one right after it. So the quotation is the cue's, however short (a
phrase in marks after which a reporter writes "as X told me" is X's phrase, no scare quote), and "put it"
("As X put it", "as X puts it") is a cue of speech there, and only there: "put it on the table" reports
nothing. A learned model that draws the "as" clause's cue with other words as its content is set aside: the
cue reports the quotation beside it and nothing else.

Where a learned model draws an inverted aside's cue ("As a result, says the committee, …";
interposed_cues.inverted_aside), the rules' attribution of that cue is kept: its source is the aside's
subject and its content the sentence around it, never "the committee," itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.interposed_cues import inverted_aside
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Cue verbs an "as" clause of speech takes: "as X told me", "as X said", "as X wrote", "as X put it".
AS_LEMMAS = frozenset("say tell write put add note explain observe remark recall describe joke quip".split())


def as_mark(cue: Token) -> Token | None:
    """The "as" that opens a clause of speech of the cue ("as one neo-bank CEO told me", "As Gaiman put
    it"): right before the cue's subject, which comes before the cue; None otherwise."""
    if cue.lemma_ not in AS_LEMMAS or cue.dep_ not in {"advcl", "ccomp", "parataxis", "ROOT"}:
        return None
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if subject is None or subject.left_edge.i == 0:
        return None
    mark = cue.doc[subject.left_edge.i - 1]
    if mark.lower_ != "as" or mark.head != cue or mark.dep_ not in {"mark", "prep", "advmod"}:
        return None
    if cue.lemma_ == "put" and not _puts_it(cue):
        return None  # "as Smith put the case to the court": no quotation of his
    return mark


def puts_it(token: Token) -> bool:
    """ "put it" in an "as" clause ("As Gaiman put it, "…""): a cue of speech; elsewhere "put" is none."""
    return token.lemma_ == "put" and token.pos_ == "VERB" and as_mark(token) is not None


def _puts_it(cue: Token) -> bool:
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].lower_ == "it" and objects[0].i == cue.i + 1


def as_clause_drawn(learned: list[Attribution], direct: list[Attribution]) -> list[Attribution]:
    """A learned model's attributions without those whose cue is an "as" clause's that the rules gave the
    quotation beside it: `"financial health," as one neo-bank CEO told me, and easing …` reports the
    quotation, never "and easing …"."""
    taken = {tuple(a.cue) for a in direct if a.cue_token is not None and as_mark(a.cue_token) is not None}
    return [a for a in learned if tuple(a.cue) not in taken]


def inverted_for_learned(learned: list[Attribution], rules: list[Attribution]) -> list[Attribution]:
    """A learned model's attribution of an inverted aside's cue ("As a result, says the committee, …")
    gives way to the rules' attribution of the same cue, whose source is the aside's subject and whose
    content is the sentence around it (a model draws "the committee," as the words, with no source)."""
    inverted = {tuple(a.cue): a for a in rules if a.cue_token is not None and inverted_aside(a.cue_token)}
    return [inverted.get(tuple(a.cue), a) for a in learned]
