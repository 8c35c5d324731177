"""A direct quote a colon introduces, after a clause about a person, is that person's (docs/quotes.md,
round 15).

News sets a person's words after a colon that ends a clause of narration about them, with no verb of
saying: `Mr Dean is confident though: "I think if they see real HD …"`, `Ms Smith has no doubts: "…"`.
The quote, with no cue and no source of its own, is the speaker's whom that clause has as its active
subject (nsubj, before its verb): a person the article names (a person cluster), or "he"/"she", whom
narrated_quotes.py gives the speaker before where they agree. The clause is the one the colon hangs on,
wherever the parser ends the sentence (it often runs the quote into it); it must be narration, with no
quoted words between its start and the colon (round 33: a title or a phrase of a few words in quotation
marks is narration, `Buckley, who phoned in from the Chicago set of "Fargo," had a similar experience:
"It was just …"`, narration_breaks.quotes_words). A thing as the subject ("The message was clear: "…"")
or a passive one ("Smith was arrested: …") gives no one, nor does a colon after a quote's own words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.narration_breaks import quotes_words
from quotegraph.analyze.parsing import text_of

ACTIVE_SUBJECT = "nsubj"


def colon_subject(doc: Doc, opening: int) -> Token | None:
    """The active subject of the narration clause a colon right before a quote (at `opening`) ends."""
    text = text_of(doc)
    end = opening
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] != ":":
        return None
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span[-1].head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i >= span[-1].i:
        return None
    subject = next((c for c in verb.children if c.dep_ == ACTIVE_SUBJECT and c.i < verb.i), None)
    if subject is None:
        return None
    start = subject.sent.start_char if subject.sent.start <= verb.i else subject.left_edge.idx
    if quotes_words(text[start : end - 1]):
        return None  # the clause holds a quote: someone's words, not narration (a title quoted is not)
    return subject


def colon_speaker(doc: Doc, attribution: Attribution, index: EntityIndex) -> Cluster | None:
    """The named person whose clause a colon before a direct quote with no cue and no source ends."""
    if attribution.kind != "direct" or attribution.cue or attribution.source or not attribution.passages:
        return None
    subject = colon_subject(doc, attribution.passages[0].start)
    cluster = index.cluster_at(subject.i) if subject is not None else None
    return cluster if cluster is not None and cluster.type == "person" else None
