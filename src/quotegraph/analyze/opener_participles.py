"""A speech participle after "after", "before", "while" speaks for the main clause's subject, also where
that subject is no name (docs/quotes.md, "Counted and paired people, round 25").

`Testers could not find them at the Olympic village and the duo were later admitted to hospital after
claiming to have been involved in a motorcycle accident` (BBC sport/048): who claimed is the subject of
the clause the "after …ing" phrase hangs on, the duo, as English grammar has it (after_participles.py
takes a subject the article names; this takes a pronoun, a counting description or a noun for people,
which the speaker rules then resolve: "They were later taken to hospital after claiming …" is the
people "they" stands for). The participle has no subject of its own, and the verb it hangs on stands
before it; a subject that cannot speak (a thing, "the accident happened after …") gives no one.

The learned model sometimes draws no attribution of such a cue at all, where the rules draw one with a
clause it reports ("after claiming to have been involved …"): the rules' attribution is kept then, where
no attribution of the model shares its cue or its content and the cue is speech (`missed_participles`;
"walked out of the show after learning she would face …" is what she learned, no one's words).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.after_participles import main_subject
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.attribution_types import attribution_type
from quotegraph.analyze.comma_participles import can_speak


def opener_participle_subject(cue: Token | None) -> Token | None:
    """The subject of the verb an "after …ing" speech participle with no subject of its own hangs on,
    where it can speak ("the duo were admitted to hospital after claiming …": "duo"); else None."""
    subject = main_subject(cue) if cue is not None else None
    return subject if subject is not None and can_speak(subject) else None


def missed_participles(found: list[Attribution], rules: list[Attribution]) -> list[Attribution]:
    """The rules' attributions of an "after …ing" speech participle whose subject can speak that share no
    cue nor content with the model's `found` (see the module docstring)."""
    cues = {span for a in found for span in a.cue}
    contents = [span for a in found for span in a.content]
    missed = []
    for rule in rules:
        if rule.kind == "direct" or opener_participle_subject(rule.cue_token) is None:
            continue
        if attribution_type(rule.cue_token, None, False) != "speech":
            continue  # "walked out after learning she would face …": what she learned, no one's words
        if any(span in cues for span in rule.cue) or touches(rule.content, contents):
            continue
        missed.append(rule)
    return missed


def touches(content: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in content for s2, e2 in taken)
