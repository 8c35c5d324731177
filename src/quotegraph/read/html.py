"""Web pages: trafilatura finds the main text and the page metadata; the article text is that main text,
one paragraph per line, headed by the headline, and offsets index it.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

import lxml.html
from lxml.etree import ParserError

from quotegraph.errors import InputError
from quotegraph.read.text import build_article, check_date, is_iso_date
from quotegraph.records import Article, ArticleMeta

_TITLE_SEPARATOR = re.compile(r" [|\-–—] |: ")
_WORDS = re.compile(r"\w+")
# A first line sharing this much of its vocabulary with the title is the page's own headline.
_SAME_HEADLINE = 0.6
_MAX_SITE_WORDS = 6
_MIN_SITE_KEY = 4  # shorter site keys ("AS", "cnn") match inside too many words
# trafilatura's author field sometimes carries a role, a credential or a date ("Tom Krisher; Ap Auto Writer").
_NOT_A_PERSON = re.compile(r"\b(?:writer|staff|reporter|correspondent|editor|media|news|press)\b", re.I)
_BYLINE_LEAD = re.compile(r"^.*?\bby\s+", re.I)  # "Analysis by Chris Cillizza"
_DATE_TAIL = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$"
)


def parse_html(html: str, url: str | None = None, date: str | None = None) -> Article:
    """An Article from an HTML page: main text, headline, date, authors and URL from the page."""
    import trafilatura  # here: 0.2 s of every start that reads no page (analyze FILE.txt, queries)

    date = check_date(date)
    document = trafilatura.bare_extraction(
        _deep_safe(html), url=url, with_metadata=True, include_comments=False
    )
    body = _paragraph_lines(document.text or "") if document is not None else ""
    if not body:
        raise InputError(f"no article text found in HTML{f' ({url})' if url else ''}: is it an article page?")
    sites = _site_keys(document.sitename, document.hostname)
    headline, text = _headline_and_text(_one_line(document.title), body, sites)
    meta = ArticleMeta(
        headline=headline,
        date=date or _iso_date(document.date),
        authors=_authors(document.author, sites),
        source=url,
        url=document.url or url,
    )
    return build_article(text, meta, [], description=_one_line(document.description))


# libxml2 stops at 256 nested elements (2048 with huge_tree) and drops everything below: the text of
# a page nested deeper is lost unless the page is parsed otherwise.
_FLAT_DEPTH = 200  # the depth a page is flattened to when even huge_tree cannot hold it
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "address article aside blockquote dd div dl dt figure footer h1 h2 h3 h4 h5 h6 header li main "
    "nav ol p pre section table td th tr ul".split()
)


def _deep_safe(html: str) -> str | lxml.html.HtmlElement:
    """The page as trafilatura should read it: the HTML itself when libxml2 parses it whole (nearly
    every page), else a tree parsed with huge_tree, else the page flattened by Python's html.parser."""
    if not _too_deep(_parser(huge=False), html):
        return html
    parser = _parser(huge=True)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ParserError, ValueError):
        return _flattened(html)
    return _flattened(html) if _too_deep(parser) else tree


def _parser(huge: bool) -> lxml.html.HTMLParser:
    # trafilatura's own parser settings (utils.HTML_PARSER), with or without huge_tree.
    return lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
    )


def _too_deep(parser: lxml.html.HTMLParser, html: str | None = None) -> bool:
    """Whether libxml2 gave up on the nesting: parses `html` first when given."""
    if html is not None:
        try:
            lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
        except (ParserError, ValueError):
            return False  # not a depth problem: trafilatura decides what to make of the page
    return any("depth" in entry.message.lower() for entry in parser.error_log)


class _Flattener(HTMLParser):
    """Rewrites a page with elements below _FLAT_DEPTH dropped and their text kept (a block's end
    becomes a line break, so paragraphs stay apart)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # tag, whether it was written

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if len(self.open) < _FLAT_DEPTH:
                self.out.append(self.get_starttag_text() or "")
            elif tag == "br":
                self.out.append("\n")
            return
        written = len(self.open) < _FLAT_DEPTH
        self.open.append((tag, written))
        if written:
            self.out.append(self.get_starttag_text() or f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if all(name != tag for name, _ in self.open):
            return  # a stray end tag
        while self.open:
            name, written = self.open.pop()
            if written:
                self.out.append(f"</{name}>")
            elif name in _BLOCK:
                self.out.append("\n")
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        self.out.append(escape(data, quote=False))


def _flattened(html: str) -> str:
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def _paragraph_lines(text: str) -> str:
    """One paragraph per line, no blank lines, no edge whitespace: the shape plain text has."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _one_line(value: str | None) -> str | None:
    squashed = " ".join((value or "").split())
    return squashed or None


def _iso_date(value: str | None) -> str | None:
    # trafilatura gives YYYY-MM-DD by default; anything else is not trusted as a date.
    return value if value and is_iso_date(value) else None


def _compact(value: str) -> str:
    """Letters and digits only, case-folded: "VG247" ~ "vg247.com"."""
    return re.sub(r"\W+", "", value.casefold())


def _site_keys(sitename: str | None, hostname: str | None) -> list[str]:
    names = [sitename or "", (hostname or "").removeprefix("www.").split(".")[0]]
    return [key for key in map(_compact, names) if len(key) >= _MIN_SITE_KEY]


def _is_site(part: str, sites: list[str]) -> bool:
    key = _compact(part)
    return len(part.split()) <= _MAX_SITE_WORDS and bool(key) and any(key in s or s in key for s in sites)


def _headline_and_text(title: str | None, body: str, sites: list[str]) -> tuple[str | None, str]:
    """The headline and the article text: the page's own first line when it restates the title (the
    title often adds the site name), else the title without the site name put in front of the body.
    """
    if title is None:
        return None, body
    first = body.split("\n", 1)[0]
    headline = _strip_site(title, sites)
    if _similarity(first, headline) >= _SAME_HEADLINE:
        return first, body
    return headline, f"{headline}\n{_without_headline(body, headline, sites)}"


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "November 20, 2019 - 11:28 AMT", "by Jeff Foust Monday, November 18, 2019": the byline, date and time a
# page prints under its title.
_DATELINE = re.compile(
    r"(?:[Bb]y [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} )?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
    rf"(?:(?:{_MONTHS}) \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}})"
    r"(?:\s*[-–—,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?\s*"
)
_SITE_DASH = re.compile(r"(\S[^\n]{0,60}?) [-–—] ")  # "PanARMENIAN.Net - " opening the first sentence


def _without_headline(body: str, headline: str, sites: list[str]) -> str:
    """The body without the headline a page's extraction glued before its first sentence (round 18): "|
    Amnesty. More than 100 protesters killed … November 20, 2019 - 11:28 AMT PanARMENIAN.Net - Verified
    video footage … reveal …" is "Verified video footage … reveal …": the headline (the alt text of the
    lead picture, after a stray separator), the date and time under it and the site's name before a dash
    are the page's furniture, no words of the sentence. A first line that does not open with the
    headline is left whole."""
    first, newline, rest = body.partition("\n")
    opening = first.lstrip(" |•·-–—")
    if not opening.casefold().startswith(headline.casefold()) or len(opening) <= len(headline):
        return body
    after = opening[len(headline) :].lstrip()
    if (date := _DATELINE.match(after)) is not None:
        after = after[date.end() :]
    if (site := _SITE_DASH.match(after)) is not None and _is_site(site.group(1), sites):
        after = after[site.end() :]
    return f"{after}{newline}{rest}" if after else rest


def _similarity(a: str, b: str) -> float:
    words_a, words_b = set(_WORDS.findall(a.casefold())), set(_WORDS.findall(b.casefold()))
    return len(words_a & words_b) / len(words_a | words_b) if words_a | words_b else 0.0


def _strip_site(title: str, sites: list[str]) -> str:
    """ "Story | Site" and "Site: Story" -> "Story" (the longest part that names the site goes)."""
    cuts = [(m.start(), m.end()) for m in _TITLE_SEPARATOR.finditer(title)]
    for start, end in reversed(cuts):
        if _is_site(title[:start], sites):
            return title[end:]
    for start, end in cuts:
        if _is_site(title[end:], sites):
            return title[:start]
    return title


def _authors(value: str | None, sites: list[str]) -> list[str]:
    """trafilatura joins authors with "; "; keep the ones that look like people, names title-cased."""
    authors: list[str] = []
    for part in (value or "").split(";"):
        name = _DATE_TAIL.sub("", _BYLINE_LEAD.sub("", part.strip()))
        if " " not in name or _NOT_A_PERSON.search(name) or _is_site(name, sites):
            continue  # credentials (MS, RDN), agencies (PTI), roles, the publication
        name = name.title() if name.isupper() else name
        if name not in authors:
            authors.append(name)
    return authors
