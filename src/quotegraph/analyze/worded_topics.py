"""Whether the sentence a "he added" follows gives its subject's own words, so that "added" goes on from them.

"She added" after a quote stays with the speaker quoted before where the sentence between is the
reporter's narration about someone else (gender.keeps_speaker). A sentence that gives its subject's words
is no narration: one with a clause it reports ("Mr Johnson told … he thought it was a "non-story""), one
whose main verb is a reporting cue ("Smith praised the fans …"), or one with a few words quoted whole
inside it ("Keane frontman Tom Chaplin thanked fans for enduring "rubbish gigs" … He added: "…"": Chaplin
adds to his own words, not to the quote of someone else before).
"""

from __future__ import annotations

from spacy.tokens import Span

from quotegraph.analyze.cues import is_cue

DOUBLE_MARKS = frozenset('"“”')


def gives_words(sentence: Span) -> bool:
    """A reported clause, a cue as the main verb, or words quoted whole inside the sentence."""
    root = sentence.root
    if any(c.dep_ == "ccomp" for c in root.children) or is_cue(root):
        return True
    body = sentence.text.strip()
    marks = [ch for ch in body if ch in DOUBLE_MARKS]
    return len(marks) >= 2 and len(marks) % 2 == 0 and body[:1] not in DOUBLE_MARKS
