"""A speaker named only by an indefinite or counted description has no role entry (round 33).

"“…,” one Weibo commenter said", "a resident told the BBC", "one analyst said": the source is one
anonymous person of a kind, and the description is all the article says of them. It stays the speaker's
name as written (anonymous), and no role is listed for it: a role entry describes a named speaker ("Li
Jifeng, a doctor at …"), and "Weibo commenter" beside "one Weibo commenter" repeats the name with its
determiner cut (judged tuning sheets: a role with no name to hold it). Such a name opens with "a", "an",
"one", "another", "some" or a number word. A definite description ("the commenter") or a named speaker
keeps its roles.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotegraph.records import Speaker

# The words that open an indefinite or counted description of someone: "one analyst", "a resident".
INDEFINITE_OPENERS = frozenset(
    """
    a an one another some any several many few two three four five six seven eight nine ten
    """.split()
)


def is_indefinite_description(name: str) -> bool:
    """ "one Weibo commenter", "a resident", "two analysts": a description with no name, not counted
    once the article has given it a definite article or a name."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in INDEFINITE_OPENERS


def drop_indefinite_roles(speakers: Iterable[Speaker]) -> None:
    """Clear the roles of each anonymous speaker named by an indefinite or counted description."""
    for speaker in speakers:
        if speaker.anonymous and speaker.roles and is_indefinite_description(speaker.name):
            speaker.roles, speaker.role = [], None
