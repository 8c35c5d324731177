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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution_types import attribution_type, is_refusal
from quotegraph.analyze.cues import (
    COMPLEMENT_DEPS,
    cue_needs_quote,
    is_according_to,
    is_cue,
    preposition_object,
)
from quotegraph.analyze.furniture import ANSWER_LABELS, NOT_NAMES, QUESTION_LABELS, furniture_lines, inside
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import MARKS, QuotedSpan, passage_test
from quotegraph.records import Quote, QuoteKind
from quotegraph.records import Span as CharSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Children of a cue that are not part of what was said: who was told, when, where, how.
NOT_CONTENT_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "punct",
        "prep",
        "npadvmod",
        "advmod",
        "dative",
        "agent",
        "cc",
        "conj",
        "prt",
        "mark",
        "parataxis",
        "dep",
        "intj",
    }
)
CONTINUATION_DEPS = frozenset({"conj", "advcl", "oprd", "acl"})
# Speech verbs that with a bare object report a deed, not words: "maintained their superb start",
# "threatened a try", "conceded two goals", "boasts a stadium"; "told"/"asked" + a
# bare object name the hearer.
DEED_WITH_OBJECT = frozenset(
    "tell ask maintain threaten repeat counter guarantee observe concede declare boast".split()
)
# What the parser makes of a name right before a conjoined speech verb that has no subject of its own.
MISPARSED_SUBJECT = frozenset({"conj", "compound", "appos", "npadvmod", "dobj", "pobj"})
# Cues whose object is the hearer: in the passive ("was told that …") their subject did not speak.
HEARER_LEMMAS = frozenset({"tell", "inform", "assure", "advise", "warn", "remind", "ask"})
CUE_PREFIX_DEPS = frozenset({"aux", "neg", "advmod"})
SCARE_QUOTE_MAX_WORDS = 4
PUNCT_GAP = set(",;:—–- \u00a0") | set(MARKS)


@dataclass
class Attribution:
    """A quote under construction, with the tokens speakers.py needs to resolve the source."""

    kind: QuoteKind
    content: list[CharSpan]
    cue: list[CharSpan]
    source: list[CharSpan] = field(default_factory=list)
    cue_token: Token | None = None
    source_token: Token | None = None  # the head of the source mention
    passages: list[QuotedSpan] = field(default_factory=list)
    follows: Attribution | None = None  # for continuations: the quote whose speaker they share
    speaker_id: str | None = None
    answer: bool = False  # an "A:" line of an interview transcript: the interviewee speaks

    def to_quote(self) -> Quote:
        return Quote(
            kind=self.kind,
            content=self.content,
            cue=self.cue,
            source=self.source,
            speaker=self.speaker_id,
            type=attribution_type(self.cue_token, self.source_token, self.kind == "direct"),
        )


def find_attributions(doc: Doc, passages: list[QuotedSpan]) -> list[Attribution]:
    """All attributions in the article, in text order."""
    text = text_of(doc)
    furniture = furniture_lines(text)
    passages = [p for p in passages if not inside(p.start, furniture)]  # a teaser's or caption's quotes
    passages = [p for p in passages if not _opens_on_inch_mark(text, p)]
    claimed: set[int] = set()
    found: list[Attribution] = []
    quoted = passage_test(passages)
    for token in doc:
        if not is_cue(token) or quoted(token.idx) or inside(token.idx, furniture):
            continue
        if reports_nothing(token):
            continue
        attribution = _attribute_cue(token, passages, claimed)
        if attribution is not None:
            found.append(attribution)
    found.extend(_speaker_labels(doc, found, furniture))
    found.extend(_dash_signatures(doc, passages, claimed))
    found.extend(_leftover_passages(text, passages, claimed, found))
    found = [a for a in found if not inside(a.content[0][0], furniture)]
    found.sort(key=lambda a: a.content[0][0])
    return _without_nested(found)


def _opens_on_inch_mark(text: str, passage: QuotedSpan) -> bool:
    """`Dell Alienware AW3418DW 34" 3440x1440 …`: a straight mark right after a digit measures inches."""
    start = passage.start
    return text[start] == '"' and start > 0 and text[start - 1].isdigit()


SPEAKER_LABEL = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)", re.MULTILINE)
# A quote signed with a dash: `“…” ― Sonya Herridge` (a no-break space after the dash as well).
DASH_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?=[ \t]*(?:[,;.]|$))",
    re.MULTILINE,
)


def _speaker_labels(doc: Doc, found: list[Attribution], furniture: list[CharSpan]) -> list[Attribution]:
    """Transcript lines, "PENCE: Well, look, …", and headlines like "Pence: Flowers won't be there".

    "Q:" and "A:" are no one's name: an answer is the interviewee's, a question the interviewer's."""
    text = text_of(doc)
    labels = list(SPEAKER_LABEL.finditer(text))
    repeated = {m.group(1) for m in labels if sum(n.group(1) == m.group(1) for n in labels) > 1}
    taken = [c for a in found for c in a.content]
    result = []
    interviewer: Token | bool | None = False  # looked for at the first "Q:" line
    for match in labels:
        name_span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if (
            name_span is None
            or any(s <= match.start() < e for s, e in taken)
            or inside(match.start(), furniture)
        ):
            continue
        label = match.group(1).lower()
        if label in ANSWER_LABELS:
            result.append(_transcript_line(text, match))
            continue
        if label in QUESTION_LABELS:
            asker = interviewer if interviewer is not False else (interviewer := _interviewer(doc))
            if asker is not None:  # a question nobody named asks is left out
                result.append(_transcript_line(text, match, asker))
            continue
        if label in NOT_NAMES:
            continue
        is_person = any(t.ent_type_ == "PERSON" for t in name_span)
        if not (is_person or (match.group(1).isupper() and match.group(1) in repeated)):
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        content = (match.end(), match.end() + len(text[match.end() : line_end].rstrip()))
        colon = (match.end(1), match.end(1) + 1)
        result.append(
            Attribution(
                "direct", [content], [colon], [(match.start(1), match.end(1))], source_token=name_span[-1]
            )
        )
    return result


def _transcript_line(text: str, match: re.Match[str], asker: Token | None = None) -> Attribution:
    """An "A:" line, the interviewee's answer, or a "Q:" line, asked by the interviewer the article names."""
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    content = (match.end(), match.end() + len(text[match.end() : line_end].rstrip()))
    cue = [(match.end(1), match.end(1) + 1)]
    if asker is None:
        return Attribution("direct", [content], cue, answer=True)
    return Attribution("direct", [content], cue, [_mention_span(asker)], source_token=asker)


INTERVIEW_LEMMAS = frozenset({"interview", "speak", "talk"})


def _interviewer(doc: Doc) -> Token | None:
    """Who asks an interview's questions, where the article names them: the outlet of "in an interview
    with the BBC" or "speaking to CNN", the one of "interviewed by Jane Hill"; else None."""
    for token in doc:
        if token.lemma_.lower() not in INTERVIEW_LEMMAS:
            continue
        for link in token.children:
            by = link.dep_ == "agent"
            if not (by or (link.dep_ == "prep" and link.lower_ in {"with", "to"})):
                continue
            for named in (c for c in link.children if c.dep_ == "pobj"):
                if named.ent_type_ == "ORG" or (by and named.ent_type_ == "PERSON"):
                    return named  # not "an interview with Gordon Brown": he is the one who answers
    return None


def _dash_signatures(doc: Doc, passages: list[QuotedSpan], claimed: set[int]) -> list[Attribution]:
    text = text_of(doc)
    result = []
    for passage in passages:
        match = DASH_SIGNATURE.match(text, passage.end) if id(passage) not in claimed else None
        if match is None:
            continue
        name = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if name is None:
            continue
        claimed.add(id(passage))
        dash = (match.start(1), match.end(1))
        result.append(
            Attribution(
                "direct",
                list(passage.fragments),
                [dash],
                [(match.start(2), match.end(2))],
                source_token=name[-1],
                passages=[passage],
            )
        )
    return result


def _attribute_cue(cue: Token, passages: list[QuotedSpan], claimed: set[int]) -> Attribution | None:
    if _is_question_put(cue):
        return None
    source_head = _source_head(cue)
    source = _mention_span(source_head) if source_head is not None else None
    cue_span = _cue_span(cue)
    frame = _frame(cue, source)
    adjacent = _adjacent_passages(text_of(cue.doc), frame, passages, claimed)
    if adjacent:
        for passage in adjacent:
            claimed.add(id(passage))
        content = [frag for passage in adjacent for frag in passage.fragments]
        return Attribution("direct", content, [cue_span], _as_list(source), cue, source_head, adjacent)
    content = _clause_content(cue)
    if not content or (cue_needs_quote(cue) and not _has_clause(cue) and cue.dep_ != "parataxis"):
        return None
    text = text_of(cue.doc)
    content[-1] = (content[-1][0], _through_open_passage(content[-1][1], passages))
    kind: QuoteKind = "mixed" if any(c in MARKS for s, e in content for c in text[s:e]) else "indirect"
    return Attribution(kind, content, [cue_span], _as_list(source), cue, source_head)


def reports_nothing(cue: Token) -> bool:
    """A cue word that reports no words of anyone's, whoever found it (these rules or a learned model)."""
    if any(_is_question_put(above) for above in cue.ancestors):
        return True  # "Asked whether he thought …": the question's words are not his statement
    if is_refusal(cue) or (cue.dep_ == "xcomp" and is_refusal(cue.head)):
        return True  # "declined to comment", "would not say whether …": nothing was said
    return _is_talked_about(cue)  # "cautious about revealing who …": speaking is the topic


def _is_talked_about(cue: Token) -> bool:
    """A speech verb as a gerund after a preposition of an adjective or a noun: "cautious about
    revealing who …", "the risk of saying so". After a verb ("resigned after saying that …") it reports."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp":
        return False
    return cue.head.dep_ == "prep" and cue.head.head.pos_ in {"ADJ", "NOUN", "PROPN"}


def _is_question_put(cue: Token) -> bool:
    """ "Asked whether the plan was affordable, Brown said …": the question is the reporter's, not Brown's."""
    return cue.lemma_ == "ask" and cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.i < cue.head.i


def _through_open_passage(end: int, passages: list[QuotedSpan]) -> int:
    """A clause that ends inside a quoted passage ends where the passage does (`… will not "change it."`)."""
    for passage in passages:
        for start, stop in passage.fragments:
            if start <= end < stop:
                return stop
    return end


def _as_list(span: CharSpan | None) -> list[CharSpan]:
    return [span] if span is not None else []


def _source_head(cue: Token) -> Token | None:
    """The head noun of whoever the cue reports: its subject, or the object of "according to"."""
    if is_according_to(cue):
        objects = [c for c in cue.nbor(1).children if c.dep_ == "pobj"]
        return objects[0] if objects else None
    if cue.lemma_.lower() in HEARER_LEMMAS and any(c.dep_ == "auxpass" for c in cue.children):
        # "Reporters were told that …": the subject heard it; the speaker is the agent, if named.
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    for child in cue.children:
        if child.dep_ in SUBJECT_DEPS:
            return _antecedent_of_relative(child)
    named = cue.nbor(-1) if cue.i > 0 else None
    if cue.dep_ == "conj" and named is not None and named.pos_ == "PROPN" and named.dep_ in MISPARSED_SUBJECT:
        return named  # "… training in Holland and Ferguson said:": the name before the verb says it
    # "…, saying …" or "… and added …": the subject of the verb the cue hangs from.
    if cue.dep_ in {"advcl", "conj", "xcomp"} and cue.head != cue:
        return _source_head(cue.head) if cue.head.pos_ in {"VERB", "AUX"} else None
    if cue.dep_ == "relcl":
        return cue.head
    return None


def _antecedent_of_relative(token: Token) -> Token:
    """ "who" in "Rice, who said …" stands for Rice."""
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _mention_span(head: Token) -> CharSpan:
    """The source as written: the head's whole noun phrase, appositions included."""
    tokens = [t for t in head.subtree if not _is_space(t)]
    start, end = tokens[0], tokens[-1]
    while end.i > start.i and (end.is_punct or end.dep_ in {"cc"}):
        end = end.doc[end.i - 1]
    while start.i < end.i and start.is_punct:
        start = start.doc[start.i + 1]
    return (start.idx, end.idx + len(end.text))


def _is_space(token: Token) -> bool:
    return token.is_space or not token.text.strip()


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
    for child in cue.children:
        if child.dep_ in {"dobj", "dative", "prep", "npadvmod", "advmod", "agent"} and child.i > cue.i:
            right = child.right_edge
            if not any(c in MARKS for c in text_of(child.doc)[child.idx : right.idx + len(right.text)]):
                end = max(end, right.idx + len(right.text))
    return (start, end)


def _gap_is_punctuation(text: str, start: int, end: int) -> bool:
    """Only punctuation between clause and quote; a line break only after a colon ("He said:\n“…”")."""
    gap = text[start:end]
    if start > end or not all(c in PUNCT_GAP or c == "\n" for c in gap):
        return False
    return "\n" not in gap or gap.strip(' \t\n\u00a0"“”').startswith(":")


def _adjacent_passages(
    text: str, frame: CharSpan, passages: list[QuotedSpan], claimed: set[int]
) -> list[QuotedSpan]:
    """Quoted passages touching the reporting clause: `"…," he said` and `he said: "…"`."""
    # Only passages within the run of gap characters around the clause can touch it. Without this
    # bound every cue sliced the text up to every passage: over a minute for 10,000 quotation marks.
    lo, hi = frame[0], frame[1]
    while lo > 0 and (text[lo - 1] in PUNCT_GAP or text[lo - 1] == "\n"):
        lo -= 1
    while hi < len(text) and (text[hi] in PUNCT_GAP or text[hi] == "\n"):
        hi += 1
    before = [p for p in passages if lo <= p.end <= frame[0] and _gap_is_punctuation(text, p.end, frame[0])]
    after = [
        p for p in passages if frame[1] <= p.start <= hi and _gap_is_punctuation(text, frame[1], p.start)
    ]
    return [p for p in before[-1:] + after[:1] if id(p) not in claimed and _is_full_quote(text, p)]


def _is_full_quote(text: str, passage: QuotedSpan, words: int = SCARE_QUOTE_MAX_WORDS) -> bool:
    """Long enough to be a statement rather than a title or a scare-quoted phrase."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]]
    ends_sentence = quoted.rstrip().endswith((".", "!", "?", ","))
    return len(quoted.split()) > words or (ends_sentence and len(quoted.split()) >= 3)


def _has_clause(cue: Token) -> bool:
    """ "added that …", "continues to insist …": a clause; "added the conversion to become …" is a deed,
    the infinitive after "add" no clause."""
    deps = {"ccomp"} if cue.lemma_.lower() == "add" else COMPLEMENT_DEPS
    return any(child.dep_ in deps for child in cue.children)


def _clause_content(cue: Token) -> list[CharSpan]:
    """What an indirect cue reports: its complement clause, or the clause around a parenthetical."""
    doc = cue.doc
    if is_according_to(cue):
        return _subtree_without(cue.head, cue) if cue.head != cue else []
    complements = [c for c in cue.children if c.dep_ in COMPLEMENT_DEPS]
    if complements and cue.dep_ == "parataxis" and cue.head.i < cue.i < min(c.i for c in complements):
        # "It was on her watch, the senator said, that …": the clause runs on both sides of the cue.
        return [*_subtree_without(cue.head, cue), _content_from(cue, complements)]
    if complements:
        return [_content_from(cue, complements)]
    if cue.dep_ == "parataxis":
        return _subtree_without(cue.head, cue)
    governed = preposition_object(cue)
    if governed is not None:
        return [_token_range(doc, governed.left_edge, governed.right_edge)]
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    passive = any(c.dep_ == "auxpass" for c in cue.children)  # "was denied bail": received, not said
    lemma = cue.lemma_.lower()
    if objects and not passive and not cue_needs_quote(cue) and lemma not in DEED_WITH_OBJECT:
        return [_token_range(doc, objects[0].left_edge, _predicate_end(cue, objects[0]))]
    return []


def _predicate_end(cue: Token, obj: Token) -> Token:
    """ "described Mr. Obama as a climate evangelist": the object with what it is said to be."""
    end = obj.right_edge
    for child in cue.rights:
        if child.i > end.i and (
            child.dep_ in {"oprd", "xcomp"} or (child.dep_ == "prep" and child.lower_ == "as")
        ):
            end = child.right_edge
    return end


def _content_from(cue: Token, complements: list[Token]) -> CharSpan:
    """From the first content dependent after the reporting clause to the end of the complement.

    "told ABC News the decision -- while … -- will not change …": the recipient ("ABC News") is
    the cue's first object; what follows it up to the complement's end is what was said.
    """
    doc = cue.doc
    last = max(complements, key=lambda c: c.right_edge.i)
    if last.i < cue.i:  # complement before the cue: "X might happen, experts said"
        return _token_range(doc, min(c.left_edge for c in complements), last.right_edge)
    start = min(c.left_edge.i for c in complements if c.i > cue.i)
    end = _clause_end(cue, last)
    seen_recipient = cue.lemma_ not in {"tell", "inform", "assure", "advise", "warn", "remind"}
    for child in cue.children:
        if cue.i < child.i < start and child.dep_ in {"dobj", "advcl"}:
            if child.dep_ == "dobj" and not seen_recipient:
                seen_recipient = True
                continue
            start = min(start, child.left_edge.i)
    return _token_range(doc, doc[start], end)


def _clause_end(cue: Token, complement: Token) -> Token:
    """The complement's end, or later when the parser hung the rest of it on the cue instead:
    "confirmed that Biden had authorized Ukraine to use the ATACMS -- officially called … --"."""
    end = complement.right_edge
    for child in cue.rights:
        if child.i <= complement.i or child.dep_ not in CONTINUATION_DEPS or is_cue(child):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in child.children):
            break  # a clause of its own
        end = max(end, child.right_edge, key=lambda t: t.i)
    return end


def _subtree_without(head: Token, removed: Token) -> list[CharSpan]:
    """The head's clause minus the cue's own subtree (and the commas that set it off)."""
    doc = head.doc
    skip = {t.i for t in removed.subtree}
    if is_according_to(removed):
        skip |= {t.i for t in removed.nbor(1).subtree}
    tokens = [t for t in head.subtree if t.i not in skip and not _is_space(t)]
    fragments: list[list[Token]] = []
    for token in tokens:
        if (fragments and token.i == fragments[-1][-1].i + 1) or (
            fragments
            and all(doc[i].is_punct or _is_space(doc[i]) for i in range(fragments[-1][-1].i + 1, token.i))
        ):
            fragments[-1].append(token)
        else:
            fragments.append([token])
    spans = [_token_range(doc, frag[0], frag[-1]) for frag in fragments]
    return [s for s in spans if any(ch.isalnum() for ch in text_of(doc)[s[0] : s[1]])]


def _token_range(doc: Doc, first: Token, last: Token) -> CharSpan:
    """Characters from first to last token, without enclosing punctuation other than quote marks."""
    while last.i > first.i and (last.is_punct or _is_space(last)) and last.text not in MARKS:
        last = doc[last.i - 1]
    while first.i < last.i and (first.is_punct or _is_space(first)) and first.text not in MARKS:
        first = doc[first.i + 1]
    return (first.idx, last.idx + len(last.text))


def _leftover_passages(
    text: str, passages: list[QuotedSpan], claimed: set[int], found: list[Attribution]
) -> list[Attribution]:
    """Quoted passages no cue took: continuations of a speaker, or quotes with nobody to say them."""
    covered = [c for a in found for c in a.content]
    leftovers: list[Attribution] = []
    for passage in passages:
        if id(passage) in claimed:
            continue
        if any(s < passage.fragments[0][1] and passage.fragments[0][0] < e for s, e in covered):
            continue  # a partial quote inside reported speech, or a transcript line already taken
        host = _reported_speech_in_sentence(passage, found, text)
        if host is not None:  # `… is "a great move," though comes "very late."`
            host.content[-1] = (host.content[-1][0], passage.fragments[-1][1])
            host.kind = "mixed"
            covered.append(host.content[-1])
            continue
        previous = _previous_direct(passage, found + leftovers, text)
        # A quote nobody is said to have said must look like a statement, not a title.
        if not _is_full_quote(text, passage, SCARE_QUOTE_MAX_WORDS * (1 if previous else 2)):
            continue
        if previous is not None and _same_paragraph(text, previous.content[-1][1], passage.start):
            # `"A," he said. "B."`: one quote in two parts.
            previous.content.extend(passage.fragments)
            previous.passages.append(passage)
            covered.extend(passage.fragments)
        elif previous is not None:
            leftovers.append(
                Attribution(
                    "direct",
                    list(passage.fragments),
                    previous.cue,
                    previous.source,
                    previous.cue_token,
                    previous.source_token,
                    [passage],
                    follows=previous,
                )
            )
        else:
            leftovers.append(Attribution("direct", list(passage.fragments), [], [], passages=[passage]))
    return leftovers


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _reported_speech_in_sentence(
    passage: QuotedSpan, found: list[Attribution], text: str
) -> Attribution | None:
    """An indirect attribution whose content ends earlier in the passage's sentence."""
    # Content ending on the passage's own line, before it: checked first, as Token.sent walks the doc
    # (every attribution's sentence for every passage made long articles quadratic).
    line_start = text.rfind("\n", 0, passage.start) + 1
    for attribution in found:
        if attribution.kind == "direct" or attribution.cue_token is None:
            continue
        if not line_start <= attribution.content[-1][1] <= passage.start:
            continue
        sentence = attribution.cue_token.sent
        if sentence.start_char <= passage.start and passage.end <= sentence.end_char + 1:
            return attribution
    return None


def _previous_direct(passage: QuotedSpan, found: list[Attribution], text: str) -> Attribution | None:
    """The quote this passage continues: one earlier in its paragraph, or the last one of the paragraph
    before when the passage opens its paragraph (news convention: a quote with no cue that opens a
    paragraph goes on from the speaker the paragraph before ends on)."""
    para_start = text.rfind("\n", 0, passage.start) + 1
    earlier = [a for a in found if a.content[-1][1] <= passage.start and a.source]
    if not earlier:
        return None
    last = max(earlier, key=lambda a: a.content[-1][1])
    if last.content[-1][1] >= para_start:
        return last
    if text[para_start : passage.start].strip():
        return None  # the quote does not open its paragraph: narration comes first
    prev_end = len(text[:para_start].rstrip())  # blank lines between paragraphs are no paragraph
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if last.content[-1][1] < prev_start or not _ends_paragraph(last, text, prev_end):
        return None
    return last if last.kind == "direct" or _speaks(last) else None


def _ends_paragraph(attribution: Attribution, text: str, paragraph_end: int) -> bool:
    """The paragraph ends on this attribution: after its quote, cue and source only punctuation
    (`… ," said Ms Reyes.`, `Reyes said: "…"`), not a sentence of the reporter's own."""
    end = max(e for _, e in attribution.content + attribution.cue + attribution.source)
    return not any(c.isalnum() for c in text[end:paragraph_end])


def _speaks(attribution: Attribution) -> bool:
    """An indirect attribution that names someone as speaking ("Mr Reyes said the plan was dead.")."""
    return attribution_type(attribution.cue_token, attribution.source_token, False) == "speech"


def _without_nested(found: list[Attribution]) -> list[Attribution]:
    """Drop an attribution whose content lies inside another's content (a cue inside reported speech)."""
    held = _may_be_held(found)
    kept: list[Attribution] = []
    for a in found:
        inner = id(a) in held and any(
            b is not a
            and b.content[0][0] <= a.content[0][0]
            and a.content[-1][1] <= b.content[-1][1]
            and (b.content[-1][1] - b.content[0][0]) > (a.content[-1][1] - a.content[0][0])
            and not (b.cue and a.cue and b.cue[0][0] <= a.cue[0][0] < b.cue[0][1])
            and _cue_inside(a, b)
            for b in found
        )
        if not inner:
            kept.append(a)
    return kept


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
