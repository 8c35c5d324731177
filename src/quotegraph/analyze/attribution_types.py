"""What an attribution reports: speech, thought or document (docs/quotes.md).

The rule, by cue and source:
- document: the source is a document, a study, a report, a survey, a poll, a photo, figures ("another
  study found that …", "a survey says …"), or a thing that shows ("the minutes showed"), whatever the
  cue; a study's method ("noted if …");
- thought: the cue reports a belief, a wish or an intention ("he hopes", "they fear", "will begin to
  think"), a request or a decision ("asked the court to …", "agreed to buy …"), a demand for a thing
  ("called for a meeting"), what someone found or showed not in words, hearsay, a passive report with no
  agent named ("is said to", "it is understood that", "it is feared …"), the writer's own voice ("I'm here
  to tell you that …"), a question put ("When asked if …") or a condition ("if Gerrard … says …");
- speech: everything else: said, told, added, wrote, tweeted, a statement by a person or organization.
A direct quotation is speech unless its source is a document, the narration's "I" or "we" quotes it (the
writer's voice) or "think" brings it in ("shrug and think, “Enough already …”": an inner voice).
A refusal to speak ("declined to comment") is a thought: an intention, not words, out of a reporter's
quote list, and in the JSON for PolNeAR, which marks refusals as attributions.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents
from quotegraph.analyze.bare_objects import states_a_stance, writes_a_work
from quotegraph.analyze.carried_charges import carries_a_charge
from quotegraph.analyze.claimed_sums import claims_a_sum
from quotegraph.analyze.deeds import DENIED_PEOPLE, is_method, is_narrators, is_writers_voice, nobody_says
from quotegraph.analyze.document_nouns import (
    DOCUMENT_NOUNS,
    court_action,
    page_cited,
    published,
    research_work,
)
from quotegraph.analyze.document_participles import document_stating
from quotegraph.analyze.governed_cues import carried_lemma, required_to_say
from quotegraph.analyze.headings import after_heading
from quotegraph.analyze.impersonal_passives import impersonal_passive, told_according
from quotegraph.analyze.inner_voices import inner_voice
from quotegraph.analyze.owned_documents import possessed_after_of
from quotegraph.analyze.parsing import SUBJECT_DEPS
from quotegraph.analyze.quoted_openings import opens_quotation
from quotegraph.analyze.shown_by import SHOWING_LEMMAS, a_look_shows, participle_subject
from quotegraph.analyze.survey_counts import counts_respondents
from quotegraph.analyze.unsaid import (
    decided_act,
    fronted_purpose,
    never_said,
    puts_a_question,
    quotes_a_topic,
)
from quotegraph.records import AttributionType, Quote, Span

# A thing that shows or suggests, no person nor body: "the minutes showed", "the move shows
# that …", "his form suggests …"; a finding, never someone named before it (a "definite description of
# one person" it is not). "The ministry showed", "the panel suggested", "the lads showed" are people's.
# SHOWING_LEMMAS: show, suggest, indicate, prove, demonstrate (shown_by.py, which adds "reveal").
BODIES = frozenset(
    """
    ministry department court country state nation city region province county administration
    institute institution regulator watchdog trust federation society foundation side squad panel
    tribunal bench cabinet parliament assembly senate congress house lad guy chap prince princess king
    queen pope wife husband son daughter mother father brother sister mum dad star hero legend captain
    champion chairman chairwoman secretary host pair duo trio veteran rookie youngster newcomer
    """.split()
)
# "the paper said" is the newspaper speaking, an organization, not a document.
ORGANIZATION_READINGS = frozenset({"paper", "papers"})
COURT_WORDS = frozenset({"court", "legal", "case"})
THOUGHT_LEMMAS = frozenset(
    """
    believe think hope fear worry expect feel doubt know reckon suspect wish want imply guess assume
    decide learn understand plan intend seek refuse decline
    """.split()
)
FINDING_LEMMAS = frozenset({"find", "show", "demonstrate", "prove", "reveal", "suggest", "indicate"})
# Someone's "indicated that she'll …" is what she said, a hint in words; figures that "indicated" found it.
# A refusal to speak reports no words: "declined to comment", "refused to say whether …", "would not
# comment on …", "did not say whether …". It is a thought, as a refusal to act ("refused to resign")
# is: typed so rather than dropped, PolNeAR dev scores rose (source/cue/content exact F1
# 68.89/65.35/53.53 to 69.21/65.43/53.55, default analysis), as its annotators mark refusals too.
REFUSAL_LEMMAS = frozenset({"decline", "refuse"})
# The nouns of a refusal or a failure to speak: "His refusal to say which side he would be on".
REFUSAL_NOUNS = frozenset({"refusal", "reluctance", "unwillingness", "failure"})
WITHHELD_LEMMAS = frozenset(
    """
    comment say speak discuss elaborate confirm reveal disclose specify speculate answer respond detail
    identify name give
    """.split()
)


# A part or a measure of documents is documents: "Multiple lines of evidence now point to …".
PART_NOUNS = frozenset("line lines piece pieces body set sets series wealth pile weight".split())


# Those a survey asked: "More than half of 2,000 people surveyed said …", "about 28% of the bosses polled
# for the survey say …", "54% of those asked in a poll for Intervoice said …": a survey's figure, no words.
SURVEYED = frozenset({"surveyed", "polled"})
ASKED = frozenset({"asked", "questioned", "interviewed", "surveyed", "polled"})
SURVEYS = frozenset({"survey", "surveys", "poll", "polls"})


def _of_a_survey(asked: Token) -> bool:
    return asked.lower_ in SURVEYED or any(t.lower_ in SURVEYS for t in asked.subtree)


def _surveyed(head: Token) -> bool:
    """The source's noun, or one it is "of" ("half of 2,000 people"), is followed by a participle of
    asking that is a survey's: "surveyed", "polled", "asked in a poll"; not "the survey firm's chief"."""
    nouns = [head]
    while nouns:
        noun = nouns.pop()
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                nouns.extend(o for o in child.children if o.dep_ == "pobj")
            elif child.dep_ == "acl" and child.lower_ in ASKED and _of_a_survey(child):
                return True
    return False


def _thing_that_shows(head: Token) -> bool:
    """ "the minutes show that …", "the move suggests …": a common noun for a thing, the subject of a
    verb of showing (one that takes it from a conjunct before, subject_of_nearer_conjunct)."""
    if head.pos_ != "NOUN" or head.dep_ != "nsubj":
        return False
    verb = head.head
    taken = (c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i)
    taking = [c for c in taken if subject_of_nearer_conjunct(c) == head]
    if not _shows(verb) and not any(c.lemma_.lower() in SHOWING_LEMMAS for c in taking):
        return False
    return _a_thing(head)


def _a_thing(head: Token) -> bool:
    """A common noun that names no person nor body, nor one with a word for one in front ("The judge
    presiding", misparsed), nor a player by age or position ("the 34-year-old", "the wing")."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    if head.pos_ != "NOUN" or head.lower_ in DENIED_PEOPLE or "-old" in head.lower_:
        return False
    return not any(denotes_agents(w) or w.lemma_.lower() in BODIES or w.ent_type_ for w in words)


def nobody_shows(cue: Token) -> bool:
    """A thing or the writer's look that shows, with no one to say it (round 13, shown_by.py): "Yet fires
    have continued, showing that …" (a participle whose subject is a thing, a document noun aside: "The
    study was published on Monday, showing that …" keeps the study), "A brief glance at … reveals …"."""
    if a_look_shows(cue):
        return True
    subject = participle_subject(cue)
    if subject is None or subject.lower_ in DOCUMENT_NOUNS or subject.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    return _a_thing(subject)


def subject_of_nearer_conjunct(verb: Token) -> Token | None:
    """A verb with no subject of its own, coordinated with a verb before it: where the parser hung it on
    the first verb of a chain, a conjunct between them with its own subject lends it ("Noem launched the
    campaign …, and the ad going viral on its first day shows that …": the ad shows, not Noem; round 11)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    nearer = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    subjects = (s for c in reversed(nearer) for s in c.children if s.dep_ in SUBJECT_DEPS)
    return next(subjects, None)


def _shows(verb: Token) -> bool:
    """A verb of showing, or one joined to it: "UKIP's performance … was just such a shocker and showed
    that …" (round 10): the subject of both is the thing that shows."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    return any(v.lemma_.lower() in SHOWING_LEMMAS for v in verbs)


def thing_shown_by_owner(source: Token) -> Token | None:
    """ "UKIP's performance … showed that …" (round 11): the owner of a thing that shows is not its
    speaker; a source cut to the owner (the shipped model's "UKIP") stands for the thing, a document."""
    owned = source.head
    return owned if source.dep_ == "poss" and owned.dep_ == "nsubj" and _thing_that_shows(owned) else None


def document_told_in(cue: Token) -> Token | None:
    """A passive cue with no agent told "in" a document ("it's revealed in Eurogamer's Stadia review that …",
    round 11: the review) or "according to" someone ("it is predicted …, according to the UN": round 32)."""
    if not any(c.dep_ == "auxpass" for c in cue.children) or any(c.dep_ == "agent" for c in cue.children):
        return None
    told_in = (o for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)
    return next((o for o in told_in if o.dep_ == "pobj" and is_document_noun(o)), None) or told_according(cue)


def is_document_noun(head: Token | None) -> bool:
    """A source head naming a document: "study" in "another study", "lines of evidence"; not "paper",
    the newspaper; those a survey asked ("the bosses polled for the survey"); a thing that shows."""
    if head is not None and (_surveyed(head) or _thing_that_shows(head)):
        return True
    if head is None or (head.pos_ == "PROPN" and not after_heading(head)):
        return False  # "Summary Studies show": "Studies" after a box's label is the common noun (round 13)
    if head.lower_ in PART_NOUNS:
        of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return any(o.dep_ == "pobj" and is_document_noun(o) for o in of)
    lower = head.lower_
    document = lower in DOCUMENT_NOUNS or head.lemma_.lower() in DOCUMENT_NOUNS or published(head)
    document = document or court_action(head)  # "The legal action accuses Mr Spector …" (round 15)
    document = document or page_cited(head)  # "according to the website" (round 17)
    if lower in ORGANIZATION_READINGS:  # "court papers said": filed in court, no newspaper
        return any(c.dep_ in {"compound", "amod"} and c.lower_ in COURT_WORDS for c in head.children)
    return document


# A passive report with no one named as its agent is hearsay, what is believed or rumoured:
# "the minister is reported to have told …", "he is said to be furious", "it is understood that …".
# So is news given out with no one named as giving it: "since it was announced that most Welsh quangos
# would …", "after it was revealed that he had failed a drug test", "after it was confirmed he will play";
# and a charge with no accuser named: "All five men … are also accused of breaches of health and safety
# laws", "were charged with covering up safety defects", "is suspected of": a charge, not the words of
# those charged (who are its subject), nor of anyone named. "…, it has been suggested." (round 10) too.
HEARSAY_LEMMAS = frozenset(
    "report say understand believe think allege rumour rumor know expect consider claim tip predict note "
    "estimate forecast announce reveal confirm disclose accuse charge suspect suggest describe".split()
)  # "He is described as "a proud grandfather"": nobody named describes him (round 18)
# What is rumoured, with nobody saying it: "his death was shadowed by conspiracy theories suggesting he had
# been murdered", "rumours saying he would quit". Hearsay too, unless the noun is someone's ("his claims
# suggesting", "claims by the union that …"). As the subject of a verb of showing it stays a thing that shows
# ("The latest speculation suggests …": a document, _thing_that_shows), no speaker either way.
HEARSAY_NOUNS = frozenset("theory rumour rumor speculation gossip claim allegation suggestion myth".split())


# With an infinitive these ask for or settle on a deed, and report no words: "Yukos asked the US court to
# send its dispute to arbitration", "urged ministers to act", "InBev agreed to buy the stake", "has been
# advised by her coach not to rush back", "told students to work up the corporate ladder". Both are
# thoughts (a wish, a decision); "agreed that …", "urged that …", "told them that …" stay speech.
REQUEST_LEMMAS = frozenset(
    "ask urge beg plead invite encourage order instruct agree demand advise tell warn remind recommend "
    "persuade".split()
)

# A demand for a thing, with no clause of what was said: "called for an emergency meeting of the body",
# "a rally calling for a Borders rail link … to be reopened", "jobs that demand portability". A request,
# as "asked the court to …" is; "demanded that …" and "called for" with a quote stay speech.
DEMAND_LEMMAS = frozenset({"demand", "urge", "request"})
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# The same with "for" and a noun: "creditors have been pushing for a greater say", "Police appealed for
# public help", "his parents plead for their son to let them know …", "asking for help": what is wanted,
# not words said (a team "pushing for promotion" says nothing at all).
ASKING_FOR_LEMMAS = frozenset({"ask", "press", "push", "appeal", "plead"})


def _for_a_thing(cue: Token) -> bool:
    """ "pushing for a greater say": "for" with a noun (or a pronoun: "what she asked for") after it."""
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" for o in p.children)
        for p in cue.children
    )


def _demands_a_thing(cue: Token) -> bool:
    """ "called for an emergency meeting", "demand portability", "appealed for public help": a thing
    asked for, no clause."""
    if any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return False
    lemma = cue.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children)
    if lemma in ASKING_FOR_LEMMAS:
        return _for_a_thing(cue)
    return lemma in DEMAND_LEMMAS and any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in cue.children
    )


def _goes_on_with_a_deed(cue: Token) -> bool:
    """ "The Premier League is also continuing investigations into allegations …", "continues his adulation
    of Putin": "continue" with an object and no clause goes on with a deed, no words; it is in the speech
    lexicon for `"…," he continued`, so a learned model's cue "is also continuing" passed as speech. Typed
    thought rather than dropped: PolNeAR's annotators mark some ("continues his adulation of")."""
    if cue.lemma_.lower() != "continue" or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in cue.children)


def _infinitive(cue: Token) -> bool:
    """ "to send", "to buy": a complement that is a to-infinitive, with or without an object before it;
    not one joined to a clause of what was said ("telling them to "believe in yourselves" and that the
    Wild are a "good team"" reports words too)."""
    for complement in cue.children:
        if complement.dep_ not in {"xcomp", "ccomp"}:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in complement.children):
            continue
        conjuncts = [k for k in complement.children if k.dep_ == "conj"]
        return not any(m.dep_ == "mark" and m.lower_ == "that" for k in conjuncts for m in k.children)
    return False


# Where the parser hangs a participle that modifies a noun: "people alleged to have traded" (acl), "Long
# believed to be one of the keys …," (advcl).
MODIFIER_DEPS = frozenset({"acl", "amod", "advcl"})


def is_hearsay(cue: Token | None) -> bool:
    """A passive reporting verb without a "by …" agent: nobody named said it. So is its past participle
    modifying a noun, with no subject of its own ("people alleged to have traded copyrighted songs", "The
    deal, reported to be worth $2bn,"): the noun is what is reported on, not who reports."""
    if cue is not None and (_rumoured(cue) or carries_a_charge(cue)):  # "appeared in court accused of …"
        return True  # (carried_charges.py, round 27)
    if cue is None or document_told_in(cue) is not None:
        return False  # "it's revealed in Eurogamer's Stadia review that …": the review tells it
    if impersonal_passive(cue) or cue.lemma_.lower() not in HEARSAY_LEMMAS:  # "it is feared …": hearsay,
        return impersonal_passive(cue)  # whatever the verb (impersonal_passives.py, round 29)
    children = {c.dep_ for c in cue.children}
    if cue.lemma_.lower() in CHARGES | {"describe"} and _accuser_below(cue):  # "accused of blocking
        return False  # access … by the media watchdog", "described as "…" by the IHRC": named
    if reported_as_saying(cue):
        return False  # "Prince Saud Al-Faisal has been reported as saying": his words, reported
    return ("auxpass" in children or _modifies_a_noun(cue, children)) and "agent" not in children


# "has been reported as saying", "was quoted as telling": what the subject is reported to have said.
SAYING_AS = frozenset({"saying", "telling", "stating", "claiming", "warning", "describing", "calling"})


def reported_as_saying(cue: Token) -> bool:
    """ "Women will be employed …, Foreign Minister Prince Saud Al-Faisal has been reported as saying"
    (round 14): the passive's subject is who is reported as saying it, named, no rumour: the subject
    speaks (a bare "it" reports nothing of anyone's)."""
    saying = [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]
    if not any(g.lower_ in SAYING_AS and g.dep_ in {"pcomp", "pobj"} for g in saying):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in cue.children)


# The verbs of a charge; the parser may hang its "by" agent from the deed charged ("accused of blocking
# access … by the media watchdog, Reporters Without Borders").
CHARGES = frozenset({"accuse", "charge", "suspect"})
NAMED_ACCUSERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _accuser_below(cue: Token) -> bool:
    """A "by" + a name, a body or an agent noun anywhere below the cue: the accuser, named."""
    objects = [o for t in cue.subtree if t.lower_ == "by" for o in t.children if o.dep_ == "pobj"]
    return any(o.ent_type_ in NAMED_ACCUSERS or o.lemma_ in BODIES or denotes_agents(o) for o in objects)


def _rumoured(cue: Token) -> bool:
    """ "conspiracy theories suggesting …", "Rumours say …": a cue whose subject, or the noun it modifies as a
    participle, is a noun of hearsay that is nobody's (no possessor, no "by" or "from" someone)."""
    if cue.dep_ == "acl" and cue.tag_ == "VBG":
        noun: Token | None = cue.head
    elif cue.lemma_.lower() not in SHOWING_LEMMAS:
        noun = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    else:
        return False
    if noun is None or noun.lemma_.lower() not in HEARSAY_NOUNS:
        return False
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in noun.children)
    return not owned


def _modifies_a_noun(cue: Token, children: set[str]) -> bool:
    """ "sweeteners reported to have been discussed", "people alleged to have traded": a past participle
    with no subject of its own, hung from the noun or the main verb; or one set off by a comma before "to
    be" / "to have" ("The deal, reported to be worth $2bn, was signed"), where the parser may take the
    noun before for its subject: no active "said" is followed by "to be"."""
    if cue.tag_ == "VBN" and cue.dep_ in MODIFIER_DEPS and not children & {"nsubj", "nsubjpass"}:
        return not _reports_a_clause(cue)
    doc = cue.doc
    if cue.i == 0 or cue.i + 2 >= len(doc) or doc[cue.i - 1].text != ",":
        return False
    return doc[cue.i + 1].lower_ == "to" and doc[cue.i + 2].lemma_.lower() in {"be", "have"}


def _reports_a_clause(cue: Token) -> bool:
    """ "WeWork's parent company, The We Company, announced on Sept. 30 that it was withdrawing …": the
    parser hangs the verb from the subject as a participle, but a "that" clause with a subject of its own
    is what the subject announced, no participle's hearsay ("people alleged to have traded" has none)."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in cue.children
    )


def is_refusal(token: Token) -> bool:
    """ "declined to comment", "refused to say whether …", "his refusal to say …", or a negated "comment" /
    "say whether"."""
    lemma = token.lemma_.lower()
    if lemma in REFUSAL_LEMMAS or (token.pos_ == "NOUN" and lemma in REFUSAL_NOUNS):
        return any(c.dep_ in {"xcomp", "acl"} and c.lemma_.lower() in WITHHELD_LEMMAS for c in token.children)
    if (
        lemma in WITHHELD_LEMMAS
        and token.dep_ in {"acl", "xcomp"}
        and token.head.lemma_.lower() in REFUSAL_NOUNS
    ):
        return True  # "His refusal to say which side he would be on": no words, as "refused to say"
    if lemma not in WITHHELD_LEMMAS or not any(
        c.dep_ == "neg" and token.i - 3 <= c.i < token.i for c in token.children
    ):
        return False  # "did not say", "would not comment"; not the "not" of `"Probably not," she said`
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    marks = {m.lower_ for c in clauses for m in c.children if m.dep_ == "mark"}
    return not clauses or bool(marks & {"whether", "if"})


# Sources that name nobody: "Nothing indicated that he was sticking …" is a finding, not a hint in words.
NOBODY = frozenset("nothing none something anything everything this that these those".split())


# "has tacitly indicated that it would be happy if the slide continued": a hint given without words.
WORDLESS = frozenset({"tacitly", "implicitly"})


def _names_someone(source: Token | None) -> bool:
    """ "the judge presiding has indicated": someone; not "nothing indicated"."""
    return source is not None and source.lower_ not in NOBODY


def _said_in_words(cue: Token, source: Token | None) -> bool:
    """Someone's "indicated that she'll …" is a hint in words; a "tacitly indicated" is not."""
    return _names_someone(source) and not any(c.lower_ in WORDLESS for c in cue.children)


def _postposed_subject(cue: Token) -> Token | None:
    """The subject after its cue, as news inverts it: "Internet search engine users are an odd mix …,
    suggests a report into search habits", "…, says the survey". With what was said before the cue the
    parser may take the subject after it for an object ("report" in the first)."""
    said_before = any(c.dep_ in CLAUSE_DEPS and c.i < cue.i for c in cue.children)
    deps = {"nsubj", "dobj"} if said_before else {"nsubj"}
    return next((c for c in cue.children if c.dep_ in deps and c.i > cue.i), None)


def attribution_type(cue: Token | None, source: Token | None, direct: bool) -> AttributionType:
    """The type of one attribution from its cue and the head of its source (either may be None)."""
    if cue is not None and cue.lemma_.lower() in CHARGES and is_hearsay(cue):
        return "thought"  # "a film accused of being anti-Semitic": the accused, no document speaking
    if is_document_noun(source) or counts_respondents(source) or research_work(source):  # "34% said …"
        return "document"
    if is_document_noun(possessed_after_of(source)):  # "the Bank of Japan's … survey" (owned_documents)
        return "document"
    if document_stating(cue) is not None:  # "falsifying records, stating …": the records' (round 13)
        return "document"
    if cue is None:
        return "speech"
    if nobody_shows(cue):  # "Yet fires have continued, showing that …": a thing shows, no one says
        return "document"
    if source is None and is_document_noun(_postposed_subject(cue)):
        return "document"  # "…, suggests a report into search habits": no source found, the report is it
    if is_method(cue):  # "noted if and how often patients took …": how a study was done
        return "document"
    if direct:  # "I always tell my clients: "…"": the writer's voice; "think, “…”": an inner voice
        thought = is_narrators(cue) or inner_voice(cue) or (is_refusal(cue) and quotes_a_topic(cue))
        return "thought" if thought else "speech"
    lemma = carried_lemma(cue)  # "tend not to want to …": the wanting (governed_cues.py, round 24)
    if lemma in THOUGHT_LEMMAS or is_hearsay(cue) or is_refusal(cue) or never_said(cue):
        return "thought"  # "never cite knowledge of …": words not said (unsaid.py, round 13)
    if is_writers_voice(cue) or nobody_says(cue):
        return "thought"  # nobody the article reports said it: PolNeAR marks it, a reporter's list does not
    if decided_act(cue) or puts_a_question(cue) or writes_a_work(cue) or states_a_stance(cue):  # "is to
        return "thought"  # refuse …", "asked X whether" (unsaid.py); "wrote an … account" (bare_objects)
    if fronted_purpose(cue) or required_to_say(cue):  # "To confirm …, Howitt ordered …": a deed (unsaid.py);
        return "thought"  # "requires companies to disclose …": an obligation (governed_cues.py, round 24)
    if lemma in REQUEST_LEMMAS and _infinitive(cue):  # "asked the court to send …", "agreed to buy …"
        return "thought"
    if _demands_a_thing(cue) or claims_a_sum(cue):  # "called for an emergency meeting", "is claiming $20bn"
        return "thought"
    if _goes_on_with_a_deed(cue):  # "is also continuing investigations into …" (round 13)
        return "thought"
    if lemma in FINDING_LEMMAS - {"suggest", "reveal", "indicate"} or (
        lemma == "indicate" and not _said_in_words(cue, source)
    ):
        # "tests found …" with nobody named is a finding; someone's "found that …" is what they concluded;
        # a body's ("It found that …", "Ofcom found …") what its figures or its inquiry found.
        return "document" if source is None or _body_finds(cue, source) else "thought"
    return "speech"


def _body_finds(cue: Token, source: Token) -> bool:
    """ "The figures were prepared by the Association of Leading Visitor Attractions (Alva). It found that
    …": an organization's finding (an "it", never a person, or a name the NER calls an organization) is
    what its figures or its inquiry found, a document; a person's "found that …" is what they concluded."""
    named = source.ent_type_ == "ORG" and source.pos_ == "PROPN"
    # a clause with a verb, not "found it difficult to satisfy …" (an experience, no finding)
    stated = any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} for c in cue.children)
    return cue.lemma_.lower() == "find" and stated and (source.lower_ == "it" or named)


QUOTE_MARKS = frozenset("\"“”‘’'")


def type_headline(quotes: list[Quote], text: str, headline: Span | None) -> None:
    """A headline is the paper's summary, not anyone's words: "WMC says Xstrata bid is too low", "Firm
    admits breaking export rules", "Julian Assange: Sweden drops rape investigation". An attribution whose
    cue stands in it is typed thought, kept for PolNeAR and out of a reporter's quote list, where the body
    gives the words; a quotation in quotation marks (`Smith: "I will stay"`) stays speech, as does a content
    opening a quotation (`CSA 'could close', says minister`; not an apostrophe: no space before it)."""
    if headline is None:
        return
    for quote in quotes:
        quoted = any(text[max(s - 1, 0) : s] in QUOTE_MARKS for s, _ in quote.content)
        quoted = quoted or any(opens_quotation(text, i) for s, e in quote.content for i in range(s, e))
        if not quoted and any(headline[0] <= s and e <= headline[1] for s, e in quote.cue):
            quote.type = "thought"
