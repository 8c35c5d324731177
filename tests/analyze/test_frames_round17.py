"""Round 17 of issue 30: speakers named in the sentence's own frame (docs/quotes.md, "Speakers named in
the frame, round 17"): a name between commas after an "according to" description, an acronym in
apposition, a postposed "said X" over a cue inside its content, and the "I" of an embedded tweet.

The fixtures are a sentence or a few lines of tuning articles (benchmarks/quote_sample.py's tuning_paths
and tuning_pages; the items of benchmarks/judged/tuning-7307-f468447-quotes.md), cut short.
"""

from __future__ import annotations

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.postposed_cues import postposed_for_inner
from tests.support.quotes import quote_rows, quotes_only, shipped_model


def _rows(nlp, text: str, model=None):
    return quote_rows(quotes_only(nlp, text, model))


def _row(nlp, text: str, content_start: str, model=None):
    return next(row for row in _rows(nlp, text, model) if row[0].startswith(content_start))


# tuning-7307 Q21 (aeb/851498a2b9f4)
AUNT = (
    "Everyone called him Mike. According to his aunt, Jane Starner, \u201cHe was brilliant from the "
    "start\u2014reading at an adult level when he was in kindergarten and talking to college students.\u201d"
)


def test_the_name_after_an_according_to_description_is_the_speaker_and_no_part_of_the_quote(nlp):
    (content, name, kind), *_ = _rows(nlp, AUNT)
    assert (content[:16], name, kind) == ("He was brilliant", "Jane Starner", "speech")


def test_an_according_to_description_with_no_name_after_it_stays_the_description(nlp):
    text = (
        "According to his aunt, \u201cHe was brilliant from the start and talking to college students.\u201d"
    )
    assert _row(nlp, text, "He was brilliant")[1] == "his aunt"


# tuning-7307 Q57 (business/424.txt)
UPS = (
    "Airbus makes planes. Separately, the world's largest package delivery company, UPS, said it had placed "
    "an order for 10 Airbus A380 superjumbo freight-carrying jets."
)


def test_an_acronym_in_apposition_to_a_description_is_the_speaker(nlp):
    assert _row(nlp, UPS, "it had placed")[1] == "UPS"


def test_a_description_with_no_name_beside_it_stays_anonymous(nlp):
    text = "Separately, the world's largest package delivery company said it had placed an order for 10 jets."
    assert _row(nlp, text, "it had placed")[1] == "world's largest package delivery company"


# tuning-7307 Q39 (aeb/d90bda7ed14d)
AMNESTY = (
    "Amnesty. More than 100 protesters killed in Iran unrest November 20, 2019 - 11:28 AMT PanARMENIAN.Net - "
    "Verified video footage, eyewitness testimony from people on the ground and information gathered from "
    "human rights activists outside Iran reveal a harrowing pattern of unlawful killings by Iranian security "
    "forces, which have used excessive and lethal force to crush largely peaceful protests in more than 100 "
    "cities across Iran sparked by a hike in fuel prices on 15 November, said Amnesty International on "
    "Tuesday, November 19."
)


def _span(doc, words: str) -> tuple[int, int]:
    start = doc.text.index(words)
    return (start, start + len(words))


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def _attribution(doc, content: str, cue: str, source: str | None = None) -> Attribution:
    sources = [_span(doc, source)] if source else []
    first = cue.split()[0]
    return Attribution("indirect", [_span(doc, content)], [_span(doc, cue)], sources, _token(doc, first))


# the Q39 sentence, cut short
REVEAL = (
    "Footage and testimony reveal a harrowing pattern of killings, said Amnesty International on Tuesday."
)


def test_a_postposed_said_stands_for_a_cue_inside_its_content(nlp):
    doc = nlp(REVEAL)
    rule = _attribution(
        doc, "Footage and testimony reveal a harrowing pattern of killings", "said", "Amnesty"
    )
    inner = _attribution(doc, "a harrowing pattern of killings", "reveal", "testimony")
    drawn = Attribution("indirect", [_span(doc, "Amnesty International on Tuesday")], [_span(doc, "said")])
    drawn.cue_token = _token(doc, "said")
    assert postposed_for_inner([inner, drawn], [rule]) == [rule]
    kept = _attribution(doc, "Footage and testimony reveal a harrowing pattern of killings", "said")
    assert postposed_for_inner([kept], [rule]) == [kept]  # the model's own drawing, the source left out


def test_a_postposed_according_to_leaves_the_inner_cue_as_the_model_drew_it(nlp):
    # made up: the pattern the PolNeAR dev gate showed (a postposed "according to" over "have said")
    doc = nlp("Police have said they have no plans to release the recordings, according to attorneys.")
    rule = _attribution(doc, "Police have said they have no plans to release the recordings", "according to")
    rule.source = [_span(doc, "attorneys")]
    inner = _attribution(doc, "they have no plans to release the recordings", "said", "Police")
    assert postposed_for_inner([inner], [rule]) == [inner]


def test_the_sentence_is_the_postposed_sources_with_the_shipped_model(nlp):
    assert [name for content, name, _ in _rows(nlp, AMNESTY) if "harrowing" in content] == [
        "Amnesty International"
    ]
    model = shipped_model(nlp)
    if model is not None:  # the model drew the "said" with "Amnesty International on Tuesday" as content
        rows = _rows(nlp, AMNESTY, model)
        assert [name for content, name, _ in rows if "harrowing" in content] == ["Amnesty International"]


# tuning-7307 Q4 (aeb/16c30add7e96)
TWEET = (
    "Kejriwal took to Twitter last month to describe his city as a \u201cgas chamber.\u201d\n"
    "Delhi has turned into a gas chamber due to smoke from crop burning in neighbouring states\n"
    "I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq\n"
    "\u2014 Arvind Kejriwal (@ArvindKejriwal) November 1, 2019\n"
    "The gray haze led to canceled flights."
)


def test_the_i_of_an_embedded_tweet_is_the_author_its_credit_line_names(nlp):
    assert _row(nlp, TWEET, "all Delhiites")[1] == "Arvind Kejriwal"


def test_an_i_far_from_a_credit_line_stays_the_writers(nlp):
    text = (
        "I urge all Delhiites to use them whenever needed.\n\n"
        "Delhi has turned into a gas chamber.\n"
        "\u2014 Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"
    )
    assert _row(nlp, text, "all Delhiites")[1] is None
