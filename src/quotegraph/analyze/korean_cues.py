"""Korean quotes: the cue after the quotation, the speaker its sentence's subject (issue 30).

Korean news sets the speech verb after the quotation, joined to it by the quoting particle 고 (라고,
이라고): `그는 “…”고 말했다` ("he said …"), `엘제이는 “…”라고 밝혔다`. The subject opens the sentence
with a topic or subject particle (은/는, 이/가) right before the quotation; where it is the pronoun 그 or
그녀 ("he", "she"), it is the person the sentence before is about: the word with a topic particle that
opens that sentence (after a connective such as 하지만 "but"). The English parser and NER read none of it,
so the name is taken as written, without its particle, and `korean_speaker` gives it a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan

_HANGUL = "\uac00-\ud7a3"
# The quoting particle and a speech verb's stem in the forms news writes (said, revealed, told, added,
# stressed, claimed, explained, answered, asked, refuted, pointed out, mentioned, confided, wrote).
CUE_AFTER = re.compile(
    rf"(?:이?라)?고\s*(?P<verb>(?:말[했하한]|밝[혔히힌]|전[했하한]|덧붙[였이인]|강조[했하한]|주장[했하한]|설명[했하한]"
    rf"|답[했하한]|물었|반박[했하한]|지적[했하한]|언급[했하한]|토로[했하한]|적었|썼)[{_HANGUL}]*)"
)
# The subject right before the quotation: a word and its particle.
SUBJECT_BEFORE = re.compile(rf"(?<![{_HANGUL}])(?P<name>[{_HANGUL}]{{1,6}}?)(?:은|는|이|가)\s*[“\"]\Z")
PRONOUNS = frozenset({"그", "그녀"})
# Other pronouns name no one the rule can find: "I", "we", "you", "they", "this", "who".
PRONOUNS_OF_NO_ONE = frozenset("나 내 저 제 우리 저희 너 너희 당신 그들 이것 그것 이 누구".split())
# The topic that opens the sentence before: its first word (after a connective) with 은/는.
CONNECTIVES = "하지만|그러나|그래서|그런데|또|또한|이에|이후|당시"
TOPIC_OPENING = re.compile(rf"\s*(?:(?:{CONNECTIVES})\s+)?(?P<name>[{_HANGUL}]{{2,6}}?)(?:은|는)\s")
SUBJECT_REACH = 40  # how far before the quotation its subject may sit
SENTENCE_BREAKS = re.compile(r"[.!?]\s|\n")
HANGUL_WORD = re.compile(rf"[{_HANGUL}]+")


def korean_attribution(doc: Doc, passage: QuotedSpan) -> Attribution | None:
    """A direct quote of a Korean sentence `<subject>는 “…”고 말했다`, with the subject's name (the
    pronoun's antecedent for 그/그녀) as its source; None where the quotation has no such cue."""
    text = text_of(doc)
    cue = CUE_AFTER.match(text, passage.end, passage.end + SUBJECT_REACH)
    subject = SUBJECT_BEFORE.search(text, max(0, passage.start - SUBJECT_REACH), passage.start + 1)
    if cue is None or subject is None:
        return None
    if subject.group("name") in PRONOUNS_OF_NO_ONE:
        return None  # `내가 “…”라고 했다`: the writer's own words, or a group's
    name = (subject.start("name"), subject.end("name"))
    if subject.group("name") in PRONOUNS:
        found = _topic_before(text, subject.start())
        if found is None:
            return None
        name = found
    token = doc.char_span(*name, alignment_mode="expand")
    if token is None:
        return None
    verb = (cue.start("verb"), cue.end("verb"))
    return Attribution("direct", list(passage.fragments), [verb], [name], None, token[-1], [passage])


def _topic_before(text: str, pronoun: int) -> tuple[int, int] | None:
    """The name with a topic particle that opens the sentence before the pronoun's."""
    window = text[max(0, pronoun - 400) : pronoun]
    ends = [m.end() for m in SENTENCE_BREAKS.finditer(window)]
    if not ends:
        return None
    offset = max(0, pronoun - 400)
    if len(ends) < 2 and offset > 0:
        return None  # the sentence before starts out of reach
    opening = ends[-2] if len(ends) > 1 else 0
    match = TOPIC_OPENING.match(window, opening, ends[-1])
    if match is None or match.group("name") in PRONOUNS:
        return None
    return offset + match.start("name"), offset + match.end("name")


def korean_speaker(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The person of a Korean cue's source (korean_attribution), named as written: the NER reads no
    Korean name. None for any other attribution."""
    if len(attribution.cue) != 1 or len(attribution.source) != 1:
        return None
    text = text_of(doc)
    form = text[slice(*attribution.source[0])]
    if not (HANGUL_WORD.fullmatch(text[slice(*attribution.cue[0])]) and HANGUL_WORD.fullmatch(form)):
        return None  # an English (or other) cue: the NER's names serve
    span = doc.char_span(*attribution.source[0], alignment_mode="expand")
    cluster = index.person_by_name(form) or index.new(form, "person")
    if span is not None and form not in cluster.aliases:
        cluster.add(span, form)
    return cluster
