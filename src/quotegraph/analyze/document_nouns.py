"""The nouns of documents: a source so headed is a document, whatever its verb ("another study found …",
"a photo showed …"; docs/quotes.md, "Types of attribution"), and "according to" one names a source, no
criterion (deeds.py); so is a thing published (published), and a legal action (court_action, round 15).
A leaf, so that attribution_types.py and deeds.py share it."""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.legal_documents import LEGAL_DOCUMENTS

# Nouns whose subject is a document rather than someone speaking ("the report said", "a poll shows"); a
# court's papers among them ("The legal submission described Spears as "…"", "the lawsuit alleged", "the
# filing said"): a document filed, whoever filed it.
DOCUMENT_NOUNS = (
    frozenset(
        """
    study studies report reports survey surveys poll polls photo photos photograph photographs picture
    pictures image images video footage document documents research figures statistics data analysis
    findings census index review audit letter memo records estimate estimates forecast forecasts
    projections calculations numbers paper papers results evidence inquiry investigation ranking
    rankings chart table list model lawsuit lawsuits suit suits complaint indictment affidavit petition
    ruling judgment verdict film films book books documentary novel section guidelines law laws
    legislation regulations treaty charter constitution manifesto guidance test tests testing
    experiment experiments measurements observations sheet sheets scoreboard scorecard tally stat stats
    record graph graphs scan scans tape tapes recording recordings replay replays submission submissions
    filing filings writ writs deposition depositions dossier dossiers advert adverts advertisement
    advertisements ad ads proposal proposals
    """.split()
    )
    | LEGAL_DOCUMENTS
)  # "Security Council resolutions declaring …", "a decree ordering …" (legal_documents.py)


def published(noun: Token) -> bool:
    """A common noun a relative clause or a participle says was published: "Labour's five-year plan …,
    which was published last week", "a plan published on Monday": a document, whatever its noun (round 14)."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() == "publish" for c in noun.children)


# A case brought in court, named by a word that alone names no document: "The legal action accuses Mr
# Spector of murdering the actress", "the civil action alleges", "the class action claims", "the court
# case alleges": the papers filed, a document whoever filed them (round 15; "lawsuit", "complaint",
# "indictment" and "charge sheet" are DOCUMENT_NOUNS already). "action" and "case" alone are a deed and
# an argument ("the action showed …", "the case for reform").
COURT_CASES = frozenset({"action", "actions", "case", "cases", "proceedings", "claim", "claims"})
COURT_MODIFIERS = frozenset({"legal", "civil", "class", "court", "criminal", "libel", "antitrust"})


def court_action(noun: Token) -> bool:
    """ "The legal action accuses …", "the class action alleges …": a case filed, a document."""
    if noun.lower_ not in COURT_CASES:
        return False
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in COURT_MODIFIERS for c in noun.children)


# Pages and records a reporter looks up, not anyone speaking: "According to the website, the name of the
# oxygen bar is …", "…, according to the state's finances website", "according to a federal database"
# (round 17). Only after "according to": "the website said" is a site's staff, "the page" a newspaper's.
CITED_PAGES = frozenset(
    """
    website websites site webpage homepage page pages database databases register registry listing listings
    """.split()
)


def page_cited(noun: Token) -> bool:
    """ "According to the website, …": a page or a database cited after "according to" is a document; its
    owner, where named as owner ("the company's website", "its website"), is the speaker (speakers.py)."""
    if noun.lower_ not in CITED_PAGES or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    return noun.head.head.lower_ == "according"


# A body of research named by its authors: "Howitt and Garett's work suggested that …", "her work shows".
WORKS = frozenset({"work"})
# How the parser hangs a work's owner on it: "Howitt's work" (poss), "Howitt and Garett's work" (nmod).
_OWNER_DEPS = frozenset({"poss", "nmod"})
# What stands between joint owners: "Howitt and Garett's work", "Smith, Jones and Brown's study".
_OWNERS_JOINTS = frozenset({"and", ",", "'s", "’s", "'"})


def research_work(source: Token | None) -> bool:
    """ "Howitt's work suggested …", "the work shows …": someone's work, as their study, is a document (round
    19); "Howitt and Garett's work", which the parser may read as "Howitt" and "Garett's work", too: a
    name whose conj is a possessed work or document is one source with it ("Smith and Jones's study")."""
    if source is None:
        return False
    if source.pos_ == "NOUN" and source.lower_ in WORKS:
        return True
    return source.pos_ == "PROPN" and _possessed_conj(source) is not None


def _possessed_conj(name: Token) -> Token | None:
    """ "Howitt and Garett's work", parsed as "Howitt" with the conj "work" that "Garett's" owns: the work."""
    owned = (c for c in name.children if c.dep_ == "conj" and any(p.dep_ == "poss" for p in c.children))
    return next((c for c in owned if c.lower_ in WORKS | DOCUMENT_NOUNS), None)


def joint_work(source: Token | None) -> str | None:
    """The name of a work or document two or more owners joined by "and" share, written whole: "Howitt and
    Garett's work suggested that tuft cells might act as sentinels" is the document "Howitt and Garett's
    work", never Howitt alone (round 23). The parser reads "Howitt" with the conj "Garett's work", "work"
    owned by "Howitt" with the conj "Garett's", or "Howitt" and "Garett's work" as two subjects; the source
    may be the first name or the noun. Only names, "and", commas and "'s" before the noun; None where no
    owners are joined ("Howitt's work": its noun phrase names it already)."""
    work = None if source is None else _work_of(source)
    if source is None or work is None:
        return None
    start = min(source.left_edge.i, work.left_edge.i)
    joint = source.doc[start - 1] if start > 0 else None  # "Howitt and" as a subject beside "Garett's work"
    if (
        joint is not None
        and joint.lower_ == "and"
        and joint.head.pos_ == "PROPN"
        and joint.head.head == work.head
    ):
        start = joint.head.left_edge.i
    span = source.doc[start : work.i + 1]
    owners = [t for t in span[:-1] if t.pos_ == "PROPN"]
    joined = any(t.lower_ == "and" for t in span) and len(owners) >= 2
    if not joined or any(t.pos_ != "PROPN" and t.lower_ not in _OWNERS_JOINTS for t in span[:-1]):
        return None
    return span.text


def _work_of(source: Token) -> Token | None:
    """The work or document noun a source names or owns: itself, its possessed conj, the noun it hangs on,
    or the possessed noun right after its "and"."""
    if source.pos_ == "NOUN":
        return source if source.lower_ in WORKS | DOCUMENT_NOUNS else None
    if source.pos_ != "PROPN":
        return None
    if (work := _possessed_conj(source)) is not None:
        return work
    if source.dep_ in _OWNER_DEPS and source.head.lower_ in WORKS | DOCUMENT_NOUNS:
        return source.head
    after = source.right_edge.i + 1
    owner = source.doc[after] if after < len(source.doc) else None
    if owner is None or owner.dep_ != "poss" or owner.head.lower_ not in WORKS | DOCUMENT_NOUNS:
        return None
    return owner.head if owner.head.head == source.head else None
