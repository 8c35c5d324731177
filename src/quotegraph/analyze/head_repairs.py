"""A source's head moved onto the name it stands for, where the parser put it beside the name.

Four repairs, in this order: a part for its whole ("the Department for Work and Pensions" from its
"Work", descriptions.whole_of_part), a title before a person ("Field MP", found_names.person_after_title),
post-nominal letters ("… K. Hrafnsson", post_nominals.name_before_letters), and a description set before
"the" and a name ("lobby group the CBI says", double_subjects.subject_named_after).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import whole_of_part
from quotegraph.analyze.double_subjects import subject_named_after
from quotegraph.analyze.found_names import person_after_title
from quotegraph.analyze.post_nominals import name_before_letters


def named_head(head: Token) -> Token:
    """The token of the name `head` stands for, after the four repairs; else `head`."""
    return subject_named_after(name_before_letters(person_after_title(whole_of_part(head))))
