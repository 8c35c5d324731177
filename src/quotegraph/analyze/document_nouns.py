"""The nouns of documents: a source so headed is a document, whatever its verb ("another study found …",
"a photo showed …"; docs/quotes.md, "Types of attribution"), and "according to" one names a source, no
criterion (deeds.py); so is a thing published (published), and a legal action (court_action, round 15).
A leaf, so that attribution_types.py and deeds.py share it."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns whose subject is a document rather than someone speaking ("the report said", "a poll shows"); a
# court's papers among them ("The legal submission described Spears as "…"", "the lawsuit alleged", "the
# filing said"): a document filed, whoever filed it.
DOCUMENT_NOUNS = frozenset(
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
    advertisements ad ads
    """.split()
)


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


def research_work(source: Token | None) -> bool:
    """ "Howitt's work suggested …", "the work shows …": someone's work, as their study, is a document (round
    19); "Howitt and Garett's work", which the parser may read as "Howitt" and "Garett's work", too: a
    name whose conjunct is a possessed work or document is one source with it ("Smith and Jones's study")."""
    if source is None:
        return False
    if source.pos_ == "NOUN" and source.lower_ in WORKS:
        return True
    owned = (c for c in source.children if c.dep_ == "conj" and any(p.dep_ == "poss" for p in c.children))
    return source.pos_ == "PROPN" and any(c.lower_ in WORKS | DOCUMENT_NOUNS for c in owned)
