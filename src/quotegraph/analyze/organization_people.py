"""One unnamed person of an organization is a person, not the organization (docs/quotes.md, "A person
noun after an organization's name").

"One Weibo commenter said", "a Twitter user wrote", "a Google engineer told …": the organization's name
sets the person noun apart (whose platform, whose staff), and the source is that one anonymous person, its
role the noun with the name ("Weibo commenter", "Twitter user"; round 23, `person_apart_roles`: the
anonymous speaker had none, though the article says what they are); the organization said nothing. A
platform after the noun does as much: "one user on Weibo … posted" is the anonymous "one user", its role
"user on Weibo". Only a singular noun of someone who does not speak
for the organization: a user of its service, a customer, an engineer or an employee. "A Microsoft
spokesman", "a BaFin official" speak for it (speakers.py keeps the organization), and so do plurals read
as its staff ("ISW analysts said": left to the other rules).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.records import Speaker

# Someone of an organization, or of its service, who does not speak for it.
PEOPLE_APART = frozenset(
    """
    commenter commentator user poster blogger customer subscriber viewer reader listener follower fan
    passenger shopper client patron player gamer driver rider engineer employee worker developer
    programmer designer staffer contractor moderator insider researcher scientist technician
    """.split()
)
NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})
# Users of a service, whose proper noun before them is the service, whatever the NER calls it: it reads
# "a Twitter user" as a person, "one Reddit poster" as a place (round 23).
SERVICE_USERS = frozenset("commenter user poster blogger subscriber follower viewer reader listener".split())


def person_of_organization(head: Token) -> str | None:
    """ "one Weibo commenter": the anonymous person as written, where a singular person noun of
    PEOPLE_APART follows an organization's name; None for any other source."""
    if head.tag_ != "NN" or head.lower_ not in PEOPLE_APART:
        return None
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if not names or not any(t.ent_type_ in NAME_ENTITIES or head.lower_ in SERVICE_USERS for t in names):
        return None
    start = head.left_edge.i
    return head.doc[start : head.i + 1].text


def person_apart_roles(doc: Doc, speakers: list[Speaker]) -> None:
    """Give an anonymous person of an organization ("one Weibo commenter") the role the article gives them:
    the person noun with the organization's name ("Weibo commenter", "user on Weibo")."""
    for speaker in speakers:
        if speaker.kind != "anonymous" or speaker.roles:
            continue
        spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in speaker.mentions)
        heads = (t for span in spans if span is not None for t in span if t.lower_ in PEOPLE_APART)
        role = next(filter(None, map(_role_apart, heads)), None)  # "AFP, one user on Weibo": "user"
        if role is not None:
            speaker.roles, speaker.role = [role], role


def _role_apart(head: Token) -> str | None:
    """ "one Weibo commenter" → "Weibo commenter", "one user on Weibo" → "user on Weibo"; else None."""
    if person_of_organization(head) is not None:
        first = min(t.i for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
        return head.doc[first : head.i + 1].text
    if head.tag_ != "NN" or head.lower_ not in SERVICE_USERS:
        return None
    on = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "on"), None)
    site = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if site is None or site.pos_ != "PROPN" or site.ent_type_ in {"DATE", "TIME"}:
        return None  # "a viewer on Monday": no site
    return head.doc[head.i : site.i + 1].text
