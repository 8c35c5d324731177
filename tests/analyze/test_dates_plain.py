"""dates._plain_month_date reads the plain month-name dates itself, so that most articles never pay
dateparser's first call (a third of a second): it must give what dateparser gives, for every form it
accepts, and leave the rest to dateparser."""

from __future__ import annotations

import random
from datetime import date

import pytest

from quotegraph.analyze import dates

BASES = [date(2024, 11, 18), date(2000, 6, 14), date(2023, 3, 1), None]
SUFFIXES = ["", "st", "nd", "rd", "th"]
YEARS = ["", " 2024", ", 2024", " of 2023", " 1999", ",2020"]


def plain_forms() -> list[str]:
    """Every shape _PLAIN_MONTH_DATE takes: each month spelling, a day (1-39, or "05") before or
    after it with each suffix, and the year written in each way, or left out."""
    spellings = [name for name in dates._MONTHS] + [f"{name}." for name in dates._MONTHS if len(name) <= 4]
    forms = []
    for month in spellings:
        for year in YEARS:
            forms.append(f"{month}{year}")
            for day in [*map(str, range(0, 40)), "05"]:
                for suffix in SUFFIXES:
                    forms.append(f"{day}{suffix} {month}{year}")
                    forms.append(f"{day}{suffix} of {month}{year}")
                    forms.append(f"{month} {day}{suffix}{year}")
    return forms


def dateparser_reads(text: str, base: date | None) -> tuple[str | None, str | None]:
    data = dates._parser(base).get_date_data(text)
    if data.date_obj is None:
        return None, None
    found = data.date_obj.date()
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month"
    return found.isoformat(), "day"


def agrees(text: str, base: date | None) -> bool:
    """Whether the plain reading (when it gives one) is dateparser's: in full when the text has a year,
    else in month and day (_month_date sets the year of a date written without one)."""
    plain = dates._plain_month_date(text, base)
    if plain is None:
        return True
    value, granularity = dateparser_reads(text, base)
    if value is None or granularity != plain[1]:
        return False
    has_year = any(character.isdigit() for character in text[-4:]) and text[-4:].isdigit()
    return value == plain[0] if has_year else value[4:] == plain[0][4:]


def test_the_plain_reading_is_dateparsers_on_a_sample_of_every_form():
    forms = plain_forms()
    sample = random.Random(28).sample(forms, 600)
    read = [(text, base) for text in sample for base in BASES if dates._plain_month_date(text, base)]
    assert len(read) > 300  # the sample tests readings, not only refusals (wrong suffixes are refused)
    disagreements = [(text, base) for text, base in read if not agrees(text, base)]
    assert disagreements == []


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("17 november", date(2024, 11, 18), ("2024-11-17", "day")),
        ("nov. 17, 2024", None, ("2024-11-17", "day")),
        ("the 1st of may", None, None),  # "the" is _MONTH_DATE's, not the core's
        ("1st of may 2005", None, ("2005-05-01", "day")),
        ("august 2023", None, ("2023-08", "month")),
        ("sept 3rd", date(2024, 1, 9), ("2024-09-03", "day")),
    ],
)
def test_plain_month_dates(text, base, expected):
    assert dates._plain_month_date(text, base) == expected


@pytest.mark.parametrize(
    "text, base",
    [
        ("29 february", date(2023, 3, 1)),  # which year dateparser picks decides
        ("31 november 2024", None),  # no such day: dateparser's refusal stands
        ("1nd november", date(2024, 11, 18)),  # a wrong suffix
        ("november 2024 3", None),
        ("17 november 3024", None),  # a year outside 1000-2999
        ("november", None),  # no year and no publication date
    ],
)
def test_what_is_left_to_dateparser(text, base):
    assert dates._plain_month_date(text, base) is None
