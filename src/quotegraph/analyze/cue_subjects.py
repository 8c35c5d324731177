"""The cue's own subject: who speaks is the subject of the reporting verb, read from the parse.

A source mention found beside a cue (by the rules in quotes.py or by the learned model's spans) is
sometimes a word that only points at the speaker, or is missing, or belongs to another clause. News
syntax settles it the same way in every article:

- a relative pronoun as the cue's subject stands for the noun its clause hangs on, also when that noun
  is a passive's agent or an apposition ("… was strongly denied by Shepherd, who accused the striker of
  …": Shepherd);
- a cue coordinated with a verb before it, with no subject of its own, shares that verb's subject
  ("Llewellyn is on a one-season deal …, but said he may consider retiring": Llewellyn), also where the
  source found lies in a copula's complement ("Vietnam is one of the region's most vocal critics … and
  has accused Beijing …": Vietnam, never "critics"; `copula_complements.py`, round 27);
- a cue the parser coordinated with the main verb although it ends a subordinate clause ("he is also
  worried about Pakistan after one of its top nuclear scientists, Abdul Qadeer Khan, admitted …") takes
  that clause's subject (Khan), never the main clause's ("he");
- a cue after a relative clause set off by two dashes, which the parser coordinated with the clause's
  verb, speaks for the sentence's subject around the aside ("Wilson has tried to resurrect Factory -
  which lasted for 14 years - but conceded …": Wilson; `after_dash_aside`);
- "According to X, Y wrote that …": Y, the cue's own subject, wrote it; X only relays it. "According to
  X" with no other cue keeps X, and so
  does a written account ("according to a statement …", but an advance text or a transcript of what "he"
  or "she" told relays that person's words), a survey's count ("29% of the people it questioned said")
  and an "according to" after the clause, unless a quotation closes right before the cue's subject
  ('"…," he told settler leaders, according to a statement': his);
- a cue the parser gave two subjects joined by a coordinator ("Rose-Lynn worships Patsy Cline, and so the
  three writers knew …") speaks for the one of its own clause, after the coordinator (the writers); an
  organization, a title and a name it split into two subjects ("CPUC President Marybel Batjer said") is
  the person; a cue with no subject, coordinated with a verb whose object the parser joined to the
  noun right before the cue ("the world auto market has its problems and analysts warn that …"), speaks
  for that noun, its own clause's subject (the analysts; `conjoined_subjects.py`, round 33);
- the noun after "to" in the subject's phrase is whom it is addressed or attached to, never the speaker
  ("An October 11 presentation to bondholders indicated …" is the presentation, "an adviser to the
  president said" the adviser): the subject itself speaks.
- a noun the parser cut off before the cue's subject as an adverbial noun describes that subject, which
  speaks ("Republican state schools Superintendent Jennifer McCormick has cited …": McCormick;
  `modifier_subjects.py`, round 24);
- a subject noun phrase that ends in an adverb of repetition ("the prime minister time and again
  insisted", "time after time") is the noun before it: "time" is no speaker (`repeated_subject`).
- a cue in a relative clause with no relative pronoun ("a Franck Muller watch Sharon said was one of only
  10 made") speaks for its own subject (Sharon), never for the noun the clause hangs on (round 19);
- "This" alone opening its sentence stands for the last document the sentence before names ("Labour's
  five-year plan …, which was published last week. This says …": the plan; document_pronouns.py); "they"
  or "it" in a clause hung on a main clause whose subject is a document stands for it ("Howitt's findings
  were significant because they pointed to …": the findings; round 18).

Each rule is narrowed where the parse misleads: a relative clause hung on a noun further back, a "who"
that another verb has, a participle or a title read as a coordinated verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotegraph.analyze.after_participles import participle_object, reported_clause_participle
from quotegraph.analyze.comma_participles import comma_participle_subject
from quotegraph.analyze.conjoined_subjects import conjoined_subject
from quotegraph.analyze.copula_complements import copula_subject
from quotegraph.analyze.cues import is_according_to, is_cue
from quotegraph.analyze.dash_asides import name_before_dash_aside
from quotegraph.analyze.dated_subjects import dated_subject
from quotegraph.analyze.datelines import after_dateline
from quotegraph.analyze.deeds import is_deed
from quotegraph.analyze.document_nouns import DOCUMENT_NOUNS
from quotegraph.analyze.document_participles import document_stating
from quotegraph.analyze.document_pronouns import document_named_before, document_of_main_clause
from quotegraph.analyze.infinitive_relatives import copula_named
from quotegraph.analyze.modifier_subjects import described_subject
from quotegraph.analyze.name_repairs import DASHES
from quotegraph.analyze.object_participles import verb_subject_of_participle
from quotegraph.analyze.opener_participles import opener_participle_subject
from quotegraph.analyze.parsing import FINITE_TAGS, RELATIVE_TAGS, SUBJECT_DEPS
from quotegraph.analyze.possessed_cues import possessor_subject
from quotegraph.analyze.postposed_names import postposed_name
from quotegraph.analyze.relative_conjuncts import relative_conjunct_subject
from quotegraph.analyze.survey_counts import counts_respondents

if TYPE_CHECKING:
    from quotegraph.analyze.attribution import Attribution

# Words that open a subordinate clause of time, cause or contrast, which the parser may read as a
# preposition with the clause's subject as its object.
SUBORDINATORS = frozenset(
    "after when because as since while before until although though once whereas".split()
)
# What the parser makes of a subordinate clause's subject, or of the name in apposition to it.
MISREAD_SUBJECTS = frozenset({"npadvmod", "appos", "pobj", "conj", "compound", "dobj"})
OPENER_DEPS = frozenset({"prep", "mark"})
# A tensed verb (a modal counts apart, by its "aux" child).
TENSED_TAGS = FINITE_TAGS - {"MD"}
# Clauses that state something (a main, coordinated, reported or relative clause), not a modifier.
STATED_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "relcl"})
# Written accounts an "according to" names: what they say is their own account of it, a document or an
# organization's statement (a later "the statement said" is theirs), not a relay of someone's words.
WRITTEN_RELAYS = DOCUMENT_NOUNS | frozenset("statement text release transcript letter memo filing".split())
# Written records of spoken words: "according to an advance text / a transcript, he told …" relays his speech.
SPOKEN_RECORDS = frozenset({"text", "transcript"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
COORDINATORS = frozenset({"and", "but", "or", "yet", "so"})


def cue_subject(attribution: Attribution) -> Token | None:
    """The head of whoever the attribution's cue reports: its source token, corrected by the rules above."""
    head, cue = attribution.source_token, attribution.cue_token
    if cue is None:
        return head
    if (named := copula_named(cue)) is not None:
        return named  # "The only other entity to confirm … is the “national team”" (infinitive_relatives)
    if (document := document_stating(cue)) is not None:
        return document  # "falsifying records, stating …": the records state it (document_participles.py)
    if (suer := verb_subject_of_participle(cue)) is not None:
        return suer  # "the firm sued the state alleging …": the firm (object_participles.py, round 21)
    if (rewarded := participle_object(cue)) is not None:
        return rewarded  # "reward Tripoli for … vowing to …": Tripoli vowed (after_participles.py)
    if (believer := reported_clause_participle(cue)) is not None:
        return believer  # "Hodgson believes a winter break carries …, explaining:": Hodgson (round 17)
    if (name := postposed_name(cue)) is not None:
        return name  # "… that have educational elements said Mr Owen.": Owen (postposed_names.py)
    if is_according_to(cue):  # the learned model's "according to" over "Y wrote that …": Y's
        return relative_antecedent(_own_subject(cue.head), cue.head) if relays_a_cue(cue) else head
    if (noun := relative_conjunct_subject(cue)) is not None:
        return noun  # "the Court … - which ruled …, and confirmed …": the court (relative_conjuncts.py)
    own = conjoined_subject(cue)  # "the market has its problems and analysts warn": the analysts (round 33)
    if own is not None and (head is None or head == _subject_of_chain(cue)):
        return own
    subordinate = subordinate_subject(cue)
    if subordinate is not None and (head is None or head == _subject_of_chain(cue)):
        return subordinate
    if head is None:  # "for failing to deliver on his vow that …": whose vow (possessed_cues.py); "The pair
        found = shared_subject(cue) or possessor_subject(cue) or comma_participle_subject(cue)  # …, claiming"
        found = found or dated_subject(cue)  # "on Wednesday Lord Woolf said" (dated_subjects.py, round 29)
        return found or opener_participle_subject(
            cue
        )  # "the duo were admitted … after claiming …" (round 25)
    if (head := after_dateline(head, cue)) is None:  # "BERLIN -- The European Space Agency says": the agency
        return None  # a dateline speaks for no one (datelines.py, round 29)
    head = copula_subject(head, cue) or head  # "Vietnam is one of … critics … and has accused": Vietnam
    if _relayed(head, cue):
        head = _own_subject(cue) or head
    head = described_subject(head, cue)  # "… state schools Superintendent Jennifer McCormick has cited": her
    head = contact_clause_subject(addressed_by(clause_subject(head, cue), cue), cue)  # round 19
    relative = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS), None)
    if relative is not None and relative.head.dep_ == "relcl" and head == relative.head.head:
        head = relative  # the rules' source: the noun the clause hangs on, checked again below
    head = after_dash_aside(head, cue) or relative_antecedent(head, cue)  # "Factory - which … - but conceded"
    head = repeated_subject(head)  # "the prime minister time and again insisted": the prime minister
    head = name_before_dash_aside(head, cue) or head  # "Mr Bez - himself a former executive … - said"
    document = document_named_before(head) or document_of_main_clause(head)  # "… This says …" (round 14),
    return document or head  # "Howitt's findings were significant because they pointed to …" (round 18)


def contact_clause_subject(head: Token, cue: Token) -> Token:
    """ "a Franck Muller watch Sharon said was one of only 10 made": a cue in a relative clause with no
    relative pronoun, hung on the source's head, has a subject of its own, who speaks (Sharon); the noun
    the clause hangs on is what the words are about (the watch)."""
    if cue.dep_ != "relcl" or cue.head != head:
        return head
    own = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS), None)
    return head if own is None or own.pos_ not in {"PROPN", "NOUN", "PRON"} else own


# "time and again", "time after time": an adverb of repetition the parser may take for the subject's head.
REPEATED = (("and", "again"), ("after", "time"))


def repeated_subject(head: Token) -> Token:
    """ "the prime minister time and again insisted": "time" heading an adverb of repetition, with a noun
    before it the parser made its compound, stands for that noun (the prime minister) as the subject."""
    doc = head.doc
    after = tuple(t.lower_ for t in doc[head.i + 1 : head.i + 3])
    if head.lower_ != "time" or after not in REPEATED:
        return head
    noun = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}), None)
    return head if noun is None or noun.i != head.i - 1 else noun


def addressed_by(head: Token, cue: Token) -> Token:
    """ "An October 11 presentation to bondholders indicated …": a source that is the object of "to"
    hung on the cue's subject is whom that subject was addressed to; the subject speaks."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return head
    subject = prep.head
    return subject if subject.dep_ in SUBJECT_DEPS and subject.head == cue and subject.i < prep.i else head


def clause_subject(head: Token, cue: Token) -> Token:
    """A cue the parser gave two subjects, joined by a coordinating word ("Rose-Lynn worships Patsy Cline,
    and so the three writers knew …"): the subject of the cue's own clause, the one after the last
    coordinator before the cue, speaks; the noun before it belongs to the clause before (often its object)."""
    if head.head != cue or head.dep_ not in SUBJECT_DEPS:
        return head
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    nearest = max(subjects, key=lambda t: t.i, default=head)
    if nearest == head:
        return head
    if _organization_before_person(head, nearest):
        return nearest  # "CPUC President Marybel Batjer said": Batjer, the CPUC's president
    between = cue.doc[head.i + 1 : nearest.left_edge.i]
    return nearest if any(t.lower_ in COORDINATORS for t in between) else head


def _organization_before_person(head: Token, nearest: Token) -> bool:
    """An organization, a title and a name run together before a cue, which the parser split into two
    subjects ("CPUC President Marybel Batjer said"): the person speaks; the organization is her role's."""
    return (
        head.ent_type_ == "ORG"
        and nearest.ent_type_ == "PERSON"
        and nearest.left_edge.i == head.i + 1
        and all(t.dep_ == "compound" for t in nearest.doc[nearest.left_edge.i : nearest.i])
    )


def relative_antecedent(token: Token, cue: Token) -> Token:
    """ "who" as the subject of the cue ("…, who accused …") stands for the noun its relative clause hangs
    on: the noun right before it, a name that noun is in apposition to ("Li Jifeng, a doctor at …, who"),
    or a person one "of" back ("the head of the FBI, who"). A clause the parser hung on a noun further
    back ("the attitude of many tech firms in its submission which states", "labelled a misjudgement by the
    Conservatives who said") is left as written, and so is a "who" another verb has ("pensioners, who they
    say have been hardest hit": "they" say it)."""
    if token.tag_ not in RELATIVE_TAGS or token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "relcl":
        return token
    if cue not in (token.head, *token.head.conjuncts):
        return token
    if any(c.dep_ in SUBJECT_DEPS and c != token for c in token.head.children):
        return token  # "pensioners, who they say have been hardest hit": "they" say it
    antecedent, before = token.head.head, token.i - 1
    while before > antecedent.i and token.doc[before].is_punct:
        before -= 1
    if before == antecedent.i:
        return antecedent
    path = [token.doc[before], *token.doc[before].ancestors]
    if antecedent not in path:
        return token
    steps = path[: path.index(antecedent)]
    if antecedent.dep_ == "appos" or any(t.dep_ == "appos" for t in steps):
        return antecedent
    # "Smith, 58, who"; "the head of the FBI, who": one step of a person's description, not a chain
    prepositions = [t for t in steps if t.dep_ == "prep" or t.dep_ == "agent"]
    if token.lower_ == "who" and all(t.lower_ == "of" for t in prepositions) and len(prepositions) <= 1:
        return antecedent
    return token


def after_dash_aside(head: Token, cue: Token) -> Token | None:
    """ "Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but
    conceded …": a relative clause set off between two dashes ends at the second; a cue after it that the
    parser coordinated with the clause's verb goes on the sentence around the aside, and speaks for the
    subject of the verb the aside's noun hangs on (Wilson), never for the relative or its noun (Factory)."""
    verb, doc = cue.head, cue.doc
    if cue.dep_ != "conj" or verb.dep_ != "relcl" or verb == cue:
        return None
    relative = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS), None)
    if relative is None or head not in (relative, verb.head) or relative.i == 0:
        return None
    if doc[relative.i - 1].text not in DASHES or not any(t.text in DASHES for t in doc[verb.i + 1 : cue.i]):
        return None
    for outer in verb.head.ancestors:
        if outer.pos_ in {"VERB", "AUX"} and (subject := _own_subject(outer)) is not None:
            return subject
    return None


def shared_subject(cue: Token) -> Token | None:
    """ "X is on a deal …, but said …": a conjoined cue with no subject of its own speaks for the subject
    of the verb it is coordinated with (the first verb of the chain that has one)."""
    if cue.dep_ != "conj" or _own_subject(cue) is not None or not _finite(cue):
        return None  # "The song, titled … and described as a ballad": a participle, no one's words
    subject = _subject_of_chain(cue)
    if subject is None or subject.head.dep_ not in STATED_CLAUSE_DEPS:
        return None  # "The song, titled Grief Never Grows Old and described as …": a title misparsed
    return after_dash_aside(subject, cue) or relative_antecedent(subject, cue)


def subordinate_subject(cue: Token) -> Token | None:
    """A cue parsed as coordinated with the main verb, with no subject of its own, where a subordinating
    word ("after", "when", "because" …) stands between that verb and the cue with no coordinating word
    after it: the cue ends the subordinate clause, whose subject is the noun right before it (a name in
    apposition, "one of its scientists, Abdul Qadeer Khan, admitted": Khan)."""
    if cue.dep_ != "conj" or _own_subject(cue) is not None or cue.head.i >= cue.i:
        return None
    between = cue.doc[cue.head.i + 1 : cue.i]
    opener = next((t for t in reversed(between) if t.lower_ in SUBORDINATORS and t.dep_ in OPENER_DEPS), None)
    if opener is None:
        return None
    clause = cue.doc[opener.i + 1 : cue.i]
    if any(t.lower_ in COORDINATORS or t.pos_ in {"VERB", "AUX"} for t in clause):
        return None  # "after the vote, and said": a second main clause; "after he lost, said": not a subject
    before = cue.i - 1
    while before > opener.i and cue.doc[before].is_punct:
        before -= 1
    noun = cue.doc[before]
    if noun.pos_ in {"PROPN", "NOUN"} and noun.dep_ in MISREAD_SUBJECTS and before > opener.i:
        return noun
    return None


def relays_a_cue(according: Token) -> bool:
    """ "According to X" hung on a cue that has a subject of its own ("according to NPR's Feng, Li Jifeng
    … wrote in a blog post that …"): the cue's subject spoke, X relays it. The rules' attribution of the
    "according to" is kept as found (the learned model reads the rules' findings); its speaker is Y."""
    cue = according.head
    if cue == according or cue.pos_ not in {"VERB", "AUX"} or not is_cue(cue) or is_deed(cue):
        return False  # "According to Labor Department figures, US firms added … jobs": a deed, the figures'
    relay = next(
        (o for t in according.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"), None
    )
    subject = _own_subject(cue)
    if subject is not None and subject.i < according.i and _quote_precedes(subject):
        return not counts_respondents(subject)  # '"Here we are …," he told settler leaders, according to a
        # statement': his own quoted words; the statement only reports them
    if _written(relay) and not (relay.lemma_.lower() in SPOKEN_RECORDS and _personal(subject)):
        return False  # "According to a statement from Mr Spitzer's office, the executive admitted …"; but
        # "According to an advance text released by officials, he told delegates: …": his speech's text
    if subject is None or subject.i < according.i or counts_respondents(subject):
        return False  # "Donor nations have promised …, according to the United Nations": the UN's report;
        # "According to Continental Research, 29% of the people it questioned said": the research's count
    return any(c.dep_ == "ccomp" for c in cue.children) or _quote_follows(cue)


def _quote_follows(cue: Token) -> bool:
    """ "Y said: “…”": a quotation mark right after the cue (a colon or comma between)."""
    after = cue.doc[cue.i + 1 : cue.i + 3]
    return any(t.is_quote for t in after) and all(t.is_punct for t in after[:1])


def _quote_precedes(subject: Token) -> bool:
    """ "“…,” he told": a quotation closes right before the cue's subject (a comma allowed)."""
    before = subject.doc[max(subject.left_edge.i - 2, 0) : subject.left_edge.i]
    return any(t.is_quote for t in before) and all(t.is_punct for t in before)


def _relayed(head: Token, cue: Token) -> bool:
    """The source lies in an "according to" hung on the cue, whose own subject follows it ("according to
    NPR's Feng, Li Jifeng … wrote"; "according to a statement from Mr Spitzer's office, the Marsh
    executive admitted"): the relay, not the speaker."""
    according = next((c for c in cue.children if is_according_to(c)), None)
    if according is None or not according.left_edge.i <= head.i <= according.right_edge.i:
        return False
    return relays_a_cue(according)


def _written(relay: Token | None) -> bool:
    return relay is not None and relay.pos_ != "PROPN" and relay.lemma_.lower() in WRITTEN_RELAYS


def _personal(subject: Token | None) -> bool:
    return subject is not None and subject.lower_ in PERSONAL_PRONOUNS


def _finite(verb: Token) -> bool:
    """A verb that can have a subject: a tense ("said", "says") or an auxiliary before it ("did not say")."""
    return verb.tag_ in TENSED_TAGS or any(c.dep_ == "aux" for c in verb.children)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _subject_of_chain(cue: Token) -> Token | None:
    """The subject of the first verb up the cue's chain of conjuncts that has one."""
    verb = cue
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
        if (subject := _own_subject(verb)) is not None:
            return subject
    return None
