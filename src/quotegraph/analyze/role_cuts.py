"""Where a role starts and stops, and what is no role (docs/quotes.md, "Roles"; issue 30, round 8).

- A comma inside an organization's name is no end of the role: "a research analyst at the Delhi-based
  Council on Energy, Environment and Water think tank" goes on past "Energy," (capitalised words on both
  sides of the comma, and the list of them closes on "and" and a capitalised word), never stopping
  inside the name; a serial comma before the "and" too: "senior vice president for space and launch at
  Boeing Defense, Space, and Security" (round 11).
- A title's "for" is part of it: "Labour's deputy minister for women Jacqui Smith" is a "deputy minister
  for women", never "women" (the parser hangs the name on "for").
- A kinship before a title is no part of the title: "Steenburgen's son, filmmaker Charlie McDowell" is a
  filmmaker; "son" says whose son he is, not what he does.
- An organization's possessive before a title is part of the role: "NASA's Administrator Jim
  Bridenstine" is a "NASA Administrator", never a bare "Administrator" (round 11); a person's or a
  place's possessive is not ("Steenburgen's son", "Britain's ambassador": whose, not what).
- A personal description with no title, office or organization is no role: "Matthesen, a polyamorist,"
  (a way of life), "Corbyn, a stolid socialist," (a leaning), "a keen gardener" (a pastime), "a
  vegetarian", "a mother of twins" say what a person is like or to whom they are kin, not what they do;
  so does any role opening on an adjective of a taste, whatever follows: "a self-confessed fan of the
  book", "a lifelong Liverpool supporter" (round 13).
- An evaluation before a title is no part of it (Names, round 15): "Carlos Ghosn, its highly successful
  boss" is a "boss", never a "successful boss"; adjectives of praise, blame or fame ("successful",
  "popular", "controversial", "embattled", "charismatic") and the adverb of degree before them
  ("highly") go, a post's own words ("former", "acting", "veteran", "senior") stay.
- "Its" before a title is the organization the paragraph names before the pronoun, where it names one:
  "Nissan has named … after Carlos Ghosn, its highly successful boss" is a "Nissan boss".
- An organization's whole name is the role before its possessive, small words and all: "War on Want's
  John Hilary" is with "War on Want", never "Want" (round 16).
- A capitalised name the parser hung on the preposition before a title is the title's organization:
  "For Jupiter analyst Olivier Beauvillain, …" is a "Jupiter analyst", never an "analyst" (round 16).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.name_kinds import KINSHIP, ORGANIZATION_DESCRIPTORS
from quotegraph.analyze.passing_states import PASSING_STATES
from quotegraph.analyze.sole_holders import without_count

# Ways of life, beliefs and kin: what a person is like, not what they do ("Matthesen, a polyamorist,").
PERSONAL_NOUNS = KINSHIP | frozenset(
    """
    polyamorist vegetarian vegan teetotaller teetotaler atheist agnostic optimist pessimist introvert
    extrovert newlywed divorcee bachelor spinster pensioner grandparent homeowner churchgoer socialist
    communist marxist libertarian pacifist centrist leftist populist monarchist
    """.split()
)
# Adjectives of a pastime or a taste, not of a post: "a keen gardener", "an avid reader".
PASTIME_ADJECTIVES = frozenset(
    "keen avid lifelong self-confessed self-described self-proclaimed devoted passionate amateur".split()
)


def office_before(holder: Token, name_start: int) -> bool:
    """The name is the object of an office's "of" ("Director of rugby Warren Gatland") or "for" with a
    word between ("deputy minister for women Jacqui Smith": the parser read "women Jacqui Smith" as one
    phrase); not "the spokesman for Tony Blair", whose "for" says whom he speaks for."""
    preposition = holder.head.lower_
    return preposition == "of" or (preposition == "for" and name_start > holder.head.i + 1)


def comma_in_name(comma: Token) -> bool:
    """A comma between the capitalised words of one name ("Council on Energy, Environment and Water"):
    the words on both sides capitalised, and the run after it closing on "and" and a capitalised word."""
    doc = comma.doc
    if comma.text != "," or comma.i == 0 or comma.i + 2 >= len(doc):
        return False
    before = doc[comma.i - 1]
    if not (before.is_title and before.is_alpha) or before.ent_type_ == "PERSON":
        return False
    if doc[comma.i + 1].lower_ in {"and", "&"} and doc[comma.i + 2].is_title and comma.i > 1:
        return doc[comma.i - 2].text == ","  # the serial comma itself: "Defense, Space, and Security"
    end = comma.i + 1
    while end < len(doc) and (doc[end].text == "," or (doc[end].is_title and doc[end].is_alpha)):
        if doc[end].ent_type_ == "PERSON":
            return False
        end += 1
    closing = end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title
    # a serial comma before the last part: "Boeing Defense, Space, and Security" (a word between the commas)
    serial = doc[end - 1].text == "," and end - 2 > comma.i and doc[end - 2].is_title
    return closing and end > comma.i + 1 and (doc[end - 1].text != "," or serial)


def after_kinship(tokens: Sequence[Token]) -> list[Token]:
    """The title after a kinship and a comma ("son, filmmaker" → "filmmaker"); the tokens unchanged
    where no kinship word ends the part before the last comma."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas or commas[-1] == 0 or tokens[commas[-1] - 1].lower_ not in KINSHIP:
        return list(tokens)
    return list(tokens[commas[-1] + 1 :])


def personal_description(words: Sequence[Token]) -> bool:
    """A role that only says what a person is like: a lowercase noun of a way of life or of kin
    ("polyamorist", "vegetarian") or a noun after an adjective of a pastime ("keen gardener"), with no
    preposition and no other word (an office's or an organization's)."""
    content = [t for t in words if not t.is_punct and t.lower_ not in {"a", "an", "the"}]
    if _first_word(words) in PASTIME_ADJECTIVES:
        return True  # "self-confessed fan of the book", "lifelong Liverpool supporter": a taste (round 13)
    if (
        len(content) == 3
        and content[0].lower_ in KINSHIP
        and content[1].lower_ == "of"
        and content[2].is_lower
    ):
        return True  # "a mother of twins", "a father of three": kin, no post
    if not content or len(content) > 3 or any(not t.is_lower or t.pos_ == "ADP" for t in content):
        return False
    head = content[-1]
    if len(content) == 1:
        return head.lower_ in PERSONAL_NOUNS
    pastime = any(t.lower_ in PASTIME_ADJECTIVES for t in content[:-1])
    return pastime or (head.lower_ in PERSONAL_NOUNS and all(t.pos_ == "ADJ" for t in content[:-1]))


def _first_word(words: Sequence[Token]) -> str:
    """The first word as written, hyphens and all: "self-confessed" (three tokens)."""
    start = next((k for k, t in enumerate(words) if t.lower_ not in {"a", "an", "the"}), len(words))
    end = start
    while end < len(words) - 1 and not words[end].whitespace_:
        end += 1
    return "".join(t.text for t in words[start : end + 1]).lower()


def owner_organization(tokens: Sequence[Token]) -> str | None:
    """The organization whose possessive opens a title before a name ("NASA's Administrator" → "NASA"; "the
    BBC's political editor" → "BBC"); None when the possessive is no organization's (a person's, a place's)
    or the words before it are not all the organization's name."""
    case = next((k for k, t in enumerate(tokens) if t.dep_ == "case"), None)
    if not case or tokens[case - 1].dep_ != "poss" or case + 1 >= len(tokens):
        return None
    if any(t.text == "," for t in tokens[case:]):
        return None  # "Steenburgen's son, filmmaker Charlie McDowell": the possessive is the kin's"
    name = [t for t in tokens[:case] if t.lower_ != "the"]
    if not name or any(t.ent_type_ != "ORG" or not (t.is_title or t.is_upper) for t in name):
        return None
    return "".join(t.text_with_ws for t in name).strip()


def owner_alone(tokens: Sequence[Token]) -> str | None:
    """An organization's possessive alone before a name, no title between ("the EPA's Andrew Fanara",
    "Intel's Allen Wilson", "eBay's David Stern"): the organization the person speaks for is their role
    ("EPA"); a person's or a place's possessive ("Blair's Peter Mandelson") is none (round 15: a name the
    NER left untagged counts where it is no person's, _organization_word)."""
    words = [t for t in tokens if t.lower_ != "the"]
    if len(words) < 2 or words[-1].dep_ != "case" or words[-2].dep_ != "poss":
        return None
    name = words[:-1]
    if not all(map(_organization_word, name)):
        return None
    whole = _whole_name(name[0])
    if whole is not None:
        return f"{whole} {''.join(t.text_with_ws for t in name).strip()}"  # "War on Want" (round 16)
    return "".join(t.text_with_ws for t in name).strip()


# Small words inside an organization's name: "War on Want", "Friends of the Earth".
NAME_LINKS = frozenset({"on", "of", "for", "and", "&"})


def _whole_name(first: Token) -> str | None:
    """The words of a longer name the tokens cut before the possessor ("War on Want's John Hilary":
    "War on" before "Want"), capitalised words joined by a small word, none a person's; None where the
    word before the possessor is no such link (round 16: the whole organization is the role)."""
    doc, i = first.doc, first.i
    if not (i >= 2 and doc[i - 1].lower_ in NAME_LINKS):
        return None
    start = i - 1
    while start > 0 and _capitalised_in_name(doc[start - 1]):
        start -= 1
    if start == i - 1 or any(t.ent_type_ == "PERSON" for t in doc[start:i]):
        return None
    return "".join(t.text_with_ws for t in doc[start : i - 1]).strip() + f" {doc[i - 1].text}"


def _capitalised_in_name(word: Token) -> bool:
    """A capitalised word of a name going back from its link word, not a sentence's "The"."""
    return word.is_alpha and word.is_title and word.lower_ != "the" and word.ent_type_ not in {"DATE", "TIME"}


def _organization_word(word: Token) -> bool:
    """A word of an organization's name before a possessive: capitalised anywhere ("eBay", "EPA",
    "Intel") and tagged an organization, or left untagged by the NER where the article never tags the
    word a person's ("eBay's David Stern" with "eBay" missed; not "Blair's", a person's elsewhere)."""
    if not any(c.isupper() for c in word.text) or not word.is_alpha:
        return False
    if word.ent_type_ == "ORG":
        return True
    return not word.ent_type_ and not any(t.ent_type_ == "PERSON" and t.text == word.text for t in word.doc)


# Lowercase words that may describe the organization between "of" and its name: "of gay group OutRage!",
# "of campaign group Friends of the Earth", "of the pressure group Liberty" (at most MEMBER_WORDS of them).
MEMBER_WORDS = 3
# Nouns for a body that set the name after them as an organization's, tagged or not ("gay group OutRage").
BODY_NOUNS = ORGANIZATION_DESCRIPTORS | frozenset(
    "group union party club organisation organization association coalition movement society".split()
)


def member_of(mention: Span) -> str | None:
    """ "Brett Lock of gay group OutRage! said": a person's name followed by "of" and an organization's
    name (tagged an organization, or any capitalised name after a noun for a body: "group", "union";
    an article and a few lowercase words of description between) is with that organization, and it is
    their role ("OutRage!"), as "Arsenal's Sol Campbell" is Arsenal's (owner_alone). A place ("Peter
    Smith of Manchester"), a person, or a name a possessive goes on from ("of Oxford University's law
    faculty") gives none."""
    doc = mention.doc
    at = mention.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    at += 2 if doc[at + 1].lower_ == "the" else 1
    first = at
    while (
        at < len(doc) and doc[at].is_lower and doc[at].pos_ in {"NOUN", "ADJ"} and at - first < MEMBER_WORDS
    ):
        at += 1
    body = at > first and doc[at - 1].lower_ in BODY_NOUNS
    end = at
    while end < len(doc) and (
        doc[end].ent_type_ == "ORG" or (body and not doc[end].ent_type_ and doc[end].is_alpha and end == at)
    ):
        end += 1
    words = list(doc[at:end])
    if not words or not words[0].text[:1].isupper() or any(t.tag_ == "POS" for t in doc[end - 1 : end + 1]):
        return None
    return "".join(t.text_with_ws for t in words).strip()


def opens_on(role: str, roles: list[str]) -> None:
    """Add a role to a person's roles, where neither opens the other on whole words: "Everton's David Weir"
    and "Everton defender David Weir" give "Everton defender" once, not "Everton" beside it ("the EPA's
    Andrew Fanara", owner_alone's role, is the shorter of the two)."""
    lower = role.lower()
    for k, kept in enumerate(roles):
        if kept.lower().startswith(lower + " "):
            return  # the longer is there already
        if lower.startswith(kept.lower() + " "):
            roles[k] = role  # the longer takes the shorter's place
            return
    roles.append(role)


# Adjectives of praise, blame or fame that news sets before a title: the writer's judgement, no post; and a
# mood or a condition of the day: "crestfallen France coach", "Injured Chelsea winger" (passing_states.py).
EVALUATIONS = PASSING_STATES | frozenset(
    """
    successful unsuccessful popular unpopular controversial embattled beleaguered troubled charismatic
    outspoken respected well-respected revered influential powerful flamboyant colourful colorful
    legendary acclaimed celebrated renowned famous well-known maverick talented brilliant
    """.split()
)
# Adverbs of degree before such an adjective: "highly successful", "hugely popular".
DEGREE_ADVERBS = frozenset("highly hugely very widely much most extremely enormously deeply".split())


def without_evaluation(words: list[Token]) -> list[Token]:
    """The words of a role with the evaluation that opens it cut off ("highly successful boss" → "boss"),
    where a noun follows it; the words as they were otherwise. A counting word before it goes too ("only
    Conservative MP" → "Conservative MP": sole_holders.py)."""
    words = without_count(words)
    k = 0
    while k < len(words) and (words[k].lower_ in DEGREE_ADVERBS or words[k].lower_ in EVALUATIONS):
        k += 1
    if k == 0 or k >= len(words) or not any(t.lower_ in EVALUATIONS for t in words[:k]):
        return words
    return words[k:] if words[k].pos_ in {"NOUN", "PROPN"} or words[k].is_lower else words


def its_organization(tokens: Sequence[Token]) -> str | None:
    """The organization an "its" opening a role stands for: the one organization the NER names before the
    pronoun in its paragraph ("Nissan has named … Carlos Ghosn, its highly successful boss" → "Nissan");
    None for any other opening, or where the paragraph names none or two before it."""
    first = next((t for t in tokens if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "its" or first.dep_ != "poss":
        return None
    doc, start = first.doc, first.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    names, run = set(), []
    for token in [*doc[start : first.i], None]:
        if token is not None and token.ent_type_ == "ORG" and token.pos_ == "PROPN":
            run.append(token.text)
        elif run:
            names.add(" ".join(run))
            run = []
    return names.pop() if len(names) == 1 else None


def hung_on_preposition(doc: Doc, start: int) -> int:
    """Where a title before a name starts when the parser hung its organization on the preposition
    before it: "For Jupiter analyst Olivier Beauvillain, …" is a "Jupiter analyst", though the parser
    reads "For Jupiter" as a phrase and "analyst" alone before the name (round 16). A capitalised name
    (no person's, date or number) right after a preposition and right before the lowercase title the
    role opens on belongs to the title; `start` unchanged otherwise."""
    if start < 2 or not doc[start].is_lower or not doc[start].is_alpha or doc[start].dep_ != "compound":
        return start
    owner, preposition = doc[start - 1], doc[start - 2]
    if owner.dep_ != "pobj" or owner.head.i != preposition.i or preposition.pos_ != "ADP":
        return start
    if owner.pos_ != "PROPN" or not owner.is_title or owner.ent_type_ in UNOWNED_TYPES:
        return start
    return start - 1


# Entity types no title belongs to: a person ("for Smith analyst"), a time or a number.
UNOWNED_TYPES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def stray_number(token: Token) -> bool:
    """A number in a role that no organization's name holds: a number makes no role ("1,200 staff"),
    but a station's or a channel's name may hold one, inside the name the NER tags ("BBC Radio 1 DJ
    Trevor Nelson" is a "BBC Radio 1 DJ", round 16)."""
    return token.like_num and not (token.ent_type_ == "ORG" and token.ent_iob_ == "I")
