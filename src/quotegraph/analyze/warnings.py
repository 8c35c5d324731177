"""Copy-desk warnings: what an editor would want fixed before publication.

Precision matters more than recall here (an editor stops reading warnings that are wrong), so each
check fires only on evidence in the text itself: two spellings that are one letter apart for one
person, a quotation mark with no partner, a quote nobody is said to have said.
"""

from __future__ import annotations

from quotegraph.analyze.entities import Cluster, one_edit_apart, preferred_spelling
from quotegraph.records import CopyWarning, Quote, Span

PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i"})


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
                if one_edit_apart(first.lower(), second.lower()):
                    warnings.append(_variant_warning(cluster, first, second, forms))
    return warnings


def _variant_warning(cluster: Cluster, first: str, second: str, forms: dict[str, list[Span]]) -> CopyWarning:
    preferred = preferred_spelling(forms, first, second)
    other = second if preferred == first else first
    return CopyWarning(
        kind="name-variant",
        message=f"{cluster.name}: surname spelled both {first!r} and {second!r}",
        spans=sorted(forms[first] + forms[second]),
        suggestion=f"use one spelling throughout (likely {preferred!r}; check {other!r})",
    )


def unbalanced_quotes(unpaired: list[int]) -> list[CopyWarning]:
    return [
        CopyWarning(
            kind="unbalanced-quotes",
            message="quotation mark without a matching mark",
            spans=[(position, position + 1)],
            suggestion="close or remove the quotation",
        )
        for position in unpaired
    ]


def unattributed_quotes(quotes: list[Quote], text: str) -> list[CopyWarning]:
    """Direct quotes no one is said to have said."""
    return [
        CopyWarning(
            kind="unattributed-quote",
            message=f"direct quote with no speaker: “{_preview(text, quote.content[0])}”",
            spans=list(quote.content),
            suggestion="say who said it",
        )
        for quote in quotes
        if quote.kind == "direct" and not quote.source and quote.speaker is None
    ]


def pronoun_only_speakers(quotes: list[Quote], text: str) -> list[CopyWarning]:
    """A quote whose source is a pronoun that points at no one named before it."""
    return [
        CopyWarning(
            kind="pronoun-only-speaker",
            message=f"speaker only named as {text[slice(*quote.source[0])]!r}",
            spans=list(quote.source),
            suggestion="name the speaker before the pronoun refers to them",
        )
        for quote in quotes
        if quote.speaker is None and quote.source and text[slice(*quote.source[0])].lower() in PRONOUNS
    ]


def surname_before_full_name(clusters: list[Cluster], body_start: int) -> list[CopyWarning]:
    """A person's first mention in the body is a bare surname and the full name comes only later."""
    warnings = []
    for cluster in clusters:
        if cluster.type != "person" or len(cluster.name.split()) < 2:
            continue
        body = [m for m in cluster.mentions if m.start_char >= body_start]
        full = [m for m in body if len(m) >= 2 and m.text.split()[0] == cluster.name.split()[0]]
        if not body or not full or len(body[0]) >= 2 or body[0].start >= full[0].start:
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


def _preview(text: str, span: Span, width: int = 60) -> str:
    snippet = text[span[0] : span[1]]
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"
