"""Names the NER garbled, repaired by how news writes names (docs/quotes.md, "Names the NER garbles").

- A sentence word glued before a name is no part of it: a gerund or an adverb opening the sentence
  ("Describing Mr Jackson as …" → "Mr Jackson"; "Meanwhile Microsoft"), or an adjective of time or
  standing that news sets before a firm or a person ("Recent Samsung", "Embattled Yukos").
- A possessive ends a name when a number follows it ("Holcomb's 2016 …" → "Holcomb").
- A word that opens an office's title ("Public", "Deputy", "Acting") taken alone for an organization,
  before the rest of the title and a person's name, is part of that person's title, no organization
  ("Public Ombudsman Nadia Cruz's office said": never an organization "Public"; `opens_a_title`).
- The letters after a person's name (QC, KC, MP, MEP, MSP) are no part of it ("Ben Emmerson QC").
- A person the NER labelled an organization is a person when the name is two or three capitalised
  words and the letters of a person follow it ("Guy Mansfield QC"), the article writes its last word
  alone as a person ("Elena Dementieva" … "said Dementieva"), or a description of rank, which only a
  person has, is set beside it ("Jo Flaherty, a senior broadcaster with the CBS network"; also no
  firm for name_kinds.names_organization, though "broadcaster" alone sets one).
- A quotation mark the NER took into a name is no part of it, and a name opening with a title of
  address is a person's, whatever the NER labelled it ('" Mr de Vabres' → "Mr de Vabres", a person).
- Two organizations the NER split at an "and", with the acronym in brackets after them spelling both,
  are one: "the World Travel and Tourism Council (WTTC)", never "Tourism Council" (`mended`).
- An organization's name "<Name> of <adjective>" the NER cut before the lower-case noun the adjective
  modifies holds that noun: the article writes a word of the name small ("The Association of British
  insurers warned" is the Association of British insurers, never "Association of British"; `mended`).
- Where a name the NER ran on ends (`name_end`, `trimmed`): at a spaced dash (before a lowercase word,
  and in a person's name at any: "Florian Hamm - Borussia Dortmund's largest investor -"), at a
  lowercase word of a kind no name holds, at a role after an organization's name; where it starts after
  a description glued before it (`described_from`), and whether a sentence's opening word is a
  description at all (`opens_name`: "Miner Highland Gold", never "Bank" of "Bank of America").
- A lowercase verb the NER took into a person's name before it is no part of it ("Mr Pound says he rang
  Lucy": "Lucy", never "rang Lucy"; `glued_verb`, round 26).
- A job written in capitals that the NER took into a person's name is no part of it when a first name and
  a surname follow ("radio DJ Mike Read" is Mike Read, a "radio DJ"; `trimmed`, round 13); a stage name
  of the job and one word stays whole ("DJ Shadow").
- An organization's name the NER ran on over a role into a person's name holds that person: "Balco
  boss Victor Conte" is Balco and Victor Conte, a "Balco boss" (`trimmed_parts`, round 16).

entities.py asks these when it cleans and clusters names; no look-ups beyond the entity's tokens (and
`quoted_tokens`, one pass over the article).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.foreign_verbs import VERB_WORDS
from quotegraph.analyze.initial_breaks import initial_parts
from quotegraph.analyze.name_kinds import ADDRESS_TITLES, ORGANIZATION_ENDINGS, initials, ranked
from quotegraph.analyze.names import PERSON_LETTERS
from quotegraph.analyze.noun_names import without_noun_names

# Adjectives of time or standing that news sets before a name and that open no name themselves: not
# "New", "Royal", "British" or "Green", which do ("New Labour", "Green Party").
GLUED_ADJECTIVES = frozenset(
    "recent former embattled troubled beleaguered struggling ailing outgoing incoming fellow rival "
    "disgraced jailed".split()
)


def glued_opening(tokens: list[Token]) -> int:
    """How many words opening a sentence are glued before the name: a gerund ("Describing Mr
    Jackson"), an adverb ("Meanwhile Microsoft") or an adjective of GLUED_ADJECTIVES ("Recent Samsung"),
    when a capitalised word follows it."""
    if len(tokens) < 2 or not tokens[0].is_sent_start or not tokens[1].text[:1].isupper():
        return 0
    first = tokens[0]
    gerund = first.tag_ == "VBG" and first.lower_.endswith("ing")
    adverb = first.pos_ == "ADV" and first.tag_ == "RB"
    return int(gerund or adverb or first.lower_ in GLUED_ADJECTIVES)


# Words that open an office's title written with capitals ("Public Ombudsman", "Deputy Mayor"), and
# alone name no organization.
TITLE_OPENERS = frozenset("public deputy acting interim vice assistant associate chief senior".split())


def opens_a_title(ent: TokenSpan) -> bool:
    """A one-word name of TITLE_OPENERS that a capitalised word and a person's name follow within three
    words ("Public Ombudsman Nadia Cruz"): the person's title, not an organization."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in TITLE_OPENERS or ent.end >= len(doc):
        return False
    after = doc[ent.end : ent.end + 3]
    return after[0].is_title and after[0].is_alpha and any(t.ent_type_ == "PERSON" for t in after)


def before_loose_possessive(tokens: list[Token]) -> list[Token]:
    """The name up to a possessive that a number follows: "Holcomb's 2016 campaign" → "Holcomb" (a
    phrase "Michael Jackson's mother" stays whole, a description of someone else)."""
    for number, token in enumerate(tokens[1:-1], 1):
        after = tokens[number + 1]
        if token.tag_ == "POS" and after.is_digit:
            return tokens[:number]
    return tokens


def without_person_letters(tokens: list[Token]) -> list[Token]:
    """ "Ben Emmerson QC" → "Ben Emmerson": the letters after two or more capitalised words."""
    lettered = len(tokens) >= 3 and tokens[-1].text.isupper() and tokens[-1].lower_ in PERSON_LETTERS
    return tokens[:-1] if lettered and all(t.is_title for t in tokens[:-1]) else tokens


def person_shaped(words: list[Token]) -> bool:
    """Two or three capitalised words, none a club's or a company's ending: "Guy Mansfield"."""
    return (
        2 <= len(words) <= 3
        and all(t.is_title and t.is_alpha for t in words)
        and words[0].lower_ not in {"the", "a", "an"}
        and words[-1].lower_ not in ORGANIZATION_ENDINGS
    )


def lone_person_words(ents: Iterable[TokenSpan]) -> set[str]:
    """The one-word names the NER labels a person: the surnames the article writes alone."""
    return {e[0].text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title}


def taken_for_organization(ent: TokenSpan, lone_people: set[str]) -> bool:
    """A person's name the NER labelled an organization (see the module's docstring)."""
    if ent.label_ != "ORG":
        return False
    words = [t for t in ent if t.tag_ != "POS"]
    if any(t.is_punct for t in words):  # "Ahmed 'Mido' Hossam", cut at a quotation mark
        return False
    if words and words[-1].text.isupper() and words[-1].lower_ in PERSON_LETTERS:
        return person_shaped(words[:-1])
    if not person_shaped(words):
        return False
    described = any(c.dep_ == "appos" and ranked(c) for c in ent.root.children)
    return described or words[-1].text in lone_people


def name_repaired(tokens: list[Token]) -> list[Token]:
    """The name's tokens without a glued opening word, cut at a loose possessive, without a person's
    letters."""
    tokens = tokens[1:] if len(tokens) > 1 and tokens[0].lower_ in VERB_WORDS else tokens  # "сказал Иванов"
    return without_person_letters(before_loose_possessive(tokens[glued_opening(tokens) :]))


def opens_name(tokens: list) -> bool:
    """The first word opens the sentence and a capitalised word follows it: "Miner Highland Gold", not
    "Bank of America" (a name's particle after it) nor "Take-Two" (a word joined by a hyphen)."""
    return tokens[0].is_sent_start and tokens[1].text[:1].isupper() and bool(tokens[0].whitespace_)


def described_from(tokens: list) -> int:
    """Where a name starts after the description the NER glued before it: "Rival local club Manchester
    City" → "Manchester City". A description is ordinary words, lowercase but for the sentence's opening
    capital, ending on a noun ("club"; "the most popular Democrat" is no club called Democrat); a name's
    lowercase words are particles ("Bank of England") or come after its capitals ("Commons home affairs
    committee"), so only a run of capitalised words after that noun is the name."""
    last = max((n for n, t in enumerate(tokens) if t.is_lower and t.lower_ not in NAME_PARTICLES), default=-1)
    if last < 1 or last + 1 >= len(tokens) or not all(t.text[:1].isupper() for t in tokens[last + 1 :]):
        return 0
    opening = (tokens[0].is_sent_start or tokens[0].is_lower) and tokens[last].pos_ == "NOUN"
    plain = all(t.is_alpha and (t.is_lower or n == 0) for n, t in enumerate(tokens[: last + 1]))
    return last + 1 if opening and plain else 0


# Lowercase words a name holds: "Bank of England", "Marks and Spencer", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset(
    "of and for the on in at upon de da di du del della la le van von der den ter ten al el bin ibn y e "
    "dos das do".split()
)
# The particles a surname opens with: "Mr de Vabres", "Van Der Beek" (of Renaud Donnedieu de Vabres,
# James Van Der Beek), written alone or after a title of address.
SURNAME_PARTICLES = frozenset("de da di du del della la le van von der den ter ten dos das do".split())


def titled_particle(tokens: list) -> bool:
    """ "Mr de Vabres": a title of address before a surname that opens with a lowercase particle."""
    return len(tokens) > 2 and tokens[1].lower_ in SURNAME_PARTICLES and tokens[2].is_title


# Lowercase words of a kind no name goes on with (a lowercase noun may: "Commons home affairs committee").
NOT_IN_NAMES = frozenset({"ADP", "SCONJ", "VERB", "AUX", "PRON", "DET", "ADV", "PART", "CCONJ"})
# A person's role after an organization's name ends the name: "Balco boss Victor Conte".
ROLES_AFTER_NAMES = frozenset(
    "boss chief chairman chairwoman manager coach spokesman spokeswoman director president minister "
    "secretary founder".split()
)


# The dashes a name never holds spaced: an apposition's or a headline's ("Florian Hamm - an investor -").
DASHES = frozenset({"-", "–", "—"})


def name_end(tokens: list, organization: bool = True) -> int:
    """Where a name the NER ran on ends: at a spaced dash before a lowercase word ("Mr Howard - can he
    persuade …"; not "Flashmob - The Opera"), at any spaced dash in a person's name (a dash apposition:
    "Florian Hamm - Borussia Dortmund's largest investor -"; a double-barrelled name has no spaces), at a
    lowercase word of a kind no name holds ("American Music Awards after Swift") or at a role ("Balco
    boss Victor Conte"); never before its first word."""
    for number, token in enumerate(tokens[1:], 1):
        after = tokens[number + 1] if number + 1 < len(tokens) else None
        spaced_dash = token.text in DASHES and bool(tokens[number - 1].whitespace_)
        if spaced_dash and after is not None and (after.is_lower or not organization):
            return number
        if not (token.is_alpha and token.is_lower) or token.lower_ in NAME_PARTICLES:
            continue
        if token.pos_ in NOT_IN_NAMES or (organization and token.lower_ in ROLES_AFTER_NAMES):
            return number  # a person's name holds its role: "Arsenal vice-chairman David Dein"
    return len(tokens)


# Jobs written in capitals that the NER takes into the name after them ("DJ Mike Read").
JOB_LETTERS = frozenset({"DJ"})


def trimmed(ent: TokenSpan) -> TokenSpan:
    """The entity up to where its name ends (`name_end`), with its label, and from after a job in
    capitals glued before a first name and a surname ("DJ Mike Read" → "Mike Read")."""
    end = name_end(list(ent), organization=ent.label_ != "PERSON")
    job = ent.label_ == "PERSON" and end > 2 and ent[0].text in JOB_LETTERS and ent[1].is_title
    start = 1 if job or glued_verb(ent) else 0
    if (start, end) == (0, len(ent)):
        return ent
    return TokenSpan(ent.doc, ent.start + start, ent.start + end, label=ent.label_)


def glued_verb(ent: TokenSpan) -> bool:
    """ "he rang Lucy", the NER's person "rang Lucy": a lowercase verb or word of a kind no name holds,
    opening a person's name before a capitalised word, is the sentence's, not the name's (round 26)."""
    first = ent[0]
    if ent.label_ != "PERSON" or len(ent) < 2 or not ent[1].is_title:
        return False
    return (
        first.is_alpha
        and first.is_lower
        and first.lower_ not in NAME_PARTICLES
        and first.pos_ in NOT_IN_NAMES
    )


def trimmed_parts(ent: TokenSpan) -> list[TokenSpan]:
    """The entity trimmed (`trimmed`) and, where an organization's name ran on over a role into a
    person's name, that person too: "Balco boss Victor Conte", one organization to the NER, is the
    organization "Balco" and the person "Victor Conte" (whose role is "Balco boss"; round 16). The words
    after the role are a person's name when they are two or three capitalised words ending the entity.
    A person's entity run over a sentence that ended on an initial is two names (initial_breaks.py)."""
    parts = initial_parts(ent)
    if len(parts) > 1:
        return [trimmed(part) for part in parts]
    cut = trimmed(ent)
    end = cut.end - ent.start
    if ent.label_ == "PERSON" or end >= len(ent) or ent[end].lower_ not in ROLES_AFTER_NAMES:
        return [cut]
    name = list(ent[end + 1 :])
    if not 2 <= len(name) <= 3 or not all(t.is_alpha and t.is_title for t in name):
        return [cut]
    return [cut, TokenSpan(ent.doc, name[0].i, name[-1].i + 1, label="PERSON")]


def quoted_tokens(doc: Doc) -> set[int]:
    """The tokens between quotation marks ("…", “…”) within their paragraph, in one pass over the
    article: a name the speaker says is the speaker's word for someone, not the writer's."""
    inside, quoted = False, set()
    for token in doc:
        if "\n" in token.text:
            inside = False  # a quote going on into the next paragraph opens it again
        elif token.text in {"“", "«"} or (token.text == '"' and not inside):
            inside = True
        elif token.text in {"”", "»", '"'}:
            inside = False
        elif inside:
            quoted.add(token.i)
    return quoted


def mended(ents: list[TokenSpan]) -> list[TokenSpan]:
    """The entities with a quotation mark glued before a name cut off (a title of address then makes the
    name a person's: '" Mr de Vabres said'), and two organizations split at an "and" joined where the
    acronym in brackets after the second spells both ("World Travel and Tourism Council (WTTC)")."""
    out: list[TokenSpan] = []
    for ent in without_noun_names(ents):  # "Fan website …", "group Victims and …" (noun_names.py)
        ent = _with_cut_noun(_unquoted(ent))
        if out and ent.label_ == "ORG" and out[-1].label_ == "ORG" and _spelled_together(out[-1], ent):
            ent = TokenSpan(ent.doc, out.pop().start, ent.end, label="ORG")
        out.append(ent)
    return out


def _with_cut_noun(ent: TokenSpan) -> TokenSpan:
    """ "The Association of British" + "insurers": an organization's name "… of <adjective>" cut before the
    lower-case noun the adjective modifies, with that noun (no name ends on an adjective after "of")."""
    doc, last = ent.doc, ent[-1]
    if ent.label_ != "ORG" or len(ent) < 3 or ent.end >= len(doc) or last.tag_ != "JJ":
        return ent
    noun = doc[ent.end]
    after_of = any(t.lower_ == "of" for t in ent[1:-1])
    if not after_of or last.head.i != noun.i or not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN"):
        return ent
    return TokenSpan(doc, ent.start, ent.end + 1, label=ent.label_)


def _unquoted(ent: TokenSpan) -> TokenSpan:
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].is_quote:
        start += 1
    if start == ent.start:
        return ent
    titled = ent.doc[start].lower_ in ADDRESS_TITLES and start + 1 < ent.end  # "Mr de Vabres"
    return TokenSpan(ent.doc, start, ent.end, label="PERSON" if titled else ent.label_)


def _spelled_together(first: TokenSpan, second: TokenSpan) -> bool:
    """ "the World Travel" "and" "Tourism Council" "(WTTC)": one "and" between, an acronym after."""
    doc = second.doc
    if second.start != first.end + 1 or doc[first.end].lower_ != "and" or second.end + 2 >= len(doc):
        return False
    acronym = doc[second.end + 1]
    if doc[second.end].text != "(" or doc[second.end + 2].text != ")" or not acronym.is_upper:
        return False
    return initials(doc[first.start : second.end].text) == acronym.text


def hyphenated_rest(last: Token) -> list[Token]:
    """ "his ex-girlfriend", parsed as "ex" with "-" and "girlfriend" apart: a lowercase word written with a
    hyphen and a lowercase word after it is one word with them (a description is never cut at its hyphen)."""
    doc = last.doc
    if not last.is_lower or last.whitespace_ or last.i + 2 >= len(doc):
        return []
    hyphen, rest = doc[last.i + 1], doc[last.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not (rest.is_lower and rest.is_alpha):
        return []
    return [hyphen, rest]
