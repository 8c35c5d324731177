"""A firm named like a person is the firm, never that person's surname (issue 30, round 23).

One person is one speaker however often named, and a one-word name after a full one is that person's
surname ("Bill Ford" … "Ford"), whatever the NER labelled it. A carmaker, a bank, a store is named for its
founder's family as often: `Ford, the US car company, reported higher … profits … said chairman and chief
executive officer Bill Ford … But Ford declined to provide guidance` is the company, where the article
sets a firm's noun beside that one word somewhere ("Ford, the US car company";
name_kinds.described_as_organization), so no mention of the word alone joins the person; one after a title
("Mr Ford", "Lord Sainsbury") is still the person's. A firm's noun before the word ("newspaper company
Jagran" beside "Dainik Jagran", its paper) is left as it was: the tuning articles had it only where a
"the group" after it then went to it, not to the group the story is about (business/325).
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.name_kinds import RANKS, after_address_title, described_as_organization


def read_as_surname(ent: TokenSpan, form: str, ents: list[TokenSpan]) -> bool:
    """Whether the one-word name `form` of `ent` may be a person's surname: not where the article sets
    that word as an organization (see the module's docstring), unless a title stands before it."""
    if len(form.split()) != 1:
        return False
    return form not in _firm_words(ents) or after_address_title(ent) or after_address_title(ent, RANKS)


def _firm_words(ents: list[TokenSpan]) -> frozenset[str]:
    """The one-word names the NER labelled no person that the article sets as an organization, once per
    doc."""
    if not ents:
        return frozenset()
    key = ("firm_surnames", len(ents), ents[0].start, ents[-1].end)
    found = ents[0].doc.user_data.get(key)
    if found is None:
        found = frozenset(
            words[0].text
            for e in ents
            if e.label_ != "PERSON"
            and len(words := [t for t in e if not t.is_punct and t.tag_ != "POS"]) == 1
            and described_as_organization(e)
        )
        ents[0].doc.user_data[key] = found
    return found
