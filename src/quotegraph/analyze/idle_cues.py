"""Speech verbs that report no one's words, and a failure to speak (docs/quotes.md, "Not speech, round 34").

- A means of saying: a speech verb in an infinitive that modifies a noun of wording or manner ("what are
  two words to describe how it felt?", "there is no easy way to say this", "the right term to describe
  it") names a way of putting things, not anything said. An infinitive after any other noun ("took the
  opportunity to say that …", "the first leader to say so") is left to the other rules.
- A belief confirmed by a thing: "it confirms the belief that the company seldom has new ideas", "the
  figures reinforce the impression that …": a verb of backing (confirm, reinforce, support …) whose
  object is a noun of opinion (belief, view, impression, suspicion …) and whose subject is no person
  and no organization is the writer's reasoning, no one's statement. "The minister confirmed the view
  that …" (a speaker), and an opinion noun with no "that" clause ("what I have seen has confirmed my
  early impressions", the writer's thought), are left to the other rules.
- A passive with nothing said: "The Top 500 list was announced on Monday": a passive speech verb with
  no clause, no infinitive and no quotation reports an event (a list, a result published); its only
  "content" would be its own subject. "It was announced that …" keeps its clause, and "was told in the
  film …" or "by …" keeps its source, "are accused of …" or "was told about …" its topic.
- A failure to speak: "A spokesman … was unable to say when the unit would be back": "unable" or
  "unwilling" to say, with a wh-clause, "whether"/"if" or no clause at all, is typed as "refused to
  say" (a thought, attribution_types.py), and its speaker is the subject of the copula
  (unable_sayer).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.agent_nouns import denotes_agents

# Nouns of wording or manner a speech infinitive can modify without reporting words.
WORDING_NOUNS = frozenset(
    "word way means term phrase expression language adjective manner vocabulary method".split()
)
BACKING_LEMMAS = frozenset("confirm reinforce support strengthen bolster underline underscore fuel".split())
OPINION_NOUNS = frozenset(
    "belief view impression suspicion notion perception idea assumption theory suggestion feeling".split()
)
PEOPLE_PRONOUNS = frozenset("i we you he she they who".split())
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "dobj"})
FAILING_ADJECTIVES = frozenset({"unable", "unwilling"})
TOPIC_PREPOSITIONS = frozenset({"of", "about", "over", "for", "to", "as", "with"})
QUOTE_MARKS = frozenset('"“”‘’')


def means_of_saying(cue: Token) -> bool:
    """ "two words to describe how it felt", "a way to say": an infinitive of a noun of wording."""
    if cue.dep_ not in {"relcl", "acl"} or cue.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return cue.head.pos_ == "NOUN" and cue.head.lemma_.lower() in WORDING_NOUNS


def belief_backed_by_thing(cue: Token) -> bool:
    """ "it confirms the belief that …": a noun of opinion backed by a thing, no one's words."""
    if cue.lemma_.lower() not in BACKING_LEMMAS:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in OPINION_NOUNS]
    if not any(any(g.dep_ in {"acl", "ccomp"} for g in o.children) for o in objects):
        return False  # "the belief that …" only; "has confirmed my early impressions" stays (round 18)
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "csubj"}]
    return bool(subjects) and not any(_is_agent(s) for s in subjects)


def _is_agent(noun: Token) -> bool:
    if noun.lower_ in PEOPLE_PRONOUNS or noun.ent_type_ in AGENT_ENTITIES or noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and denotes_agents(noun)


def bare_passive(cue: Token) -> bool:
    """ "The Top 500 list was announced on Monday": a passive with no clause and no quotation."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or subjects[0].lower_ == "it":
        return False  # "It was announced that …", or a clause as subject
    if any(c.dep_ in CLAUSES or c.dep_ == "agent" or _in_a_work(c) for c in cue.children):
        return False  # "was told in the film …": a work that tells it, its source (document)
    if any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for c in cue.children):
        return False  # "are accused of breaches of …": what is charged, content of its own
    sentence = cue.sent
    return not any(t.text in QUOTE_MARKS for t in sentence)


def _in_a_work(child: Token) -> bool:
    """ "in the film 24 Hour Party People", not "in March": a place of telling, no date."""
    if child.dep_ != "prep" or child.lower_ != "in":
        return False
    return any(o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} for o in child.children)


def unable_to_say(cue: Token) -> bool:
    """ "was unable to say when …", "unwilling to say whether …", "unable to comment": a failure to speak
    (a thought, as "refused to say")."""
    if cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in FAILING_ADJECTIVES:
        return False
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if not clauses:
        return True
    marks = {m.lower_ for c in clauses for m in c.children if m.dep_ == "mark"}
    wh = any(t.tag_ in {"WRB", "WP", "WDT"} and t.i < c.i for c in clauses for t in c.subtree)
    return bool(marks & {"whether", "if"}) or (wh and "that" not in marks)


def unable_sayer(cue: Token) -> Token | None:
    """The verb whose subject says "was unable to say": the copula "unable" hangs from, else None."""
    adjective = cue.head
    if cue.dep_ != "xcomp" or adjective.lemma_.lower() not in FAILING_ADJECTIVES or adjective.dep_ != "acomp":
        return None
    return adjective.head if adjective.head.pos_ in {"VERB", "AUX"} else None
