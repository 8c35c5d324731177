"""The units quotegraph reads after a number, with their pint expressions and SI targets.

Shared by extraction (analyze/quantities.py: surface forms to a unit, a value to SI) and by the
cross-check (analyze/crosscheck.py: two units compared in one target).
"""

from __future__ import annotations

from functools import cache
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
