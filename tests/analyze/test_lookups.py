"""Look-ups that ran once per token or mention over every cluster or quotation, quadratic in long
articles (issue 28): a person by a surname one letter off, an offset inside a quotation. Each gives
what the scan gave, and no longer scans."""

from __future__ import annotations

import itertools
import random

import pytest

from quotegraph.analyze import entities
from quotegraph.analyze.crosscheck import _sharing_a_lemma
from quotegraph.analyze.entities import Cluster, EntityIndex
from quotegraph.analyze.names import one_edit_apart
from quotegraph.analyze.quotemarks import QuotedSpan, passage_test
from quotegraph.analyze.quotes import Attribution, _holds, _without_nested

SURNAMES = ["Merezhko", "Stupak", "Okonkwo", "Fitzgerald", "Nakamura", "Johnson", "Jonson", "Lee"]
FORMS = [
    "Merezhkko",  # a letter more
    "Merzhko",  # a letter less
    "Stupek",  # a letter changed
    "Ivan Stupek",  # with the first name of the cluster
    "Olga Stupek",  # with another first name
    "Johnsen",  # one off Johnson and Jonson: the first in order
    "Jonsson",
    "Okonkow",  # two letters swapped: two edits
    "Lea",  # too short for a variant
    "Fitzgerlad",
    "Nobody",
]


def _index() -> EntityIndex:
    index = EntityIndex()
    for first, surname in zip(itertools.cycle(["Ivan", "Ada", "Ngozi"]), SURNAMES):
        index.new(f"{first} {surname}", "person")
        index.new(f"{surname} Group", "organization")  # not persons: never found by this
    return index


def _scanned(index: EntityIndex, form: str) -> Cluster | None:
    """person_by_name's fallback as it was: every cluster, in order."""
    parts = form.lower().split()
    for cluster in index.clusters:
        near = cluster.type == "person" and parts and one_edit_apart(parts[-1], cluster.surname)
        if near and (len(parts) == 1 or parts[0] == cluster.name.split()[0].lower()):
            return cluster
    return None


@pytest.mark.parametrize("form", FORMS)
def test_a_surname_one_letter_off_finds_what_the_scan_found(form: str) -> None:
    index = _index()
    assert index.person_by_name(form) is _scanned(index, form)


def test_the_first_cluster_in_order_wins() -> None:
    index = _index()
    found = index.person_by_name("Johnsen")
    assert found is not None and found.name == "Ngozi Johnson"  # before Jonson, also one letter off


def test_the_tables_follow_clusters_that_change() -> None:
    index = _index()
    assert index.person_by_name("Smithe") is None
    index.new("Ada Smith", "person")
    assert index.person_by_name("Smithe") is index.clusters[-1]


def test_the_tables_follow_new_aliases_and_new_names() -> None:
    index = _index()
    first = index.clusters[0]
    assert index.person_by_name("Vanya Merezhko") is None
    first.aliases.append("Vanya Merezhko")
    assert index.person_by_name("Vanya Merezhko") is first
    assert index.person_by_name("Ivan Merezhko") is first
    first.name = "Ivan Petrenko"
    assert index.person_by_name("Petrenko") is first
    assert index.person_by_name("Ivan Merezhko") is None  # the old name was no alias: not kept


def test_aliases_given_as_a_new_list_are_followed_too() -> None:
    index = _index()
    first = index.clusters[0]
    assert index.person_by_name("Vanya Merezhko") is None
    first.aliases = [*first.aliases, "Vanya Merezhko"]
    assert index.person_by_name("Vanya Merezhko") is first
    first.aliases += ["Ivanko Merezhko"]
    first.aliases[0] = "Vanechka Merezhko"  # replaces "Vanya Merezhko": a change of the same length
    assert index.person_by_name("Ivanko Merezhko") is first
    assert index.person_by_name("Vanechka Merezhko") is first
    first.type = "organization"
    assert index.person_by_name("Vanechka Merezhko") is None


def test_a_lookup_checks_only_surnames_that_share_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    index = EntityIndex()
    for n in range(2_000):  # distinct surnames: "Aaaaab", "Aaaaac", … none near "Nobody"
        index.new(f"Ana {''.join(chr(97 + (n // 26**k) % 26) for k in range(4))}berg", "person")
    calls = 0

    def counted(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return one_edit_apart(a, b)

    monkeypatch.setattr(entities, "one_edit_apart", counted)
    assert index.person_by_name("Nobody") is None
    assert calls == 0  # the scan compared it with all 2,000
    assert index.person_by_name("Aaabberg") is not None and calls <= 30


def test_passage_test_is_the_scan_over_every_fragment() -> None:
    passages = [
        QuotedSpan(fragments=[(5, 9)]),
        QuotedSpan(fragments=[(20, 40), (45, 50)]),  # across paragraphs
        QuotedSpan(fragments=[(22, 30)]),  # inside another
        QuotedSpan(fragments=[(38, 47)]),  # overlapping two fragments
        QuotedSpan(fragments=[(60, 60)]),  # empty
    ]
    quoted = passage_test(passages)
    for offset in range(-1, 70):
        expected = any(s <= offset < e for p in passages for s, e in p.fragments)
        assert quoted(offset) is expected, offset
    assert passage_test([])(0) is False


def _organization_scanned(index: EntityIndex, form: str) -> Cluster | None:
    """organization_by_name as it was: every cluster's aliases, in order."""
    lowered = form.lower()
    return next(
        (c for c in index.clusters if c.type != "person" and lowered in {a.lower() for a in c.aliases}), None
    )


def _last_person_scanned(index: EntityIndex, token: int) -> Cluster | None:
    """last_person_before as it was: every person's every mention."""
    named = [c for c in index.clusters if c.type == "person" and any(m.start < token for m in c.mentions)]
    if not named:
        return None
    return max(named, key=lambda c: max(m.start for m in c.mentions if m.start < token))


SEED = "Ivan Stupak of the Ukrainian Pravda said. Stupak and the Kremlin met. Pravda said he and Ms Lee left."


def _indexed(nlp) -> tuple[EntityIndex, int]:
    doc = nlp(SEED * 3)
    return entities.cluster_entities(doc), len(doc)


def test_organization_by_name_last_person_before_and_cluster_at_find_what_the_scans_found(nlp) -> None:
    index, tokens = _indexed(nlp)
    assert any(c.type == "person" for c in index.clusters) and any(c.type != "person" for c in index.clusters)
    forms = [a for c in index.clusters for a in c.aliases] + ["PRAVDA", "kremlin", "Nobody"]
    for form in forms:
        assert index.organization_by_name(form) is _organization_scanned(index, form), form
    for token in range(tokens + 1):
        assert index.last_person_before(token) is _last_person_scanned(index, token), token
        assert index.cluster_at(token) is _cluster_at_scanned(index, token), token
    assert any(index.cluster_at(token) for token in range(tokens))


def test_they_follow_clusters_that_change(nlp) -> None:
    """New clusters, aliases, mentions and types, and two persons named at the same token."""
    index, tokens = _indexed(nlp)
    doc = index.clusters[0].mentions[0].doc
    person = next(c for c in index.clusters if c.type == "person")
    organization = next(c for c in index.clusters if c.type != "person")
    steps = [
        lambda: organization.aliases.append("The Paper"),
        lambda: index.new("Olga Lee", "person").add(doc[0:2], "Olga Lee"),  # where the first is named
        lambda: person.add(doc[tokens - 3 : tokens - 2], "Stupak"),
        lambda: setattr(organization, "type", "person"),
        lambda: index.new("The Paper", "organization").aliases.append("The Paper"),
        lambda: person.aliases.remove("Stupak") if "Stupak" in person.aliases else None,
    ]
    for step in steps:
        step()
        for form in ["The Paper", "Pravda", "Ukrainian Pravda", "Kremlin", "Stupak"]:
            assert index.organization_by_name(form) is _organization_scanned(index, form), form
        for token in range(tokens + 1):
            assert index.last_person_before(token) is _last_person_scanned(index, token), token
            assert index.cluster_at(token) is _cluster_at_scanned(index, token), token


def _cluster_at_scanned(index: EntityIndex, token: int) -> Cluster | None:
    """speakers._cluster_of's first step as it was: every cluster's every mention."""
    return next((c for c in index.clusters for m in c.mentions if m.start <= token < m.end), None)


def test_organization_by_name_reads_each_alias_once_not_once_per_lookup() -> None:
    """2,000 organizations: a look-up reads a table, not every cluster's aliases."""
    index = EntityIndex()
    for n in range(2_000):
        index.new(f"Company {n}", "organization").aliases.append(f"Company {n}")
    seen = 0
    real_lower = str.lower

    class Counted(str):
        def lower(self) -> str:
            nonlocal seen
            seen += 1
            return real_lower(self)

    assert index.organization_by_name("Company 1999") is index.clusters[-1]
    index.clusters[0].aliases.append(Counted("Company Zero"))
    seen = 0
    for _ in range(100):
        assert index.organization_by_name("company zero") is index.clusters[0]
    assert seen <= 2  # when the table took it in; the scan read it in each of the 100 look-ups


def _nested_scanned(found: list[Attribution]) -> list[Attribution]:
    """quotes._without_nested as it was: every attribution against every other."""
    return [a for a in found if not any(_holds(b, a) for b in found)]


def test_without_nested_drops_what_the_scan_dropped() -> None:
    """Random attributions, many nested, sharing starts and ends: the same kept, in the same order."""
    generator = random.Random(28)
    dropped = 0
    for _ in range(300):
        found = []
        for _ in range(generator.randint(0, 12)):
            start = generator.randint(0, 40)
            pieces = sorted(generator.sample(range(start, start + 60), generator.choice([2, 4])))
            content = [(pieces[i], pieces[i + 1]) for i in range(0, len(pieces), 2)]
            cue_at = generator.randint(0, 100)
            cue = [(cue_at, cue_at + 4)] if generator.random() < 0.9 else []
            found.append(Attribution(kind="direct", content=content, cue=cue))
        found.sort(key=lambda a: a.content[0][0])
        kept = _without_nested(found)
        assert [id(a) for a in kept] == [id(a) for a in _nested_scanned(found)]
        dropped += len(found) - len(kept)
    assert dropped > 50  # nesting was common enough to test the check, not only the shortcut


def test_cross_check_tries_the_pairs_sharing_a_lemma_that_every_pair_gave() -> None:
    """crosscheck._sharing_a_lemma: the pairs, in the order, that trying every pair found."""
    generator = random.Random(28)
    lemmas = ["range", "weapon", "height", "race", "road"]
    for _ in range(200):
        contexts = [
            set(generator.sample(lemmas, generator.choice([0, 0, 1, 2])))
            for _ in range(generator.randint(0, 15))
        ]
        every_pair = [
            (i, j) for i, j in itertools.combinations(range(len(contexts)), 2) if contexts[i] & contexts[j]
        ]
        assert _sharing_a_lemma(contexts) == every_pair
