"""A question or remark with no cue between its asker's turn and another's reply: the asker's words.

Reports of hearings, debates and interviews set a speaker's turn as a sentence about them, then their
words alone, then the other side's answer: `Aderholt returned to the issue later in the hearing. “What
commercial launch vehicles exist today …?” Bridenstine responded that SLS is the only vehicle …`. The
quote has no cue, but the exchange says whose it is: the named person the sentence before is about
asks or says it, and the one who replies right after is someone else. The quote is the first person's
where it stands alone as a sentence (opening after the narration, ending on ".", "?" or "!"), the
narration's active subject is a person the article names, and the sentence right after the quote opens
on another named person's verb of replying ("responded", "replied", "answered", "countered", "retorted").
Without the reply the quote is left to narrated_quotes.py's rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import text_of

REPLY_LEMMAS = frozenset({"respond", "reply", "answer", "counter", "retort"})
SENTENCE_ENDS = ("?", ".", "!")
REPLY_REACH = 6  # tokens from the quote's end to the reply verb: a name (with a title) and the verb


def turn_speaker(
    doc: Doc, attribution: Attribution, subject: Token | None, index: EntityIndex
) -> Cluster | None:
    """The named person whose turn the narration before a lone cueless quote is (`subject`, that
    narration's main subject), where another named person replies right after it; else None."""
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None  # "The hearing returned to …", "Smith was asked …": no one's turn
    asker = index.cluster_at(subject.i)
    if asker is None or asker.type != "person":
        return None
    text = text_of(doc)
    last = attribution.passages[-1]
    if not text[last.fragments[-1][0] : last.end].rstrip(" ”\"’'").endswith(SENTENCE_ENDS):
        return None  # the quote goes on into a sentence of the reporter's
    replier = _reply_subject(doc, last.end)
    if replier is None:
        return None
    other = index.cluster_at(replier.i)
    return asker if other is not None and other.type == "person" and other is not asker else None


def _reply_subject(doc: Doc, end: int) -> Token | None:
    """The subject of a verb of replying whose sentence opens right after offset `end`; else None."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    words = [t for t in span if not t.is_space] if span is not None else []
    if not words or not words[0].text[:1].isupper():
        return None
    first = words[0]
    for verb in words[:REPLY_REACH]:
        if verb.lemma_.lower() not in REPLY_LEMMAS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i == first.i and subject.pos_ == "PROPN":
            return subject
    return None
