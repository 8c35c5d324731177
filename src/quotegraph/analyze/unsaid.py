"""Speech verbs that report words nobody has said, or nobody at all (docs/quotes.md, "Not speech, round 10").

- Words not said yet: "Twentieth Century Fox is still to announce which technology it will be supporting",
  "The club has yet to say whether …", "is yet to confirm": the cue is a to-infinitive hung from "be" or
  "have" with "still" or "yet"; and a cue in the future with an open question after it ("Sony will
  announce which format it backs", "will say whether …"): what is to be announced is not known, so no
  words are reported (as a condition's "unless the minister announces"). "He will say that …" states
  what he is to say and stays with the rules. A negated future ("he still will not say which
  or how", round 27) is a refusal: typed thought by attribution_types.is_refusal, its speaker kept.
  A cue under a forecast frame ("seems certain to … and announce …", "is expected to say", round 32) is
  not said yet either (forecast_frames.py).
- A writer's stock phrase: "Metal Slug 3 is as cheap as sliced, fried spuds, as the man says", "as they
  say", "as the saying goes": an "as" clause whose subject is the proverbial "man", "they", "people" or a
  saying; the writer's own verdict in a borrowed turn of phrase, nobody's words ("as Churchill said"
  names someone and stays speech).

- "Say" meaning "for instance" (round 12): "with say no tax on below £6,000", "raise the levy to, say, 10%":
  a bare "say" with no subject nor auxiliary, right after a preposition ("with say") or set off by
  commas (", say, "): an example, nobody's words ("Critics say no tax …", "quick to say …" stay speech).

- The writer's guess of what may follow (round 14): "Equally, it may mean Hollywood studios ask for more to be
  put onto the average DVD": a cue in the clause of a modal "mean" ("it may mean", "this could mean", "that
  would mean") whose subject is "it", "this" or "that": an outcome the writer foresees, nobody's words ("it
  means the studios ask …" with no modal, and "Mr Dean says it could mean …", a named subject, are left to
  the rules).

- A decision to act (round 14): "The reggae industry is to refuse to release or stage concerts …", "BMW is to
  recall …": a finite "be" with a to-infinitive and a subject of its own ("is to" + verb) is a plan or a
  decision, no words reported; typed thought (attribution_types.py), its subject kept as whose decision it
  is ("is still to announce which …" is not_yet_said above, no speaker).

- Words not said (round 13): "They never cite knowledge of presidential crimes but feel that …", "he did
  not say he would resign": a cue negated by "never", "not" or "n't" right before it reports what was not
  said; "not only said … but" is said, so is "does not mention England's two Galacticos, simply adding in
  a PS: "…"" (what was said instead), and a refusal ("would not say whether …") is typed so already
  (attribution_types.is_refusal). Typed thought by attribution_types.py, its speaker kept: the one who
  did not say it, whom a pronoun after it goes on from ("… but feel that Trump is dangerous").

- A consensus the writer reads (round 15): "What all seem agreed on, however, is that this sniping simply
  cannot be allowed to go on", "everyone agrees that …", "there is broad agreement that …": "agree" after
  "all", "everyone" or "everybody" (four words before it at most) in the present or after "seem"/"appear",
  or "agreement"/"consensus" after "there is": the correspondent's reading of a shared view, nobody's
  words ("All 25 ministers agreed that …", a meeting's outcome told in the past, is left to the rules).

- A question the writer puts (round 15): "For example, will those Brownite briefers suggest their man is
  unhappy at the prime minister's timing …?", "Would Adam Schiff have pleaded to keep …?": a cue whose
  auxiliary stands before its subject, in a sentence that ends with a question mark and opens with no
  question word, asks whether words were or will be said; nobody's words ("Why did Mr Brown say he was
  unhappy?" asks about words said and is left alone; a question inside quotation marks is its speaker's,
  and no cue read here stands there).

- Words that would have been said (round 18): "The Bush-era whistleblower … would then have claimed that he
  was told …", "could have argued that …": a cue in the perfect after "would", "could" or "should" (a
  counterfactual: what someone would have said had things gone otherwise) reports words nobody said;
  nobody_says, no speaker (not even one named inside what would have been said). "He said he would have
  resigned" has its cue in "said" and stays; "must have told" and "may have said" guess at words said and
  are left to the rules.
- A question put by the subject (round 18): "Conservative Michael Fallon asked Mr Brown whether the
  Treasury had leaned on ONS …": "ask" with a clause opened by "whether", "if" or a question word asks, it
  states nothing (an "if" clause after whom it asks too, which the parser reads as a condition); typed
  thought by attribution_types.py, its asker kept as the speaker ("and said that …" after it is a cue of
  its own, speech). A question the reporter put ("Asked whether …, Brown said") has
  no asker in the sentence and is deeds.is_question_put.

Words not said yet, the stock phrase, "say" for instance, the guess, the consensus, the question and the
words that would have been said are nobody_says (deeds.py): typed thought with no speaker; a decision,
words not said and a question put by the subject are typed thought with their speaker kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.cues import SPEECH_LEMMAS
from quotegraph.analyze.forecast_frames import forecast
from quotegraph.analyze.idle_cues import unable_to_say
from quotegraph.analyze.parsing import FINITE_TAGS, either_apostrophe

NOT_YET = frozenset({"yet", "still"})
FUTURE = either_apostrophe("will", "'ll", "shall")
OPEN_QUESTIONS = frozenset({"which", "what", "whether", "if", "when", "who", "how"})
# The proverbial speakers of a stock phrase: "as the man says", "as they say", "as the saying goes".
BARE = frozenset({"mark", "nsubj", "advmod", "punct"})
NEGATIONS = either_apostrophe("never", "not", "n't")
NEGATION_REACH = 3  # "never cite", "did not say", "has not yet said": the negation close before the cue
PROVERBIAL = frozenset("man they people saying adage proverb song cliché cliche expression".split())
# The modal of a guess ("it may mean …") and the bare subjects of the writer's "it/this/that may mean".
GUESSING_MODALS = frozenset({"may", "might", "could", "would", "can"})
BARE_REFERENTS = frozenset({"it", "this", "that"})
# Nouns whose "is to" + verb says what they are, not what someone decided: "The goal is to have …".
# Who "all" agree (a consensus read), the verbs of the writer's inference, and the nouns of a consensus.
EVERYONE = frozenset({"all", "everyone", "everybody"})
SEEMING_VERBS = frozenset({"seem", "appear"})
CONSENSUS_NOUNS = frozenset({"agreement", "consensus"})
CONSENSUS_REACH = 4
# A class summed up by a quantifier (round 17): "Many businesses agree that …". "Many analysts believe …"
# is left to its holders (thought, the analysts): a belief is held, agreement summed up by the writer.
QUANTIFIERS = frozenset({"many", "most", "some"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
PURPOSES = frozenset(
    """
    goal aim job task role response reaction answer idea purpose mission strategy question challenge
    priority point solution way plan intention hope dream ambition instinct option choice alternative
    """.split()
)


def not_yet_said(cue: Token) -> bool:
    """ "is still to announce which …", "has yet to say whether …"; "will announce which …"."""
    if cue.lemma_ in {"be", "have"}:  # a learned cue "has yet to say", headed by "has"
        cue = next((c for c in cue.children if c.dep_ == "xcomp"), cue)
    head = cue.head
    if forecast(cue):  # "seems certain to … and announce …", "is expected to say" (forecast_frames.py)
        return True
    infinitive = cue.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if infinitive and head.lemma_ in {"be", "have"} and any(c.lower_ in NOT_YET for c in head.children):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in cue.children):
        return False
    if any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in cue.children):
        return False  # "he still will not say which or how": a refusal, its speaker kept (is_refusal)
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return after is not None and after.lower_ in OPEN_QUESTIONS


def stock_phrase(cue: Token) -> bool:
    """ "…, as the man says", "as they say", "as the old saying goes": "as" + a proverbial subject."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in cue.children):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PROVERBIAL:
        return False
    # In the present, with nothing said after it: "as they said in their manifesto" is theirs, "as the
    # man behind it says" is someone's.
    if cue.tag_ not in {"VBZ", "VBP"} or any(c.dep_ not in BARE for c in cue.children):
        return False
    return not any(c.dep_ not in {"det", "amod"} for c in subject.children)


def for_instance(cue: Token) -> bool:
    """ "with say no tax on …", "to, say, 10%": the adverb "say" (for instance), no cue."""
    if cue.lower_ != "say" or cue.i == 0 or cue.i + 1 >= len(cue.doc):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "expl"} for c in cue.children):
        return False
    before, after = cue.nbor(-1), cue.nbor(1)
    if before.tag_ == "IN" and before.lower_ not in {"that", "if", "whether", "because", "as"}:
        return True  # "with say no tax": a preposition, not a clause's opener ("that say …" is a relative)
    return before.text == "," and after.text == ","


def guessed_outcome(cue: Token) -> bool:
    """ "Equally, it may mean Hollywood studios ask for more …": a cue in the clause of "it may mean"."""
    verb = cue
    while verb.dep_ in {"conj", "xcomp"} and verb.head is not verb:  # "may mean they ask and demand …"
        verb = verb.head
    mean = verb.head
    if verb.dep_ != "ccomp" or mean.lemma_.lower() != "mean":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in GUESSING_MODALS for c in mean.children):
        return False
    subjects = [c for c in mean.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in BARE_REFERENTS and not list(s.children) for s in subjects)


def decided_act(cue: Token) -> bool:
    """ "The reggae industry is to refuse to release …": a finite "be" + a to-infinitive, with a subject
    (a learned cue "is to refuse" is headed by "is"; the rules' cue "refuse" hangs from it)."""
    be = cue if cue.lemma_ == "be" else cue.head
    if be.lemma_ != "be" or be.tag_ not in FINITE_TAGS:
        return False
    act = cue if be is not cue else next((c for c in be.children if c.dep_ == "xcomp"), None)
    if act is None or act.dep_ != "xcomp":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    if any(c.lower_ in NOT_YET or c.dep_ == "expl" for c in be.children):
        return False  # "is still to announce which …" (not_yet_said), "there is to be …"
    subjects = [c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "The goal is to have …", "his best response was to say …": what a purpose is, no one's decision.
    return bool(subjects) and not any(
        s.tag_ in {"WDT", "DT", "PRP"} or s.lemma_ in PURPOSES for s in subjects
    )


def never_said(cue: Token) -> bool:
    """ "They never cite knowledge of …", "did not say he would …": a negated cue, words not said; not one
    followed by a participle of what was said instead ("does not mention them, simply adding in a PS: "…"");
    "did not say when …, but said it had …" has a cue of its own for the words said."""
    if unable_to_say(cue):
        return True  # "was unable to say when …": a failure to speak, as "refused to say" (idle_cues.py)
    said_instead = (c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG")
    if any(c.lemma_.lower() in SPEECH_LEMMAS for c in said_instead):
        return False  # "…, simply adding …": its words may be drawn in the negated cue's content
    for child in cue.children:
        near = cue.i - NEGATION_REACH <= child.i < cue.i
        if child.dep_ != "neg" or child.lower_ not in NEGATIONS or not near:
            continue
        after = child.nbor(1) if child.i + 1 < len(cue.doc) else None
        return after is None or after.lower_ not in {"only", "just", "merely"}  # "not only said … but"
    return False


def reads_a_consensus(cue: Token) -> bool:
    """ "What all seem agreed on …", "everyone agrees that …", "there is agreement that …" (round 15)."""
    lemma = cue.lemma_.lower()
    if lemma in CONSENSUS_NOUNS:  # "there is broad agreement that …"
        return cue.head.lemma_ == "be" and any(c.dep_ == "expl" for c in cue.head.children)
    if lemma == "agree" and _class_summed_up(cue):  # "Many businesses agree that …" (round 17)
        return True
    if lemma != "agree":
        return False
    before = cue.doc[max(cue.sent.start, cue.i - CONSENSUS_REACH) : cue.i]
    if not any(t.lower_ in EVERYONE for t in before):
        return False
    return cue.tag_ in {"VBZ", "VBP"} or any(t.lemma_.lower() in SEEMING_VERBS for t in before)


def _class_summed_up(cue: Token) -> bool:
    """ "Many businesses agree that …": a present-tense agreement whose subject is a bare plural common noun
    under "many", "most" or "some", no one named: the writer's reading of a class, as "everyone agrees".
    "Many of the businesses agree" and "Some analysts said" stay theirs (a part named, a verb of saying)."""
    if cue.tag_ not in {"VBZ", "VBP"}:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or subjects[0].ent_type_:
        return False
    quantifier = [c for c in subjects[0].children if c.dep_ in {"amod", "det"} and c.lower_ in QUANTIFIERS]
    return bool(quantifier) and quantifier[0].i == subjects[0].left_edge.i


def asks_whether_said(cue: Token) -> bool:
    """ "will those Brownite briefers suggest their man is unhappy …?": the writer's question (round 15)."""
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    auxiliaries = [c for c in cue.children if c.dep_ == "aux" and c.lower_ != "to"]
    if not (subjects and auxiliaries and auxiliaries[0].i < subjects[0].i < cue.i):
        return False  # first, as cue.sent reads every token of the doc (spaCy's has_annotation)
    sentence = cue.sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    # "Why did Mr Brown say he was unhappy?" asks about words said: a yes-or-no question only
    return not any(t.tag_ in WH_TAGS for t in cue.doc[sentence.start : auxiliaries[0].i])


# The modals of a counterfactual in the perfect: "would have claimed", "could have argued".
PERFECT_AUXILIARIES = either_apostrophe("have", "'ve")
COUNTERFACTUAL_MODALS = either_apostrophe("would", "could", "should", "'d")


def would_have_said(cue: Token) -> bool:
    """ "would then have claimed that …", "could have argued that …": words that would have been said."""
    if cue.tag_ != "VBN":
        return False
    auxiliaries = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i]
    perfect = any(a.lower_ in PERFECT_AUXILIARIES for a in auxiliaries)
    return perfect and any(a.lower_ in COUNTERFACTUAL_MODALS for a in auxiliaries)


def puts_a_question(cue: Token) -> bool:
    """ "Michael Fallon asked Mr Brown whether the Treasury had leaned …": a question its subject put."""
    if cue.lemma_.lower() != "ask" or not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    asked = [c for c in cue.children if c.dep_ == "dobj"]  # whom: "asked Mr Myers if he ever knew …"
    for clause in (c for c in cue.children if c.dep_ in {"ccomp", "advcl"} and c.i > cue.i):
        # the parser reads "if" after whom it asks as a condition (advcl): a question all the same
        if clause.dep_ == "advcl" and not any(o.i < clause.i for o in asked):
            continue
        if any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in clause.children):
            return True
        if clause.dep_ == "ccomp" and clause.left_edge.tag_ in WH_TAGS:  # "asked him why he had …"
            return True
    return False


# The tags a noun phrase opens with, right after the "had" of an inverted condition ("had an anonymous …").
PHRASE_OPENERS = frozenset({"DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})  # "gone" is often tagged a past tense there


def in_inverted_condition(cue: Token) -> bool:
    """ "What would have been the reaction had an anonymous Bush holdover … gone to the IG … to claim
    third-hand knowledge …?", "Had he said so, …": a cue in a condition opened by "had" before its subject
    and a past participle after it (round 19): what would have been said, words nobody said. The parser
    hangs "had" as the participle's auxiliary, or as a verb with the participle and the cue under it."""
    node = cue
    while True:
        if node.lower_ == "had" and node.i < cue.i and _had_inverts(node):
            return True
        had = [c for c in node.children if c.dep_ == "aux" and c.lower_ == "had" and c.i < cue.i]
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.tag_ in PARTICIPLE_TAGS and had and subjects and had[0].i < subjects[0].i < node.i:
            return True  # "Had he known …"
        if node.head.i == node.i:
            return False
        node = node.head


def _had_inverts(had: Token) -> bool:
    """ "had an anonymous holdover gone …": "had", a noun phrase, a past participle hung from "had" whose
    subject stands between them, or (when the parser takes "had" for the verb) "had"'s own object there."""
    if had.i + 1 >= len(had.doc) or had.nbor(1).tag_ not in PHRASE_OPENERS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < had.i for c in had.children):
        return False  # "Mr Galloway had friends … who he described as …": after its subject, no inversion
    for participle in had.children:
        if participle.tag_ not in PARTICIPLE_TAGS or participle.dep_ not in {"advcl", "ccomp", "conj"}:
            continue
        between = range(had.i + 1, participle.i)
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in between for c in participle.children):
            return True
        if any(c.dep_ in {"dobj", "nsubj"} and c.i in between for c in had.children):
            return True
    return False


def fronted_purpose(cue: Token) -> bool:
    """ "To confirm the relationship between …, Howitt ordered another set of … mice": a to-infinitive with no
    subject, hung before the verb it gives the purpose of (round 19): what was done for, a deed, no words;
    "To be clear, he said …" and "To confirm this, the company said …" give the purpose of a cue of their
    own (left to it), and "went on television to say that …" (after its verb) says what was said."""
    if cue.dep_ != "advcl" or cue.i > cue.head.i or cue.head.lemma_.lower() in SPEECH_LEMMAS:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in cue.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


# The objects that carry a withheld comment's topic: "would not comment on "market speculation"".
TOPIC_DEPS = frozenset({"prep", "dobj", "xcomp"})


def quotes_a_topic(cue: Token) -> bool:
    """ "A spokesman … would not comment on "market speculation"", "declined to discuss "operational
    matters"": quotation marks inside the topic of a refusal quote the topic, no words said (round 19);
    the refusal (attribution_types.is_refusal) stays thought though its content is in quotation marks.
    Quoted words in a clause of their own ("declined to comment: "We never …"") are not a topic."""
    for child in cue.children:
        if child.dep_ not in TOPIC_DEPS or child.i < cue.i:
            continue
        if child.dep_ == "xcomp":  # "declined to comment on "…"": the topic of the withheld verb
            if quotes_a_topic(child):
                return True
        elif any(t.is_quote for t in child.subtree):
            return True
    return False
