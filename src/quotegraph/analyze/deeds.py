"""Cue words that report nobody's words, or words nobody the article reports said (docs/quotes.md,
"Types of attribution" and "Narration and indirect speech").

A deed is no attribution: "has posted an 18% jump in profits", "conceded two goals", "protesters have
responded with unacceptable violence", "Audi has revealed the second production model" (a thing shown,
not news told), "has pleaded guilty to fraud" (a plea in court), "agreed to the FCC's demands" (a decision, no
clause), "BMW is to recall all cars …" (a product recall; "the prop was only recalled" to the side), "2020
Audi e-tron Sportback revealed as electric 4-door coupe" (a thing shown), "…, the news agency said, citing the
regional health commission" (the source of the report beside it, not what was said), a save in a match
report ("once again Martyn denied the England striker": "deny" with a person or a side as its object, no
clause), and "according to" a criterion, no source ("put in 24 categories according to their last known
voting intention", "rewarded according to how much business they brought").

The writer's own voice and a question put to someone are attributions PolNeAR's annotators mark, but no
quote of anyone's, so attribution_types.py types them `thought`: a first- or second-person subject
outside quotation marks ("I'm here to tell you that …", "you may want to check …"), an imperative ("Say
goodbye to slow charging"), a writer's aside ("Which is not to say that …", "Needless to say, …"), and
"When asked if BMW would be seeking compensation, …" (the reporter's question, not the answer); so is a
cue inside a condition ("if Gerrard comes out and says …": words nobody has said). The question put, the
condition and a study's method ("noted if and how often patients took the drug", "asked 801 adults if …")
have no speaker (nobody_says), whomever the learned model takes for its source. The
rules never read a cue inside quotation marks, and a learned model's attributions inside a direct quote
give way to it, so every cue read here stands in the reporter's text.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import AGENT_WORDS, denotes_agents
from quotegraph.analyze.asides import (
    addressed_to_readers,
    believed_of,
    mentions_a_thing,
    not_to_mention,
    seems_like,
)
from quotegraph.analyze.bare_objects import cites_a_record, composes_a_work, thing_reveals, writes_on
from quotegraph.analyze.confirmed_deeds import confirms_a_standing
from quotegraph.analyze.cues import is_according_to
from quotegraph.analyze.deed_objects import ends_or_books
from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS
from quotegraph.analyze.generic_sayers import generic_sayer
from quotegraph.analyze.hypothetical_views import supposed_view
from quotegraph.analyze.imperatives import bids_the_reader
from quotegraph.analyze.public_learners import public_learns
from quotegraph.analyze.reported_results import reports_results
from quotegraph.analyze.unsaid import (
    asks_whether_said,
    for_instance,
    guessed_outcome,
    in_inverted_condition,
    not_yet_said,
    reads_a_consensus,
    stock_phrase,
    would_have_said,
)

# Cues that with a bare object and no clause name a deed: "posted an 18% jump in profits", "conceded two
# goals", "maintained their start", "boasts a stadium" (clauses.DEED_WITH_OBJECT, less the hearers).
# "The researchers observed Europa for 17 nights" watched it; "observed that …" is said.
DEEDS = frozenset("post concede maintain threaten boast guarantee counter observe".split())
# "Responded with unacceptable violence": a reply by force is a deed. A reply with anything else is most
# often words in news ("Trump has responded with attacks on Machado", "responded with a statement").
REPLY_VERBS = frozenset({"respond", "reply", "react", "retaliate"})
FORCE_NOUNS = frozenset(
    """
    violence force gunfire fire bullet teargas gas shelling airstrike strike raid rocket missile bomb
    arrest sanction tariff crackdown
    """.split()
)
# A thing shown, not news told: "revealed the LC Convertible Concept", "has revealed the second production
# model". "revealed the extent of the back problems", "revealed the news", "would reveal extensive business
# interests" tell something.
SHOWN_NOUNS = frozenset(
    """
    model models concept car cars vehicle vehicles version versions phone phones device devices design
    designs prototype prototypes range lineup line-up logo logos trailer trailers statue plaque portrait
    poster posters artwork kit shirt jersey strip livery console laptop tablet product products edition
    """.split()
)
# Whom a report cites as its source: "citing the regional health commission", "citing an anonymous
# government source", "citing officials"; "citing the release of political prisoners" gives a reason.
SOURCE_NOUNS = frozenset(
    """
    source sources official officials spokesman spokeswoman spokesperson commission ministry department
    agency agencies authority authorities police government statement report reports data figures
    document documents people person insider insiders newspaper media outlet
    """.split()
)
SOURCE_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
PLEAS = frozenset({"guilty", "innocent"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
FIRST_AND_SECOND_PERSON = frozenset({"i", "we", "you"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A cue hanging from these has no subject of theirs: "Every activist I spoke to said …" (a relative clause:
# the reporter met the speaker), "He said we must act, adding that …" (what was said: "we" is his).
BORROWED_NOT = frozenset({"relcl", "ccomp", "parataxis"})


def is_deed(cue: Token) -> bool:
    """A speech verb naming a deed: a bare object, a plea, a charge, a recall, a decision, a citation, a
    save ("denied the England striker"), an addition to a thing ("adding to honours"); or "according to" a
    criterion ("according to their value")."""
    if is_according_to(cue):
        return by_criterion(cue)
    if composes_a_work(cue):  # "Read wrote the song" (bare_objects.py, round 21)
        return True
    if thing_reveals(cue) or writes_on(cue) or cites_a_record(cue):  # "… hanbok revealed an even more
        return (
            True  # elegant side!", "Ford wrote, and wrote", "citing Cooke's past testimony" (bare_objects.py)
        )
    if confirms_a_standing(cue):  # "the Italians confirmed their continuing improvement" (confirmed_deeds.py)
        return True
    if reports_results(cue):  # "reported a drop in quarterly profit" (reported_results.py, round 29)
        return True
    if seems_like(cue) or mentions_a_thing(cue) or not_to_mention(cue) or ends_or_books(cue):
        return True  # "feels something like a fairy tale", "a hearing concluded" (asides.py, deed_objects.py)
    deps = {c.dep_ for c in cue.children}
    lemma = cue.lemma_.lower()
    if any(c.lower_ in PLEAS for c in cue.children) and lemma == "plead":
        return True  # "has pleaded guilty to fraud", "pleaded not guilty"
    if lemma == "add":  # "adding to honours it has already picked up": to a thing, no words
        return _adds_to_a_thing(cue)
    if lemma == "claim" and _title_read_as_clause(cue):  # "claimed the men's shot put title" (round 17)
        return True
    if deps & CLAUSE_DEPS:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if lemma in REPLY_VERBS:
        means = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        return any(o.dep_ == "pobj" and o.lemma_.lower() in FORCE_NOUNS for o in means)
    if lemma == "reveal":  # "revealed the LC Convertible Concept": a thing shown
        subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
        # "Audi e-tron Sportback revealed as electric 4-door coupe"; "terrorists are revealed as part of …"
        # is found out, as PolNeAR's annotators mark it.
        shown_as = any(p.dep_ == "prep" and p.lower_ == "as" for p in cue.children) and any(
            map(_shown, subjects)
        )
        return shown_as or any(map(_shown, objects))
    if lemma == "agree":  # "agreed to the FCC's demands": to a thing, no clause
        return any(p.dep_ == "prep" and p.lower_ == "to" for p in cue.children) or _settles(objects, DEALS)
    if lemma == "claim":  # "Argentina claimed top spot", "held on to claim a deserved victory": won
        return _settles(objects, WINS)
    if lemma == "recall":  # "is to recall all cars": "recalled seeing him play" is a memory told
        # In the passive a player or a product is recalled: "the Gloucester prop was only recalled …".
        return "auxpass" in deps or any(o.tag_ != "VBG" for o in objects)
    if lemma == "deny":  # "Martyn denied the England striker": a save; "denied the claims" is words
        return _denies_someone(cue, objects + [c for c in cue.children if c.dep_ == "dative"])
    if lemma == "cite" and cue.tag_ == "VBG":  # "…, the agency said, citing the regional health commission"
        return any(o.lemma_.lower() in SOURCE_NOUNS or o.ent_type_ in SOURCE_ENTITIES for o in objects)
    return lemma in DEEDS and "dobj" in deps


# What is agreed as a deed, a deal settled: "Spurs have agreed a fee for the player", "has agreed a contract
# until the end of the season", "agreed terms over the completion". "agreed the claims were based on faulty
# data" (a clause) is words.
DEALS = frozenset(
    """
    deal deals fee fees contract contracts term terms settlement package plan loan merger takeover price
    transfer sale budget pact agreement compromise extension ceasefire truce swap
    """.split()
)
# What is claimed as a deed, a thing won: "claimed top spot in Group A", "claimed her first AAAs title",
# "claim a famous victory", "claims the vital first break". "claims an audience of more than a billion" and
# "claimed responsibility" say something.
WINS = frozenset(
    """
    victory win title titles spot place medal gold silver bronze crown point points draw lead record trophy
    cup prize honours hat-trick wicket wickets try tries goal goals break set sets scalp seat seats
    pole double treble
    """.split()
)


def _title_read_as_clause(cue: Token) -> bool:
    """A win whose name the parser read as a clause: "claimed the men's shot put title" ("shot" a subject,
    "put" its verb): the clause's verb runs straight into a bare noun of WINS, with no article or owner of
    its own, and has no auxiliary. "claimed the team won the title" (a clause, its object "the title") is
    words."""
    for clause in (c for c in cue.children if c.dep_ == "ccomp"):
        if any(c.dep_ in {"aux", "auxpass", "neg"} for c in clause.children):
            continue
        nxt = clause.nbor() if clause.i + 1 < len(clause.doc) else None
        if nxt is None or nxt.dep_ != "dobj" or nxt.head != clause:
            continue
        bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in nxt.children)
        if bare and (nxt.lemma_.lower() in WINS or nxt.lower_ in WINS):
            return True
    return False


def _settles(objects: list[Token], things: frozenset[str]) -> bool:
    """An object of the cue that is one of `things` (a deal, a win), no clause: a deed."""
    return any(o.lemma_.lower() in things or o.lower_ in things for o in objects)


# Whom words are added to: "added to reporters", "adding to the BBC"; "adding to honours" adds to a thing.
AUDIENCE_NOUNS = frozenset(
    "reporter journalist audience crowd press media viewer listener supporter fan".split()
)


def _adds_to_a_thing(cue: Token) -> bool:
    """ "adding to honours", "added to the pressure": to a thing, not "added to reporters" or "to him".
    A clause of the verb's is words added unless it runs on right after the thing, where the parser took a
    relative clause for it ("adding to honours it has already picked up"): `"…," she added to applause`
    and "added to the list: …" report words."""
    things = [
        o
        for p in cue.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
        and o.pos_ != "PRON"
        and o.ent_type_ not in SOURCE_ENTITIES
        and o.lemma_.lower() not in AUDIENCE_NOUNS
    ]
    clauses = [c for c in cue.children if c.dep_ in CLAUSE_DEPS]
    return len(things) == 1 and all(c.left_edge.i == things[0].right_edge.i + 1 for c in clauses)


# Whom a match report's "deny" keeps from scoring: a player, a side ("Martyn denied the England striker",
# "Paulo Ferreira denied Gerrard with a last-ditch tackle", "for the post to deny him", "Two outstanding
# pieces of defensive play denied England"); or one denied a thing ("A hamstring injury denied Luscombe the
# opportunity"). "denied the allegations", "denied claims that …", "denied Phillips made the remark" (a
# clause) and "denies Robben Barca return" deny what was said.
DENIED_PEOPLE = AGENT_WORDS | frozenset(
    """
    striker keeper goalkeeper defender forward winger midfielder full-back fly-half scrum-half wing centre
    hooker prop lock flanker batsman bowler hosts visitors opposition champion champions
    """.split()
)
PERSONAL_OBJECTS = frozenset({"him", "her", "me"})  # "denied them" is most often the claims
TEAM_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _denies_someone(cue: Token, objects: list[Token]) -> bool:
    """ "denied the England striker", "denied him", "denied Luscombe the opportunity": a person or a side
    kept from something (two objects: someone denied a thing), no words denied. Not where the parser
    made the denial a clause of a verb after it ("Mr Howard denied Mr Yeo, his transport and environment
    spokesman, said the plans "stink"": what Yeo said is what was denied)."""
    if cue.dep_ in CLAUSE_DEPS and cue.head.i > cue.i:
        return False
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if after is not None and after.lower_ == "that":  # "denied that coach Jacques Santini resigned"
        return False
    if len(objects) >= 2:
        return True
    return any(
        o.lower_ in PERSONAL_OBJECTS
        or o.pos_ == "PROPN"  # "denied Gerrard", whatever the NER made of the name
        or o.ent_type_ in TEAM_ENTITIES
        or o.lemma_.lower() in DENIED_PEOPLE
        for o in objects
    )


# What "according to" names when it names a source: a person, a body, a document, an outlet ("according to
# its website", "according to his management company", "according to its backers", "according to its
# latest accounts"). Anything else is a criterion ("put in 24 categories according to their last known
# voting intention", "graded according to their value in 1991", "according to plan", "according to how
# much business they brought"): no one's words.
SOURCE_HEADS = (
    SOURCE_NOUNS
    | DOCUMENT_NOUNS
    | frozenset(
        """
    website websites site sites blog page pages account accounts post tweet filing filings magazine
    journal tally count insider insiders aide aides friend friends witness witnesses
    """.split()
    )
)
SOURCE_OPENERS = frozenset({"but", "and", "yet", "so", "or"})
# The bodies a panel of people may be: "according to an expert panel which gathered …".
SOURCE_BODIES = frozenset("panel board institute ministry department court tribunal office".split())
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"})


def by_criterion(according: Token) -> bool:
    """ "put in 24 categories according to their last known voting intention", "rewarded according to how
    much business they brought": a criterion, not a source, where "according to" stands inside its
    clause (no comma before it, not opening the sentence: a source is set off) and its object names no
    person, body or document, or is a clause."""
    before = according.doc[according.i - 1] if according.i > 0 else None
    if before is None or before.is_punct or before.is_space or according.is_sent_start:
        return False  # "…, according to X" or "According to X, …": set off as a source is
    if before.lower_ in SOURCE_OPENERS or before.lemma_ == "be":
        return False  # "but according to those present, …", "That is according to an expert panel"
    to = according.nbor(1)
    objects = [o for o in to.children if o.dep_ == "pobj"]
    if not objects:  # "according to how long he spends on foot": a clause
        return any(t.lower_ in {"how", "whether"} for t in to.subtree)
    return not any(map(_names_a_source, objects))


def _names_a_source(noun: Token) -> bool:
    """A person, a body or a document: "its backers", "his grandson", "the agency", "figures", "Reuters"."""
    if noun.pos_ in {"PROPN", "PRON", "DET"} or noun.ent_type_ in NAMED:
        return True  # "Reuters", "him", "those present"
    if _law_of_nature(noun):
        return False  # "modelled according to the laws of physics": a criterion, no document speaking
    lemma = noun.lemma_.lower()
    if lemma in SOURCE_HEADS | SOURCE_BODIES or noun.lower_ in SOURCE_HEADS or lemma in AGENT_WORDS:
        return True
    return noun.tag_ == "NNS" and denotes_agents(noun)  # "its authors", "its backers"


def _law_of_nature(noun: Token) -> bool:
    """ "the laws of physics", "the law of gravity": a law "of" a common noun, no statute anyone wrote."""
    if noun.lemma_.lower() != "law":
        return False
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_ for o in of)


def _shown(thing: Token) -> bool:
    """A product or a design: "the LC Convertible Concept", "the second production model"."""
    return thing.lemma_.lower() in SHOWN_NOUNS or thing.pos_ == "PROPN" or thing.ent_type_ == "PRODUCT"


# Words that may open a sentence before the question put: "But when asked if …".
OPENERS = frozenset({"when", "but", "and", "so", "later", "then"})


def opens_on_question(cue: Token) -> bool:
    """ "Asked whether she was nervous about her nomination she said: "…"": with no comma the parser makes
    "Asked" the sentence's root and the answer a clause inside the question. The question is still the
    reporter's: typed thought, no speaker (the learned model draws the answer on its own)."""
    if cue.lemma_ != "ask" or cue.dep_ != "ROOT" or cue.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in cue.children):
        return False
    before = cue.doc[cue.sent.start : cue.i]
    return all(t.is_punct or t.is_space or t.lower_ in OPENERS for t in before)


def is_question_put(cue: Token) -> bool:
    """ "Asked whether the plan was affordable, Brown said …", "When asked if BMW would …, Panke said":
    the question is the reporter's, not Brown's. The parser tags the participle a past tense at times
    ("Asked what the nomination means to her, Arnold says …"): a clause of asking with no subject of its
    own, before the verb it hangs from, is the question put all the same ("When he asked if …" is his)."""
    if cue.lemma_ != "ask" or cue.dep_ != "advcl" or cue.i > cue.head.i:
        return False
    return cue.tag_ == "VBN" or (cue.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children))


# A condition: "If Gerrard comes out and says he wants to leave", "unless the minister announces that …",
# "whether the council will say …": words nobody has said (yet), no statement to quote. "Even if" concedes
# what was said: "even if the coach admitted Cardiff was an unforgiving place" is the coach's speech; "even
# if GiveWell never recommends funding …" (a negated cue, round 14) poses what may never be said.
CONDITIONS = frozenset({"if", "unless", "whether"})


def is_hypothetical(cue: Token) -> bool:
    """A cue inside a condition, or conjoined to a verb that is: "if Gerrard comes out and says …"."""
    verb = cue
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ not in {"advcl", "ccomp"}:
        return False
    marks = [m for m in verb.children if m.dep_ == "mark" and m.lower_ in CONDITIONS]
    # "even if the coach admitted Cardiff was an unforgiving place": a concession, said all the same
    conceded = any(t.lower_ == "even" and t.i == marks[0].i - 1 for t in verb.children) if marks else False
    return bool(marks) and (not conceded or any(c.dep_ == "neg" for c in verb.children))


# A study's method: what researchers noted, recorded or measured "if", "whether" or "how": "noted if and how
# often patients took the drug", "recorded whether", "measured how"; and a pollster's question to the
# people it counts: "In July 1999 they asked 801 adults if they supported the ban". No one's words: how a
# survey was done, not what it found nor what anyone said ("noted how difficult it had been" tells, so
# "note" and "observe" take only "if" and "whether").
METHOD_LEMMAS = frozenset("note observe record check measure monitor track assess test examine log".split())
TELLING_METHODS = frozenset({"note", "observe"})
ASKED_PEOPLE = frozenset({"respondent", "participant", "volunteer", "adult", "voter", "people", "person"})


def _embedded_questions(cue: Token, how: bool) -> bool:
    """A clause of the cue opened by "if"/"whether" (or "how", when `how`): an embedded question."""
    for clause in cue.children:
        if clause.dep_ not in {"ccomp", "advcl"}:
            continue
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        opened_by_how = how and any(t.lower_ == "how" and t.i < clause.i for t in clause.subtree)
        if marks & {"if", "whether"} or opened_by_how:
            return True
    return False


def is_method(cue: Token) -> bool:
    """ "noted if and how often patients took …", "measured how", "asked 801 adults if …"."""
    lemma = cue.lemma_.lower()
    if lemma == "ask":
        counted = [o for o in cue.children if o.dep_ == "dobj"]
        counted = [
            o for o in counted if o.lemma_.lower() in ASKED_PEOPLE and any(c.like_num for c in o.children)
        ]
        return bool(counted) and _embedded_questions(cue, how=False)
    return lemma in METHOD_LEMMAS and _embedded_questions(cue, how=lemma not in TELLING_METHODS)


def nobody_says(cue: Token) -> bool:
    """Words no one the article reports says: a condition ("if Gerrard comes out and says …"), the
    question put to someone ("Asked if Gerrard would stay, Parry said …": the reporter's question,
    not Parry's words, though the learned model takes Parry for its source) or a study's method ("the
    team … noted if …": not the team's words, nor the survey's)."""
    if addressed_to_readers(cue) or believed_of(cue):  # "Fans of … should note …", "faith that the author
        return True  # knows …": the writer's aside, a faith's content (asides.py)
    if not_yet_said(cue) or stock_phrase(cue) or for_instance(cue) or guessed_outcome(cue):  # "is still to
        return True  # announce which …", "as the man says", "with say …", "it may mean … ask" (unsaid.py)
    if reads_a_consensus(cue) or asks_whether_said(cue) or would_have_said(cue):  # "What all seem agreed
        return True  # on …", "will … suggest …?", "would then have claimed" (unsaid.py)
    if supposed_view(cue) or generic_sayer(cue):  # "Many might think it is …", "Anybody who says …": the
        return True  # writer's supposition, any person at all (hypothetical_views.py, generic_sayers.py)
    if in_inverted_condition(cue) or bids_the_reader(cue):  # "had an anonymous holdover … gone to the IG …
        # to claim" (unsaid.py); "…, but expect Bloomberg's shadow … to generate …" (imperatives.py)
        return True
    if public_learns(cue):  # "the nation learned that …": the writer's account (public_learners.py)
        return True
    return is_hypothetical(cue) or is_question_put(cue) or opens_on_question(cue) or is_method(cue)


def is_writers_voice(cue: Token) -> bool:
    """A cue in the writer's own voice: an aside, a first- or second-person subject, an imperative."""
    if any(c.dep_ == "expl" for c in cue.children):
        return True  # a learned cue "there's no reason to think": the writer's, as "it is fair to say"
    if cue.lemma_ == "be" or cue.pos_ == "ADJ":  # a learned cue "is not to say" or "Needless to say"
        cue = next((c for c in cue.children if c.dep_ == "xcomp"), cue)
    if cue.dep_ == "relcl":  # a learned cue "(activist) I spoke to said": the verb of speech is "said"
        cue = next((c for c in cue.children if c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB"), cue)
    if _is_aside(cue):
        return True
    if _writers_clause_subject(cue):  # "what I have seen has confirmed my early impressions" (round 18)
        return True
    subject = _subject(cue)
    if subject is not None:
        return subject.lower_ in FIRST_AND_SECOND_PERSON
    auxiliaries = [c for c in cue.children if c.dep_ in {"aux", "auxpass"}]
    # "Say goodbye to …" opens its sentence; "…, warn union leaders" has what was said before it and its
    # speaker after it: news inverts the attribution, nobody is told to warn.
    said_before = any(c.dep_ in CLAUSE_DEPS and c.i < cue.i for c in cue.children)
    return cue.tag_ == "VB" and cue.dep_ == "ROOT" and not auxiliaries and not said_before


def _writers_clause_subject(cue: Token) -> bool:
    """A clause as the cue's subject whose own subject is the writer's first or second person: "what I have
    seen has confirmed …" is the writer's narration ("what he told me confirmed …" is left to the rules)."""
    clauses = (c for c in cue.children if c.dep_ == "csubj")
    return any(s.dep_ == "nsubj" and s.lower_ in FIRST_AND_SECOND_PERSON for c in clauses for s in c.children)


# The narration's own first person: the writer, whoever is named near it.
NARRATOR = frozenset({"i", "we"})
DOUBLE_QUOTES = ('"', "“", "”")


def is_narrators(cue: Token) -> bool:
    """The writer's "I" or "we" as the cue's subject, outside quotation marks: "I always tell my clients:
    "an open face is a happy face!"", "we think that Apple did the latter": the writer's voice, a
    quotation included (only the quoted words' own "I" is their speaker's, and no cue read here stands
    inside them)."""
    subject = _subject(cue)
    if subject is None or subject.lower_ not in NARRATOR:
        return False
    # A quotation mark between them: the "we" is inside the quote, the parser borrowed it across ("“We
    # are working …,” Jonas Guest … told the BBC", with "told" a conjunct of "working").
    start, end = sorted((subject.i, cue.i))
    return not any(mark in token.text for token in subject.doc[start:end] for mark in DOUBLE_QUOTES)


def _is_aside(cue: Token) -> bool:
    """ "Which is not to say that …", "It is fair to say …", "Needless to say": a to-infinitive that
    hangs from "be" or an adjective with no one as its subject (not "he was keen to say …")."""
    head = cue.head
    if (
        cue.dep_ != "xcomp"
        or head is cue
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    ):
        return False
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head
    elif head.pos_ == "ADJ":
        return not any(c.dep_ in SUBJECT_DEPS for c in head.children)  # "Needless to say, …"
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return head.lemma_ == "be" and all(s.tag_ in {"WDT", "DT"} or s.lower_ == "it" for s in subjects)


def _subject(cue: Token) -> Token | None:
    """The cue's own subject, or that of the verb it hangs from ("… 'm here to tell you …")."""
    for token in (cue, cue.head):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if cue.dep_ not in {"xcomp", "advcl", "conj"} or cue.head.dep_ in BORROWED_NOT:
            return None
    return None
