"""A firm the NER missed, named with its description beside it: "the firm" goes on from it.

`Parmalat, the Italian food group at the centre of one of Europe's most painful corporate scandals, has
reported a doubling in profit. … The firm sought bankruptcy protection in December 2003 after disclosing a
4bn-euro hole in its accounts` (BBC business/017, judged tuning 7311 Q37): news introduces the firm it is
about by its name and, in apposition, what it is ("the Italian food group"), then calls it "the firm",
"the company", "the group". Where the NER left the name out, no organization was named before, and "the
firm" stayed anonymous. A capitalised proper noun with an apposition whose noun is a description of an
organization (descriptions.DESCRIBED_ORGANIZATIONS: "group", "company", "firm", "bank" …) names an
organization, whatever the NER made of it (never a person's, a place's nor a people's name): where no
organization named before answers "the firm", the nearest such name before it does. Asked last, after the
organization that spoke and the one named last (descriptions.organization_described). The same name, where
a cue's subject makes it a speaker ("Parmalat … has reported a doubling in profit"), is an organization,
not the person speakers.py takes a bare capitalised name for (`firm_named`). The name is the capitalised
words of the line that end on it, never a headline's word the parser glued on.

Round 29: a name the NER left untagged after a noun for a firm by its trade (`Developer Valve called 'Half
Life: Alyx' "a flagship VR game."`, "carmaker Tesla said", trade_organizations.FIRM_TRADES) is a firm named
by the words after the noun, "Valve", never a person "Developer Valve" nor no one: the subject of a cue
(`trade_word`, `firm_named`, read by speakers.py) or of a naming verb (`trade_named_firm`, read by
called_quotes.py). A name the NER tagged keeps its label ("publisher Felix Dennis" is a person).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIBED_ORGANIZATIONS, NAME_LOOK_BACK_TOKENS
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.name_kinds import ORGANIZATION_DESCRIPTORS, after_organization_noun
from quotegraph.analyze.trade_organizations import FIRM_TRADES
from quotegraph.analyze.written_names import firm_by_name

# The NER's labels of a name that is no firm's, whatever describes it.
NOT_FIRMS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def organization_beside_description(
    head: Token, index: EntityIndex, hearers: frozenset[str]
) -> Cluster | None:
    """The organization a name set beside a description of a firm names, the nearest before `head` ("the
    firm" after "Parmalat, the Italian food group"); None where there is none, or it is one the cue
    speaks to (`hearers`, cluster ids)."""
    if not any(t.lower_ in {"the", "its"} for t in head.lefts):
        return None
    doc = head.doc
    for token in reversed(doc[max(0, head.i - NAME_LOOK_BACK_TOKENS) : head.i]):
        if not _described_firm(token):
            continue
        found = index.cluster_at(token.i)
        if found is not None:
            return found if found.type == "organization" and found.id not in hearers else None
        words = doc[_name_start(token) : token.i + 1]
        cluster = index.organization_by_name(words.text)
        if cluster is None:
            cluster = index.new(words.text, "organization")
            cluster.add(words, words.text)
        return cluster if cluster.id not in hearers else None
    return None


def firm_named(first: Token, head: Token) -> bool:
    """Whether a name the NER left out, from `first` to `head`, is a firm's by its description: after a
    noun for a firm ("miner Barrick Gold", name_kinds.after_organization_noun) or beside one
    ("Parmalat, the Italian food group"), after a lower-case noun for a firm by its trade ("developer
    Valve"), or by a name no person has ("E! Online", "the Mori survey"; written_names.py)."""
    name = first.doc[first.i : head.i + 1]
    described = after_organization_noun(first) or _described_firm(head) or _after_trade(first, head)
    return described or firm_by_name(name)


def trade_word(word: Token, head: Token) -> bool:
    """ "Miner" of "Miner Highland Gold", "Developer" of "Developer Valve" (the name `head` ends, the NER's
    tag on none of it): a noun for a firm that opens a name's run of proper nouns, no word of the name."""
    if word.lower_ in ORGANIZATION_DESCRIPTORS:
        return True
    return word.lower_ in FIRM_TRADES and not any(t.ent_type_ for t in word.doc[word.i : head.i + 1])


def _after_trade(first: Token, head: Token) -> bool:
    """ "developer Valve said": an untagged name right after a lower-case noun for a firm by its trade."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text.islower() and trade_word(before, head)


def trade_named_firm(subject: Token, index: EntityIndex) -> Cluster | None:
    """The firm "Developer Valve" or "developer Valve" names as a naming verb's subject ("Valve"), or None
    where no noun for a firm opens it or the NER tagged the name."""
    if subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return None
    name = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    if len(name) > 1 and trade_word(name[0], subject):
        name = name[1:]  # "Developer Valve": the noun opens the run
    elif not _after_trade(name[0], subject):
        return None
    words = subject.doc[name[0].i : subject.i + 1]
    cluster = index.organization_by_name(words.text)
    if cluster is None:
        cluster = index.new(words.text, "organization")
        cluster.add(words, words.text)
    return cluster


def _described_firm(token: Token) -> bool:
    """ "Parmalat, the Italian food group": a capitalised proper noun with a firm's description in
    apposition, set off by a comma."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in NOT_FIRMS:
        return False
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in DESCRIBED_ORGANIZATIONS and _comma_before(c)
        for c in token.rights
    )


def _comma_before(token: Token) -> bool:
    """Whether a comma sets the phrase of `token` off from what is before it."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def _name_start(token: Token) -> int:
    """Where the name ending on `token` starts: the title-case words right before it, on its line."""
    start = token.i
    while start > 0 and token.doc[start - 1].is_title and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start
