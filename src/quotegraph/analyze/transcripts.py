"""Quotes signed rather than cued: transcript lines ("PENCE: Well, look, …", "Q:" and "A:") and quotes
signed with a dash (`“…” ― Sonya Herridge`, or on the line after it). "Q" and "A" are no one's name: an
answer is the interviewee's, a question the interviewer's or the outlet's the article names (docs/quotes.md).
A salutation ("DEAR ABBY:") opens a letter to the one it names, and signs nothing. A line of a list
("Ryan S. Hollman: Dealing in methamphetamine, possession of heroin, held in jail in lieu of $326,000
bond.") is no transcript either: a person's line of eight words or more with no finite verb, no first or
second person and no question or exclamation, next to another "Name:" line, is a record (charges, a score,
a description), not speech; a lone "Name: …" line is a headline's claim ("Pat Caddell: Democrat Voters
Worried About …").
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from quotegraph.analyze.attribution import Attribution, mention_span
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.furniture import ANSWER_LABELS, NOT_NAMES, QUESTION_LABELS, inside, is_call_to_action
from quotegraph.analyze.gender import outside_of
from quotegraph.analyze.parsing import FINITE_TAGS, text_of
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.records import Span as CharSpan

SPEAKER_LABEL = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)", re.MULTILINE)
# A quote signed with a dash: `“…” ― Sonya Herridge` (a no-break space after the dash as well), or signed on
# the line after it, the dash and the name alone on that line (`“It’s really good …”` / `– Ni** My**`: a
# visitor's review, the name masked with asterisks as review sites print it; still that reviewer's words).
_SIGNER = r"[A-Z][\w.'’*-]*(?: [A-Z][\w.'’*-]*){0,3}"
_DASH = r"(―|—|–|--)[ \t\u00a0]*"
DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*" + _DASH + "(" + _SIGNER + r")(?=[ \t]*(?:[,;.]|$))", re.MULTILINE)
NEXT_LINE_SIGNATURE = re.compile(
    r"[ \t\u00a0]*\n[ \t\u00a0]*" + _DASH + "(" + _SIGNER + r")[ \t\u00a0]*$", re.MULTILINE
)


def speaker_labels(doc: Doc, found: list[Attribution], furniture: list[CharSpan]) -> list[Attribution]:
    """Transcript lines, "PENCE: Well, look, …", and headlines like "Pence: Flowers won't be there".

    "Q:" and "A:" are no one's name: an answer is the interviewee's, a question the interviewer's."""
    text = text_of(doc)
    labels = list(SPEAKER_LABEL.finditer(text))
    repeated = {m.group(1) for m in labels if sum(n.group(1) == m.group(1) for n in labels) > 1}
    taken = [c for a in found for c in a.content]
    result = []
    interviewer: Token | bool | None = False  # looked for at the first "Q:" line
    for number, match in enumerate(labels):
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
        if label in NOT_NAMES or label.startswith("dear ") or is_call_to_action(label):
            continue  # "DEAR ABBY: My husband …": a letter to the columnist; "GET THE QUIZ:": a button
        is_person = any(t.ent_type_ == "PERSON" for t in name_span)
        if not (is_person or (match.group(1).isupper() and match.group(1) in repeated)):
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        content = (match.end(), match.end() + len(text[match.end() : line_end].rstrip()))
        if _listed(text, labels, number, line_end) and _is_record(
            doc.char_span(*content, alignment_mode="expand")
        ):
            continue  # "Ryan S. Hollman: Dealing in methamphetamine, …": his charges, not his words
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
    return Attribution("direct", [content], cue, [mention_span(asker)], source_token=asker)


def interviewee(
    index: EntityIndex, attributions: list[Attribution], doc: Doc | None = None
) -> Cluster | None:
    """Whom an interview's answers belong to: the person the article names most often outside the
    answers (the "A:" lines among `attributions`). The article introduces whom it interviews
    ("Introducing Junior Gaspard, New CEO …"); a person named only inside an answer ("by using Steven
    Covey's The 7 Habits …") is whom the interviewee speaks of, never the speaker. Where the NER found no
    one outside, the name the headline or intro introduces (`introduced`, with `doc`); else None. Found
    once per article (kept by its index): every answer asks."""
    key = (id(attributions), len(attributions))
    if (kept := _INTERVIEWEES.get(index)) is not None and kept[0] == key:
        return kept[1]
    answers = [c for a in attributions if a.answer for c in a.content]
    outside = outside_of(answers)
    counts = [
        (sum(outside(m.start_char) for m in c.mentions), -n, c)
        for n, c in enumerate(index.clusters)
        if c.type == "person"
    ]
    best = max(counts, key=lambda item: item[:2], default=None)
    found = best[2] if best is not None and best[0] > 0 else None
    if found is None and doc is not None and answers:
        found = introduced(doc, index, min(s for s, _ in answers))
    _INTERVIEWEES[index] = (key, found)
    return found


# Whom an interview introduces: the capitalised name after a verb of meeting or talking to, or after a
# title ("Introducing Junior Gaspard, New CEO", "We spoke to Jane Doe", "new CEO Junior Gaspard").
_NAME = r"([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2})"
INTRODUCING = re.compile(
    r"\b(?:[Ii]ntroducing|[Mm]eet|[Ss]p(?:oke|eaks?|eaking|oken) (?:to|with)|[Tt]alk(?:s|ed|ing)? (?:to|with)"
    r"|[Ii]nterview(?:ed|s|ing)?(?: with)?|[Cc]hat(?:s|ted)? with|[Ss]at down with|[Cc]aught up with"
    r"|CEO|[Cc]hief [Ee]xecutive|[Dd]irector|[Pp]resident|[Ff]ounder|[Cc]hair(?:man|woman))"
    r"(?: and (?:CEO|[Ff]ounder))? " + _NAME + r"(?![\w'’-])"
)
TRANSCRIPT_START = re.compile(r"^[\"“]?(?:Q|A|Question|Answer)\s*[:.]", re.MULTILINE)
INTERVIEWEE_LABELS = frozenset({"PERSON", ""})  # a name the NER tagged a person, or missed


def introduced(doc: Doc, index: EntityIndex, first_answer: int) -> Cluster | None:
    """The person an interview's headline or intro introduces, where the NER missed the name: the first
    capitalised name of two or three words after "introducing", "meet", "spoke to", "talks to",
    "interview with" or a title ("CEO", "director", "president", "founder") in the text before the first
    question or answer; never a name inside the transcript (whom an answer speaks of)."""
    text = text_of(doc)
    intro = text[:first_answer]
    if (start := TRANSCRIPT_START.search(intro)) is not None:
        intro = intro[: start.start()]
    for match in INTRODUCING.finditer(intro):
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if name is None or any(t.ent_type_ not in INTERVIEWEE_LABELS for t in name):
            continue  # "the director of Human Rights Watch" names an organization, not the interviewee
        form = match.group(1)
        cluster = index.person_by_name(form) or index.new(form, "person")
        cluster.add(name, form)
        return cluster
    return None


_INTERVIEWEES: WeakKeyDictionary[EntityIndex, tuple[tuple[int, int], Cluster | None]] = WeakKeyDictionary()


def _listed(text: str, labels: list[re.Match[str]], number: int, line_end: int) -> bool:
    """A "Name:" line that another follows or comes after, blank lines between at most: a list's line."""
    after = number + 1 < len(labels) and not text[line_end : labels[number + 1].start()].strip()
    if number == 0:
        return after
    previous = labels[number - 1]
    previous_end = text.find("\n", previous.end())
    return after or (previous_end >= 0 and not text[previous_end : labels[number].start()].strip())


FIRST_SECOND_PERSON = frozenset("i me my mine we us our ours you your yours".split())
RECORD_MIN_WORDS = 8


def _is_record(line: Span | None) -> bool:
    """A list's line, not a transcript's: eight words or more with no finite verb, no first or second
    person, no question or exclamation ("Dealing in methamphetamine, …, held in jail in lieu of $326,000
    bond."); a short verbless answer ("Absolutely not.") stays speech."""
    if line is None or sum(not t.is_punct for t in line) < RECORD_MIN_WORDS:
        return False
    return not any(
        t.tag_ in FINITE_TAGS
        or (t.tag_ == "VB" and t.dep_ == "ROOT")
        or t.lower_ in FIRST_SECOND_PERSON
        or t.text in "?!"
        for t in line
    )


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


def dash_signatures(doc: Doc, passages: list[QuotedSpan], claimed: set[int]) -> list[Attribution]:
    """Quotes signed with a dash after them, on their own line or alone on the next (round 27: a review
    site's `“…”` / `– Ni** My**`); the signer's name is the source (masked_names.py reads a masked one)."""
    text = text_of(doc)
    result = []
    for passage in passages:
        if id(passage) in claimed:
            continue
        match = DASH_SIGNATURE.match(text, passage.end) or NEXT_LINE_SIGNATURE.match(text, passage.end)
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
