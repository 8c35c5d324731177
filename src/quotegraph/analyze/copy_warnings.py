"""Copy-desk warnings: what an editor would want fixed before publication.

Precision matters more than recall here (an editor stops reading warnings that are wrong), so each
check fires only on evidence in the text itself: two spellings that are one letter apart for one
person, a quotation mark with no partner, a quote nobody is said to have said.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.entities import Cluster, one_edit_apart
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.quotemarks import QuotedSpan, span_test
from quotegraph.records import CopyWarning, Quote, Span

PERSONAL_PRONOUNS = frozenset({"he", "she"})
MIN_STATEMENT_WORDS = 6


def name_variants(clusters: list[Cluster]) -> list[CopyWarning]:
    """One person, two spellings: "Merezhkko" in one paragraph, "Merezhko" in another."""
    warnings = []
    for cluster in clusters:
        if cluster.type != "person":
            continue
        forms = cluster.surname_spellings()
        spellings = list(forms)
        for i, first in enumerate(spellings):
            for second in spellings[i + 1 :]:
                if _misspelt_pair(first, second):
                    warnings.append(_variant_warning(cluster, first, second, forms))
    return warnings


def _misspelt_pair(first: str, second: str) -> bool:
    """One letter apart, but not a plural ("the Clintons") nor a different apostrophe (O'Neill)."""
    a, b = (_plain(first), _plain(second))
    if a == b or a + "s" == b or b + "s" == a:
        return False
    return one_edit_apart(a, b)


def _plain(name: str) -> str:
    return name.lower().replace("’", "'")


def _variant_warning(cluster: Cluster, first: str, second: str, forms: dict[str, list[Span]]) -> CopyWarning:
    counts = {form: len(forms[form]) for form in (first, second)}
    if counts[first] == counts[second]:
        suggestion = f"use one spelling throughout: check whether {first!r} or {second!r} is right"
    else:
        preferred = max(counts, key=counts.__getitem__)
        other = second if preferred == first else first
        suggestion = f"use one spelling throughout (most often {preferred!r}; check {other!r})"
    return CopyWarning(
        kind="name-variant",
        message=f"{cluster.name}: surname spelled both {first!r} and {second!r}",
        spans=sorted(forms[first] + forms[second]),
        suggestion=suggestion,
    )


def unbalanced_quotes(unpaired: list[int], text: str) -> list[CopyWarning]:
    """One warning per paragraph: a mark turned the wrong way leaves two marks unpaired, not two errors."""
    by_paragraph: dict[int, list[int]] = {}
    for position in unpaired:
        by_paragraph.setdefault(text.rfind("\n", 0, position) + 1, []).append(position)
    return [
        CopyWarning(
            kind="unbalanced-quotes",
            message="quotation mark without a matching mark in this paragraph",
            spans=[(p, p + 1) for p in positions],
            suggestion="close, turn or remove the quotation mark",
        )
        for positions in by_paragraph.values()
    ]


def unattributed_quotes(quotes: list[Quote], passages: list[QuotedSpan], doc: Doc) -> list[CopyWarning]:
    """Full-sentence quotes with nobody to say them: no cue or name in their sentence, and no
    attributed quote in the paragraph before (which they would continue)."""
    text = text_of(doc)
    attributed_ends = [q.content[-1][1] for q in quotes if q.speaker is not None]
    warnings = []
    for quote in quotes:
        if quote.kind != "direct" or quote.source or quote.speaker is not None:
            continue
        start, end = quote.content[0][0], quote.content[-1][1]
        if not _is_statement(text, start, end) or _speaker_nearby(doc, start, end, passages):
            continue
        if _previous_paragraph_attributed(text, start, attributed_ends):
            continue
        warnings.append(
            CopyWarning(
                kind="unattributed-quote",
                message=f"direct quote with no speaker: “{_preview(text, quote.content[0])}”",
                spans=list(quote.content),
                suggestion="say who said it",
            )
        )
    return warnings


def _is_statement(text: str, start: int, end: int) -> bool:
    """A whole sentence or more, opening its own sentence: not a phrase quoted inside a sentence."""
    quoted = text[start:end].strip()
    before = text[:start].rstrip(" \n\t\"“”'‘’")
    # After a colon the quote is introduced ("as its headline: …", "Trump on June 11: …").
    opens_sentence = not before or before[-1] in ".!?"
    return (
        opens_sentence
        and quoted[:1].isupper()
        and len(quoted.split()) >= MIN_STATEMENT_WORDS
        and quoted.rstrip(" ”\"'").endswith((".", "!", "?"))
    )


def _speaker_nearby(doc: Doc, start: int, end: int, passages: list[QuotedSpan]) -> bool:
    """A reporting verb or a name outside quotation marks anywhere in the quote's paragraph: then
    the speaker is probably there and the extractor missed the link, which is no copy error."""
    text = text_of(doc)
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    span = doc.char_span(paragraph_start, len(text) if paragraph_end < 0 else paragraph_end, "expand")
    if span is None:
        return True
    quoted = [(s, e) for p in passages for s, e in p.outer]
    return any(
        (is_cue(token) or token.ent_type_ in {"PERSON", "ORG", "NORP"})
        for token in span
        if not any(s <= token.idx < e for s, e in quoted)
    )


def _previous_paragraph_attributed(text: str, start: int, attributed_ends: list[int]) -> bool:
    paragraph = text.rfind("\n", 0, start) + 1
    previous = text.rfind("\n", 0, max(paragraph - 1, 0)) + 1
    return any(previous <= end <= start for end in attributed_ends)


def pronoun_only_speakers(quotes: list[Quote], text: str) -> list[CopyWarning]:
    """He or she says something, and no person has been named anywhere before."""
    seen: set[Span] = set()
    warnings = []
    for quote in quotes:
        if quote.speaker is not None or not quote.source or quote.source[0] in seen:
            continue
        written = text[slice(*quote.source[0])]
        if written.lower() not in PERSONAL_PRONOUNS:
            continue
        seen.add(quote.source[0])
        warnings.append(
            CopyWarning(
                kind="pronoun-only-speaker",
                message=f"speaker only named as {written!r}",
                spans=list(quote.source),
                suggestion="name the speaker before the pronoun refers to them",
            )
        )
    return warnings


def surname_before_full_name(
    clusters: list[Cluster], body_start: int, passages: list[QuotedSpan]
) -> list[CopyWarning]:
    """A person's first mention in the body is a bare surname and the full name comes only later.

    Only for clusters with one first name (two people who share a surname are not one), and not
    for mentions inside quotations or names used as modifiers ("the Buffett rule")."""
    inside_quotes = span_test([(s, e) for p in passages for s, e in p.outer])
    warnings = []
    for cluster in clusters:
        body = [m for m in cluster.mentions if m.start_char >= body_start and not inside_quotes(m.start_char)]
        full = [m for m in body if len(m) >= 2]
        if cluster.type != "person" or not body or not full or len(body[0]) >= 2:
            continue
        if len({m.text.split()[0] for m in full}) > 1 or _part_of_longer_name(body[0]):
            continue
        first = body[0]
        warnings.append(
            CopyWarning(
                kind="surname-first",
                message=f"{first.text!r} appears before the full name {cluster.name!r} is given",
                spans=[(first.start_char, first.end_char), (full[0].start_char, full[0].end_char)],
                suggestion=f"give the full name ({cluster.name}) at the first mention",
            )
        )
    return warnings


def _part_of_longer_name(mention: TokenSpan) -> bool:
    """ "the Buffett rule", or `Robert C. "Bobby" Scott` where the NER kept only the surname."""
    if mention.root.dep_ == "compound":
        return True
    before = mention.doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and (before.is_quote or (before.pos_ == "PROPN" and before.is_title))


def _preview(text: str, span: Span, width: int = 60) -> str:
    snippet = text[span[0] : span[1]]
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"
