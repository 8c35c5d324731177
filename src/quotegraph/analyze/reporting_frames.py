"""A paragraph that ends on a reporting clause's own words still ends on its speaker.

By the news convention a quote with no cue that opens a paragraph goes on from the speaker the
paragraph before ends on (docs/quotes.md, "Narration and indirect speech"). The paragraph ends on them
also where the reporting clause goes on after its cue with where, when or to whom they said it:
`"At no point did we say Taylor could not perform …," they said in a statement on their website last
Friday.` / `"In fact, we do not have the right to keep her from performing live anywhere."` is the next
paragraph of the same statement (the label's). What follows the cue must be the cue's own dependents in
the parse, to the paragraph's end: no quotation mark, no sentence of the writer's after a full stop and
no tensed verb among them (`…," he said, as the crowd cheered.` ends on a clause of the writer's and
breaks the chain as before).
"""

from __future__ import annotations

import re

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.parsing import FINITE_TAGS
from quotegraph.analyze.quotemarks import MARKS

# A sentence's end inside the rest of the paragraph: a stop, a space and more words.
INNER_BREAK = re.compile(r"[.!?][\"”’)]*\s+\S")


def ends_on_frame(attribution: Attribution, text: str, end: int, paragraph_end: int) -> bool:
    """Whether the text from `end` (the attribution's last character) to `paragraph_end` is the rest of
    its cue's reporting clause: the cue's dependents only ("in a statement on their website last
    Friday"), with no quotation mark, no sentence break and no tensed verb."""
    cue = attribution.cue_token
    rest = text[end:paragraph_end].rstrip()
    if cue is None or not rest or any(mark in rest for mark in MARKS) or INNER_BREAK.search(rest):
        return False
    last = cue.right_edge
    while last.i > cue.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    if last.idx + len(last.text) < end + len(rest.rstrip(".!?")):
        return False  # words after the cue's clause: a sentence the parser did not hang on the cue
    after = [t for t in cue.doc[cue.i + 1 : last.i + 1] if t.idx >= end]
    return not any(t.tag_ in FINITE_TAGS for t in after)
