"""A headline's bare description is the person the lead names in that role (docs/quotes.md, "Round 30: it,
he and the club").

`'We had some issues,' exec says on Disney+ glitches ¶ Walt Disney Co. executive Kevin Mayer said
overwhelming demand …`: headlines are short, and describe the speaker by a bare noun of their role with no
article ("exec says", "boss warns", "minister says", "star admits"), in the headline's abbreviations (exec
for executive, boss for a chief executive, a chairman or a manager). The lead then names that person with
the role in full. So a bare singular description that is a cue's subject in the headline (the text's
first line) is the one person named in the first two sentences after it whose role holds a word the
description stands for; two such people, or none, leave it anonymous, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.entities import Cluster, EntityIndex

# A headline's word for a role, and the words of the role the lead writes in full that it stands for.
HEADLINE_ROLES: dict[str, frozenset[str]] = {
    "exec": frozenset({"executive", "exec"}),
    "boss": frozenset(
        {"boss", "executive", "chairman", "chairwoman", "manager", "head", "director", "chief"}
    ),
    "chief": frozenset({"chief", "executive", "head", "chairman", "chairwoman"}),
    "minister": frozenset({"minister", "secretary"}),
    "star": frozenset({"star", "actor", "actress", "singer", "player", "striker", "rapper"}),
    "coach": frozenset({"coach", "manager"}),
    "envoy": frozenset({"envoy", "ambassador"}),
}
# Sentences of the lead read after the headline.
LEAD_SENTENCES = 2


def headline_person(head: Token, index: EntityIndex) -> Cluster | None:
    """The one person the lead names in the role a headline's bare description stands for (see the
    module's docstring), or None."""
    wanted = HEADLINE_ROLES.get(head.lower_)
    doc = head.doc
    if wanted is None or head.tag_ != "NN" or any(t.dep_ in {"det", "poss"} for t in head.lefts):
        return None
    if "\n" in doc.text[: head.idx]:
        return None  # not in the headline, the text's first line
    lead_start = head.sent.end
    while lead_start < len(doc) and doc[lead_start].is_space:
        lead_start += 1
    lead_end = lead_start
    for _ in range(LEAD_SENTENCES):
        if lead_end >= len(doc):
            break
        lead_end = doc[lead_end].sent.end
    people = [
        c
        for c in index.clusters
        if c.type == "person"
        and any(lead_start <= m.start < lead_end for m in c.mentions)
        and any(wanted & set(role.lower().split()) for role in c.roles)
    ]
    return people[0] if len(people) == 1 else None
