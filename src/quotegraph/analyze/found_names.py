"""Sources the parser took apart: a name of common words, a person after an organization's "'s", and a
coordinated group of people.

News names organizations with ordinary words ("Ask Jeeves", "Save the Children", "War on Want",
"Reporters Without Borders"); the parser reads such a subject as a clause ("Ask" a verb, "Jeeves" its
object) or as a noun with a prepositional phrase, so the source's head is a common word and no name.
Capitalisation tells the name: a run of capitalised words (joined by "of", "the", "on", "without",
"for") that the source's head opens, where the run is a name by a sign of its own, not the sentence's
opening capital. "War on Want's John Hilary said" is John Hilary: the person after the possessive.

"Some doctors, nurses and some hospital managers have said …", "Unions and employers say …": a
subject of plural common nouns joined by "and" is one anonymous group named by the whole phrase, not
its first part.

"Senate sources say …", "Labour insiders said": people within the organization named before the noun,
unnamed, an anonymous source as written, never the organization itself (`organization_insiders`).

"Wikileaks editor-in-chief Kristinn Hrafnsson said": an organization and a lower-case title before a
person, parsed as two subjects of the cue, name the person (`person_after_title`, round 12).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.analyze.document_owners import document_author
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.fronted_subjects import fronted_group
from quotegraph.analyze.headings import after_heading
from quotegraph.analyze.joined_titles import name_after_joined_title
from quotegraph.analyze.laboratories import lab_head
from quotegraph.analyze.listed_bodies import listed_bodies
from quotegraph.analyze.masked_names import masked_signer
from quotegraph.analyze.name_kinds import ADDRESS_TITLES, ORGANIZATION_DESCRIPTORS
from quotegraph.analyze.name_repairs import DASHES
from quotegraph.analyze.numbered_names import numbered_name
from quotegraph.analyze.poll_outlets import poll_outlet
from quotegraph.analyze.published_in import publication_of
from quotegraph.analyze.roles import OFFICES, ROLE_HEADS
from quotegraph.analyze.word_surnames import organization_of_word, person_of_word

# Lowercase words inside an organization's name: "Save the Children", "War on Want", "Friends of the Earth".
LOWERCASE_NAME_WORDS = frozenset({"of", "the", "on", "without", "for"})
# The NER's labels of a place or a nation: a modifier of a document, never its author.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# Closed-class words that, capitalised inside a run, mark it a name ("Reporters Without Borders").
_CLOSED_TAGS = frozenset({"IN", "DT", "CC", "TO", "RP"})


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def _run(head: Token) -> TokenSpan | None:
    """The capitalised words from the head rightwards, joined by LOWERCASE_NAME_WORDS, within the head's
    phrase."""
    doc, end = head.doc, head.i + 1
    limit = head.right_edge.i + 1
    while end < limit and (_capitalised(doc[end]) or doc[end].lower_ in LOWERCASE_NAME_WORDS):
        end += 1
    while end > head.i + 1 and not _capitalised(doc[end - 1]):
        end -= 1  # "Save the Children of …": the name ends on a capitalised word
    return doc[head.i : end] if end - head.i >= 2 else None


def _named(run: TokenSpan, known_name: Callable[[str], bool]) -> bool:
    """A sign that the run is a name, not a sentence's opening capital: its first word capitalised
    mid-sentence, a bare verb as a subject ("Ask Jeeves said": no clause opens so), a capitalised
    closed-class word inside it ("Without"), or a name the article's entities hold."""
    first = run[0]
    if not first.is_sent_start and not (
        first.i > 0 and first.nbor(-1).is_sent_start and first.nbor(-1).lower_ == "the"
    ):
        return True
    if first.tag_ == "VB" and first.dep_ in {"csubj", "nsubj"}:
        return True
    if any(_capitalised(t) and t.tag_ in _CLOSED_TAGS for t in run[1:]):
        return True
    return known_name(run.text)  # asked last: a look-up in the article's entities


def name_of_words(head: Token, known_name: Callable[[str], bool]) -> TokenSpan | None:
    """The organization's name a common-word source head opens ("Ask" of "Ask Jeeves said", "Reporters"
    of "The Reporters Without Borders group said"); None where the head is a name's or nothing marks one.
    `known_name(text)` says whether the article's entities hold that name."""
    if head.pos_ not in {"VERB", "NOUN"} or not _capitalised(head) or head.ent_type_ in {"PERSON", "ORG"}:
        return None
    run = _run(head)
    if run is None:
        return None
    after = run.doc[run.end] if run.end < len(run.doc) else None
    if after is not None and (after.tag_ == "POS" or _capitalised(after)):
        return None  # "War on Want's John Hilary": the person after it (person_after_possessive)
    if (
        after is not None
        and after.i <= head.right_edge.i
        and after.lower_ not in ORGANIZATION_DESCRIPTORS | {"group"}
    ):
        return None  # the run is only part of the subject: "Members of the Senate who …"
    return run if _named(run, known_name) else None


def person_after_possessive(head: Token) -> Token | None:
    """ "War on Want's John Hilary said", parsed with "War" as the subject and the person inside its
    prepositional phrase: the last word of the PERSON the possessive sets, when it ends the subject."""
    last = head.right_edge
    if last.ent_type_ != "PERSON" or last.i == head.i or head.ent_type_ == "PERSON":
        return None
    first = last
    while first.ent_iob_ == "I" and first.i - 1 > head.i:
        first = first.nbor(-1)
    return last if first.i - 1 > head.i and first.nbor(-1).tag_ == "POS" else None


# The prepositions that tie a title to where its holder works: "director at digital content firm THX".
_AFFILIATIONS = frozenset({"at", "of", "for", "with"})
# Nouns of someone who works for the person named before them: "a Tony Blair aide" is not Blair.
_SOMEONE_ELSES = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer".split())


def person_before_title(head: Token) -> Token | None:
    """ "Dr Mark Tuffy games systems director at digital content firm THX told …": a title written in
    lower case right after a full name, with no comma and an affiliation after it, is that person's
    role; the speaker is the person (the last word of the PERSON), never the title's noun phrase.
    Not a name an article or a possessive opens ("a Tony Blair aide"), nor a one-word name ("Bush
    administration officials"), nor a title no affiliation follows."""
    if not (head.is_lower and head.pos_ == "NOUN" and head.tag_ == "NN") or head.lower_ in _SOMEONE_ELSES:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in _AFFILIATIONS for c in head.rights):
        return None
    for name in head.lefts:
        if name.ent_type_ != "PERSON" or (name.i + 1 < len(head.doc) and name.nbor(1).ent_iob_ == "I"):
            continue
        first = name
        while first.ent_iob_ == "I":
            first = first.nbor(-1)
        before = head.doc[first.i - 1] if first.i > 0 else None
        titled = before is not None and before.lower_ in ADDRESS_TITLES
        opened = before is not None and (before.dep_ in {"det", "poss"} or before.tag_ == "POS")
        between = head.doc[name.i + 1 : head.i]
        if (name.i > first.i or titled) and not opened and all(t.is_lower and t.is_alpha for t in between):
            return name
    return None


def person_before_dash(head: Token) -> Token | None:
    """ "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said": an apposition between
    spaced dashes, parsed as the subject's head, describes the PERSON before the first dash, who is the
    speaker (the last word of the name)."""
    doc = head.doc
    closing = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if head.pos_ != "NOUN" or closing is None or closing.text not in DASHES or not head.whitespace_:
        return None
    for dash in doc[head.left_edge.i + 1 : head.i]:
        name = dash.nbor(-1)
        if dash.text in DASHES and name.whitespace_ and name.ent_type_ == "PERSON" and name.is_title:
            return name
    return None


def person_before_of(head: Token) -> Token | None:
    """ "Brett Lock of gay group OutRage! said", parsed with the organization's name as the subject and the
    person as its modifier: a subject phrase that opens on a PERSON right before "of" names that person,
    and the organization after "of" is where they work (round 14). Not a name inside the organization's
    ("Friends of the Earth", "the Duke of Edinburgh": no PERSON before "of")."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return None
    first = head.left_edge
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < head.i and last.nbor(1).ent_iob_ == "I":
        last = last.nbor(1)
    return last if last.i + 1 < head.i and last.nbor(1).lower_ == "of" else None


def person_before_town(head: Token) -> Token | None:
    """ "I disagree with Ashley, Swindon saying I have to work harder": a reader named as a comments
    page signs ("Name, Town"), the town parsed as the subject of the participle; the speaker is the
    person, never the place. Only a place the NER labels right after a PERSON and its comma, as the
    subject of a participle ("After talks with Bush, Iraq said" keeps Iraq)."""
    doc = head.doc
    if head.i < 2 or head.ent_type_ not in PLACE_LABELS or head.pos_ != "PROPN" or head.head.tag_ != "VBG":
        return None
    person = doc[head.i - 2]
    return person if doc[head.i - 1].text == "," and person.ent_type_ == "PERSON" else None


def person_in_apposition(head: Token) -> Token | None:
    """ "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told …": a description
    with a person's name set beside it between commas names that person (the description is their role),
    whatever the NER made of the description (here an organization). The last word of the PERSON, one
    person only ("The two leaders, Blair and Brown," is both), a singular description that is no name."""
    if head.ent_type_ == "PERSON" or head.tag_ in {"NNS", "NNPS"} or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = head.doc
    for name in head.rights:
        if (
            name.dep_ != "appos"
            or not name.is_title
            or not (name.ent_type_ == "PERSON" or _unlabelled_name(head, name))
        ):
            continue
        if name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
            continue  # the parser's head inside the name: not its last word
        opening = name.left_edge.i - 1
        closing = name.right_edge.i + 1
        set_off = doc[opening].text == "," and (
            closing >= len(doc) or doc[closing].text in {",", ")"} | DASHES
        )
        if set_off and not any(c.dep_ in {"conj", "cc"} for c in name.children):
            return name
    return None


def _unlabelled_name(office: Token, name: Token) -> bool:
    """ "The Shadow Secretary of State for the Family, Theresa May,": a name the NER left unlabelled (a
    surname that is a month), beside an office: two or three capitalised proper nouns, no other entity."""
    words = list(name.subtree)
    return (
        office.lower_ in ROLE_HEADS | OFFICES
        and 2 <= len(words) <= 3
        and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in {"", "PERSON"} for t in words)
    )


def person_in_source(head: Token) -> Token | None:
    """The person a source names inside a phrase the parser headed otherwise: after an organization's
    possessive, before a title written with no comma, before a dash apposition or a reader's town, in
    an apposition to a description, before "of" and the organization; the head of a lab (round 19); the
    author a document's phrase names ("a document Matthesen prepared", "a study by the IFS"; round 27)."""
    found = person_after_possessive(head) or person_before_title(head) or person_before_dash(head)
    found = found or person_before_town(head) or person_in_apposition(head) or person_before_of(head)
    found = found or document_author(head)  # document_owners.py
    return found or lab_head(head)  # "the laboratory of Stephen Liggett reported" (laboratories.py)


def found_source(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The organization a name of common words names (its cluster, a new one where the article's
    entities have none), or the name of a coordinated group of people; None for any other source."""
    if (person := person_of_word(head, index) or organization_of_word(head, index)) is not None:
        return person  # "says Early" after "Chris Early", "Yili - full name … - confirmed" (word_surnames.py)
    if (signer := masked_signer(head, index)) is not None:
        return signer  # "“…” / – Ni** My**": the reviewer as the page masks the name (masked_names.py)
    if (outlet := poll_outlet(head, index)) is not None:
        return outlet  # "The Mail on Sunday survey found": the paper, not "Mail" (poll_outlets.py)
    if (paper := publication_of(head, index)) is not None:
        return paper  # "according to reports in the Hollywood Reporter trade newspaper" (published_in.py)
    if organization_insiders(head):  # "Senate sources say": unnamed people, as written, not the Senate
        return head.doc[head.left_edge.i : head.i + 1].text
    if (fronted := fronted_group(head)) is not None:  # "…, female MPs often say" (fronted_subjects.py)
        return fronted
    group = coordinated_group(head)
    if group is not None:
        return group.text
    spelled = name_with_acronym(head)
    if spelled is not None:
        return _spelled_organization(spelled, index)
    run = name_of_words(head, lambda text: index.organization_by_name(text) is not None)
    run = run or coordinated_organizations(head, lambda word: index.person_by_name(word) is not None)
    run = run or coordinated_organizations(head, lambda word: False, lambda t: _known_body(t, index))
    run = run or listed_bodies(head)  # "The UK, France, Germany … and Sweden want" (listed_bodies.py)
    run = run or numbered_name(head)  # "Number 10 said", "No 10 said" (numbered_names.py)
    if run is None:
        return None
    name = run.text
    cluster = index.organization_by_name(name)
    if cluster is None:
        cluster = index.new(name, "organization")
        cluster.add(run, name)
    return cluster


def _spelled_organization(run: TokenSpan, index: EntityIndex) -> Cluster:
    """The organization of a name with its acronym in brackets: the NER's organization at the acronym
    ("The Qualifications and Curriculum Authority (QCA)" is the QCA), else one named by the whole run,
    with the acronym as its alias ("Caspian" later is the same one)."""
    acronym = run.doc[run.end + 1]
    found = index.cluster_at(acronym.i) or index.organization_by_name(run.text)
    if found is not None and found.type == "organization":
        return found
    cluster = index.new(run.text, "organization")
    cluster.add(run, run.text)
    cluster.aliases.append(acronym.text)
    return cluster


# Lowercase words inside a long name that its acronym may spell or skip: "Invasion and Numbering".
_ACRONYM_JOINERS = LOWERCASE_NAME_WORDS | {"and", "&", "in", "to", "against", "at"}


def name_with_acronym(head: Token) -> TokenSpan | None:
    """ "consumer group - Consumers Against Supermarket Privacy Invasion and Numbering (Caspian) - has
    claimed": a run of capitalised words (lowercase "and", "of", "for" … between them) right before an
    acronym in brackets that spells the run's initials is one organization's name, whole; never its
    first word, never a person. The run is the source's head or its apposition."""
    doc = head.doc
    for start in [head, *(c for c in head.rights if c.dep_ == "appos")]:
        if not _capitalised(start) or start.ent_type_ == "PERSON":
            continue
        end = start.i + 1
        while end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in _ACRONYM_JOINERS):
            end += 1
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or end - start.i < 3:
            continue
        words = [t.text for t in doc[start.i : end]]
        acronym = doc[end + 1].text.lower()
        spelled = {
            "".join(w[0] for w in words).lower(),
            "".join(w[0] for w in words if w[:1].isupper()).lower(),
        }
        if doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and acronym in spelled:
            return doc[start.i : end]
    return None


def coordinated_group(head: Token) -> TokenSpan | None:
    """ "Some doctors, nurses and some hospital managers": the whole phrase of a plural common noun
    and the plural common nouns joined to it, none a name; None for one noun alone, or documents ("figures
    and surveys show" are documents)."""
    if not _plural_common(head) or is_document_noun(head):
        return None
    parts, last = [head], head
    while (conj := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        if not _plural_common(conj):
            return None  # "analysts and Mr Smith": not one group
        parts.append(conj)
        last = conj
    if len(parts) < 2:
        return None
    return head.doc[head.left_edge.i : last.i + 1]


# The NER's labels of a body: an organization, a party or a nation's people ("Tories").
_BODY_LABELS = frozenset({"ORG", "NORP"})


def coordinated_organizations(
    head: Token, known_person: Callable[[str], bool], body: Callable[[Token], bool] | None = None
) -> TokenSpan | None:
    """ "the Tories and Lib Dems have jointly tabled a motion …, saying …": organizations or parties
    joined by "and" as the subject are one joint source named by all of them (without the article), not
    the first alone; each a whole name the NER gives a body, or a plural one (a party: "Lib Dems"), or,
    after "the", each a capitalised plural ("The Ospreys and Scarlets say": two rugby regions).
    Not a person's name among them ("Volker and Morrison" after "Kurt Volker … and Tim Morrison", asked
    of `known_person`), nor a place ("Britain and France"). `body` tells a body's name where a caller
    knows more (named_groups.py: "the firms" says the names before are bodies)."""
    parts, last = [head], head
    while (conj := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        parts.append(conj)
        last = conj
    cc = [c for part in parts[:-1] for c in part.children if c.dep_ == "cc"]
    # "The Ospreys and Scarlets say": capitalised plurals after "the", teams or bands, whatever the NER says
    plural_names = head.left_edge.lower_ == "the" and all(map(_plural_name, parts))
    if (
        len(parts) < 2
        or not cc
        or any(c.lower_ != "and" for c in cc)
        or not (plural_names or all(map(body or _ends_a_body_name, parts)))
    ):
        return None
    if any(part.tag_ != "NNPS" and known_person(part.text) for part in parts):  # "Lib Dems": a party
        return None
    start = head.left_edge.i + (head.left_edge.lower_ == "the")
    return head.doc[start : last.i + 1]


def _ends_a_body_name(token: Token) -> bool:
    """The last word of a whole name the NER gives, a body's or a plural's ("Lib Dems" taken for a
    person); not a word of one name holding "and" ("The Qualifications and Curriculum Authority")."""
    doc = token.doc
    ends = token.ent_iob_ in {"B", "I"} and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    body = token.ent_type_ in _BODY_LABELS or token.tag_ == "NNPS"
    return ends and body and token.pos_ == "PROPN" and token.text[:1].isupper()


def _known_body(token: Token, index: EntityIndex) -> bool:
    """A one-word capitalised name the article knows as an organization and never as a person, whatever the
    NER made of it here: "Rosneft and VEB declined to comment" ("Rosneft" tagged a common noun), "Heineken
    and Carlsberg … have reported" ("Carlsberg" taken for a place) after the article named both as firms
    (round 17). A place ("Britain and France") is no organization of the article, and a word a capitalised
    one follows is inside a longer name ("Victims and Citizens Against Crime said")."""
    if not token.text[:1].isupper() or token.ent_iob_ == "I" or index.person_by_name(token.text) is not None:
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.is_alpha and after.is_title:
        return False  # "Victims and Citizens Against Crime": one name that holds "and" goes on
    if _ends_a_body_name(token):
        return True
    if index.organization_by_name(token.text) is not None or _described_as_firms(token):
        return True
    cluster = index.cluster_at(token.i)
    return cluster is not None and cluster.type == "organization"


# Nouns of firms an apposition gives names joined by "and": "Heineken and Carlsberg, two of the world's
# largest brewers" (ORGANIZATION_DESCRIPTORS and the trades news counts by).
_FIRM_NOUNS = ORGANIZATION_DESCRIPTORS | frozenset("brewer maker producer group operator rival".split())


def _described_as_firms(token: Token) -> bool:
    """A name of a coordination set in apposition as firms: "Heineken and Carlsberg, two of the world's
    largest brewers", "Rosneft and Gazprom, the state-owned companies"."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    for appos in (c for c in first.children if c.dep_ == "appos"):
        nouns = [appos] + [
            o for p in appos.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        if any(n.tag_ == "NNS" and n.lemma_.lower() in _FIRM_NOUNS for n in nouns):
            return True
    return False


def _plural_name(token: Token) -> bool:
    """A capitalised name in the plural, as teams, bands and parties are named ("Ospreys", "Scarlets"),
    whatever the NER took it for; not a place ("the Netherlands") nor a possessive."""
    plural = token.lower_.endswith("s") and not token.lower_.endswith(("ss", "'s", "’s"))
    return plural and token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in PLACE_LABELS


def _plural_common(token: Token) -> bool:
    return token.tag_ == "NNS" and token.pos_ == "NOUN" and not token.ent_type_


def named_document(head: Token) -> bool:
    """ "Latest UK figures show", "New US data suggest", "a British Retail Consortium survey found": the
    source is the document the whole phrase names, not the place or nation a modifier of its noun names
    (the NER's GPE, NORP, LOC); an organization's word before it keeps the organization ("The FAO report"
    is FAO's, as "the BNP's website" the BNP's)."""
    if after_heading(head) and is_document_noun(head):
        return True  # "Summary Studies show": studies, after a box's label (headings.py, round 13)
    if head.pos_ != "NOUN" or not is_document_noun(head) or any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in PLACE_LABELS for c in head.lefts)


# Nouns for the unnamed people an organization's news comes from: "Senate sources", "Labour insiders".
INSIDER_NOUNS = frozenset("source sources insider insiders".split())


def organization_insiders(head: Token) -> bool:
    """ "Senate sources say": the noun of unnamed insiders after an organization's name (anonymous)."""
    return head.lower_ in INSIDER_NOUNS and any(
        c.dep_ in {"compound", "nmod", "amod"} and (c.ent_type_ or c.pos_ == "PROPN") for c in head.lefts
    )


# A person named after an organization and a title (round 12): "Wikileaks editor-in-chief Kristinn
# Hrafnsson said: …" with the organization's word parsed as a second subject of the cue.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Longest title between the organization and the name: "deputy chief executive" ("editor - in - chief": 5).
_MOST_TITLE_TOKENS = 6
# The joints of a hyphenated title: "editor - in - chief".
_TITLE_JOINERS = frozenset({"in", "of", "-"})


def _title_word(token: Token) -> bool:
    """A word of a lower-case title: a noun or an adjective ("managing director"), or the joints of a
    hyphenated one ("editor-in-chief")."""
    if token.text == "-" or (token.lower_ in _TITLE_JOINERS and token.nbor(-1).text == "-"):
        return True
    return token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "ADJ"}


def person_after_title(head: Token) -> Token:
    """The person's last word when `head`, a capitalised subject that is no person, is followed by a
    lower-case title and then a PERSON that is another subject of the same verb; else `head`."""
    if (named := name_after_joined_title(head)) is not None:  # "media and PR strategist Glen Yearwood"
        return named
    if head.dep_ not in _SUBJECTS or head.ent_type_ == "PERSON" or not head.text[:1].isupper():
        return head
    doc = head.doc
    end = min(len(doc), head.i + _MOST_TITLE_TOKENS + 2)
    nouns = 0
    for i in range(head.i + 1, end):
        token = doc[i]
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            if nouns == 0 or not token.is_title:
                return head
            last = token
            while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
                last = doc[last.i + 1]
            same_verb = last.dep_ in _SUBJECTS and last.head.i == head.head.i
            return last if same_verb else head
        if not _title_word(token):
            return head
        nouns += token.pos_ == "NOUN"
    return head
