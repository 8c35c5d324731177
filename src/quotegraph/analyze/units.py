"""The units quotegraph reads after a number, with their pint expressions and SI targets.

Shared by extraction (analyze/quantities.py: surface forms to a unit, a value to SI) and by the
cross-check (analyze/crosscheck.py: two units compared in one target).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from quotegraph.cache import cache_folder, collector_paused

if TYPE_CHECKING:
    import pint  # imported where a registry is built: 0.4 s that most articles do without

# (display name, pint expression, SI target, surface forms). Matching is on lower-cased text.
UNITS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("mile", "mile", "km", ("mile", "miles", "mi")),
    ("km", "kilometer", "km", ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    ("nautical mile", "nautical_mile", "km", ("nautical mile", "nautical miles")),
    ("m", "meter", "m", ("m", "metre", "metres", "meter", "meters")),
    ("cm", "centimeter", "m", ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    ("mm", "millimeter", "m", ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    ("foot", "foot", "m", ("foot", "feet", "ft")),
    ("inch", "inch", "m", ("inch", "inches")),
    ("yard", "yard", "m", ("yard", "yards")),
    ("kg", "kilogram", "kg", ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme")),
    ("g", "gram", "kg", ("gram", "grams", "gramme", "grammes")),
    ("tonne", "metric_ton", "t", ("tonne", "tonnes", "ton", "tons", "metric ton", "metric tons")),
    ("lb", "pound", "kg", ("lb", "lbs")),
    ("ounce", "ounce", "kg", ("ounce", "ounces", "oz")),
    ("stone", "stone", "kg", ("stone",)),
    ("second", "second", "s", ("second", "seconds", "sec", "secs")),
    ("minute", "minute", "s", ("minute", "minutes", "min", "mins")),
    ("hour", "hour", "h", ("hour", "hours", "hr", "hrs")),
    ("day", "day", "d", ("day", "days")),
    ("week", "week", "d", ("week", "weeks")),
    ("fortnight", "fortnight", "d", ("fortnight", "fortnights")),
    ("month", "month", "d", ("month", "months")),
    ("year", "year", "d", ("year", "years")),
    ("decade", "calendar_decade", "d", ("decade", "decades")),
    ("century", "century", "d", ("century", "centuries")),
    ("square mile", "mile**2", "km²", ("square mile", "square miles", "sq mile", "sq miles", "sq mi")),
    (
        "km²",
        "kilometer**2",
        "km²",
        (
            "km²",
            "km2",
            "sq km",
            "square km",
            "square kilometre",
            "square kilometres",
            "square kilometer",
            "square kilometers",
        ),
    ),
    ("hectare", "hectare", "km²", ("hectare", "hectares")),
    ("acre", "acre", "km²", ("acre", "acres")),
    (
        "m²",
        "meter**2",
        "m²",
        ("m²", "m2", "sq m", "square metre", "square metres", "square meter", "square meters"),
    ),
    ("square foot", "foot**2", "m²", ("square foot", "square feet", "sq ft")),
    ("litre", "liter", "L", ("litre", "litres", "liter", "liters")),
    ("gallon", "gallon", "L", ("gallon", "gallons")),  # US gallon: no way to tell from the text
    ("barrel", "oil_barrel", "L", ("barrel", "barrels")),
    ("m³", "meter**3", "m³", ("m³", "m3", "cubic metre", "cubic metres", "cubic meter", "cubic meters")),
    ("mph", "mile/hour", "km/h", ("mph", "miles per hour", "miles an hour")),
    (
        "km/h",
        "kilometer/hour",
        "km/h",
        (
            "km/h",
            "kph",
            "kmh",
            "km per hour",
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
        ),
    ),
    ("knot", "knot", "km/h", ("knot", "knots")),
    ("°C", "degC", "°C", ("°c", "degrees celsius", "degrees centigrade")),
    ("°F", "degF", "°C", ("°f", "degrees fahrenheit")),
    ("W", "watt", "kW", ("watt", "watts")),
    ("kW", "kilowatt", "kW", ("kw", "kilowatt", "kilowatts")),
    ("MW", "megawatt", "kW", ("mw", "megawatt", "megawatts")),
    ("GW", "gigawatt", "kW", ("gw", "gigawatt", "gigawatts")),
    ("kWh", "kilowatt_hour", "kWh", ("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours")),
    ("MWh", "megawatt_hour", "kWh", ("mwh", "megawatt-hour", "megawatt-hours", "megawatt hours")),
    ("GWh", "gigawatt_hour", "kWh", ("gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hours")),
    ("TWh", "terawatt_hour", "kWh", ("twh", "terawatt-hour", "terawatt-hours", "terawatt hours")),
    ("KB", "kilobyte", "GB", ("kilobyte", "kilobytes")),
    ("MB", "megabyte", "GB", ("megabyte", "megabytes")),
    ("GB", "gigabyte", "GB", ("gigabyte", "gigabytes", "gig", "gigs")),
    ("TB", "terabyte", "GB", ("terabyte", "terabytes")),
    ("kbit/s", "kilobit/second", "Mbit/s", ("kbps", "kbit/s", "kilobits per second")),
    ("Mbit/s", "megabit/second", "Mbit/s", ("mbps", "mbit/s", "megabits per second")),
    ("Gbit/s", "gigabit/second", "Mbit/s", ("gbps", "gbit/s", "gigabits per second")),
    ("kHz", "kilohertz", "MHz", ("khz",)),
    ("MHz", "megahertz", "MHz", ("mhz",)),
    ("GHz", "gigahertz", "MHz", ("ghz",)),
]
# Data sizes keep their case: "MB" is megabytes, "Mb" megabits (broadband speeds).
CASED_UNITS = {
    "KB": "KB",
    "MB": "MB",
    "GB": "GB",
    "TB": "TB",
    "Kb": "kbit/s",
    "kb": "kbit/s",
    "Mb": "Mbit/s",
    "Gb": "Gbit/s",
}
SI_TARGETS = {
    "km": ("kilometer", "length"),
    "m": ("meter", "length"),
    "kg": ("kilogram", "mass"),
    "t": ("metric_ton", "mass"),
    "s": ("second", "time"),
    "h": ("hour", "time"),
    "d": ("day", "time"),
    "km²": ("kilometer**2", "area"),
    "m²": ("meter**2", "area"),
    "L": ("liter", "volume"),
    "m³": ("meter**3", "volume"),
    "km/h": ("kilometer/hour", "speed"),
    "°C": ("degC", "temperature"),
    "kW": ("kilowatt", "power"),
    "kWh": ("kilowatt_hour", "energy"),
    "GB": ("gigabyte", "data"),
    "Mbit/s": ("megabit/second", "data rate"),
    "MHz": ("megahertz", "frequency"),
}
UNIT_BY_NAME = {name: (expr, target) for name, expr, target, _ in UNITS}
# Units outside the metric system: a quantity restated across systems is what cross_check compares.
IMPERIAL = {
    "mile",
    "nautical mile",
    "foot",
    "inch",
    "yard",
    "lb",
    "ounce",
    "stone",
    "square mile",
    "acre",
    "square foot",
    "gallon",
    "barrel",
    "mph",
    "knot",
    "°F",
}
UNIT_BY_SURFACE = {surface: name for name, _, _, surfaces in UNITS for surface in surfaces}


@cache
def unit_registry() -> pint.UnitRegistry:
    """One pint registry per process. Parsing pint's definitions takes half a second: pint keeps
    them parsed in its cache folder (ours), so that only the first analysis on a machine pays it."""
    with collector_paused():
        import pint

        folder = cache_folder("pint")
        try:
            registry = pint.UnitRegistry(cache_folder=folder)
        except OSError:  # a cache that cannot be written: parse the definitions each time
            registry = pint.UnitRegistry()
    # pint's own "decade" is the logarithmic one.
    registry.define("calendar_decade = 10 * year")
    return registry


# Units with an offset (a temperature's zero): pint converts these itself, not by a factor.
OFFSET_UNITS = frozenset({"degC", "degF"})


def convert(value: float, expression: str, target: str) -> float:
    """`value` in the pint expression `expression`, in the unit `target`, as pint converts it.

    pint converts a unit without an offset by multiplying by one factor (`_convert`): the factors
    from each unit of UNITS to each SI target are kept in the cache (conversion_factors), so that
    an article with "three years" or "40 miles" in it does without importing pint (0.3 s)."""
    factor = conversion_factors().get(f"{expression} -> {target}")
    if factor is not None:
        return value * factor
    registry = unit_registry()
    return float(registry.Quantity(value, registry.parse_units(expression)).to(target).magnitude)


@cache
def conversion_factors() -> dict[str, float]:
    """ "EXPRESSION -> TARGET": the factor pint multiplies by, for every unit of UNITS and SI target
    of the same dimension, neither with an offset: from the cache when this code and pint's version
    made them before, else from pint and cached."""
    folder = cache_folder("units")
    path = folder / f"factors-{_factors_key()}.json" if folder is not None else None
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cached = None
        if isinstance(cached, dict):
            return cached
    factors = _factors_from_pint()
    if path is not None:
        _write_factors(path, factors)
    return factors


def _factors_from_pint() -> dict[str, float]:
    import pint

    registry = unit_registry()
    targets = {expression for expression, _ in SI_TARGETS.values()} - OFFSET_UNITS
    factors: dict[str, float] = {}
    for _, expression, _, _ in UNITS:
        if expression in OFFSET_UNITS:
            continue
        for target in targets:
            try:  # 1.0 times the factor is the factor, exactly
                factor = registry.Quantity(1.0, registry.parse_units(expression)).to(target).magnitude
            except pint.DimensionalityError:
                continue
            factors[f"{expression} -> {target}"] = float(factor)
    return factors


def _factors_key() -> str:
    """A digest of what the factors are made from: this file (the units) and pint's version."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(metadata.version("pint").encode())
    return digest.hexdigest()[:24]


def _write_factors(path: Path, factors: dict[str, float]) -> None:
    """Written whole or not at all (a temporary file renamed); a cache that cannot be written is
    left as it is."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(factors, stream)
        os.replace(temporary, path)
    except OSError:
        pass
