"""Words of another clause beside a role (docs/quotes.md, "Roles"; issue 30, round 27).

- A coordinator that joins the clause before to the one a title and a name open is no part of the title:
  "growth is still proving elusive and Ifo president Hans-Werner Sinn said" is an "Ifo president", never
  an "elusive and Ifo president"; "called for offside against McPake but referee Alan Freeland ignored
  their claims" is a "referee". "But" (and "yet") never join two words of one title, so a title opens
  after them; "and" and "or" do ("Trade and Industry Secretary", "research and development director",
  "chief executive and Labour MP"), so a title opens after them only where the word before is no word a
  title goes on from or ends on (a lowercase adjective of the clause before, a verb, an adverb, a number)
  and a capitalised word follows, opening the title of the next clause.
- A relative clause says what the person is only where the person is its subject ("who is now the
  president of …"): "Mr Karger, whose favourite film of the year was Mike Leigh's abortion drama Vera
  Drake, stayed upbeat" says what his film is, so gives Karger no role "Mike Leigh's abortion drama Vera
  Drake"; nor does a noun phrase right after a verb where the parser hung it on the name as an
  apposition, for it is that verb's complement.
- A phrase after a name's relative clause is no apposition of the name: "said Scott, who won in
  6.46secs, his best time indoors" says what the time is, not what Scott is (an apposition follows the
  name it is set beside).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

# Coordinators that never join two words of one title: what follows them opens a clause of its own.
CLAUSE_COORDINATORS = frozenset({"but", "yet"})
# Coordinators that may join two words of one title ("Trade and Industry Secretary").
TITLE_COORDINATORS = frozenset({"and", "or"})
# Parts of speech of a lowercase word no title goes on from through "and": "elusive and", "rose and".
NO_TITLE_WORDS = frozenset({"ADJ", "ADV", "VERB", "AUX", "NUM", "PART", "PRON", "ADP", "SCONJ"})
# Words a title ends on that the tagger may call adjectives: "chief executive and …", "attorney general".
TITLE_ENDS = frozenset({"executive", "general", "chief", "elect", "emeritus"})


def after_joined_clause(tokens: Sequence[Token]) -> list[Token]:
    """The words of a title before a name from where it opens after a coordinator that joins another
    clause to it (all of them where there is none)."""
    words = list(tokens)
    for k in range(len(words) - 2, 0, -1):
        if _joins_a_clause(words[k - 1], words[k], words[k + 1]):
            return words[k + 1 :]
    return words


def _joins_a_clause(before: Token, coordinator: Token, after: Token) -> bool:
    word = coordinator.lower_
    if coordinator.pos_ != "CCONJ" or word not in CLAUSE_COORDINATORS | TITLE_COORDINATORS:
        return False
    if word in CLAUSE_COORDINATORS:
        return True
    if not before.is_lower or before.pos_ not in NO_TITLE_WORDS or before.lower_ in TITLE_ENDS:
        return False  # "Trade and Industry", "research and development", "chief executive and Labour MP"
    return after.text[:1].isupper()  # "elusive and Ifo president"; "former and current chairman" stays


# The relative pronouns that stand for the person as the clause's subject ("who is …", "that was …").
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def of_another_subject(verb: Token) -> bool:
    """Whether the relative clause's verb has a subject of its own that is not the relative pronoun:
    "whose favourite film … was" (the film), not "who is"."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in RELATIVE_SUBJECTS for c in verb.children)


def apart_from_name(start: int, phrase: Token) -> bool:
    """Whether a phrase the parser hung on a name as an apposition (starting at `start`) is another
    clause's: it follows a verb right before it, or the name's relative clause comes between."""
    doc = phrase.doc
    if start > 0 and doc[start - 1].pos_ in {"VERB", "AUX"}:
        return True  # "whose favourite film of the year was Mike Leigh's abortion drama Vera Drake"
    return any(
        c.dep_ == "relcl" and c.i < start for c in phrase.head.children
    )  # "who won in …, his best time"
