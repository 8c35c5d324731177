"""Sources the parser took apart: a name of common words, a person after an organization's "'s", and a
coordinated group of people.

News names organizations with ordinary words ("Ask Jeeves", "Save the Children", "War on Want",
"Reporters Without Borders"); the parser reads such a subject as a clause ("Ask" a verb, "Jeeves" its
object) or as a noun with a prepositional phrase, so the source's head is a common word and no name.
Capitalisation tells the name: a run of capitalised words (joined by "of", "the", "on", "without",
"for") that the source's head opens, where the run is a name by a sign of its own, not the sentence's
opening capital. "War on Want's John Hilary said" is John Hilary: the person after the possessive.

"Some MPs, councils and some senior police officers have said …", "Unions and employers say …": a
subject of plural common nouns joined by "and" is one anonymous group named by the whole phrase, not
its first part.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.name_kinds import ORGANIZATION_DESCRIPTORS

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


def found_source(head: Token, index: EntityIndex) -> Cluster | str | None:
    """The organization a name of common words names (its cluster, a new one where the article's
    entities have none), or the name of a coordinated group of people; None for any other source."""
    group = coordinated_group(head)
    if group is not None:
        return group.text
    run = name_of_words(head, lambda text: index.organization_by_name(text) is not None)
    if run is None:
        return None
    name = run.text
    cluster = index.organization_by_name(name)
    if cluster is None:
        cluster = index.new(name, "organization")
        cluster.add(run, name)
    return cluster


def coordinated_group(head: Token) -> TokenSpan | None:
    """ "Some MPs, councils and some senior police officers": the whole phrase of a plural common noun
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


def _plural_common(token: Token) -> bool:
    return token.tag_ == "NNS" and token.pos_ == "NOUN" and not token.ent_type_


def named_document(head: Token) -> bool:
    """ "Latest UK figures show", "New US data suggest", "a British Retail Consortium survey found": the
    source is the document the whole phrase names, not the place or nation a modifier of its noun names
    (the NER's GPE, NORP, LOC); an organization's word before it keeps the organization ("The FAO report"
    is FAO's, as "the BNP's website" the BNP's)."""
    if head.pos_ != "NOUN" or not is_document_noun(head) or any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in PLACE_LABELS for c in head.lefts)
