"""Names, round 12 (issue 30): a person named after an organization and a title, with no comma and no
possessive ("Wikileaks editor-in-chief Kristinn Hrafnsson said"), is the speaker, never the organization
the parser took for a second subject of the cue.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_pages, outside
the held-out sample; item Q35 of benchmarks/judged/tuning-7304-d4efb3a-quotes.md), cut short; the rule is
in docs/quotes.md, "Round 12 (wt-q52)".
"""

from __future__ import annotations

from quotegraph import models
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from tests.support.quotes import quote_rows, quotes_only


def _models(nlp) -> list:
    """The rules alone, and the shipped model where this checkout has one."""
    folder = models.shipped_model({})
    if folder is None:
        return [None]
    return [None, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)]


def test_a_person_named_after_an_organization_and_a_title_is_the_speaker(nlp):
    # Extraction benchmark aeb/c7e39ac49fa1 (tuning-7304 Q35): "Wikileaks" parsed as a second subject.
    text = (
        "There was no immediate comment from Assange but Wikileaks welcomed the Swedish move to drop the "
        'investigation.\n\nWikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus on the '
        'threat Mr Assange has been warning about for years."'
    )
    for model in _models(nlp):
        rows = quote_rows(quotes_only(nlp, text, model))
        assert [(name, kind) for content, name, kind in rows if content.startswith("Let us")] == [
            ("Kristinn Hrafnsson", "speech")
        ]


def test_an_organization_alone_before_the_cue_keeps_speaking(nlp):
    # The rule needs a title and a person after the organization: "Wikileaks welcomed" / "Wikileaks said".
    text = (
        "Wikileaks welcomed the Swedish move to drop the investigation. Wikileaks said the decision "
        "should now let Assange focus on the case in the US."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [name for content, name, _ in rows if content.startswith("the decision")] == ["Wikileaks"]


def test_a_union_leader_after_the_union_and_title_is_the_speaker(nlp):
    # BBC politics/063 (a tuning article; seed 7910's check): no speaker before the rule.
    text = (
        '"The early evidence shows quite clearly that the vast majority of people believe that shop workers '
        'should be given these two special days to spend with friends and family." Usdaw general secretary '
        'John Hannett added: "Christmas Day and New Year\'s Day are special days for everyone in Scotland."'
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [name for content, name, _ in rows if content.startswith("Christmas Day")] == ["John Hannett"]
