"""Which outlet "the newspaper", "the paper", "the broadcaster" is (docs/quotes.md, "A paper is a paper").

News names an outlet and goes on with a word for its kind: "…, the Financial Times Deutschland reported.
The IMF will also reduce its growth estimate …, the newspaper reported" is the FT Deutschland, never the
IMF that its report is about, though the IMF is named after it. A description of a newspaper or of a
broadcaster is the organization of that kind named last before it: one whose name holds a word that only
such names hold ("Times", "Post", "Journal", "Zeitung"; "BBC", "Television", "Radio"), one the article sets
after the kind's noun or beside it ("the German daily Die Welt", "broadcaster RTL", "Kommersant, a
business daily"), or one it has as the subject of "reported" (what a paper does); a name the NER left out
counts where "the" opens it and such a word ends it ("According to the Observer, … The paper said" is the
Observer). Never an organization of another kind: where none is named so, it stays an unnamed
description. "The station" and "the channel" are broadcasters too ("… a BBC Radio 2 special … The
station also confirmed that …" is BBC Radio 2, round 33); where no broadcaster is named before, they go
on as any organization's kind (descriptions.organization_of_kind). The organization the cue speaks to is
none ("told the newspaper"). Only the mentions before
the description are read, up to a long article's length back.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import NAME_LOOK_BACK_TOKENS
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.name_kinds import initials

NEWSPAPER = "newspaper"
BROADCASTER = "broadcaster"
# The descriptions, by the kind of outlet they name.
MEDIA_KINDS = {
    "newspaper": NEWSPAPER,
    "paper": NEWSPAPER,
    "daily": NEWSPAPER,
    "tabloid": NEWSPAPER,
    "broadcaster": BROADCASTER,
    "station": BROADCASTER,
    "channel": BROADCASTER,
}
# Words of a newspaper's or a broadcaster's name that an organization of another kind rarely holds.
MASTHEAD_WORDS = {
    NEWSPAPER: frozenset(
        """
        times post journal herald telegraph guardian independent mail express mirror sun observer tribune
        gazette chronicle standard star inquirer examiner courier dispatch bulletin globe daily zeitung
        allgemeine handelsblatt monde figaro libération liberation pravda izvestia kommersant shimbun
        asahi yomiuri nikkei ft wsj
        """.split()
    ),
    BROADCASTER: frozenset(
        """
        bbc itv cnn abc nbc cbs fox sky msnbc npr pbs rte cbc zdf ard rtl channel tv television radio
        broadcasting broadcaster jazeera al-jazeera fm
        """.split()
    ),
}


def media_kind(head: Token) -> str | None:
    """The kind of outlet a definite description names ("the paper": a newspaper), or None."""
    kind = MEDIA_KINDS.get(head.lemma_.lower()) or MEDIA_KINDS.get(head.lower_)
    definite = any(t.lower_ in {"the", "its"} for t in head.lefts)
    return kind if kind is not None and head.tag_ == "NN" and definite else None


def outlet_described(head: Token, kind: str, index: EntityIndex, hearers: frozenset[str]) -> Cluster | None:
    """The outlet of the kind named last before the description (see the module's docstring), or None."""
    found = [
        (mention.start, cluster)
        for cluster in index.clusters
        if cluster.type == "organization" and cluster.id not in hearers
        for mention in cluster.mentions
        if mention.start < head.i and of_kind(cluster, kind)
    ]
    unfound = _masthead_before(head, kind, index)
    if unfound is not None and (not found or unfound.mentions[0].start > max(s for s, _ in found)):
        return unfound
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _masthead_before(head: Token, kind: str, index: EntityIndex) -> Cluster | None:
    """The nearest name before the description that the NER left out, with "the" before it and a
    masthead word as its last ("According to the Observer", "the FT"), as written, or the outlet named
    before whose name holds that word or whose initials it is ("The Telegraph" after "the Daily
    Telegraph", "the FT" after "the Financial Times" or "the Financial Times Deutschland")."""
    doc = head.doc
    for end in range(head.i - 1, max(head.i - NAME_LOOK_BACK_TOKENS, 0), -1):
        token = doc[end]
        capitalised = token.is_title or token.is_upper  # "the Observer", "the FT"
        if token.lower_ not in MASTHEAD_WORDS[kind] or not capitalised or token.pos_ != "PROPN":
            continue
        start = end
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        named = index.cluster_at(end)  # a person made of "the Observer" is no one: the name as written
        if start == 0 or doc[start - 1].lower_ != "the" or (named is not None and named.type != "person"):
            continue
        whole = index.organization_with_word(token.text) or _by_initials(token, kind, index)
        if whole is not None and of_kind(whole, kind):
            return whole
        span = doc[start : end + 1]
        return Cluster(id=f"named:{span.text.lower()}", name=span.text, type="organization", mentions=[span])
    return None


def of_kind(cluster: Cluster, kind: str) -> bool:
    """Whether the article names the organization as an outlet of the kind: by a word of its name, by
    the kind's noun before or beside a mention, or as the subject of "reported"."""
    words = {w.lower().strip(".") for name in [cluster.name, *cluster.aliases] for w in name.split()}
    if words & MASTHEAD_WORDS[kind]:
        return True
    nouns = {noun for noun, its in MEDIA_KINDS.items() if its == kind}
    for mention in cluster.mentions:
        doc, root = mention.doc, mention.root
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in nouns:
            return True  # "the German daily Die Welt", "broadcaster RTL"
        if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
            return True  # "Kommersant, a business daily"
        if root.dep_ == "nsubj" and root.head.lemma_ == "report":
            return True  # "the Financial Times Deutschland reported"
    return False


def _by_initials(acronym: Token, kind: str, index: EntityIndex) -> Cluster | None:
    """The outlet of the kind whose initials the acronym spells or opens ("FT": the Financial Times, the
    Financial Times Deutschland), the last in order."""
    if not (acronym.is_upper and acronym.is_alpha and len(acronym) >= 2):
        return None
    spelled = [
        c
        for c in index.clusters
        if c.type == "organization" and initials(c.name).startswith(acronym.text) and of_kind(c, kind)
    ]
    return spelled[-1] if spelled else None
