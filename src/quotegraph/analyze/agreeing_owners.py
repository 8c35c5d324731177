"""A "his"/"her" that owns a spokesperson is the nearest person before it whom the pronoun fits (issue 30,
round 23).

`Kim Clijsters has denied reports that she has pulled out … / Open chief Paul McNamee had said: "Kim's
wrist obviously isn't going to be rehabilitated." But her spokesman insisted she had simply delayed
submitting her entry` is the spokesman for Kim Clijsters: the person named last, McNamee, gives no sign of
sex and is not named just before the pronoun with no quote between (resolved_descriptions.owner_spoken_for
passes him over), so the pronoun stands for the nearest person named before him, within its paragraph or
the one before, whose titles ("Mr", "Ms") or "he"/"she" agree with it; a person on the way whom it does not
fit ("Mr Brown … her spokesman") stops the look-back, and no one is found as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIPTION_WINDOW_PARAGRAPHS, paragraph_floor
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.gender import FEMALE_TITLES, MALE_TITLES, pronouns_used
from quotegraph.analyze.parsing import text_of

# How many people named between the pronoun and its owner the look-back passes over.
PASSED_OVER = 3


def agrees(possessive: str, person: Cluster) -> bool | None:
    """Whether "his"/"her" agrees with the titles the article gives the person ("Mr", "Ms") or the
    "he"/"she" it calls them (gender.py); None where it gives no sign either way ("Open chief Paul McNamee
    had said: "Kim's wrist …" But her spokesman insisted")."""
    titles = {m.doc[m.start - 1].lower_ for m in person.mentions if m.start > 0}
    titles |= {t.lower_ for m in person.mentions for t in m}
    male, female = bool(titles & MALE_TITLES), bool(titles & FEMALE_TITLES)
    if male == female:
        male, female = pronouns_used(person)
    if male == female:
        return None
    return male if possessive == "his" else female


def agreeing_owner(owner: Token, index: EntityIndex, passed: Cluster) -> Cluster | None:
    """The nearest person named before `passed` (the person named last, of no sign) whom the possessive
    `owner` fits, within its paragraph or the one before; None where one on the way does not fit."""
    floor = paragraph_floor(text_of(owner.doc), owner.idx, DESCRIPTION_WINDOW_PARAGRAPHS)
    person = passed
    for _ in range(PASSED_OVER):
        before = min(m.start for m in person.mentions if m.start < owner.i)
        person = index.last_person_before(before)
        if person is None or max(m.start_char for m in person.mentions if m.start < before) < floor:
            return None
        fits = agrees(owner.lower_, person)
        if fits is not None:
            return person if fits else None
    return None
