"""A term or a name in quotation marks is no quote (docs/quotes.md, "Types of attribution").

News puts a term in quotation marks to name it, not to quote anyone: "the term often used is “bird
fancier's lung.”", "it is called “pigeon breeder's lung.”", "it's instead been dubbed “feather duvet
lung.”", "a so-called “flash estimate.”", "the awesome 1924-5 All Black tourists became known as “The
Invincibles.”", "what doctors call “…”". A short quotation (a few words) right after a word that makes it
a name (a naming verb: called, dubbed, known as, nicknamed, termed, coined; or "the term", "the phrase",
"the word", "the name", with at most a few words and a copula between: not "the nine-year recommended
term "outrageous"", a sentence) is the name of a thing, with no cue and no
speaker, whatever full stop closes it. A longer quotation there, or one a "by" follows ("was called "one
of the biggest Bollywood pirates in the UK" by the sentencing judge"), is someone's words, and is left to
the rules of quotes.

A title in quotation marks is no quote either: a capitalised quotation of at most ten words after a noun
for a work (book, ebook, song, single, album, film, show, series, play, …), with at most "like", "such
as", "including", "titled", "called" and a possessive year or name between (`hit singles like 1978’s
“What a Fool Believes.”`, `our free ebook “Ten Steps …”`), or any short quotation right after "titled" or
"entitled", is the name of a work; so is one right after a verb of performing (perform, play, screen:
`an encore to perform “Takin’ It to the Streets.”`, `played “We’re Not Gonna Take It”`; words sung are
words), and one right after a verb of subscribing or ticking a box (round 24: `just tick "10 Things in Tech
You Need to Know."`, "sign up for", "subscribe to", "check the box"). A colon
or a comma between noun and quotation is speech (`the show: “…”`), and so is a lowercase opening
(`expects the film “to …”`). A capitalised quotation right after a slogan, motto, tagline, catchphrase
or entry, a dash allowed between, is a slogan named (`this 2014 entry — “Don’t jerk and drive,”`).

A programme's or a slogan's name closing the writer's sentence is no quote either (round 13): a
capitalised quotation of at most five words right after a preposition, with the writer's words before it
and the sentence's end at its closing mark (`a wealth tax to pay for “Medicare for all.”`, `the campaign
against “Project Fear.”`). No cue took it, and a name is all a preposition takes; a longer quotation, a
lowercase one (`paid for “what we deserve.”`) or one the sentence goes on after is left to the rules.
"""

from __future__ import annotations

import re

from quotegraph.analyze.quotemarks import QuotedSpan

# The most words a name or a term in quotation marks has: "pigeon breeder's lung.", "rugby's version of
# Rocky II".
TERM_MAX_WORDS = 5

# What makes the quotation after it a name, right before the opening mark (spaces between): a naming verb
# ("is called", "been dubbed", "known as", "so-called", "what doctors call"), or a noun for a term and a
# copula ("the term often used is", "the phrase").
NAMING = re.compile(
    r"(?:\b(?:so-called|dubbed|nicknamed|termed|coined|labelled|labeled|branded|christened|"
    r"known\s+as|referred\s+to\s+as|(?:is|are|was|were|be|been|being)\s+called|"
    r"what\s+(?:\w+\s+){1,2}calls?)"
    r"|\b(?:the|a|this|that)\s+(?:term|phrase|word|words|name|nickname|expression|label|moniker)"
    r"(?:\s+(?:\w+\s+){0,3}(?:is|was|of))?)"
    r"\s*$",
    re.IGNORECASE,
)
LOOK_BACK = 60  # characters before the opening mark that the naming words lie in
AFTER_BY = re.compile(r"\s*by\b")


# A noun for a work with a title, in English (and the Portuguese/Spanish "livro"); not the verbs "shows",
# "plays", "hits", "records", "tracks", which a quotation may follow as an object.
WORKS = (
    r"e-?books?|books?|novels?|memoirs?|songs?|singles?|albums?|ballads?|anthems?|hit|"
    r"films?|movies?|documentar(?:y|ies)|show|series|programmes?|episodes?|play|musicals?|"
    r"poems?|podcasts?|sitcoms?|livros?"
)
# A verb of performing a work, whose object in quotation marks is the work's title: "to perform “Takin’
# It to the Streets.”", "played “We’re Not Gonna Take It” from the Statehouse steps". Not "sang", "singing":
# the words sung are words (PolNeAR's annotators mark "singing “…”" an attribution).
PERFORMING = r"perform(?:s|ed|ing)?|play(?:s|ed|ing)?|screen(?:s|ed|ing)?"
# A verb of subscribing or choosing on a form, whose object in quotation marks is a newsletter's or a box's
# title (round 24): `You can also subscribe to this newsletter here — just tick "10 Things in Tech You Need
# to Know."`, "sign up for “The Daily Brief”", "check the box “Send me offers”".
SUBSCRIBING = (
    r"tick(?:s|ed|ing)?(?:\s+the\s+box(?:\s+for)?)?|check(?:s|ed|ing)?\s+the\s+box(?:\s+for)?|"
    r"subscrib(?:e|es|ed|ing)\s+to|sign(?:s|ed|ing)?\s+up\s+(?:for|to)"
)
TITLE_BEFORE = re.compile(
    rf"(?:\b(?:{WORKS})(?:\s+(?:like|such\s+as|including|titled|entitled|called|named))?"
    r"(?:\s+[\w.-]+['’]s)?"
    rf"|\b(?:titled|entitled|{PERFORMING}|{SUBSCRIBING}))\s*$",
    re.IGNORECASE,
)
TITLE_MAX_WORDS = 10
# A slogan or a competition's entry named before its quotation, a dash allowed between (round 10):
# `Consider this 2014 entry — “Don’t jerk and drive,” meant to discourage drivers …`, `the slogan “Meth.
# We're on it.”`: a slogan the writer names, no one's words quoted.
SLOGAN_BEFORE = re.compile(
    r"\b(?:slogans?|mottos?|taglines?|catchphrases?|entry|entries)(?:\s*[—–])?\s*$", re.IGNORECASE
)


# A preposition right before the opening mark, after some of the writer's words on the same line.
PREPOSITION_BEFORE = re.compile(
    r"\w[^\n.!?]*\b(?:for|of|to|into|on|about|against|with|from|under|toward|towards|behind|over)\s*$",
    re.IGNORECASE,
)
# The writer's sentence ends at the closing mark: a full stop right after it, if any, then the line's end
# or the next sentence.
SENTENCE_ENDS_AFTER = re.compile(r"[.!?]?(?:[ \t]*(?:\n|$)|\s+(?=[A-Z“\"]))")


def names_a_programme(text: str, passage: QuotedSpan) -> bool:
    """ "to pay for “Medicare for all.”": a short capitalised name after a preposition, ending the
    writer's sentence."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]].strip("\"“”‘’' ")
    if len(quoted.split()) > TERM_MAX_WORDS or not quoted[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, passage.start) + 1
    if PREPOSITION_BEFORE.search(text, max(line_start, passage.start - LOOK_BACK), passage.start) is None:
        return False
    ended = quoted.endswith((".", "!", "?")) or text[passage.end : passage.end + 1] in {".", "!", "?"}
    return ended and SENTENCE_ENDS_AFTER.match(text, passage.end) is not None


def is_title(text: str, passage: QuotedSpan) -> bool:
    """A work's title in quotation marks: `hit singles like 1978’s “What a Fool Believes.”`, `our free ebook
    “Ten Steps to Teaching Your Children to Read at Home”`, `a film titled “…”`; not anyone's words."""
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]].lstrip("\"“‘' ")
    if len(quoted.split()) > TITLE_MAX_WORDS:
        return False
    before = text[max(0, passage.start - LOOK_BACK) : passage.start]
    if SLOGAN_BEFORE.search(before) and quoted[:1].isupper():
        return True
    match = TITLE_BEFORE.search(before)
    if match is None:
        return False
    return quoted[:1].isupper() or quoted[:1].isdigit() or match.group(0).lower().strip().endswith("titled")


def is_term(text: str, passage: QuotedSpan) -> bool:
    """A short quotation that a naming verb or a word for a term makes the name of a thing: `the term
    often used is “bird fancier’s lung.”`, `HP is called “feather duvet lung.”`; not anyone's words."""
    if is_title(text, passage) or names_a_programme(text, passage):
        return True
    quoted = text[passage.fragments[0][0] : passage.fragments[-1][1]]
    if len(quoted.split()) > TERM_MAX_WORDS or AFTER_BY.match(text, passage.end):
        return False
    before = text[max(0, passage.start - LOOK_BACK) : passage.start]
    return NAMING.search(before) is not None
