"""Attribution: pair each reporting cue with its source and content, then place leftover quotes.

This is where a quote gets its cue and its source mention (as written). Who that mention denotes
(a pronoun, a surname, an anonymous group) is settled afterwards in speakers.py.

Order of work for one article:
1. every cue (cues.py) proposes an attribution: its subject is the source; its content is an
   adjacent quoted passage (direct), else its clause complement (indirect, or mixed when that
   clause holds quotation marks), else, for a parenthetical cue ("…, Rice added, …"), the clause
   around it;
2. quoted passages no cue took are continuations of the quote before them in the same paragraph,
   or of the previous paragraph's speaker when they open a paragraph, or else unattributed.

Here: the cue's source, the reporting clause and the passages adjacent to it. Beside it:
attribution.py (the Attribution record), clauses.py (what an indirect cue reports),
transcripts.py (transcript lines and dash-signed quotes), continuations.py (step 2).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Token

from quotegraph.analyze.according_names import name_after_description
from quotegraph.analyze.admitted_charges import admits_a_charge
from quotegraph.analyze.advice_roles import advises_on
from quotegraph.analyze.as_clauses import as_mark, puts_it
from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.attribution_types import (
    attribution_type,
    document_told_in,
    nobody_shows,
    subject_of_nearer_conjunct,
)
from quotegraph.analyze.clauses import (
    SUBJECT_DEPS,
    clause_content,
    has_clause,
    in_cue_sentence,
    through_open_passage,
)
from quotegraph.analyze.continuations import is_full_quote, leftover_passages
from quotegraph.analyze.cues import (
    cue_needs_quote,
    in_noun_compound,
    is_according_to,
    is_cue,
    preposition_object,
    reports_a_quotation,
)
from quotegraph.analyze.dash_answers import dash_answers
from quotegraph.analyze.deal_participles import deal_participle
from quotegraph.analyze.declared_status import declares_status
from quotegraph.analyze.deeds import is_deed, is_question_put
from quotegraph.analyze.document_participles import document_mention, document_stating
from quotegraph.analyze.failed_predictions import failed_prediction
from quotegraph.analyze.foreign_cues import foreign_attributions
from quotegraph.analyze.furniture import furniture_lines, inside
from quotegraph.analyze.generic_sayers import cut_at
from quotegraph.analyze.glued_quotes import closes_sentence, quoted_just_before
from quotegraph.analyze.group_claims import group_claims
from quotegraph.analyze.how_described import how_described
from quotegraph.analyze.hyphen_words import whole_word, whole_word_span
from quotegraph.analyze.idle_cues import bare_passive, belief_backed_by_thing, means_of_saying, unable_sayer
from quotegraph.analyze.later_cues import opens_later_cue
from quotegraph.analyze.machine_subjects import machine_reports
from quotegraph.analyze.object_cues import reports_an_object
from quotegraph.analyze.object_participles import object_doer
from quotegraph.analyze.own_cue import has_own_cue, outside_quotes
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.passive_hearers import hears_in_passive
from quotegraph.analyze.postposed_names import postposed_name
from quotegraph.analyze.premodifier_nouns import noun_of_subject
from quotegraph.analyze.proven_deeds import proved_by_deeds
from quotegraph.analyze.quoted_as import relayed_speaker, relaying_start
from quotegraph.analyze.quoted_tails import opens_sentence, tail_participle, tail_start
from quotegraph.analyze.quotemarks import MARKS, QuotedSpan, passage_test
from quotegraph.analyze.short_replies import opens_reply
from quotegraph.analyze.titled_runs import in_title
from quotegraph.analyze.told_stories import tells_a_story
from quotegraph.analyze.transcripts import dash_signatures, speaker_labels
from quotegraph.records import QuoteKind
from quotegraph.records import Span as CharSpan

__all__ = ["SUBJECT_DEPS", "Attribution", "find_attributions", "reports_nothing"]

# What the parser makes of a name right before a conjoined speech verb that has no subject of its own.
MISPARSED_SUBJECT = frozenset({"conj", "compound", "appos", "npadvmod", "dobj", "pobj"})
CUE_PREFIX_DEPS = frozenset({"aux", "neg", "advmod"})
PUNCT_GAP = set(",;:—–- \u00a0") | set(MARKS)


def find_attributions(doc: Doc, passages: list[QuotedSpan]) -> list[Attribution]:
    """All attributions in the article, in text order."""
    text = text_of(doc)
    furniture = furniture_lines(text)
    passages = [p for p in passages if not inside(p.start, furniture)]  # a teaser's or caption's quotes
    passages = [p for p in passages if not _opens_on_inch_mark(text, p)]
    claimed: set[int] = set()
    found: list[Attribution] = []
    quoted = passage_test(passages)
    nearby = _PassageIndex(passages)
    found.extend(how_described(doc, passages, claimed))  # '"…," was how Ford described it' (round 29)
    framed = {a.cue_token for a in found}
    for token in doc:
        cue = is_cue(token) or reports_a_quotation(token)  # 'It blamed "…"' (cues.QUOTATION_LEMMAS)
        cue = cue or puts_it(token)  # 'As Gaiman put it, "…"' (as_clauses.py)
        if not cue or token in framed or quoted(token.idx) or inside(token.idx, furniture):
            continue
        if reports_nothing(token):
            continue
        attribution = _attribute_cue(token, passages, nearby, claimed)
        if attribution is not None:
            found.append(attribution)
    found.extend(speaker_labels(doc, found, furniture))
    found.extend(dash_signatures(doc, passages, claimed))
    found.extend(group_claims(doc))  # "The pair claim they …", "claim" read as a noun (round 29)
    found.extend(dash_answers(doc, passages, claimed))  # "— … «…»" under an interviewee's name (round 29)
    found.extend(foreign_attributions(doc, passages, claimed))
    found.extend(leftover_passages(text, passages, claimed, found))
    found = [a for a in found if not inside(a.content[0][0], furniture)]
    found.sort(key=lambda a: a.content[0][0])
    return _without_nested(found)


def _opens_on_inch_mark(text: str, passage: QuotedSpan) -> bool:
    """`Dell Alienware AW3418DW 34" 3440x1440 …`: a straight mark right after a digit measures inches."""
    start = passage.start
    return text[start] == '"' and start > 0 and text[start - 1].isdigit()


def _attribute_cue(
    cue: Token, passages: list[QuotedSpan], nearby: _PassageIndex, claimed: set[int]
) -> Attribution | None:
    if is_question_put(cue):
        return None
    source_head = outside_quotes(_source_head(cue), cue, nearby.around)
    source = None if source_head is None else whole_word_span(source_head) or mention_span(source_head)
    if source_head is not None and source_head == document_stating(cue):  # "reports suggesting …"
        source = document_mention(source_head, cue)
    cue_span = _cue_span(cue)
    frame = _frame(cue, source)
    adjacent = _adjacent_passages(cue, frame, nearby, claimed)
    if adjacent:
        for passage in adjacent:
            claimed.add(id(passage))
        content = [frag for passage in adjacent for frag in passage.fragments]
        return Attribution("direct", content, [cue_span], _as_list(source), cue, source_head, adjacent)
    if puts_it(cue):
        return None  # "As Gaiman put it" with no quotation beside it: no words of his (as_clauses.py)
    content = cut_at(
        cue, clause_content(cue)
    )  # "Anybody who says …": to the relative's end (generic_sayers.py)
    if (
        not content
        or reports_a_quotation(cue)
        or (cue_needs_quote(cue) and not has_clause(cue) and cue.dep_ != "parataxis")
    ):
        return None
    text = text_of(cue.doc)
    content = in_cue_sentence(text, content, cue, passages)
    end = content[-1][1]
    content[-1] = (content[-1][0], through_open_passage(end, nearby.around(end)))
    kind: QuoteKind = "mixed" if any(c in MARKS for s, e in content for c in text[s:e]) else "indirect"
    return Attribution(kind, content, [cue_span], _as_list(source), cue, source_head)


def reports_nothing(cue: Token) -> bool:
    """A cue word that reports no words of anyone's, whoever found it (these rules or a learned model).
    A refusal to speak ("declined to comment") is kept, as a thought (attribution_types.py)."""
    if is_deed(cue) or _is_asked(cue) or in_noun_compound(cue) or tail_participle(cue):
        return True  # "has posted an 18% jump": a deed; "was asked if …": a question put; "the case report"
    if in_title(cue):  # "with Do They Know It's Christmas": a song's title, no clause (titled_runs.py)
        return True
    if admits_a_charge(cue) or tells_a_story(cue):  # "admitted one felony count of …", "tells the story of"
        return True  # a plea, a plot told: no one's words (admitted_charges.py, told_stories.py, round 32)
    if deal_participle(cue) or advises_on(cue) or failed_prediction(cue) or machine_reports(cue):
        return True  # "an alliance agreed in 2000", "to advise Labour on media strategy", "failed to predict
        # the mood", "a worm which reports its success" (deal_participles, advice_roles, failed_predictions,
        # machine_subjects.py, round 33)
    if means_of_saying(cue) or belief_backed_by_thing(cue) or bare_passive(cue):
        return True  # "two words to describe", "it confirms the belief that", "The list was announced on
        # Monday": a means of saying, a thing's backing, an event (idle_cues.py, round 34)
    if declares_status(cue) or proved_by_deeds(cue):  # "is declared bankrupt", "players are proving …"
        return True  # a status given, a deed's lesson: no one's words (declared_status.py, proven_deeds.py)
    if any(is_question_put(above) for above in cue.ancestors):
        return True  # "Asked whether he thought …": the question's words are not his statement
    if noun_of_subject(cue):
        return True  # "Ex-BBC chat show host and … MEP Robert Kilroy-Silk has said": a noun (round 29)
    return _is_talked_about(cue)  # "cautious about revealing who …": speaking is the topic


def _is_talked_about(cue: Token) -> bool:
    """A speech verb as a gerund after a preposition of an adjective or a noun: "cautious about
    revealing who …", "the risk of saying so". After a verb ("resigned after saying that …") it reports."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp":
        return False
    return cue.head.dep_ == "prep" and cue.head.head.pos_ in {"ADJ", "NOUN", "PROPN"}


def _is_asked(cue: Token) -> bool:
    """ "Mr Blair was asked if the SAS had been in the country": a question put to the subject, who said
    none of it; who put it is seldom named."""
    return cue.lemma_ == "ask" and any(c.dep_ == "auxpass" for c in cue.children)


def _as_list(span: CharSpan | None) -> list[CharSpan]:
    return [span] if span is not None else []


def _source_head(cue: Token) -> Token | None:
    """The head noun of whoever the cue reports: its subject, or the object of "according to"."""
    if is_according_to(cue):
        objects = [c for c in cue.nbor(1).children if c.dep_ == "pobj"]
        # "According to his aunt, Jane Starner, “…”": the name beside the description (according_names.py)
        return (name_after_description(objects[0]) or objects[0]) if objects else None
    if hears_in_passive(cue):
        # "Reporters were told that …": the subject heard it; the speaker is the agent, if named.
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if (document := document_told_in(cue) or document_stating(cue)) is not None:
        return document  # "revealed in Eurogamer's Stadia review that …" (round 11), "records, stating …"
    if (relayed := relayed_speaker(cue)) is not None:
        return relayed  # "the paper quoted an insider as saying": the insider's words (quoted_as.py)
    if nobody_shows(cue):
        return None  # "Yet fires have continued, showing that …": a thing shows, no one (round 13)
    if (name := postposed_name(cue)) is not None:
        return name  # "… that have educational elements said Mr Owen.": Owen (postposed_names.py)
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            return whole_word(_antecedent_of_relative(child))  # "the ex-Wallaby": one word (hyphen_words)
    if (after := _name_after_quote(cue)) is not None:
        return after  # '"…," the EPA's Andrew Fanara said': the name the parser hung on the quote
    named = cue.nbor(-1) if cue.i > 0 else None
    if cue.dep_ == "conj" and named is not None and named.pos_ == "PROPN" and named.dep_ in MISPARSED_SUBJECT:
        return named  # "… training in Holland and Ferguson said:": the name before the verb says it
    if (lent := subject_of_nearer_conjunct(cue)) is not None:
        return lent  # "Noem launched …, and the ad going viral … shows": the ad's (round 11)
    if (doer := object_doer(cue)) is not None:
        return doer  # "The documentary showed Mr Nattrass, …, telling the meeting": his (object_participles)
    if (copula := unable_sayer(cue)) is not None:
        return _source_head(copula)  # "A spokesman … was unable to say": the copula's subject (idle_cues.py)
    # "…, saying …" or "… and added …": the subject of the verb the cue hangs from.
    if cue.dep_ in {"advcl", "conj", "xcomp"} and cue.head != cue:
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and (agent := _attacker(cue.head)) is not None:
            return agent  # "Mars is being sued by his ex-girlfriend …, claiming he broke a promise": hers
        return _source_head(cue.head) if cue.head.pos_ in {"VERB", "AUX"} else None
    if cue.dep_ == "relcl":
        return cue.head
    return None


def _name_after_quote(cue: Token) -> Token | None:
    """A person's name between a closing quotation mark and a cue with no subject ('"…," the EPA's Andrew
    Fanara said'): the speaker, whom the parser hung on the quote (an apposition of its last noun), with
    whatever it owns ("the EPA's"); the quote's content ends at the mark."""
    if cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    name = cue.nbor(-1)
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in MISPARSED_SUBJECT:
        return None
    if name.right_edge.i != name.i or name.head.i > name.i or name.left_edge.i == 0:
        return None
    before = name.doc[name.left_edge.i - 1]
    while before.i > 0 and before.is_punct and before.text not in MARKS:
        before = before.doc[before.i - 1]  # '"…", the EPA's …': a comma after the mark
    return name if before.text in MARKS else None


# Verbs of attack whose "by" agent, not the passive's subject, goes on with a participle of speech.
ATTACKS = frozenset("sue accuse criticise criticize attack condemn blame slam blast".split())


def _attacker(verb: Token) -> Token | None:
    """The "by" agent of a passive verb of attack ("is being sued by his ex-girlfriend"): the one who
    sues or accuses is the one claiming; the passive's subject is whom the claim is about."""
    if verb.lemma_ not in ATTACKS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    nouns = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    return nouns[-1] if nouns else None  # "by his ex-girlfriend", parsed as three objects: the last


def _antecedent_of_relative(token: Token) -> Token:
    """ "who" in "Rice, who said …" stands for Rice."""
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _cue_span(cue: Token) -> CharSpan:
    """The reporting words: the verb with its particle or governing preposition ("called for")."""
    last = cue.nbor(1) if is_according_to(cue) else cue
    governed = preposition_object(cue)
    if governed is not None:
        last = governed.head
    particles = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
    if particles:
        last = particles[0]
    first = cue
    # Auxiliaries and adverbs right before the verb belong to it: "has said", "also said".
    while first.i > 0 and first.nbor(-1).head == cue and first.nbor(-1).dep_ in CUE_PREFIX_DEPS:
        first = first.nbor(-1)
    return (first.idx, last.idx + len(last.text))


def _frame(cue: Token, source: CharSpan | None) -> CharSpan:
    """The reporting clause: cue, source and the cue's non-content dependents ("told ABC News")."""
    start, end = cue.idx, cue.idx + len(cue.text)
    if source is not None:
        start, end = min(start, source[0]), max(end, source[1])
    if (relaying := relaying_start(cue)) is not None:
        start = min(start, relaying)  # '"…," the paper quoted an insider as saying' (quoted_as.py)
    if (mark := as_mark(cue)) is not None:
        start = min(start, mark.idx)  # '"…," as one CEO told me': the "as" opens the clause (as_clauses.py)
    for child in cue.children:
        if child.i > cue.i and opens_later_cue(child):
            break  # 'sings to Clinton before asking her, "…"': the asking's words (later_cues.py)
        if child.dep_ in {"dobj", "dative", "prep", "npadvmod", "advmod", "agent"} and child.i > cue.i:
            right = child.right_edge  # 'blamed "continuing …"': the object's quotation opens before it
            left = child.left_edge.idx if reports_a_quotation(cue) else child.idx
            if not any(c in MARKS for c in text_of(child.doc)[left : right.idx + len(right.text)]):
                end = max(end, right.idx + len(right.text))
    return (start, end)


def _gap_is_punctuation(text: str, start: int, end: int) -> bool:
    """Only punctuation between clause and quote; a line break only after a colon ("He said:\n“…”")."""
    gap = text[start:end]
    if start > end or not all(c in PUNCT_GAP or c == "\n" for c in gap):
        return False
    return "\n" not in gap or gap.strip(' \t\n\u00a0"“”').startswith(":")


class _PassageIndex:
    """The passages by the offsets where they start and end: the few near a reporting clause are found
    by bisection, not by a pass over every passage per cue (quadratic in a long text). The ones in a
    range come back in the passages' own order (nested passages follow the passage around them)."""

    def __init__(self, passages: list[QuotedSpan]) -> None:
        self.passages = passages
        self._by_start = sorted(range(len(passages)), key=lambda i: passages[i].start)
        self._starts = [passages[i].start for i in self._by_start]
        self._by_end = sorted(range(len(passages)), key=lambda i: passages[i].end)
        self._ends = [passages[i].end for i in self._by_end]
        # the latest end of the passages up to each one in _by_start: a walk back from an offset stops
        # where no passage starting earlier reaches it
        self._reach = list(accumulate((passages[i].end for i in self._by_start), max))

    def around(self, offset: int) -> list[QuotedSpan]:
        """The passages whose marks hold the offset (start <= offset < end)."""
        found = []
        k = bisect_right(self._starts, offset) - 1
        while k >= 0 and self._reach[k] > offset:
            if self.passages[self._by_start[k]].end > offset:
                found.append(self._by_start[k])
            k -= 1
        return [self.passages[i] for i in sorted(found)]

    def starting(self, lo: int, hi: int) -> list[QuotedSpan]:
        """The passages that start in [lo, hi]."""
        found = self._by_start[bisect_left(self._starts, lo) : bisect_right(self._starts, hi)]
        return [self.passages[i] for i in sorted(found)]

    def ending(self, lo: int, hi: int) -> list[QuotedSpan]:
        """The passages that end in [lo, hi]."""
        found = self._by_end[bisect_left(self._ends, lo) : bisect_right(self._ends, hi)]
        return [self.passages[i] for i in sorted(found)]


def _adjacent_passages(
    cue: Token, frame: CharSpan, nearby: _PassageIndex, claimed: set[int]
) -> list[QuotedSpan]:
    """Quoted passages touching the reporting clause: `"…," he said` and `he said: "…"`; never one that
    ends a sentence with a cue of its own before it (own_cue.has_own_cue), nor one that ends a sentence
    before a cue reporting a clause of its own (`"… on Tuesday." Shearer said he was unsure …`: a new
    sentence, whose words are the clause)."""
    doc = cue.doc
    text = text_of(doc)
    # Only passages within the run of gap characters around the clause can touch it. Without this
    # bound every cue sliced the text up to every passage: over a minute for 10,000 quotation marks.
    lo, hi = frame[0], frame[1]
    while lo > 0 and (text[lo - 1] in PUNCT_GAP or text[lo - 1] == "\n"):
        lo -= 1
    while hi < len(text) and (text[hi] in PUNCT_GAP or text[hi] == "\n"):
        hi += 1
    start = frame[0]
    if lo > 0 and text[lo - 1] not in MARKS and (tail := tail_start(doc, lo)) is not None:
        lo = start = tail  # '"… the little deal" announced in October, said Derek Scissors' (quoted_tails)
        while lo > 0 and text[lo - 1] in PUNCT_GAP:
            lo -= 1
    before = [p for p in nearby.ending(lo, start) if _gap_is_punctuation(text, p.end, start)]
    if start != frame[0]:  # past a tail, only a quote that opens its sentence is the whole of the words
        before = [p for p in before if opens_sentence(text, p.start)]
    before = [p for p in before[-1:] if not has_own_cue(doc, p, nearby.around)]
    # `"…," said the statement. "However, …" Mr Kruger is continuing …`: the statement's (glued_quotes.py)
    before = [
        p for p in before if not (closes_sentence(text, p) and quoted_just_before(text, p, nearby.ending))
    ]
    if _says_a_clause(cue) or reports_an_object(cue):  # '"…." The charity recommends a …' (object_cues)
        before = [
            p for p in before if text[p.fragments[-1][0] : p.fragments[-1][1]].rstrip()[-1:] not in ".!?"
        ]
    after = [p for p in nearby.starting(frame[1], hi) if _gap_is_punctuation(text, frame[1], p.start)]
    before = [] if reports_a_quotation(cue) else before  # '"…" Andrew also blamed …': not its object
    replies = {id(p) for p in before if opens_reply(text, p, cue)}  # "“No,” he said" (short_replies.py)
    if (mark := as_mark(cue)) is not None:  # "as X told me" credits the quotation beside it, however short
        before = [] if mark.i == mark.sent.start else before  # "As X put it, "…"": the one after
        replies |= {id(p) for p in before + after[:1]}
    return [
        p for p in before + after[:1] if id(p) not in claimed and (is_full_quote(text, p) or id(p) in replies)
    ]


def _says_a_clause(cue: Token) -> bool:
    """A speech cue, not negated, with a clause it reports after it ("Shearer said he was unsure …"); not
    a wish ("Mr Negroponte wants the laptops to become …") nor "did not say", which say no words here."""
    if attribution_type(cue, None, False) != "speech" or any(c.dep_ == "neg" for c in cue.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _without_nested(found: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose content lies inside another's content (a cue inside reported speech)."""
    held = _may_be_held(found)
    return [a for a in found if id(a) not in held or not any(_holds(b, a) for b in found)]


def _holds(outer: Attribution, inner: Attribution) -> bool:
    """`inner`'s content lies inside `outer`'s longer content, and so does its cue (not outer's own)."""
    return (
        outer is not inner
        and outer.content[0][0] <= inner.content[0][0]
        and inner.content[-1][1] <= outer.content[-1][1]
        and (outer.content[-1][1] - outer.content[0][0]) > (inner.content[-1][1] - inner.content[0][0])
        and not (outer.cue and inner.cue and outer.cue[0][0] <= inner.cue[0][0] < outer.cue[0][1])
        and _cue_inside(inner, outer)
    )


def _may_be_held(found: list[Attribution]) -> set[int]:
    """The ids of the attributions that another may hold: one starting no later, ending no later, and
    longer. Only these are checked against every other (a check of every pair was quadratic in long
    articles): in start order, an earlier start's furthest end, or a longer one with the same start."""
    ordered = sorted(found, key=lambda a: a.content[0][0])
    held: set[int] = set()
    reach = -1  # the furthest end of the contents that start before this group's start
    first = 0
    while first < len(ordered):
        start = ordered[first].content[0][0]
        last = first
        while last < len(ordered) and ordered[last].content[0][0] == start:
            last += 1
        group = ordered[first:last]
        longest = max(a.content[-1][1] for a in group)
        held.update(id(a) for a in group if reach >= a.content[-1][1] or longest > a.content[-1][1])
        reach = max(reach, longest)
        first = last
    return held


def _cue_inside(inner: Attribution, outer: Attribution) -> bool:
    return bool(inner.cue) and any(s <= inner.cue[0][0] < e for s, e in outer.content)
