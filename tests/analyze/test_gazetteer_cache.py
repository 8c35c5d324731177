"""The gazetteer's cache (analyze/gazetteer.py): what a process loads from the user's cache is what
it would have built, a damaged or foreign file is built again, and a cache that cannot be written
costs time, never an error."""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

import pytest

from quotegraph.analyze import gazetteer as gaz


@pytest.fixture(scope="module")
def built() -> gaz.Gazetteer:
    return gaz.build_gazetteer()


def _cached(monkeypatch: pytest.MonkeyPatch, cache: Path) -> gaz.Gazetteer:
    monkeypatch.setenv("QUOTEGRAPH_CACHE", str(cache))
    gaz.gazetteer.cache_clear()  # the per-process copy, which would hide the file
    try:
        return gaz.gazetteer()
    finally:
        gaz.gazetteer.cache_clear()


def test_the_cached_gazetteer_is_the_built_one(built, tmp_path, monkeypatch) -> None:
    first = _cached(monkeypatch, tmp_path)  # builds and writes
    [written] = (tmp_path / "gazetteer").glob("*.pickle")
    second = _cached(monkeypatch, tmp_path)  # reads
    assert first == built and second == built
    assert second.lookup("Kyiv") == built.lookup("Kyiv") != ()
    assert [p.name for p in (tmp_path / "gazetteer").iterdir()] == [written.name]


@pytest.mark.parametrize("content", [b"not a pickle", pickle.dumps({"names": {}})])
def test_a_damaged_or_foreign_file_is_built_again(built, tmp_path, monkeypatch, content) -> None:
    written = tmp_path / "gazetteer" / f"{gaz._build_key()}.pickle"
    written.parent.mkdir()
    written.write_bytes(content)
    assert _cached(monkeypatch, tmp_path) == built
    assert pickle.loads(written.read_bytes()) == built  # and written again


def test_files_of_earlier_builds_beyond_the_newest_few_are_dropped(tmp_path, monkeypatch) -> None:
    """Two installs sharing a cache keep both builds (each dropped the other's: a rebuild at every
    alternate start); the oldest beyond KEPT_BUILDS go."""
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    earlier = [folder / f"{n:024d}.pickle" for n in range(gaz.KEPT_BUILDS + 1)]
    for age, stale in enumerate(earlier):  # earlier[0] the newest
        stale.write_bytes(b"an earlier build's tables")
        os.utime(stale, (1_000_000 - age, 1_000_000 - age))
    _cached(monkeypatch, tmp_path)
    kept = set(folder.glob("*.pickle"))
    assert len(kept) == gaz.KEPT_BUILDS
    assert set(earlier[: gaz.KEPT_BUILDS - 1]) < kept  # the newest earlier ones, and this build's


def test_a_cache_that_cannot_be_made_still_gives_the_gazetteer(built, tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert _cached(monkeypatch, blocked / "cache") == built


def test_fold_drops_diacritics_only() -> None:
    assert gaz.fold("São Paulo") == "Sao Paulo"
    assert gaz.fold("Zürich, Kraków, Malmö") == "Zurich, Krakow, Malmo"
    assert gaz.fold("Київ") == "Ки\u0456в"  # other scripts stay: only the mark on ї goes
    assert gaz.fold("Sale") == "Sale" and gaz.fold("ﬁ") == "fi"  # NFKD's compatibility forms too


@pytest.mark.parametrize("content", [None, b"not a pickle"])
def test_reading_pauses_the_garbage_collector_and_leaves_it_as_it_was(built, tmp_path, content) -> None:
    """The tables load with the cyclic collector off (its full passes took a third of the load); after
    a read, good or damaged, it is back as the caller had it, on or off."""
    path = tmp_path / "tables.pickle"
    path.write_bytes(content if content is not None else pickle.dumps(built))
    paused: list[bool] = []
    real_load = pickle.load

    def load(handle):
        paused.append(not gc.isenabled())
        return real_load(handle)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gaz.pickle, "load", load)
        assert (gaz._read_cached(path) is not None) == (content is None)
        assert gc.isenabled()
        gc.disable()
        try:
            gaz._read_cached(path)
            assert not gc.isenabled()
        finally:
            gc.enable()
    assert paused == [True, True]
