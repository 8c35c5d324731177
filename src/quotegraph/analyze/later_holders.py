"""A description names a person the article names after it only within its own paragraph (issue 30,
round 25).

News may describe a person a few words before it names them ("the economy minister said … Economy
Minister Roberto Lavagna"), but a description is otherwise of a person named before it: `Rock star Ozzy
Osbourne … The singer did not want to talk in detail about his actions` is Osbourne, not Sir Elton John,
whom the article names six paragraphs later ("the birthday of singer Sir Elton John's partner"). So the
one person whose role fits a description and who is named only after it (descriptions.person_by_role) is
its person only where a mention of theirs stands in the description's own paragraph, or where the
description stands in the headline or the lead (the first paragraph after it): they describe the person
the story names later ("A chief constable has backed the introduction of 24-hour drinking …" is Andy
Hayman, "Norfolk police chief Andy Hayman", named three paragraphs on; "The careers of sprinters Kostas
Kenteris and Katerina Thanou are over, says the boss of the organisation …" is "Greek Athletics Federation
boss Vassilli Sevastis", named in the next paragraph).
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.entities import Cluster
from quotegraph.analyze.parsing import text_of

# The paragraphs before a description in the lead: the headline at most.
LEAD_LINES = 1


def named_ahead(matches: list[Cluster], phrase: TokenSpan) -> Cluster | None:
    """The one cluster of `matches` (people named only after `phrase`), where the paragraph of `phrase`
    names them or `phrase` stands in the headline or the lead; else None."""
    if len(matches) != 1:
        return None
    text = text_of(phrase.doc)
    if sum(1 for line in text[: phrase.start_char].split("\n")[:-1] if line.strip()) <= LEAD_LINES:
        return matches[0]  # a headline's or a lead's description of the person named later
    end = text.find("\n", phrase.end_char)
    end = len(text) if end < 0 else end
    return matches[0] if any(m.start_char < end for m in matches[0].mentions) else None
