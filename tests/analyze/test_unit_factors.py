"""Unit conversion by cached factors (analyze/units.py): the value pint gives, bit for bit, for every
unit and SI target, whether the factors come from pint or from the cache; a process that finds them
cached converts without importing pint; a damaged cache file is made again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.analyze import units
from tests.support.paths import ROOT

VALUES = (0.25, 1, 3, 7.5, 40, 360.0, 1234.5, 2.0e6)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUOTEGRAPH_CACHE", str(tmp_path))
    units.conversion_factors.cache_clear()  # the per-process copy, which would hide the file
    yield tmp_path
    units.conversion_factors.cache_clear()


def _pint(value: float, expression: str, target: str) -> float:
    registry = units.unit_registry()
    return float(registry.Quantity(value, registry.parse_units(expression)).to(target).magnitude)


def test_factors_convert_as_pint_does_from_pint_and_from_the_cache(cache: Path) -> None:
    built = units.conversion_factors()  # from pint, then written
    [written] = (cache / "units").glob("*.json")
    units.conversion_factors.cache_clear()
    assert units.conversion_factors() == built  # read back
    assert "year -> day" in built and "mile -> kilometer" in built
    for key in built:
        expression, target = key.split(" -> ")
        for value in VALUES:
            assert units.convert(value, expression, target) == _pint(value, expression, target), key
    assert written.exists()


def test_units_with_an_offset_are_converted_by_pint(cache: Path) -> None:
    assert not any(key.startswith(("degC ", "degF ")) for key in units.conversion_factors())
    assert units.convert(212, "degF", "degC") == _pint(212, "degF", "degC") == pytest.approx(100)


def test_a_damaged_cache_file_is_made_again(cache: Path) -> None:
    built = units.conversion_factors()
    [written] = (cache / "units").glob("*.json")
    written.write_text("[not, json", encoding="utf-8")
    units.conversion_factors.cache_clear()
    assert units.conversion_factors() == built


def test_a_process_with_the_factors_cached_does_without_pint(cache: Path) -> None:
    units.conversion_factors()  # fills the cache
    check = (
        "import sys\n"
        "from quotegraph.analyze.units import convert\n"
        "print(convert(3, 'year', 'day'), 'pint' in sys.modules)\n"
    )
    environment = dict(os.environ, QUOTEGRAPH_CACHE=str(cache), PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=environment, check=True
    )
    assert done.stdout.split() == [str(_pint(3, "year", "day")), "False"]
