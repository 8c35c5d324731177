"""The measure of issue 30's criterion 3 (benchmarks/speaker_names.py): which speaker names are no names.

It is written apart from the analysis so that the count does not grade the analysis by its own rule; a
test keeps the measure itself honest: an acronym is a name ("US" the country, "WHO" the organization),
the pronoun it spells in lowercase is not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "speaker_names.py"


def _not_a_name():
    spec = importlib.util.spec_from_file_location("speaker_names", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.not_a_name


def test_acronyms_are_names_and_pronouns_are_not():
    not_a_name = _not_a_name()
    assert not_a_name("US") is None
    assert not_a_name("WHO") is None
    assert not_a_name("us") == "pronoun"
    assert not_a_name("They") == "pronoun"
    assert not_a_name("statement") == "lowercase"
    assert not_a_name("Q") == "page word"
    assert not_a_name("Fifty-one percent") == "number"
