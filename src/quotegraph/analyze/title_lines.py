"""A cue that ends a title line reports nothing on the lines after it (round 27, judged tuning 7313 Q15).

A paragraph of news ends on a stop, and a cue that introduces the next paragraph's words ends on a colon
("He said:" / "…"). A line that ends on the cue word itself, with no stop, colon or comma after it, is
a title: a headline, or one of the link titles of a list of related stories ("Ciara to Host 2019
American Music Awards, Plus New Performers Announced" / "15 Fun Facts About …"), and the next line is
another title or the article, no one's words that the cue reports. A learned model reads across the
line break and draws such a cue with the next line as its content; an attribution whose cue ends its
line and whose content begins on a later line is dropped. Words before the cue on its own line ("Petrol
duties frozen, Brown says") are untouched.
"""

from __future__ import annotations

from quotegraph.records import Span


def cue_ends_title_line(text: str, cue: list[Span], content: list[Span]) -> bool:
    """The cue's last word ends its line (spaces only between it and the line break) and the content
    begins on a later line."""
    if not cue or not content:
        return False
    cue_end = max(end for _, end in cue)
    line_end = text.find("\n", cue_end)
    if line_end < 0 or text[cue_end:line_end].strip():
        return False
    return min(start for start, _ in content) > line_end
