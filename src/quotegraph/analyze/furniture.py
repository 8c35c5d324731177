"""Page furniture: the lines of a page that are not the article's content, and never hold quotes.

A line is furniture when it is a link teaser ("WATCH: Minister receives warm welcome at rally",
"READ MORE: …", "Related: …", "See it now: Amazon", "Also on rt.com …"), a picture caption or credit
("(Image credit: All About Space)", "Photo: Jane Doe/Getty Images"), a teaser marked "[Video]" at its
end, a byline alone on its line ("Staff Reports"), a button's call to action ("GET THE QUIZ: INSTANT
DOWNLOAD!"), a disclosure, or a pull quote before its link teaser
(round 13: `"Pokemon Sword and Shield are the best games in the series, …" Read our Pokemon Sword and
Shield review.`: the site's promo of its own review, no one's words). An editor's note is content: it can
report what someone said. Interview
transcripts are content, but their labels are not names: "Q:" and "A:" lines are questions and
answers (quotes.py gives answers to the person interviewed, and keeps questions out of the quotes).
"""

from __future__ import annotations

import re

from quotegraph.records import Span

# Labels that open a teaser, a caption or a note: what follows is a link, a picture or the desk.
FURNITURE_LABELS = (
    "watch",
    "watch live",
    "read more",
    "read",
    "more",
    "related",
    "related stories",
    "related articles",
    "see also",
    "see it now",
    "see more",
    "see more photos",
    "see tweets",
    "listen",
    "video",
    "videos",
    "photos",
    "photo",
    "picture",
    "pictured",
    "image",
    "image credit",
    "image caption",
    "image copyright",
    "main image credit",
    "cover image",
    "graphic",
    "caption",
    "credit",
    "disclosure",
    "disclaimer",
    "sign up",
    "subscribe",
    "advertisement",
)
_LABEL = re.compile(
    r"^[\s(\[]*(" + "|".join(re.escape(label) for label in FURNITURE_LABELS) + r")\s*[:|—–-]",
    re.IGNORECASE,
)
# A credit inside a short line: the agency or service that owns the picture.
_CREDIT = re.compile(
    r"Getty Images|AP Photo|Shutterstock|PA Media|PA Wire|\((?:Photo|Picture|Image)s? (?:by|credit)|"
    r"\b(?:Photo|Picture|Image)(?:graph)?s?: |/(?:AFP|Reuters|AP|EPA|PA)\b|\((?:AFP|Reuters|AP|EPA|PA)\)\s*$",
)
CREDIT_LINE_MAX_WORDS = 25  # a caption with its credit; a longer line is body text
# A byline alone on its line: "Staff Reports", "From staff reports", "Staff Writer" (the desk, not a
# source: a learned model read "Reports" as a cue for the article's first sentence).
_BYLINE = re.compile(r"(?:from\s+)?staff\s+(?:reports?|writers?)", re.IGNORECASE)
# A link teaser to a video or gallery, marked so at its end: "Amazon Bestseller: Manual Espresso Machine –
# Wacaco Nanopresso Review [Video]" (a label there is a headline's, no speaker's).
_TEASER_END = re.compile(r"\[(?:video|videos|gallery|photos|podcast)\]$", re.IGNORECASE)
# A quotation that is all of its line but a link to the site's own piece after it: "Read our … review.",
# "Read the full review", "Check out our hands-on".
_PULL_QUOTE = re.compile(
    r"^[\"“][^\"“”]+[\"”]\s+(?:read|see|check\s+out)\s+(?:our|the\s+full|the\s+rest\s+of\s+our)\b[^\"“”]{0,100}$",
    re.IGNORECASE,
)
# A link teaser to another story on a site named by its address: "Also on rt.com Journalists & politicians
# from Morales' party threatened with sedition arrests …" (round 17): the headline linked, no one's words,
# and "rt.com Journalists" no speaker.
_ALSO_ON = re.compile(r"^also\s+on\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b", re.IGNORECASE)
# A call to action, a button's words: a label that opens with the imperative of a web page's button ("GET
# THE QUIZ: INSTANT DOWNLOAD!", "Download: http://…", round 27, judged tuning 7313 Q25). The label is the
# page's, never a speaker's name (transcripts.py reads an upper-case label that repeats, "PENCE:", as one),
# and a short line under it is furniture.
CALLS_TO_ACTION = (
    "get",
    "click",
    "tap",
    "download",
    "subscribe",
    "buy",
    "order",
    "shop",
    "join",
    "register",
    "grab",
    "claim",
    "try",
    "start",
    "book",
)
_CALL_TO_ACTION = re.compile(
    r"^[\s(\[]*(?:" + "|".join(CALLS_TO_ACTION) + r")\b[\w'’ -]{0,30}:", re.IGNORECASE
)
CALL_LINE_MAX_WORDS = 8
# Transcript labels that are no one's name (quotes.py).
QUESTION_LABELS = frozenset({"q", "question", "interviewer"})
ANSWER_LABELS = frozenset({"a", "answer"})
NOT_NAMES = (
    frozenset({"i", "watch", "read more", "related", "note", "update", "see it now"}) | QUESTION_LABELS
)
NOT_NAMES = NOT_NAMES | ANSWER_LABELS | frozenset(FURNITURE_LABELS)


def furniture_lines(text: str) -> list[Span]:
    """The (start, end) of every line of the text that is page furniture."""
    found: list[Span] = []
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body and is_furniture(body):
            lead = len(line) - len(line.lstrip())
            found.append((start + lead, start + lead + len(body)))
        start += len(line)
    return found


def is_furniture(line: str) -> bool:
    """A teaser, caption, credit or note: a furniture label, or a short line with a picture credit."""
    if _LABEL.match(line) or _BYLINE.fullmatch(line) or _TEASER_END.search(line) or _PULL_QUOTE.match(line):
        return True
    if _ALSO_ON.match(line):  # "Also on rt.com …": a teaser (round 17)
        return True
    if len(line.split()) <= CALL_LINE_MAX_WORDS and _CALL_TO_ACTION.match(line):
        return True  # "GET THE QUIZ: INSTANT DOWNLOAD!": a button (round 27)
    return len(line.split()) <= CREDIT_LINE_MAX_WORDS and bool(_CREDIT.search(line))


def is_call_to_action(label: str) -> bool:
    """A label (the words before its colon) that opens with a button's imperative: "GET THE QUIZ"."""
    return bool(_CALL_TO_ACTION.match(label + ":"))


def inside(position: int, spans: list[Span]) -> bool:
    return any(start <= position < end for start, end in spans)
