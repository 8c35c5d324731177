"""What kind of name a name is: the NER's label corrected by how news writes names.

A club or a company the tagger calls a person ("Manchester United", "miner Barrick Gold"), a person it
calls an organization ("Ms Errigo"'s "Angie Errigo", "the woman's lawyer, Dolores M Troiani"), a word
after a title of address ("Ms Reyes"), a party's plural name ("the Lib Dems"). entities.py clusters
names with these rules; speakers.py and roles.py ask them too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.names import PERSON_TITLES
from quotegraph.analyze.possessed_names import after_owner, speaks

NAME_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group"}
# Last words of a club's or a company's name: "Manchester United", "Celtic FC", "Marks and Spencer plc",
# and the region a company's branch is named for ("Lycos Europe"), which ends no person's name.
ORGANIZATION_ENDINGS = frozenset(
    """
    united city fc f.c. afc rovers athletic albion wanderers hotspur rangers plc ltd ltd. inc inc. corp
    corp. llc co. gmbh ag sa group holdings europe asia africa international worldwide uk analytics oil
    energy mining resources petroleum
    consulting partners associates securities capital airlines airways motors telecom communications
    technologies software networks pharmaceuticals studios records games entertainment interactive
    productions pictures publishing industries enterprises ventures systems dairy dairies foods
    """.split()
) | frozenset(
    # A campaign's, a charity's or a union's last word: "Fairford Coach Action", "Stop the War Coalition",
    # "Age Concern", "Countryside Alliance", "National Trust" name a group of people, never one person.
    """
    action campaign alliance coalition trust foundation concern association federation society league
    movement network forum council committee commission institute union
    """.split()
)
# Titles of address: the one word after one is a person's name, whatever the NER says ("Ms Reyes").
# A rank ("Lord Stevens", "Sir Alex") stays part of the name, and is found with it (speakers.py).
ADDRESS_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof.".split())
RANKS = frozenset("sir dame lord lady".split())
# Nouns that set an organization's name in news: "miner Barrick Gold", "marketing magazine New Media
# Age", "US oil giant Exxon", "research firm Gartner". A person's name follows a role, never these; not
# "maker", "publisher", "developer" or "operator", which are people too ("Film-maker Spike Lee").
ORGANIZATION_DESCRIPTORS = frozenset(
    """
    magazine newspaper paper journal website broadcaster firm company miner giant bank retailer carmaker
    manufacturer airline carrier label studio insurer reinsurer lender supermarket agency consultancy
    regulator watchdog charity conglomerate
    """.split()
)


# Words that say what a person is, which the NER takes into the name when they open a sentence.
OPENING_ROLES = frozenset(
    """
    striker midfielder defender goalkeeper keeper winger forward veteran skipper rookie teenager star
    singer actor actress comedian presenter rapper author novelist
    """.split()
)


# Nouns for what only a person is: a name right after one ("Credit Suisse First Boston analyst Vadim
# Mitroshin") or set beside one ("Eswar Prasad, a trade professor at Cornell") is a person's, whatever
# the NER labelled it.
PERSON_NOUNS = PERSON_TITLES | frozenset(
    "analyst economist strategist professor researcher scientist trader coach manager director chairman "
    "chairwoman chair founder editor correspondent consultant academic physicist historian".split()
)


# Kin and partners: nouns for a person by whose relative they are (role_cuts.py: never a role).
KINSHIP = frozenset(
    """
    son daughter wife husband brother sister father mother mum mom dad grandson granddaughter grandfather
    grandmother nephew niece cousin uncle aunt widow widower fiance fiancee fiancé fiancée girlfriend
    boyfriend partner stepson stepdaughter stepfather stepmother sibling twin child children parent
    """.split()
)

# Kinship words that news also uses of companies ("Delta, parent of Comair").
CORPORATE_KIN = frozenset({"parent", "partner", "sibling", "twin", "child", "children"})


def after_title(ent: TokenSpan) -> bool:
    """ "President Vladimir Putin", "analyst Vadim Mitroshin" tagged a place or an organization; a
    hyphen inside the name is part of it ("England coach Sven-Goran Eriksson"). A name after an
    organization's possessive that speaks or is addressed "Mr …" too ("The Fabian Society's Sundar
    Katwala said", possessed_names.py)."""
    if after_owner(ent) and (speaks(ent) or ent[-1].text in addressed_surnames(ent.doc)):
        return True
    return (
        ent.start > 0
        and len(ent) >= 2
        and ent.label_ in {"GPE", "ORG", "FAC", "LOC", "NORP"}
        and ent.doc[ent.start - 1].lower_ in PERSON_NOUNS
        and all(t.is_title or (t.tag_ == "HYPH" and 0 < t.i - ent.start < len(ent) - 1) for t in ent)
    )


def addressed_surnames(doc: Doc) -> set[str]:
    """The words written after a title of address anywhere in the article ("Errigo" of "Ms Errigo")."""
    return {t.text for t in doc[1:] if t.is_title and t.nbor(-1).lower_ in ADDRESS_TITLES}


def titled_names(doc: Doc) -> set[str]:
    """One-word names the article writes after a person's title ("President Trump", "Governor Bevin"):
    a person's surname wherever else it stands alone, whatever the NER labelled it there ("Trump
    tweeted" tagged an organization)."""
    return {
        t.text
        for t in doc[1:]
        if t.is_title
        and t.pos_ == "PROPN"
        and t.nbor(-1).lower_ in PERSON_TITLES
        and t.lower_ not in ORGANIZATION_ENDINGS
        and (t.i + 1 >= len(doc) or not (t.nbor(1).is_title and t.nbor(1).pos_ == "PROPN"))
    }


def _kin_described(token: Token) -> bool:
    """ "a mother of twins": a kinship noun in apposition with "a", never a company's "parent of Comair" or
    "partner"."""
    return (
        token.dep_ == "appos"
        and token.lower_ in KINSHIP - CORPORATE_KIN
        and any(c.lower_ in ("a", "an") for c in token.children)
    )


def in_apposition_to_a_person(ent: TokenSpan) -> bool:
    """ "The woman's lawyer, Dolores M Troiani, said", "Eswar Prasad, a trade professor at Cornell,
    said": a name set beside a person's title is a person's, whatever the NER labelled it."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    root = ent.root
    described = any(c.dep_ == "appos" and c.lower_ in PERSON_NOUNS for c in root.children)
    if len(words) == 1 and words[0].is_title and any(_kin_described(c) for c in root.children):
        return True  # "Michelle, a mother of twins, said": a person named by the first name only
    return (
        2 <= len(words) <= 4
        and all(t.is_title or (len(t.text) <= 2 and t.text[:1].isupper()) for t in words)
        and words[-1].lower_ not in ORGANIZATION_ENDINGS
        and ((root.dep_ == "appos" and root.head.lower_ in PERSON_TITLES) or described)
    )


def person_by_address(form: str, addressed: set[str]) -> bool:
    """ "Empire's Angie Errigo", tagged an organization, is a person when the article writes "Ms Errigo"."""
    words = form.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in addressed
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() not in ORGANIZATION_ENDINGS
    )


def names_organization(ent: TokenSpan) -> bool:
    """A name the NER calls a person that ends on a club's or a company's word ("Manchester United"),
    or on a plural ("the Lib Dems": a party, not a person), or that a noun for a firm sets ("miner
    Barrick Gold")."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    plural = bool(words) and words[-1].tag_ == "NNPS" and plural_with_article(words[0])
    ending = len(words) >= 2 and (words[-1].lower_ in ORGANIZATION_ENDINGS or plural)
    return ending or described_as_organization(ent) or after_organization_noun(ent[0])


def described_as_organization(ent: TokenSpan) -> bool:
    """A name a noun for a firm is set beside: "Munich Re, the biggest reinsurer", "Ford, the US car
    company" (not "a senior broadcaster", a person)."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in ORGANIZATION_DESCRIPTORS and not ranked(c)
        for c in ent.root.children
    )


# Adjectives of rank that only a person's job takes: "Jo Flaherty, a senior broadcaster with the CBS
# network" is a person, where "broadcaster" alone would set an organization.
RANK_ADJECTIVES = frozenset("senior junior retired veteran".split())


def ranked(noun: Token) -> bool:
    """A noun an adjective of rank describes: "a senior broadcaster" is a person."""
    return any(a.dep_ == "amod" and a.lower_ in RANK_ADJECTIVES for a in noun.children)


# Lowercase words of a person's job that a name before them sets ("Virgin Blue chief executive").
JOB_WORDS = PERSON_NOUNS | frozenset("executive general vice deputy senior managing operating".split())


def sets_a_job(ent: TokenSpan) -> bool:
    """A name of whose a person's job is, which news writes for an organization: set before the job and
    a person's name ("Virgin Blue chief executive Brett Godfrey"), before a job after an article ("The
    Bat spokeswoman said"), or after "of"/"at" a job ("Roger Bennett, director general of Elspa")."""
    doc, after = ent.doc, ent.end
    while after < len(doc) and doc[after].is_lower and doc[after].lower_ in JOB_WORDS:
        after += 1
    if after > ent.end:
        named = after < len(doc) and doc[after].ent_type_ == "PERSON"
        return named or (ent.start > 0 and doc[ent.start - 1].lower_ in {"the", "a", "an"})
    # Right after the "of" of a job written in lower case: "(Newcastle) director of rugby Rob Andrew",
    # "Director of rugby Warren Gatland" hold a job themselves.
    prep = doc[ent.start - 1] if ent.start > 0 else None
    if prep is not None and prep.lower_ == "the" and ent.start > 1:
        prep = doc[ent.start - 2]
    if prep is None or prep.lower_ not in {"of", "at"} or ent.root.head != prep:
        return False
    return prep.head.is_lower and prep.head.lower_ in PERSON_NOUNS


def short_firm_names(firms: set[str], people: list[str]) -> set[str]:
    """The one word a firm's two-word name is shortened to once named: "Argonaut" after "Argonaut Games",
    where the second word is a company's ("Games", "Studios", "Holdings") and the first is no word of a
    person's full name the NER found ("David" of "David Rubin & Partners" stays his); a one-word name the
    NER calls a person ("Argonaut" alone) is the short form itself, no person's name to keep."""
    words = {w for name in people if len(name.split()) > 1 for w in name.split()}
    shorts = set()
    for firm in firms:
        parts = firm.split()
        if len(parts) == 2 and parts[1].lower() in ORGANIZATION_ENDINGS and parts[0] not in words:
            shorts.add(parts[0])
    return shorts


# Capitalised head nouns of an institution's name, which news writes alone after the full name: "The
# Association of British Insurers warned … but the Association stressed …" is that association.
INSTITUTION_HEADS = frozenset("Association Commission Council Federation Institute Society Union".split())


def institution_head(ent: TokenSpan) -> bool:
    """ "the Association", "the Commission": one capitalised head noun of an institution after "the",
    which stands for the organization named in full before (entities.py finds it, if only one has it)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and ent.text in INSTITUTION_HEADS and before is not None and before.lower_ == "the"


def plural_with_article(first: Token) -> bool:
    """A plural name is a party's or a team's when an article opens it ("the Lib Dems"); a person's
    takes none, whatever the tagger says ("Fiona Deans", "Fernando Morientes")."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return first.lower_ == "the" or (before is not None and before.lower_ == "the")


# Nouns for a body that campaigns, thinks or oversees, which news sets before its name as it does a firm's
# ("UK think-tank Demos", "pressure group Liberty", "union Amicus"; round 31): read only right before a
# name, never as a name's opening word ("Union Bank of Switzerland" keeps its "Union").
BODY_DESCRIPTORS = frozenset(
    """
    think-tank thinktank union pressure-group campaign-group lobby-group pressure_group campaign_group
    lobby_group
    """.split()
)


def after_organization_noun(first: Token) -> bool:
    """The first word of a name right after a noun for a firm, a paper or a body that campaigns, written
    in lower case as a description is ("miner Barrick Gold", "think-tank Demos"; not "Gold" of "Highland
    Gold")."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is None or not before.text.islower():
        return False
    if before.lower_ in ORGANIZATION_DESCRIPTORS:
        return True
    # A body's name is one or two words ("Demos", "Amnesty International"); a longer run is its name and a
    # person's ("general secretary of the public services union Unison Dave Prentis" is Prentis).
    run = first.doc[first.i : first.i + 3]
    return _body_noun(before) in BODY_DESCRIPTORS and not (len(run) == 3 and all(t.is_title for t in run))


def _body_noun(last: Token) -> str:
    """The noun `last` ends, as one word: "think-tank" (split at its hyphen), "pressure_group" (two
    words), else the word itself."""
    doc, i = last.doc, last.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].text.islower():
        return f"{doc[i - 2].lower_}-{last.lower_}"
    if i >= 1 and doc[i - 1].text.islower() and doc[i - 1].is_alpha and last.lower_ == "group":
        return f"{doc[i - 1].lower_}_{last.lower_}"
    return last.lower_


def initials(name: str) -> str:
    """ "World Health Organization" → "WHO": the first letters of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.isalpha())


def in_organization_name(token: Token) -> bool:
    """A word of a name the NER calls a person that names_organization says is not one ("United" in
    "Manchester United striker Ole Gunnar Solskjaer")."""
    # The entity around the token from its IOB tags, as doc.ents reads them: doc.ents builds a span
    # for every entity of the article, on each call (quadratic in a long text).
    doc = token.doc
    if token.ent_iob_ not in {"B", "I"}:
        return False
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start].ent_type_ == "PERSON" and names_organization(doc[start:end])


def after_address_title(ent: TokenSpan, titles: frozenset[str] = ADDRESS_TITLES) -> bool:
    """One capitalised word right after a title of address ("Ms Reyes"), whatever the NER labelled it."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    return (
        len(words) == 1
        and words[0].is_title
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in titles
        and ent.label_ in NAME_LABELS
    )
