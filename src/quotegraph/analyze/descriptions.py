"""Definite descriptions and "it": whom a source that names nobody by name denotes, by news convention.

- A description of one person that no role the article gives names ("the chancellor", "the comedian",
  "the 23-year-old") is the person the text is about just before it: the subject of the sentence
  before, when that sentence names a person as its subject ("Gordon Brown has made an appeal … after
  reports claimed Mr Blair … / The chancellor would not comment"), else the person named last. Within
  the paragraph or the one before; blank lines between paragraphs do not count as paragraphs.
- A description of an organization ("the company", "the ministry", "the pan-European bourse") is the
  organization named with that word ("the Ministry of Communications"), else the one named last before
  its sentence (one in its own sentence is whom it deals with: "Ahead of talks with the LSE, the
  pan-European bourse said"); never a thing made that takes "a" itself ("such as an iPod"), nor, for "the
  company", "the firm", "the group", a body of the state its name says it is ("the Office of Management and
  Budget", "the Appeal Court": "… has stepped down, the company said" is Fannie Mae's).
- One person of a nation or a place ("said the New Zealander", "the Spaniard", "the Scot") is a
  description of one person too: the sportsperson or film-maker the story is about, not a group or an
  organization named by the word.
- "it" with no organization speaking before it is the organization named last, in its sentence or the
  one before ("Qantas shares fell after it warned …"); never a document ("figures").

speakers.py asks these after roles (roles.py) and the article's names (entities.py) have had their say.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.dash_asides import definite
from quotegraph.analyze.entities import Cluster, EntityIndex, clean_name
from quotegraph.analyze.later_holders import named_ahead
from quotegraph.analyze.name_kinds import initials
from quotegraph.analyze.names import NAME_SUFFIXES
from quotegraph.analyze.nested_names import nested_name
from quotegraph.analyze.opening_plurals import opening_plural
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.roles import plain_words
from quotegraph.analyze.spokespeople_of import spokesperson_of
from quotegraph.analyze.web_names import is_web_name
from quotegraph.analyze.work_titles import title_beside
from quotegraph.analyze.written_before import sentence_before

# The words speakers.py reads a common-noun source by.
ANONYMOUS_NOUNS = frozenset(
    """
    official officials source sources expert experts analyst analysts diplomat diplomats aide aides
    person people resident residents witness witnesses insider insiders observer observers critic
    critics lawmaker lawmakers officer officers spokesperson spokesman spokeswoman member members
    staffer staffers adviser advisers advisor advisors investigator investigators economist economists
    researcher researchers scientist scientists activist activists supporter supporters voter voters
    user users commenter commenters
    """.split()
)
ORGANIZATION_NOUNS = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "government",
        "company",
        "firm",
        "report",
        "study",
        "poll",
        "survey",
        "group",
        "party",
        "court",
    ]
)
# A statement speaks for whoever issued it: "a statement from the ministry".
STATEMENT_NOUNS = frozenset({"statement", "announcement", "release", "communique", "communiqué"})
# Descriptions that stand for an organization the article has named: "the company", "the paper".
DESCRIBED_ORGANIZATIONS = frozenset(
    "company firm bank group club paper newspaper broadcaster network retailer airline carrier maker "
    "manufacturer giant operator chain business corporation team label studio publisher utility".split()
)
# Descriptions that name another organization than the one speaking, more often than not: "the paper"
# reporting what a company said, "the club" of a player's quote.
MEDIA_AND_SIDES = frozenset({"paper", "newspaper", "broadcaster", "network", "club", "team"})
INSTITUTIONS = frozenset(
    "institute institution organisation organization body association union charity council authority "
    "regulator watchdog commission committee foundation society federation".split()
)
COLLECTIVE_NOUNS = frozenset({"police", "government", "public", "press", "media", "staff", "family"})
# What an organization publishes through, which speaks for it: "the BNP's website".
OWNED_MEDIA = frozenset("website site page account blog newsletter".split())
# People a story introduces without a name, not a description of someone it named: "The woman
# reported the allegations" is Cosby's accuser, not Cosby.
UNNAMED = frozenset("woman man girl boy child victim suspect accuser passenger driver".split())
# Never one person: a description with these heads is no person named before it ("The global
# entertainment industry says" is not the person named last, nor is "the panel" or "The script").
NOT_ONE_PERSON = (
    INSTITUTIONS
    | COLLECTIVE_NOUNS
    | frozenset("industry panel board jury sector market community script book film programme show".split())
    | frozenset({"state", "tribunal"})  # "The state wanted to control Gazprom", "The tribunal decided"
)


DESCRIPTION_WINDOW_PARAGRAPHS = 2
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "the 23-year-old", "the 45-year-old actor": an age describes the person, and is no number speaking.
AGE = re.compile(r"\b\d+-year-old\b", re.IGNORECASE)
# Words for an organization that a description names it by, besides the firms and institutions
# speakers.py lists: "the ministry", "the pan-European bourse", "the news organization", "the committee"
# (the Public Accounts Committee named before it, round 18).
ORGANIZATION_KINDS = frozenset(
    """
    ministry department agency bourse exchange organisation organization institute institution authority
    regulator watchdog commission union charity association federation outlet publication management
    station channel service bureau office university college school hospital court committee
    """.split()
)


def paragraph_floor(text: str, position: int, paragraphs: int, skip_blank: bool = True) -> int:
    """Where the paragraph `paragraphs - 1` before the one at `position` starts; blank lines between
    paragraphs (the BBC corpus sets one after each) are no paragraph unless not `skip_blank` (the
    window speakers.py gives pronouns, tuned with blank lines counted)."""
    floor, counted = position, 0
    while counted < paragraphs and floor > 0:
        start = text.rfind("\n", 0, max(floor - 1, 0)) + 1
        end = text.find("\n", start)
        counted += not skip_blank or bool(text[start : end if end >= 0 else len(text)].strip())
        floor = start
    return floor


# How English forms the word for one person of a nation or a place ("American", "New Zealander",
# "Spaniard", "Scot", "Frenchman", "Pakistani", "Congolese"): endings, not a list of nations.
DEMONYM_ENDINGS = ("an", "er", "ard", "ot", "man", "woman", "i", "ese")
NOT_A_NATION = frozenset({"NNPS", "NNS"})  # "the Americans" are many; "said the Americans" a side


def one_of_a_nation(head: Token) -> bool:
    """ "the New Zealander", "the American": one person named by their nation, a capitalised singular
    noun after "the" alone that the NER does not take for a named organization, place or person."""
    words = [t for t in head.lefts if t.dep_ != "punct"]
    if not words or words[0].lower_ != "the" or head.tag_ in NOT_A_NATION or not head.is_title:
        return False
    if any(not (t.is_title and t.pos_ == "PROPN") for t in words[1:]) or any(head.rights):
        return False  # "the New Zealander", not "the Auckland film-maker" nor "the American embassy"
    if any(t.ent_type_ != head.ent_type_ for t in words[1:]):
        return False  # a place and a noun are a paper's name: "according to the Hollywood Reporter"
    named = head.ent_type_ in {"ORG", "GPE", "FAC", "LOC", "PERSON"}
    return not named and (head.ent_type_ == "NORP" or head.lower_.endswith(DEMONYM_ENDINGS))


def is_age(phrase: TokenSpan) -> bool:
    """ "the 23-year-old": a person described by their age."""
    return bool(AGE.search(phrase.text))


def described_person(head: Token, index: EntityIndex) -> Cluster | None:
    """The person a definite description of one person denotes: the subject of the sentence before it,
    else the person named last, within the paragraph or the one before; None past that."""
    phrase = head.doc[head.left_edge.i : head.i + 1]
    if phrase[0].lower_ != "the" and not any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts):
        return None
    last = index.last_person_before(phrase.start)
    if last is None:
        return None
    floor = paragraph_floor(text_of(head.doc), head.idx, DESCRIPTION_WINDOW_PARAGRAPHS)
    latest = max(m for m in last.mentions if m.start < phrase.start)
    if latest.start_char < floor:
        return None
    if latest.start >= head.sent.start:  # "… for Ricky Gervais' new sitcom, the comedian has said"
        return last
    return _subject_before(head, index, floor) or last


def _subject_before(head: Token, index: EntityIndex, floor: int) -> Cluster | None:
    """The person the nearest earlier sentence that names one has as its first subject, if it has
    ("Corbett, soon to reunite with Ronnie Barker …, also criticised …": Corbett)."""
    doc = head.doc
    sentence = head.sent
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if sentence.start_char < floor:
            return None
        people = [c for t in sentence if (c := index.cluster_at(t.i)) is not None and c.type == "person"]
        if not people:
            continue
        subject = next((t for t in sentence if t.dep_ in SUBJECT_DEPS), None)  # the first clause's
        cluster = index.cluster_at(subject.i) if subject is not None else None
        return cluster if cluster is not None and cluster.type == "person" else None
    return None


def organization_described(
    head: Token, index: EntityIndex, speaking: Cluster | None = None, hearers: frozenset[str] = frozenset()
) -> Cluster | None:
    """ "the company" after "Tesco said …": the organization that spoke last (`speaking`; None for "the
    paper", "the club", which name another side more often than not), else the one named last before;
    never one the cue speaks to (`hearers`, cluster ids: "the central bank told Reuters")."""
    if not definite(head):  # "the firm - China's biggest … supplier - said" (dash_asides.definite)
        return None
    if (
        speaking is not None
        and speaking.id not in hearers
        and not public_body(speaking)
        and not _of_a_nation(head)
    ):
        return speaking  # "the French manufacturer": a nation that tells it from the one that spoke (below)
    named = [
        c
        for c in index.clusters
        if c.type == "organization"
        and c.id not in hearers
        and not public_body(c)
        and _last_start(c, head.i) >= 0
        and not _made(c, head.i)
    ]
    return max(named, key=lambda c: _last_start(c, head.i)) if named else None


def _of_a_nation(head: Token) -> bool:
    """ "the French manufacturer", "the Dutch brewer": a description the writer gives a nationality sets the
    organization apart from the one the story is on ("Emirates had a fleet … it announced an order … But
    its cutback … led the French manufacturer to announce": Airbus, named last, not Emirates, which spoke)."""
    return any(t.dep_ == "amod" and t.ent_type_ in {"NORP", "GPE"} for t in head.lefts)


# Words that name a body of the state, never what "the company", "the firm" or "the group" stands for: "the
# Office of Management and Budget", "the Appeal Court", "the Pentagon".
PUBLIC_BODIES = frozenset(
    "ministry department office court government council commission parliament congress senate pentagon "
    "police treasury bureau cabinet assembly army navy".split()
)


def public_body(cluster: Cluster) -> bool:
    """Whether an organization's name says it is a body of the state ("Appeal Court", "Home Office")."""
    return any(word in PUBLIC_BODIES for word in plain_words(cluster.name).split())


def _made(cluster: Cluster, before: int) -> bool:
    """ "a portable player such as an iPod": a name that takes "a" or "an" itself, wherever it is named
    before, is a thing made, not the firm that speaks ("an Apple spokesman" is Apple's: the article is
    the spokesman's)."""
    return all(
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in m.root.children)
        for m in cluster.mentions
        if m.start < before
    )


def organization_of_kind(head: Token, index: EntityIndex) -> Cluster | None:
    """ "the ministry", "the radio station": the organization named last before it whose name holds the
    description's noun or a word before it ("the Ministry of Communications", "Radio 1"); none where no
    name does ("the German regulator" is not the bank named before it: of what kind a name is, only its
    words say)."""
    if head.tag_ != "NN" or not any(t.lower_ in {"the", "its"} for t in head.lefts):
        return None  # "the authorities in the US" are no one organization
    words = {head.lower_} | {
        t.lower_ for t in head.lefts if t.dep_ in {"compound", "amod"} and t.is_alpha and not t.is_title
    }
    named = [c for c in index.clusters if c.type == "organization" and _last_start(c, head.i) >= 0]
    with_word = [c for c in named if any(words & set(a.lower().split()) for a in [c.name, *c.aliases])]
    if with_word:
        return max(with_word, key=lambda c: _last_start(c, head.i))
    return name_ending_in(head, words - {head.lower_}, index)


# Words a name's run of capitalised words may hold between them: "Public and Commercial Services union".
NAME_JOINERS = frozenset({"and", "of", "for", "&"})
# About a long article's length in tokens: a name given further back is another story's.
NAME_LOOK_BACK_TOKENS = 3000


def name_ending_in(head: Token, words: set[str], index: EntityIndex) -> Cluster | None:
    """ "The union says" after "Public and Commercial Services union members": a name the article gives
    whose last word is the description's noun, its other words ("assembly" of "the assembly
    government") all inside it, named before the description's sentence even where the NER missed it.
    The organization its initials name ("PCS") if the article names one so, else the name itself."""
    doc = head.doc
    floor = max(head.sent.start - NAME_LOOK_BACK_TOKENS, 0)  # a fixed look-back: long texts stay linear
    for end in range(head.sent.start - 1, floor, -1):
        if doc[end].lower_ != head.lower_:
            continue
        start = end
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in NAME_JOINERS):
            start -= 1
        while start < end and (doc[start].lower_ in NAME_JOINERS or doc[start].is_stop):
            start += 1  # "The" of "The Public and …" is no word of the name
        span = doc[start : end + 1]
        if start == end or not words <= {t.lower_ for t in span}:
            continue
        name = span.text
        named = index.organization_by_name(initials(name))
        return named or Cluster(id=f"named:{name.lower()}", name=name, type="organization", mentions=[span])
    return None


def organization_before(pronoun: Token, index: EntityIndex) -> Cluster | None:
    """The organization named last before "it", in its sentence or the one before, not under a
    preposition ("In addition to its order of 30 Boeing jets, it announced …" is not Boeing's: an
    organization a preposition governs is spoken of, not speaking). None for the "it" of a passive
    ("…, it was confirmed on Wednesday"), which stands for no one."""
    if pronoun.dep_ == "nsubjpass":
        return None
    sentence = pronoun.sent
    floor = sentence_before(sentence).start  # blank lines passed over (written_before.py)
    named = [
        (m.start, c)
        for c in index.clusters
        if c.type == "organization"
        for m in c.mentions
        if floor <= m.start < pronoun.i and not _under_preposition(m.root)
    ]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _under_preposition(token: Token) -> bool:
    """Whether a preposition governs the token within its clause."""
    while token.dep_ not in {"ROOT", "nsubj", "nsubjpass", "ccomp", "advcl", "relcl", "conj"}:
        if token.dep_ in {"pobj", "prep", "agent"}:
            return True
        token = token.head
    return False


def _last_start(cluster: Cluster, before: int) -> int:
    """The first token of the cluster's last mention that starts before token `before`; -1 for none."""
    return max((m.start for m in cluster.mentions if m.start < before), default=-1)


def person_by_role(phrase: TokenSpan, index: EntityIndex, before: int, sole: bool = True) -> Cluster | None:
    """ "the president-elect" is the person the article introduced as "President-elect Donald Trump"; with
    `sole`, "the mayor" the one person given an office ending in it ("London mayor Ken Livingstone")."""
    wanted = plain_words(clean_name(phrase))
    if not wanted:
        return None
    # This runs for each description, over every cluster: a role that does not end on the wanted
    # role's last word is no match (is_role), so most are passed over without a comparison.
    last = wanted.rsplit(" ", 1)[-1]
    matches = [
        c
        for c in index.clusters
        if c.roles
        and c.type == "person"
        and any(plain_words(r).endswith(last) and is_role(wanted, r) for r in c.roles)
    ]
    if not matches and sole and " " not in wanted and wanted not in COLLECTIVE_NOUNS | PUBLIC_BODIES:
        matches = _sole_holder(wanted, index)  # "The mayor said" after "London mayor Ken Livingstone"; never
        # "Police said" after "Paul Miller of Thames Valley Police": the body, not its officer
    earlier = [c for c in matches if any(m.start < before for m in c.mentions)]
    if not earlier:  # "the economy minister said" before naming him: one match, near (later_holders.py)
        return named_ahead(matches, phrase)  # "The singer" is no Elton John named paragraphs on
    return max(earlier, key=lambda c: max(m.start for m in c.mentions if m.start < before))


def _sole_holder(word: str, index: EntityIndex) -> list[Cluster]:
    """The one person the article gives an office ending in the bare title `word`, of a place or a body
    ("London mayor", "Tory Party chairman"): "the mayor" is theirs when no one else holds such an office
    (a deputy, shadow or former holder is not "the mayor")."""
    holders = [
        c
        for c in index.clusters
        if c.roles and c.type == "person" and any(_an_office_of(plain_words(r), word) for r in c.roles)
    ]
    return holders if len(holders) == 1 else []


def _an_office_of(role: str, word: str) -> bool:
    """ "london mayor" is an office ending in "mayor"; "deputy mayor" is another's (most fail at once)."""
    if not role.endswith(word) or (len(role) > len(word) and role[-len(word) - 1] != " "):
        return False
    return not OTHER_HOLDERS.intersection(role.split())


def is_role(wanted: str, role: str) -> bool:
    """ "prime minister" is the role "UK Prime Minister", and "foreign secretary" "Foreign Secretary"."""
    words = plain_words(role)
    if not (wanted == words or (len(wanted.split()) >= 2 and f" {words}".endswith(f" {wanted}"))):
        return False
    qualifier = words[: len(words) - len(wanted)].split()[-1:]  # "Deputy Prime Minister John Prescott"
    return not qualifier or qualifier[0] not in OTHER_HOLDERS  # is not "the prime minister"


# Words that make an office another's: the deputy, a former or shadow holder is not "the prime minister".
OTHER_HOLDERS = frozenset("deputy vice assistant shadow former acting junior ex under".split())


# Whom a cue speaks to: "told Reuters", "told the BBC", "said to reporters", "assured investors".
HEARER_DEPS = frozenset({"dobj", "dative"})


def hearers_of(cue: Token | None, index: EntityIndex) -> frozenset[str]:
    """The ids of the clusters a cue's object or "to"-object names: the listener is never the speaker."""
    if cue is None:
        return frozenset()
    heard = [c for c in cue.children if c.dep_ in HEARER_DEPS]
    heard += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    clusters = (index.cluster_at(t.i) or index.organization_by_name(t.text) for t in heard)
    return frozenset(c.id for c in clusters if c is not None)  # the NER may miss a name it found before


# "Some of Trump's defenders", "many of the residents": a part of a group speaks for the group described.
# "69% of those questioned", "many of those interviewed": the people a survey asked.
PARTS = frozenset("some many most several few one two three all % percent cent".split())


def whole_of_part(head: Token) -> Token:
    """ "Some of Trump's defenders have been claiming": the speakers are Trump's defenders, unnamed."""
    if head.lower_ not in PARTS:
        return head
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:  # "one of Mr Bakrie's deputies, Mahendra Siregar": the one named
        return named
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or not (whole.tag_ == "NNS" or those_asked(whole)):
        return head
    return whole


# "Many believe …", "Others say …": a quantifier alone as the subject is some of the people the story is
# about, unnamed: an anonymous group, not no one (as "some of the residents" is the residents).
QUANTIFIERS = frozenset("many some others most several".split())


def bare_quantifier(head: Token) -> bool:
    """ "Many believe the real motive …": a quantifier with no noun and no "of" after it, the subject."""
    return (
        head.lower_ in QUANTIFIERS
        and head.dep_ in SUBJECT_DEPS
        and not any(c.dep_ not in {"punct", "advmod"} for c in head.children)
    )


def unnamed_group(head: Token) -> bool:
    """A group of people the source describes without a name: "those polled", "Many", "- Licensees who …"."""
    return those_asked(head) or bare_quantifier(head) or opening_plural(head)  # opening_plurals.py


def those_asked(head: Token) -> bool:
    """ "those questioned", "those polled": the people a survey asked, a group described."""
    return head.lower_ == "those" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children)


# Nouns for a person who speaks for someone else: "a spokesman for the BPI" speaks for the BPI.
SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spoken_for(head: Token, index: EntityIndex) -> Cluster | None:
    """ "A spokesman for the British Phonographic Industry (BPI) said": the organization named after "for"
    (as "A Labour Party spokesman" is the Labour Party's; a person's is not them: person_spokespeople.py)."""
    return spokesperson_of(head, index) if head.lower_ in SPEAKING_FOR else None  # spokespeople_of.py


def appositive_name(head: Token) -> Token | None:
    """The last word of the name set beside a description ("Universal", "Mansfield"), or None. Letters
    after the name ("Guy Mansfield QC") are no part of it, and the name the parser hangs them from is the
    one before them: "The chairman of the Bar Council, Guy Mansfield QC has warned …" is Guy Mansfield. A
    capitalised word alone that the tagger took for a common noun is a name there too ("The firm, Paion,")."""
    for name in head.rights:
        name = nested_name(name)  # "the work's author, US playwright Eve Ensler": Ensler (round 21)
        unknown = name.pos_ == "NOUN" and name.is_title and not name.is_sent_start and not list(name.children)
        if name.dep_ != "appos" or (name.pos_ != "PROPN" and not unknown):  # "The firm, Paion,": a name
            continue
        if name.lower_ in NAME_SUFFIXES:  # "Guy Mansfield QC": the parser's head is the letters
            name = next((t for t in reversed(list(name.lefts)) if t.pos_ == "PROPN"), name)
        acronym = name.is_upper and name.is_alpha and len(name) > 1  # "the … company, UPS, said"
        if name.is_title or acronym or is_web_name(name):  # "Net traffic monitor, OneStat.com, has reported"
            return name
    return None


def name_beside(head: Token) -> Token | None:
    """The name set beside a description, the last word of it: "the band's record company Universal";
    also where the parser hung it on the last word of the description's relative clause, between
    commas: "The company that runs the AMAs, Dick Clark Productions, denies …" is Dick Clark Productions,
    not the AMAs it runs."""
    named = appositive_name(head)  # letters after the name ("QC") skipped
    if named is not None and title_beside(head) is not None:
        return None  # "the film 24 Hour Party People": the work's title, no one's name (work_titles.py)
    if named is not None:
        return named
    clause = next((c for c in head.rights if c.dep_ == "relcl"), None)
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = last.doc[last.i - 1]
    if clause is None or last.i + 1 >= len(last.doc) or last.nbor(1).text != ",":
        return None
    inside = clause.left_edge.i <= last.head.i <= clause.right_edge.i
    return last if last.dep_ == "appos" and last.pos_ == "PROPN" and last.is_title and inside else None


def whole_name(name: Token) -> str:
    """A name's last word with the words the parser set before it as its compounds: "Big Machine", "Dick
    Clark Productions", not "Machine"."""
    return " ".join(t.text for t in name.subtree if t == name or (t.dep_ == "compound" and t.i < name.i))
