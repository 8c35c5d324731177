"""Sources and types, round 33 (issue 30; judged by hand on tuning samples): "according to the X report"
with no comma is the report, a document; a quotation with no cue that goes on from a page quoted is the
page's text, a document; "according to X (Y)" keeps its ")" and stays its sentence's source when a capital
"A" opens the next sentence with no full stop between; a speaker named by an indefinite or counted
description ("one Weibo commenter") has no role entry.

The fixtures are lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages), cut
short, and sentences of the same shape; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_content

# BBC business/484 (tuning), cut.
DATAMONITOR = (
    "Kids splash cash\n\nBritish teenage girls are the most keen to use make-up products. Nearly three out "
    "of four girls said they used make-up. According to the Datamonitor report the trend marked British "
    'teenagers out as "particularly important to cosmetics manufacturers as they are likely to experiment '
    'more with brands and products".\n'
)
# aeb/076f4f33bf75 (tuning), cut.
OXYGEN = (
    "Oxygen bar in Delhi\n\nAccording to the website, the name of the oxygen bar is ‘Oxy Pure’. “An Indian "
    "start-up based out of Delhi-NCR, Oxy Pure was launched with an aim to improve the quality of the air "
    "by eradicating the air pollutants in a cost-effective manner,” the description on the website reads."
    "\nOffering ‘rejuvenating’ experience to the shoppers, the oxygen bar, “consists of an oxygen "
    "concentrator that purifies the ambient air, facilitating customers to breathe 80% to 90% pure oxygen "
    "from a disposable nasal cannula along with aromatherapy. The session lasts for 10-15 minutes and "
    "leaves you with more vigour and energy.”\nThe brain behind this well-timed startup is said to be "
    "Aryavir Kumar and Margarita Kuritsyna.\n"
)
# The same shape after a person's words: left as it was (speech).
SPOKEN = (
    "Oxygen bar in Delhi\n\nThe founder said the bar was popular. “It is full every day,” she told "
    "reporters.\nOffering a new experience to the shoppers, the oxygen bar, “consists of an oxygen "
    "concentrator that purifies the ambient air and leaves you with more vigour and energy.”\n"
)
# BBC tech/373 (tuning), cut: no full stop after "(NHTCU)".
NHTCU = (
    "Tool to prove data\n\nMore and more firms are finding themselves in deep water as a result of data "
    "misuse. Sabotage and data theft are most commonly committed from within an organisation according to "
    "the National Hi-Tech Crime Unit (NHTCU) A survey conducted on its behalf by NOP found evidence that "
    "more than 80% of medium and large companies have been victims of some form of cyber-crime.\n"
)
# aeb/ea25dd7edff4 (tuning), cut, and sentences of the same shape.
WEIBO = (
    "Plague in China\n\nFans wrote thousands of comments. “Don't hide things like this,” one Weibo "
    "commenter said, per Feng. “Let’s face whatever it is together.”\n"
)


def test_according_to_a_named_report_with_no_comma_is_the_report_a_document(nlp):
    analysis = quotes_only(nlp, DATAMONITOR)
    rows = [(c, n, t) for c, n, t in quote_rows(analysis) if "the trend" in c or c.startswith("report")]
    assert len(rows) == 1 and rows[0][0].startswith("the trend marked British teenagers"), rows
    assert rows[0][2] == "document", rows
    sources = [analysis.text[s:e] for q in analysis.quotes for s, e in q.source]
    assert "the Datamonitor report" in sources and "the Datamonitor" not in sources
    assert speaker_by_content(DATAMONITOR, nlp, "the trend marked")[1] == "document"


def test_a_quotation_with_no_cue_after_a_page_quoted_is_the_pages_text(nlp):
    assert speaker_by_content(OXYGEN, nlp, "consists of an oxygen") == (None, None, "document")
    assert speaker_by_content(SPOKEN, nlp, "consists of an oxygen")[2] == "speech"


def test_according_to_a_body_and_its_initials_keeps_the_bracket_and_the_sentence(nlp):
    analysis = quotes_only(nlp, NHTCU)
    assert speaker_by_content(NHTCU, nlp, "Sabotage and data theft") == (
        "National Hi-Tech Crime Unit",
        "organization",
        "speech",
    )
    sources = [analysis.text[s:e] for q in analysis.quotes for s, e in q.source]
    assert "the National Hi-Tech Crime Unit (NHTCU)" in sources, sources
    assert not [r for r in quote_rows(analysis) if r[1] == "NOP"]


def test_an_indefinite_description_speaker_has_no_role_entry(nlp):
    analysis = quotes_only(nlp, WEIBO)
    speakers = [analysis.speaker(q.speaker) for q in analysis.quotes if q.speaker]
    assert [(s.name, s.kind, s.roles) for s in speakers][:1] == [("one Weibo commenter", "anonymous", [])]
    for text, name in [
        ('Rates\n\n"It was fine," a Google engineer said.\n', "a Google engineer"),
        ("Game row\n\n“It is broken,” one Reddit poster wrote.\n", "one Reddit poster"),
    ]:
        found = quotes_only(nlp, text)
        assert [(s.name, s.roles) for s in found.speakers] == [(name, [])], found.speakers
