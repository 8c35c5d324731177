"""A description that speaks is never the person its own reported words name (docs/quotes.md, round 24).

`Jonathan Baume, of the top civil servants' union, spoke of "competing agendas" between Mr Brown and Mr
Blair. But the chancellor said Mr Baume was never at meetings between himself and the prime minister so
could not judge.`: reported speech names its speaker "he", never "Mr Baume", so the chancellor is not Baume,
the subject of the sentence before, whom a description takes by the news convention
(descriptions.described_person). The description goes back past him to the first subject of an earlier
sentence that is a person the words do not name (Gordon Brown: "Gordon Brown has criticised a union leader
who …"; in "George W Bush will display a more consensual approach …, Tony Blair has said. The prime minister
said Mr Bush had learned …" the subject after Bush's, Tony Blair), within the same window of paragraphs,
else to no one found here (the other rules have their say).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotegraph.analyze.descriptions import DESCRIPTION_WINDOW_PARAGRAPHS, paragraph_floor
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.parsing import SUBJECT_DEPS, text_of


def named_in_reported_words(person: Cluster, head: Token, index: EntityIndex) -> bool:
    """Whether the clause the description's verb reports names the person by a name ("the chancellor said
    Mr Baume was never at meetings": Baume)."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb == head:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return any(t.pos_ == "PROPN" and index.cluster_at(t.i) is person for c in clauses for t in c.subtree)


def earlier_subject(head: Token, index: EntityIndex, spoken_of: Cluster) -> Cluster | None:
    """The first person, other than the one the words speak of, who is a subject in the nearest earlier
    sentence that has one ("George W Bush will display …, Tony Blair has said": Blair, where the words name
    Bush), within the description's window of paragraphs; None past it."""
    doc = head.doc
    floor = paragraph_floor(text_of(doc), head.idx, DESCRIPTION_WINDOW_PARAGRAPHS)
    sentence = head.sent
    while sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if sentence.start_char < floor:
            return None
        for subject in (t for t in sentence if t.dep_ in SUBJECT_DEPS):
            found = index.cluster_at(subject.i)
            if found is not None and found.type == "person" and found is not spoken_of:
                return found
    return None
