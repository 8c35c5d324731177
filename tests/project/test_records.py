"""Records both ways (records.Record): `from_dict` takes back what `to_dict` gave, through JSON too, and
reads a database row's forms (lists as JSON text, booleans as 0/1)."""

from __future__ import annotations

import json

import pytest

from quotegraph.analyze.pipeline import analyze
from quotegraph.records import Analysis, Article, ArticleMeta, Event, Quantity, Quote, Speaker
from tests.support.stores import BRIDGE


def test_an_analysis_comes_back_from_its_json(nlp) -> None:
    analysis = analyze(Article(text=BRIDGE, meta=ArticleMeta(headline="Council backs bridge plan")), nlp)
    assert analysis.quotes and analysis.speakers and analysis.entities  # something to take back
    dumped = json.dumps(analysis.to_dict(), ensure_ascii=False)
    back = Analysis.from_dict(json.loads(dumped))
    assert json.dumps(back.to_dict(), ensure_ascii=False) == dumped
    assert isinstance(back.article, ArticleMeta)
    assert all(isinstance(q, Quote) for q in back.quotes)
    assert all(isinstance(s, Speaker) for s in back.speakers)
    assert back.speaker(back.quotes[0].speaker) is not None


def test_a_row_s_forms_are_read_as_the_fields_want_them() -> None:
    quantity = Quantity.from_dict(
        {"text": "about 40", "span": "[3, 11]", "value": 40.0, "unit": None, "approximate": 1}
    )
    assert quantity.approximate is True and quantity.span == [3, 11]
    assert Quantity.from_dict(quantity.to_dict()) == quantity


def test_a_missing_key_takes_the_default_and_an_unknown_one_is_an_error() -> None:
    assert Speaker.from_dict({"id": "s1", "name": "Helen Park", "type": "person"}).roles == []
    with pytest.raises(TypeError, match="no_such_field"):
        Event.from_dict({"no_such_field": 1})
