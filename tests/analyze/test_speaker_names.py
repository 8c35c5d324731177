"""Speaker names the NER garbles (issue 30): words of the sentence glued to a name, the letters after a
person's name, and people the NER took for organizations (analyze/name_repairs.py).

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Names the
NER garbles".
"""

from __future__ import annotations

from quotegraph.records import Analysis
from tests.support.quotes import quotes_only as _run


def _speakers(analysis: Analysis) -> dict[str, tuple[str | None, str | None]]:
    """The source as written → (speaker name, speaker kind) of each attribution."""
    rows = {}
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        source = " … ".join(analysis.text[s:e] for s, e in quote.source)
        rows[source] = (speaker.name, speaker.kind) if speaker else (None, None)
    return rows


def test_a_name_with_the_letters_of_a_barrister_is_a_person_without_them(nlp):
    # Tagged an organization: "Guy Mansfield QC".
    text = (
        "Among those reported to have serious reservations over the strategy were senior shadow cabinet "
        "members David Davis, Oliver Letwin and Tim Yeo. "
        "The chairman of the Bar Council, Guy Mansfield QC has warned there is a real risk that people on "
        'the "margins of society" would be driven into the hands of extremists. "What is going to happen '
        'to young Asian men when there has been a bomb gone off somewhere? They are going to be stopped."'
    )
    analysis = _run(nlp, text)
    assert ("Guy Mansfield", "person") in {(e.name, e.type) for e in analysis.entities}
    assert ("Guy Mansfield", "person") in _speakers(analysis).values()
    # Tagged a person, the letters kept in the name before.
    text = (
        "Ben Emmerson QC, representing seven of the detainees, said the men had already been in custody "
        "for nearly three years."
    )
    assert ("Ben Emmerson", "person") in _speakers(_run(nlp, text)).values()


def test_a_full_name_whose_surname_the_article_writes_alone_as_a_person_is_a_person(nlp):
    text = (
        "Elena Dementieva swept aside defending champion Venus Williams 6-3 6-2 to win Hong Kong's "
        "Champions Challenge event.\n\n"
        "\"It's really a great start to the year no matter whether it's an exhibition or not. I was "
        'trying to play my best and I really did it," said Dementieva.'
    )
    assert _speakers(_run(nlp, text))["Dementieva"] == ("Elena Dementieva", "person")


def test_a_name_beside_a_job_of_rank_is_a_person_though_the_job_names_firms_too(nlp):
    text = (
        "If you believe the hype, then HDTV will so wow you, that you will never want to go back to your "
        'old telly. "HDTV is just the latest must-have technology in viewers\' homes," says Jo Flaherty, '
        "a senior broadcaster with the CBS network in the US."
    )
    assert ("Jo Flaherty", "person") in _speakers(_run(nlp, text)).values()


def test_a_gerund_opening_the_sentence_is_no_part_of_the_name_after_it(nlp):
    text = (
        "His mother Katherine Jackson told US TV network Fox News on Sunday that her pop star son told her "
        'he was innocent. "He loves children." Describing Mr Jackson as "a good person", the '
        "mother-of-nine said she feared he would not be given a fair trial."
    )
    analysis = _run(nlp, text)
    names = {entity.name for entity in analysis.entities}
    assert not any(name.startswith("Describing") for name in names)
    assert not any(name.startswith("Describing") for name, _ in _speakers(analysis).values() if name)
