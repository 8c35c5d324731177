"""Plural nouns that denote people or organizations, the only things that speak: "They" opening a
sentence goes back to the plural subject of the sentence before only where that subject is such a noun
("Five public sector unions met … They want …"), never a thing ("The announcements brought great
cheers from his own MPs … They obviously believed …" is not the announcements). By a word list of
people and bodies, and by the endings of agent nouns ("campaigners", "investors", "economists",
"politicians", "residents", "employees"), less the things those endings also spell ("numbers",
"moments", "documents")."""

from __future__ import annotations

from spacy.tokens import Token

# One person each, in the singular, whose plural no agent ending spells: "Officials", "Fans".
ONE_PERSON_WORDS = frozenset(
    """
    person man woman child kid boy girl parent adult youngster pupil official critic fan minister mp
    politician lawmaker senator diplomat envoy leader chief boss executive expert doctor nurse officer
    soldier rebel militant activist campaigner protester victim witness relative neighbour neighbor
    colleague friend rival opponent ally partner player athlete coach manager owner shareholder investor
    analyst economist trader banker judge lawyer prosecutor detective scientist researcher academic
    teacher student worker employee farmer voter citizen resident consumer customer user viewer listener
    reader patient refugee migrant immigrant survivor spokesman spokeswoman representative delegate
    member international veteran
    """.split()
)

# Groups and bodies: "Unions", "The firm".
BODY_WORDS = frozenset(
    """
    people family staff crew folk union company firm bank group party government council authority
    agency body organisation organization association charity committee commission club team side board
    delegation police troop force lender broker insurer retailer supplier producer manufacturer maker
    business corporation carrier airline operator publisher studio label broadcaster network
    newspaper paper jury employer audience startup
    """.split()
)

# People and bodies whose plural no agent ending spells: "Unions", "Fans", "Officials".
AGENT_WORDS = ONE_PERSON_WORDS | BODY_WORDS

# Endings of nouns for one who does something: "campaigner", "investor", "economist", "politician",
# "resident", "employee".
DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")

# Things those endings spell too: "The figures are out. They show …" is no speaker.
THING_WORDS = frozenset(
    """
    number letter order matter computer power border answer offer chapter centre center meter factor
    sector error floor door mirror water layer filter charter quarter corner cancer tower tender
    register trailer container poster sticker folder printer river finger monitor motor tractor
    reactor indicator elevator vector radiator processor calculator event percent cent content extent
    talent rodent present fee degree tree
    """.split()
)


def denotes_agents(noun: Token) -> bool:
    """Whether a plural common noun names people or organizations (see the module docstring)."""
    lemma = noun.lemma_.lower()
    if lemma in AGENT_WORDS:
        return True
    if lemma in THING_WORDS or lemma.endswith("ment"):
        return False
    return lemma.endswith(DOER_ENDINGS)
