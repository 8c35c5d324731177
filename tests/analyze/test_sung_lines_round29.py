"""Issue 30, round 29: words sung or muttered are speech (docs/quotes.md, "Speech verbs"; analyze/cues.py,
QUOTE_ONLY_LEMMAS): '"…," she sings' gives the singer, while a song, a bird's singing or a bare object
reports no words. Fixtures from a tuning page of the article-extraction benchmark (aeb/3d8f3404cf97, names
kept) and constructions beside it."""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_content


def test_a_sung_line_is_the_singers_speech(nlp):
    text = (
        'Jessie Buckley stars as Rose-Lynn. "Had to find my own way, make my own mistakes, but you know '
        'that I had to go," she sings.'
    )
    assert speaker_by_content(text, nlp, "Had to find my own way") == ("Jessie Buckley", "person", "speech")
    text = 'Mary Jones stood up. "Go home," she muttered.'
    assert speaker_by_content(text, nlp, "Go home") == ("Mary Jones", "person", "speech")
    # Singing with no quoted words and no clause reports none: a bird's, or a song as the object.
    text = "The bird sings in the morning and Mary Jones sings the old songs every night."
    assert quote_rows(quotes_only(nlp, text)) == []


def test_a_quote_after_before_asking_is_what_was_asked(nlp):
    # The construction of a sung line and a question in one sentence (a music report, names rewritten;
    # analyze/later_cues.py): the second quotation is the asking's, never more of the song.
    text = (
        '"Promise mama you will keep your hands in sight," Mary Jones sings to her mother before asking her, '
        '"I just want to know, where do we go from here?"'
    )
    analysis = quotes_only(nlp, text)
    cues = {
        " … ".join(text[s:e] for s, e in q.content): " … ".join(text[s:e] for s, e in q.cue)
        for q in analysis.quotes
    }
    assert cues == {
        "Promise mama you will keep your hands in sight,": "sings",
        "I just want to know, where do we go from here?": "asking",
    }
