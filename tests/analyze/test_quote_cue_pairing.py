"""A quote pairs with its own cue (issue 30): a partial quote inside a "She said" sentence, a speaker never
from inside quotation marks, speech verbs of other languages.

The fixtures are a sentence or two of articles outside the held-out samples of benchmarks/quote_sample.py
(its tuning_paths and tuning_pages), cut short; the rules are in docs/quotes.md ("Pairing a quote with its
own cue").
"""

from __future__ import annotations

from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def _speaker_of(text: str, nlp, content_start: str) -> list[str | None]:
    """The speakers of the attributions whose content starts with `content_start`."""
    rows = quote_rows(_run(nlp, text))
    return [speaker for content, speaker, _ in rows if content.startswith(content_start)]


def test_a_partial_quote_inside_a_she_said_sentence_is_not_the_next_sentences_quote(nlp):
    text = (
        'Finance Minister Sue Essex said it was a "good deal" for local government. She said where spending '
        'rises were kept to around 5% she was "confident that councils will be able to set council taxes at '
        'reasonable levels." The Welsh Local Government Association (WLGA) had said on the eve of the '
        'announcement said that "significant" cuts to services may still be unavoidable.'
    )
    rows = quote_rows(_run(nlp, text))
    confident = [speaker for content, speaker, _ in rows if "confident that councils" in content]
    assert confident == ["Sue Essex"]  # inside what "She said" reports, once, and never the WLGA's


def test_the_speaker_is_never_a_phrase_of_the_quote(nlp):
    # Made up, of the shape of a tuning article's (its story is also filed under a held-out name).
    text = (
        '"Film fans are moving away from paying for a night at the cinema to newer ways that fit their '
        'lives; either single downloads or subscription services," said Dana Brooks, chief executive of '
        "Reelbox, a UK-based film download service. While one big store sells plenty of single films to "
        "tablet owners, others are asking whether owning films is even valid online."
    )
    assert _speaker_of(text, nlp, "Film fans are moving") == ["Dana Brooks"]


def test_the_name_after_the_cue_is_the_person_a_description_names(nlp):
    text = (
        '"Be prepared for a nasty figure for January 2005, about five million unemployed on a '
        'non-seasonally adjusted basis," warned HVB Group economist Andreas Rees. But he did add that the '
        'numbers should "subside" throughout the year.'
    )
    assert _speaker_of(text, nlp, "Be prepared") == ["Andreas Rees"]


def test_a_quotation_of_another_clause_of_the_sentence_keeps_to_its_own_clause(nlp):
    # "asked" is the pupil's question; the quip is the first minister's answer, no part of the question
    text = (
        "When one pupil asked Mr McConnell how the executive proposed to tackle under-age drinking, "
        "began his response with the quip: \"I'm sure there's no under-age drinking in the Highlands.\" "
        "He went on to speak about the evils of binge drinking."
    )
    rows = quote_rows(_run(nlp, text))
    asked = [content for content, _, _ in rows if content.startswith("Mr McConnell how")]
    assert asked and all("Highlands" not in content for content in asked)


def test_a_speech_verb_of_another_language_pairs_the_quote_with_the_name(nlp):
    text = (
        "Ahmadinejad: Siapa Menghina Sahabat Rasulullah Sekutu Musuh Islam\n"
        "Presiden Ahmadinejad menandaskan, “Dari tribun ini saya tegaskan bahwa barang siapa di mana pun ia "
        "berada menghina sahabat Rasulullah saw, maka ia bukanlah seorang muslim dan tidak bergerak di atas "
        "jalan Islam.”"
    )
    assert _speaker_of(text, nlp, "Dari tribun ini") == ["Presiden Ahmadinejad"]
