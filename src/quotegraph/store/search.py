"""The full-text search syntax, the same on every backend: parsed here, rendered by the dialect.

    word            articles or quotes containing the word (stemmed: "said" finds "say")
    "two words"     the phrase
    word*           words starting with it
    a OR b          either (OR binds tighter than the implicit AND: ``a OR b c`` is (a or b) and c)
    -word, NOT word not containing it
    AND             optional between terms

Anything else is a syntax error with a message saying what is wrong; nothing reaches the database
engine's own query language, so no input can make it fail there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotegraph.errors import QueryError

_TOKEN = re.compile(r'\s*(?:(?P<phrase>"[^"]*"?)|(?P<word>[^\s"]+))')
_PREFIX_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class SearchQuery:
    groups: tuple[tuple[Term, ...], ...]  # all groups must match; any term of a group
    excluded: tuple[Term, ...] = ()


def parse_search(text: str) -> SearchQuery:
    """Parse a search; a QueryError says what is wrong with it."""
    if "\x00" in text:  # it would end the search early in SQLite and is refused by PostgreSQL
        raise _error(text, "a NUL character")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending: str | None = None  # an operator waiting for its term
    last_excluded = False
    for token in _tokens(text):
        if token in ("OR", "NOT", "AND"):
            if pending is not None:
                raise _error(text, f"{token} after {pending}")
            if token == "OR" and (not groups or last_excluded):
                raise _error(text, "OR needs a term before it that is not excluded")
            if token == "AND" and not (groups or excluded):
                raise _error(text, "AND needs a term before it")
            pending = token
            continue
        term = _term(text, token)
        if pending == "NOT":
            excluded.append(term)
        elif pending == "OR":
            groups[-1].append(term)
        else:
            groups.append([term])
        last_excluded = pending == "NOT"
        pending = None
    if pending is not None:
        raise _error(text, f"{pending} needs a term after it")
    if not groups:
        raise _error(text, "nothing to search for" if not excluded else "only excluded terms")
    return SearchQuery(tuple(tuple(group) for group in groups), tuple(excluded))


def _tokens(text: str) -> list[str]:
    """Words and quoted phrases; "-word" becomes NOT and word."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match["phrase"] or match["word"]
        if match["word"] and token.startswith("-") and len(token) > 1:
            tokens += ["NOT", token[1:]]
        else:
            tokens.append(token)
    return tokens


def _term(text: str, token: str) -> Term:
    if token.startswith('"'):
        if len(token) < 2 or not token.endswith('"'):
            raise _error(text, "a quotation mark is not closed")
        phrase = token[1:-1].strip()
        if not phrase:
            raise _error(text, "an empty phrase")
        return Term(phrase, phrase=True)
    if token == "-":
        raise _error(text, "a lone '-': write it right before the word to leave out")
    if "*" in token[:-1]:
        raise _error(text, f"{token!r}: * goes at the end of a word")
    if token.endswith("*"):
        if not _PREFIX_WORD.fullmatch(token[:-1]):
            raise _error(text, f"{token!r}: a prefix is letters or digits, then *")
        return Term(token[:-1], prefix=True)
    return Term(token)


def _error(text: str, problem: str) -> QueryError:
    return QueryError(f"search {text!r}: {problem} (see `quotegraph quotes --help` for the syntax)")
