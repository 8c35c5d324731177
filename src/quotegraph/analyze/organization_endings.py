"""A name that ends in a club's or a firm's word is an organization (docs/quotes.md, "Round 30: it, he
and the club").

`… forced him to take a semi-professional contract with Neath RFC. Although he got match time with the
Ospreys …, he admitted before his move to Gloucester that he was angry …`: the NER took "Neath RFC" for a
person, and the "he" went to it. News writes a club's or a company's legal or sporting ending after its
name ("Neath RFC", "Chelsea FC", "Marconi plc", "Acme Ltd", "Apple Inc", "Leeds United", "Hull City"),
and no person's name ends in one of these words: the name is an organization's, whatever the NER said,
so no "he" or "she" goes to it (gender and kind agree in speakers._resolve_pronoun).

Only a name of two words or more, each capitalised or written in capitals, is read; the ending alone
("United said", "City won") is left to the rules that read the sentence.
"""

from __future__ import annotations

from quotegraph.analyze.entities import Cluster
from quotegraph.analyze.gender import called_a_person
from quotegraph.records import SpeakerType

# The last words of clubs' and firms' names: rugby and football clubs' letters, the legal forms of a
# company, and the words English football clubs' names end in. A wider list (name_kinds.ORGANIZATION_ENDINGS)
# holds words people's names may end in as parsed ("Europe", "Group"), and is not read here.
CLUB_AND_FIRM_ENDINGS = frozenset(
    """
    rfc rufc rlfc fc f.c. afc cf sc plc ltd ltd. inc inc. corp corp. llc gmbh
    united city rovers athletic albion wanderers hotspur rangers
    """.split()
)


def ends_as_organization(cluster: Cluster) -> bool:
    """Whether a cluster typed a person is named as a club or a firm is ("Neath RFC"): see the module's
    docstring."""
    words = cluster.name.split()
    if cluster.type != "person" or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower() in CLUB_AND_FIRM_ENDINGS


def settled_kind(cluster: Cluster) -> SpeakerType:
    """A cluster's kind once the article has spoken: a person where the article calls it "she" or "he"
    after naming it ("Taylor Swift posted … She claimed", gender.called_a_person), an organization where its
    name ends as a club's or a firm's does ("Neath RFC"), else the NER's."""
    if called_a_person(cluster):
        return "person"
    return "organization" if ends_as_organization(cluster) else cluster.type
