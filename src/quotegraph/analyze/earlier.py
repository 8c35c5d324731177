"""What the speaker rules (speakers.py) ask of the attributions before an offset, kept sorted by offset.

speakers.resolve_speakers finds the speakers in the attributions' order; a pronoun goes to a speaker
an earlier "he said" / "she said" agrees with, "the company" to the organization that spoke last, and
"they have warned" looks back to the last cue. Each was a pass over every attribution for every
pronoun or description: quadratic in long texts. Resolutions is the table of speakers found so far,
by id(attribution), that keeps those answers up to date as it is filled.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from itertools import accumulate
from typing import Protocol, TypeVar

from quotegraph.analyze.attribution import Attribution
from quotegraph.analyze.entities import Cluster


class Resolved(Protocol):
    """A speaker found for an attribution (speakers._Resolved)."""

    @property
    def key(self) -> str: ...

    @property
    def cluster(self) -> Cluster | None: ...


R = TypeVar("R", bound=Resolved)


def start_of(attribution: Attribution) -> int:
    """Where an attribution starts: its cue, else its content."""
    return attribution.cue[0][0] if attribution.cue else attribution.content[0][0]


class Resolutions(dict[int, R]):
    """The speakers found so far, by id(attribution), filled in the attributions' order."""

    def __init__(self, attributions: list[Attribution]) -> None:
        super().__init__()
        self._attributions = {id(a): a for a in attributions}
        self._order = {id(a): number for number, a in enumerate(attributions)}
        self._listed = attributions
        cues = sorted(a.cue[0] for a in attributions if a.cue)
        self._cue_starts = [start for start, _ in cues]
        self._cue_ends = list(accumulate((end for _, end in cues), max))  # the latest end so far
        # "he" / "she" sources by speaker key: (cue start, the pronoun), in the attributions' order
        self._pronouns: dict[str, list[tuple[int, str]]] = {}
        # organization speakers: (where the attribution starts, order resolved), sorted; their clusters
        self._organization_starts: list[tuple[int, int]] = []
        self._organizations: list[Cluster] = []

    def __setitem__(self, key: int, resolved: R) -> None:
        super().__setitem__(key, resolved)
        attribution, cluster = self._attributions[key], resolved.cluster
        source = attribution.source_token
        if attribution.cue and source is not None and source.lower_ in {"he", "she"}:
            self._pronouns.setdefault(resolved.key, []).append((attribution.cue[0][0], source.lower_))
        if cluster is not None and cluster.type == "organization":
            insort(self._organization_starts, (start_of(attribution), len(self._organizations)))
            self._organizations.append(cluster)

    def previous(self, attribution: Attribution) -> Attribution | None:
        """The attribution resolved just before this one (the one before it in the text's order)."""
        number = self._order.get(id(attribution), 0)
        return self._listed[number - 1] if number else None

    def called_before(self, position: int) -> dict[str, str]:
        """ "he" or "she", for each speaker an attribution with a cue before `position` calls so (the
        first such attribution's)."""
        called: dict[str, str] = {}
        for key, pronouns in self._pronouns.items():
            first = next((pronoun for start, pronoun in pronouns if start < position), None)
            if first is not None:
                called[key] = first
        return called

    def organization_before(self, position: int) -> Cluster | None:
        """The organization whose attribution starts last before `position` (of two starting at one
        offset, the one found first)."""
        starts = self._organization_starts
        k = bisect_left(starts, (position, -1))
        if not k:
            return None
        return self._organizations[starts[bisect_left(starts, (starts[k - 1][0], -1))][1]]

    def cue_end_before(self, position: int) -> int | None:
        """The latest end of a cue of any attribution (found or not) that starts before `position`."""
        k = bisect_left(self._cue_starts, position)
        return self._cue_ends[k - 1] if k else None
