"""One unnamed person of an organization is a person, not the organization (docs/quotes.md, "A person
noun after an organization's name").

"One Weibo commenter said", "a Twitter user wrote", "a Google engineer told …": the organization's name
sets the person noun apart (whose platform, whose staff), and the source is that one anonymous person, its
role the organization; the organization said nothing. Only a singular noun of someone who does not speak
for the organization: a user of its service, a customer, an engineer or an employee. "A Microsoft
spokesman", "a BaFin official" speak for it (speakers.py keeps the organization), and so do plurals read
as its staff ("ISW analysts said": left to the other rules).
"""

from __future__ import annotations

from spacy.tokens import Token

# Someone of an organization, or of its service, who does not speak for it.
PEOPLE_APART = frozenset(
    """
    commenter commentator user poster blogger customer subscriber viewer reader listener follower fan
    passenger shopper client patron player gamer driver rider engineer employee worker developer
    programmer designer staffer contractor moderator insider researcher scientist technician
    """.split()
)
NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})


def person_of_organization(head: Token) -> str | None:
    """ "one Weibo commenter": the anonymous person as written, where a singular person noun of
    PEOPLE_APART follows an organization's name; None for any other source."""
    if head.tag_ != "NN" or head.lower_ not in PEOPLE_APART:
        return None
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names or not any(t.ent_type_ in NAME_ENTITIES for t in names):
        return None
    start = head.left_edge.i
    return head.doc[start : head.i + 1].text
