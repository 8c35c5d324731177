"""Plural descriptions and quantifiers of groups named before (docs/quotes.md, "Groups named before").

News names the members of a group once and then speaks of them together:
- a definite plural of an organization noun ("the firms", "The parties", "both companies") or a bare
  "Both" as the subject of a cue is the organizations a sentence before names together, as a coordination
  ("Labour and the Conservatives are still telephoning … The parties say …") or a list ("Technology firms
  Sony, Philips, Matsushita and Samsung … the firms said …"): one joint source named by all of them
  (found_names.coordinated_organizations), never the last of the list alone, nor the anonymous "parties";
  a description that counts two ("both companies", "the two firms") is also the two that its sentence or
  the one before names after "between" ("talks have resumed between McClatchy and Tribune. Both companies
  declined to comment": the two sides of the talks, who act in them; no place, date or nation);
- a quantifier alone as the subject ("Others reported …", "Many feel …") is a part of a group, never a
  name: the group a sentence before names ("Some consumers … reported … Others reported …" is the
  consumers), or no one (a column's "Many feel that …" is the writer's generalisation).
- a definite counting description of people as a subject ("the pair", "the duo", "the trio", "the two
  men", "both women", "the three writers") is the run of people's names joined by "and" nearest before it
  whose count agrees, one joint source (`counted_people`): "Greek sprinters Kostas Kenteris and Katerina
  Thanou have appeared … The pair arrived with former coach Christos Tzekos … The pair spent four days in
  a hospital, claiming …" is Kenteris and Thanou, never one of them alone nor the anonymous "pair"; not
  where another person is named after the run ("Kelly Holmes and Carolina Kluft are among … fellow
  Russian Svetlana Feofanova … The pair had a thrilling battle" is no one of these), save the people named
  after an earlier mention of the same description (the same people again); the nearest run of another
  count stops the search; an earlier counting description of the same people anywhere in its clause, and
  a "The trio are A, B and C" that defines them, go on from it (counted_chains.py, round 23). A bare
  counting noun ("the pair", "the duo") whose people no such run shows is nobody, never an anonymous
  speaker "pair" (round 18: "… his protege The Game as the pair said …"). A bare "both" going on from such
  a description is its people ("the two men appreciate the dangers and both want …"), "the couple" a person
  and the spouse named (couples.py), and a '"…," they added' after one person's words no one (round 25).
Each looks back over a few sentences (counted_people: LOOK_BACK tokens) before one source only, so that
long texts stay linear.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.absolute_quantifiers import absolute_subject
from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.companions import companion_pair
from quotegraph.analyze.counted_chains import (
    COUNTING,
    LOOK_BACK,
    acting_on,
    counted_number,
    defined_by,
    same_description,
)
from quotegraph.analyze.couples import couple_of
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.found_names import coordinated_organizations
from quotegraph.analyze.group_claims import counted_group
from quotegraph.analyze.group_pronouns import group_before, group_noun_before
from quotegraph.analyze.joint_descriptions import Describe, joint_described
from quotegraph.analyze.joint_people import joint_people
from quotegraph.analyze.lead_groups import lead_coordination
from quotegraph.analyze.parsing import SUBJECT_DEPS

# Nouns for bodies that news uses, in the plural, for organizations it has named: "the firms said".
ORGANIZATION_HEADS = frozenset(
    """
    firm company party group union bank airline carrier lender retailer supermarket broadcaster network
    club team side government operator maker manufacturer publisher studio label giant rival
    """.split()
)

# What makes such a plural definite: "the firms", "both companies", "these banks", "the two parties".
JOINT_DETERMINERS = frozenset({"the", "both", "these", "those"})

# Quantifiers alone as a subject: "Others reported …", "Many feel …".
BARE_QUANTIFIERS = frozenset("others many some several most".split())

# Words before a list of names within which the noun it is a list of stands: "airlines in the US - American".
NOUN_REACH = 8

# Sentences looked back over for the organizations named together.
SENTENCES_BACK = 12

# The NER's labels a name of a body may carry beside an organization's (a party, a nation's people).
_NAME_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "PERSON", "FAC", "PRODUCT"})


def named_organizations(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The joint source a definite plural organization noun or a bare "Both" as a subject stands for:
    the organizations named together nearest before it, as a clause's subject or just after the noun
    (see the module docstring): the article's cluster of that joint name, else the name (kept out of
    the index, so that "Southwest" alone still finds "Southwest Airlines"); None where no sentence
    before names two or more together, or where "both" or a number disagrees with the count."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    words = [c.lower_ for c in head.children if c.dep_ in {"det", "nummod", "predet", "amod"}]
    if head.lower_ == "both":
        if any(c.dep_ not in {"punct", "advmod"} for c in head.children):
            return None
        count: int | None = 2
    elif head.tag_ == "NNS" and head.lemma_.lower() in ORGANIZATION_HEADS and JOINT_DETERMINERS & set(words):
        count = 2 if "both" in words else _number(head)
    else:
        return None
    for run in _coordinations_before(head, index, count == 2):
        members = 1 + sum(1 for t in run if t.dep_ == "conj")
        if count is None or members == count:
            return index.organization_by_name(run.text) or run.text
        return None  # the nearest names another number: not these
    if head.lower_ == "both":
        return None
    run = lead_coordination(head, count, lambda word: _known_person(index, word), _a_name)
    return (index.organization_by_name(run.text) or run.text) if run is not None else None


def part_of_group(head: Token) -> str | None:
    """The group a quantifier alone as a subject is a part of ("Others" after "Some consumers"), without
    its own quantifier; "" where none is named before (the speaker is no one, never "Many"). "Others"
    after a group named whole ("Unions say …") are the other side, not that group: None (an anonymous
    "Others", as descriptions.bare_quantifier makes it). The same quantifier again ("many groups have
    defined … Many feel that …") picks out no part of the group before: no one, as with none named."""
    if head.lower_ not in BARE_QUANTIFIERS or (head.dep_ not in SUBJECT_DEPS and not absolute_subject(head)):
        return None  # "…, with some saying …": "some" says it (absolute_quantifiers.py, round 24)
    if any(c.dep_ not in {"punct", "advmod"} for c in head.children):
        return None
    group = group_before(head)
    if group is None:
        return ""
    first, _, rest = group.partition(" ")
    if first.lower() == head.lower_:
        return ""  # "many groups have defined … Many feel that …": no part of those, a generalisation
    part = first.lower() in BARE_QUANTIFIERS | {"all", "both"} and bool(rest)
    if head.lower_ == "others" and not part:
        return None  # "Unions say … Others argue": the other side, not the unions: "Others", as before
    return rest if part else group


def unnamed_part(source: Token | None) -> bool:
    """Whether `source` is a quantifier alone with no group named before it ("many fear …"): a "they"
    after its words goes on from it ("… many fear it is too late. They believe …"), and so is no one
    too, never a speaker quoted before it."""
    return source is not None and part_of_group(source) == ""


def they_stop(earlier: Attribution, attribution: Attribution, speaker_type: str | None) -> bool:
    """Whether a "they" as the source of `attribution` stops at the `earlier` one and names no one: where
    the earlier has no speaker and its source is a quantifier with no group named before (`unnamed_part`),
    or where `attribution`'s cue is "added" and the earlier's speaker is one person: "added" goes on from
    the words just before, never from a group quoted further back ('Us magazine was unrepentant …, saying:
    "…" "Coming from a celebrity who sold pictures …," they added', BBC entertainment/345, round 25)."""
    if speaker_type is None:
        return unnamed_part(earlier.source_token)
    cue = attribution.cue_token
    return cue is not None and cue.lemma_ == "add" and speaker_type == "person"


def _number(head: Token) -> int | None:
    """The count a number word before the noun gives ("the two parties"), else None."""
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
    return next((numbers[c.lower_] for c in head.children if c.lower_ in numbers), None)


def _coordinations_before(head: Token, index: EntityIndex, two: bool = False):
    """Runs of names joined by "and" (found_names.coordinated_organizations), nearest first: as a
    clause's subject in the head's sentence or the one before ("Fiat and GM also ended …" paragraphs
    before "The unions said" are not the unions), or just after the noun of the description in the few
    sentences before ("Technology firms Sony, …"); a person the article names in full among
    them ("Blair and Brown") makes no run of organizations. With `two` (a description counting two),
    the pair after "between" in those sentences too ("talks … between McClatchy and Tribune")."""
    doc = head.doc
    start = head.sent.start
    last = start - 1
    while last > 0 and doc[last].is_space:  # the paragraph break between: not a sentence
        last -= 1
    before = doc[last].sent.start if last >= 0 else start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start

    for token in reversed(doc[start : head.i]):
        if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        near = token.sent.start >= before  # the head's sentence or the one before
        between = two and token.dep_ == "pobj" and token.head.lower_ == "between"
        acts = near and (token.dep_ in SUBJECT_DEPS or between)
        if not (acts or _noun_before(token, head.lemma_.lower())):
            continue  # "between the US and Europe", "both Tysabri and Avonex": not who acts
        body = _a_firm if between and token.dep_ not in SUBJECT_DEPS else _a_name
        run = coordinated_organizations(token, lambda word: _known_person(index, word), body)
        if run is not None:
            first = token.i
            while first > run.start and doc[first].ent_iob_ == "I":  # "Southwest Airlines" whole
                first -= 1
            while first > run.start and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
                first -= 1
            yield doc[first : run.end]


def _known_person(index: EntityIndex, word: str) -> bool:
    """A person the article names in full, of whom `word` is a part ("Blair" of "Tony Blair")."""
    cluster = index.person_by_name(word)
    return cluster is not None and len(cluster.name.split()) > len(word.split())


def _noun_before(token: Token, lemma: str) -> bool:
    """Whether the noun of the description stands just before the names in their sentence: "Two of the
    largest airlines in the US - American and Southwest" for "Both", "Technology firms Sony, …"."""
    doc = token.doc
    before = doc[max(token.sent.start, token.i - NOUN_REACH) : token.i]
    return any(t.lemma_.lower() == lemma or (lemma == "both" and t.tag_ == "NNS") for t in before)


def _a_name(token: Token) -> bool:
    """A capitalized name, which a plural organization noun after it says is a body's; a singular noun
    too ("Labour" opening a sentence, tagged a common noun), never a plural one ("Shareholders")."""
    capital = token.text[:1].isupper() and token.is_alpha
    return capital and (token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS or token.tag_ == "NN")


def _a_firm(token: Token) -> bool:
    """A name after "between" that may be a firm's: not a place's, a date's or a nation's ("between
    January and March", "between London and New York" are no two companies)."""
    return _a_name(token) and token.ent_type_ in {"ORG", ""}


def counted_people(
    head: Token, index: EntityIndex | None = None, describe: Describe | None = None
) -> str | None:
    """The people a counting description as a subject stands for, as one joint name ("Kostas Kenteris
    and Katerina Thanou"), or None (see the module docstring). With the article's `index`, also the
    people a subject of names joined by "and" stands for ("Dale and Martha disputed": joint_people.py).
    "" (nobody) for a bare counting noun ("the pair") whose people no run of names shows (round 18). With
    `describe`, also a person described and one named ("The player himself and his captain Jason
    Robinson": joint_descriptions.py, round 21)."""
    if index is not None and (couple := couple_of(head, index)) is not None:
        return couple  # "her marriage to Kevin Federline … The couple claimed" (couples.py, round 25)
    if (both := _both_counted(head)) is not None:
        return both  # "the two men appreciate … and both want …": those two (round 25)
    count = _count(head)
    if count is None and index is not None and describe is not None:
        return joint_people(head, index) or joint_described(head, index, describe)
    if count is None:
        return joint_people(head, index) if index is not None else None
    found = _counted(head, count)
    if found is None and count == 2 and index is not None:  # "A … alongside B. The pair …" (companions.py)
        found = companion_pair(head, index)
    return "" if found is None and head.lower_ in COUNTING else found


def _both_counted(head: Token) -> str | None:
    """The people a bare "both" as a subject stands for where the group it goes on from is a counting
    description of two ("There are signs that the two men appreciate the dangers and both want …"): the
    two that description counts; else None."""
    if head.lower_ != "both" or head.dep_ not in SUBJECT_DEPS:
        return None
    if any(c.dep_ not in {"punct", "advmod"} for c in head.children):
        return None
    noun = group_noun_before(head)
    return _counted(noun, 2) if noun is not None and _count(noun) == 2 else None


def _counted(head: Token, count: int) -> str | None:
    """The nearest run of `count` people's names joined by "and" before `head`, as one joint name."""
    doc = head.doc
    others: set[str] = set()
    acting: set[int] = set()  # "Ian Gibson … urged the two men": none of them (counted_chains, round 25)
    floor = max(head.i - LOOK_BACK, 0)
    i = head.i
    while i > floor:
        i -= 1
        token = doc[i]
        if same_description(token, head, count):  # "The pair arrived … The pair spent": the same people
            others.clear()  # again, and the look-back goes on from there (counted_chains.py, round 23)
            floor, acting = max(i - LOOK_BACK, 0), acting_on(token)
            continue
        members = _joined_people(token)
        if members is None:
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.i not in acting:
                others.add(_entity_end(token).text)
            continue
        if len(members) != count:
            return None  # the nearest names another number of people: not these
        names = [_entity_of(member) for member in members]  # not "its vice-president" between
        words = {word for name in names for word in name.split()}  # "Gordon" of Gordon Brown too
        if others - words and not defined_by(token, head):  # "The trio are …" defines them
            return None  # someone else named since: whom "the pair" counts is not clear
        return ", ".join(names[:-1]) + " and " + names[-1]
    return None


def _count(head: Token) -> int | None:
    """How many people a definite counting description as a subject counts: "the pair" 2, "the three
    writers" 3, "both men" 2; None for anything else."""
    if (read := counted_group(head)) is not None:
        return read  # "The pair claim …", the verb read as a noun (group_claims.py, round 29)
    return counted_number(head) if head.dep_ in SUBJECT_DEPS else None


def _joined_people(token: Token) -> list[Token] | None:
    """The last words of two or more people's names joined by "and" whose first is `token` ("Kenteris"
    of "Kostas Kenteris and Katerina Thanou"), each a person by the NER; else None. A title before a name
    ("and Sydney 200m champion Kenteris", the name its apposition) is the name, and a proper noun the NER
    left untagged but described in an apposition is a person beside one it tagged (round 27: `Thanou, the …
    medallist, and … Kenteris`)."""
    if token.dep_ == "conj" or not (token.ent_type_ == "PERSON" or _untagged_name(token)):
        return None
    conjuncts = [token]
    while (conj := next((c for c in conjuncts[-1].children if c.dep_ == "conj"), None)) is not None:
        conjuncts.append(conj)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for p in conjuncts[:-1] for c in p.children):
        return None
    parts = [titled_name(p) for p in conjuncts]
    if len(parts) < 2 or not all(p.ent_type_ == "PERSON" or _untagged_name(p) for p in parts):
        return None
    return parts if any(p.ent_type_ == "PERSON" for p in parts) else None


def titled_name(token: Token) -> Token:
    """The name a title stands before ("champion Kenteris": Kenteris, its apposition), else the token."""
    if token.pos_ != "NOUN":
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), token)


def _untagged_name(token: Token) -> bool:
    """A capitalised proper noun the NER left untagged, set off with a description of its own ("Thanou, the
    2000 Olympic women's 100m silver medallist,"): a person named ("… Reid and Lord Haskins" stays as the
    NER has it)."""
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children)
    return token.pos_ == "PROPN" and token.ent_type_ == "" and token.is_title and described


def _entity_of(token: Token) -> str:
    """The whole name the NER gives a token a part of ("Katerina Thanou" for "Thanou")."""
    doc, first = token.doc, token
    while first.i > 0 and first.ent_iob_ == "I":
        first = doc[first.i - 1]
    return doc[first.i : _entity_end(token).i + 1].text


def _entity_end(token: Token) -> Token:
    """The last word of the entity a token opens ("Feofanova" of "Svetlana Feofanova")."""
    doc = token.doc
    end = token
    while end.i + 1 < len(doc) and doc[end.i + 1].ent_iob_ == "I":
        end = doc[end.i + 1]
    return end
