"""The writer's own voice, the subject who speaks, and questions of method (issue 30; docs/quotes.md).

The narration's own "I" or "we" is the writer: what it says, tells or quotes is no one's speech and has
no speaker, whoever the article named near it; an "I" inside a quotation stays the quoted speaker's.
The subject who speaks is the one a description names ("The chairman of the Bar Council, Guy Mansfield
QC has warned"), and a quote going on from an attribution stays with its subject when the learned model
draws that attribution again. The fixtures are a sentence or two of tuning articles and pages (BBC,
extraction benchmark; outside the held-out sample of benchmarks/quote_sample.py), cut short.
"""

from __future__ import annotations

import pytest

from quotegraph import models
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from tests.support.quotes import quote_rows
from tests.support.quotes import quotes_only as _run


def test_the_writers_first_person_quoting_is_no_ones_speech(nlp):
    # A dietitian's blog and a coach's blog (tuning pages): the writer quotes herself.
    for text, content in [
        (
            "Remember what I said about choosing your treats? This is an easy way to be smart about enjoying "
            "game day food without having to tell yourself “no.” That’s why I always tell my clients: “an "
            "open face is a happy face!”",
            "an open face is a happy face!",
        ),
        (
            "I truly believe that actions speak louder than words. And when I made that investment, I was "
            "telling myself, “This dream matters. This dream is going to become a reality.”",
            "This dream matters. This dream is going to become a reality.",
        ),
    ]:
        rows = quote_rows(_run(nlp, text))
        assert [row for row in rows if row[0] == content] == [(content, None, "thought")]
        assert all(kind != "speech" for _, _, kind in rows)


def test_the_writers_we_is_not_the_organization_named_before(nlp):
    # A laptop review (tuning page): Apple told the reviewers something; what "we think" is theirs.
    text = (
        "And, Apple tells us that individual keys can be replaced. We didn't get any information on what "
        "this entails.\nThe new keyboard on the 16-inch MacBook Pro has a physical escape key. Coders have "
        "been clamoring for the former, and we think that Apple did the latter to ease repair, if that "
        "sensor needs to be replaced."
    )
    rows = quote_rows(_run(nlp, text))
    assert ("that individual keys can be replaced", "Apple", "speech") in rows
    assert [(speaker, kind) for content, speaker, kind in rows if "ease repair" in content] == [
        (None, "thought")
    ]


def test_an_i_inside_a_quotation_is_the_quoted_speakers(nlp):
    # A film feature (tuning page): "I said: ‘Look, …’" is Steenburgen's own words, quoted by the writer.
    text = (
        "When the music didn’t go away, Mary Steenburgen realized that she had to do something with it. "
        "“I called a very talented friend of mine on Martha’s Vineyard and I said: ‘Look, if I come over "
        "every day and sing what I hear in my head, could you help me make them into songs?’” she said."
    )
    rows = quote_rows(_run(nlp, text))
    said = [(speaker, kind) for content, speaker, kind in rows if content.startswith("I called")]
    assert said == [("Mary Steenburgen", "speech")]
    # Whom the writer was told by speaks: "friends … had told me that …" is the friends' speech.
    told = quote_rows(
        _run(nlp, "But multiple friends of Mike Ford had told me that they were suppressing his work.")
    )
    assert [kind for content, _, kind in told if "suppressing" in content] == ["speech"]
    # A "we" the parser borrows from inside the quote ("told" parsed as a conjunct of "working") is the
    # speaker's: BBC technology (tuning).
    text = (
        '"We are working in the hard disk area and we will be bringing out exciting devices," Jonas Guest, '
        "vice president for entertainment at Nokia, told the BBC News website."
    )
    assert [kind for _, _, kind in quote_rows(_run(nlp, text))] == ["speech"]


def test_a_description_that_names_its_subject_is_that_subject(nlp):
    # BBC politics (tuning): the chairman the sentence names, not the shadow minister named before.
    text = (
        "Among those reported to have serious reservations over the strategy were senior shadow cabinet "
        "members David Davis, Oliver Letwin and Tim Yeo. The chairman of the Bar Council, Guy Mansfield QC "
        'has warned there is a real risk that people on the "margins of society" would be driven into the '
        "hands of extremists."
    )
    rows = quote_rows(_run(nlp, text))
    assert [speaker for content, speaker, _ in rows if "real risk" in content] == ["Guy Mansfield"]


def test_a_quote_going_on_from_a_redrawn_attribution_keeps_its_subject(nlp):
    # BBC politics (tuning): the shipped model draws Morris's attribution again; his quote that opens the
    # next paragraph still goes on from him.
    folder = models.shipped_model({})
    if folder is None:
        pytest.skip("no shipped model in this checkout")
    text = (
        "Former union leader Sir Bill Morris has already accused both the big parties of engaging in a "
        '"bidding war about who can be nastiest to asylum seekers".\n\n"My concern is that, whilst the '
        "Labour Party and the Conservative Party will take a constructive approach to the debate, right-wing "
        'political parties will exploit this and create a lot of fear and uncertainty".'
    )
    rows = quote_rows(_run(nlp, text, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)))
    assert [speaker for content, speaker, _ in rows if content.startswith("My concern")] == ["Bill Morris"]


def test_an_embedded_question_of_method_is_no_statement(nlp):
    # BBC business and technology (tuning): what an inquiry or a project looked into is its method, said
    # by no one; a report of it by someone who speaks ("The agency said that its researchers examined
    # how …", an extraction-benchmark tuning page) is that speaker's.
    folder = models.shipped_model({})
    runs = (
        [None] if folder is None else [None, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)]
    )
    for model in runs:
        for text in [
            "Mr Spitzer's investigation of the US insurance industry looked at whether companies rigged bids "
            "and fixed prices.",
            "One project examined how brainwaves could directly control a computer game.",
        ]:
            assert quote_rows(_run(nlp, text, model)) == []
        said = quote_rows(
            _run(
                nlp,
                "The agency said Monday that its researchers examined how hibernation would affect the "
                "design of a crewed mission to Mars.",
                model,
            )
        )
        assert [(speaker, kind) for _, speaker, kind in said] == [("agency", "speech")]
