"""A lead's unnamed official or expert is the person the next sentence names (docs/quotes.md, round 33).

News opens on an indefinite description of who spoke and names them in the sentence after: `A California
transit chief says a man has been stabbed to death … / Interim BART Police Chief Ed Alvarez told reporters
…`, `A PR expert has told the Michael Jackson child abuse trial that … / Ann Kite told the court …`.
resolved_descriptions.lead_named_after reads "a" and a word for people ("A user of Apple's iTunes"); this
reads an office, trade or expertise ("chief", "expert", "official", "lawyer"): a singular common noun after
"a"/"an", the active subject of the lead (the first sentence after the headline, ending its line). It is
the person named in the next two sentences, whom the article does not name before the description,

- whose title before the name or apposition holds the same noun (`Interim BART Police Chief Ed Alvarez`,
  `Ann Kite, a PR expert,`), the one such person; else
- who opens the very next sentence as the active subject of a verb of saying, with no title or apposition
  of their own, where that sentence names no other person before its verb (`Ann Kite told the court`).
  A person named with another office (`Opposition leader Michael Howard said`) is someone else.

A live story's update ("4:14 p.m. / A California transit chief says …") opens on its own lead: a sentence
that opens its line is read by the first way alone (the same noun in the title), wherever it stands.

An organization's kind ("A bookmaker", "a court"), a document ("A report"), a spokesperson (its own rules)
and the people resolved_descriptions.LEAD_PEOPLE holds are read by other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotegraph.analyze.attribution_types import is_document_noun
from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.entities import Cluster, EntityIndex

# How many sentences after the lead the name is looked for in.
NAMING_SENTENCES = 2
# Words before a name that are not an office: an article, an address title.
NOT_OFFICE = frozenset("the a an mr mrs ms miss dr sir dame lord lady".split())
# Words of a title or apposition that are no office of their own ("Ann Kite, 45,", "Smith, of Leeds").
TITLE_DEPS = frozenset({"compound", "amod", "appos", "nmod"})


def lead_official_named(
    head: Token, index: EntityIndex, in_lead: bool, not_here: frozenset[str]
) -> Cluster | None:
    """The person the sentences after the lead name for its indefinite description (see the module's
    docstring), or None. `in_lead`: whether the head's sentence is the lead; `not_here`: the nouns other
    rules read (organizations' kinds, LEAD_PEOPLE, spokespeople)."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or not head.is_lower or lemma in not_here or is_document_noun(head):
        return None
    if head.dep_ != "nsubj" or head.left_edge.lower_ not in {"a", "an"} or _prep_of(head):
        return None
    if not in_lead and not _opens_line(head):
        return None
    doc = head.doc
    sentences: list[Span] = []
    start = head.sent.end
    while start < len(doc) and len(sentences) < NAMING_SENTENCES:
        sentence = doc[start].sent
        if sentence.text.strip():
            sentences.append(sentence)
        start = sentence.end
    titled: dict[str, Cluster] = {}
    for sentence in sentences:
        for token in sentence:
            cluster = index.cluster_at(token.i)
            if (
                cluster is not None
                and cluster.type == "person"
                and lemma in _office_words(token, cluster, index)
            ):
                titled[cluster.id] = cluster
    found = next(iter(titled.values())) if len(titled) == 1 else None
    if not titled and sentences and in_lead:
        found = _speaking_first(sentences[0], index)
    return None if found is None or _named_before(found, head.left_edge.i) else found


def _named_before(cluster: Cluster, token: int) -> bool:
    """Whether the article names the person before the description: then it is not they whom the
    description introduces."""
    return any(mention.start < token for mention in cluster.mentions)


def _opens_line(head: Token) -> bool:
    """Whether the description's sentence opens its line (an update of a live story after its time)."""
    text = head.doc.text[: head.sent.start_char].rstrip(" \t")
    return not text or text.endswith("\n")


def _prep_of(head: Token) -> bool:
    """Whether the description is one of a body's ("a spokesman for the firm", "an official at the
    ministry"), which the body's rules read."""
    return any(t.dep_ == "prep" for t in head.rights)


def _name_tokens(token: Token, cluster: Cluster) -> list[Token]:
    """The tokens of the cluster's mention the token is in."""
    mention = next((m for m in cluster.mentions if m.start <= token.i < m.end), None)
    return [token] if mention is None else list(token.doc[mention.start : mention.end])


def _office_words(token: Token, cluster: Cluster, index: EntityIndex) -> set[str]:
    """The lemmas of the title before a person's name and of its apposition ("Interim BART Police Chief
    Ed Alvarez", "Ann Kite, a PR expert,")."""
    name = _name_tokens(token, cluster)
    inside = {t.i for t in name}
    words: set[str] = set()
    for part in name:
        for child in part.children:
            if child.i in inside or child.dep_ not in TITLE_DEPS:
                continue
            words |= {t.lemma_.lower() for t in child.subtree if t.i not in inside}
    before = name[0].i - 1  # "Police Chief Ed Alvarez": the title the parser may hang elsewhere
    doc = token.doc
    while before >= 0 and doc[before].is_alpha and index.cluster_at(before) is None:
        if doc[before].lower_ in NOT_OFFICE or doc[before].pos_ in {"VERB", "AUX", "ADP"}:
            break
        words.add(doc[before].lemma_.lower())
        before -= 1
    return words


def _speaking_first(sentence: Span, index: EntityIndex) -> Cluster | None:
    """The person who opens the sentence, named bare, as the active subject of a verb of saying, and
    the only person named before that verb (`Ann Kite told the court …`), or None."""
    first = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    cluster = index.cluster_at(first.i) if first is not None else None
    if first is None or cluster is None or cluster.type != "person":
        return None
    name = _name_tokens(first, cluster)
    head = next((t for t in name if t.head.i not in {n.i for n in name}), None)
    if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    inside = {t.i for t in name}
    if any(c.i not in inside and c.dep_ in TITLE_DEPS for t in name for c in t.children):
        return None  # "Michael Howard, the Tory leader, said": another office of their own
    verb = head.head
    others = {c.id for t in sentence if t.i < verb.i and (c := index.cluster_at(t.i)) is not None}
    return cluster if others == {cluster.id} else None
