"""How well the tone stage's scorer agrees with people, on the labelled sets of the VADER paper.

    .venv/bin/python benchmarks/tone_accuracy.py [--sdist FILE] [--set nyt|tweets|movies|amazon ...]

The data: Hutto & Gilbert (ICWSM 2014) had each sentence rated by 20 or more people on -4 … +4, and
published the mean ratings. vaderSentiment's source distribution on PyPI ships them
(additional_resources/hutto_ICWSM_2014.tar.gz): give that file with --sdist, or the script fetches it
with pip (`pip download --no-deps --no-binary :all: vaderSentiment==3.3.2`) into a temporary folder.
Nothing is copied into the repository. The default set, "nyt", is 5,190 sentences of New York Times
opinion pieces: news prose, the nearest to the quotes quotegraph scores.

Labels, fixed before scoring: a sentence whose mean rating is at least +0.5 is positive, at most
-0.5 negative, neutral between (less than half a step of the raters' scale from 0). The prediction is
quotegraph.analyze.tone's: its score of the sentence, called positive at >= 0.05 and negative at
<= -0.05 (VADER's own cut-offs). Reported: accuracy and macro F1 over the three classes, precision,
recall and F1 of each, and the Pearson correlation of the score with the mean rating (the paper's measure).
The paper's authors built VADER's rules with these sets in view: expect figures a little kinder than
on unseen text.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from quotegraph.analyze.tone import label, text_tone
from quotegraph.evaluate.metrics import Counts

SDIST = "vaderSentiment==3.3.2"
RESOURCES = "additional_resources/hutto_ICWSM_2014.tar.gz"
SETS = {
    "nyt": "nytEditorialSnippets_GroundTruth.txt",
    "tweets": "tweets_GroundTruth.txt",
    "movies": "movieReviewSnippets_GroundTruth.txt",
    "amazon": "amazonReviewSnippets_GroundTruth.txt",
}
CLASSES = ("positive", "neutral", "negative")
GOLD_CUT = 0.5  # on the raters' -4 … +4 scale


def fetch_sdist(folder: Path) -> Path:
    """vaderSentiment's source distribution, downloaded from PyPI by pip."""
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*command, "--dest", str(folder), SDIST], check=True)
    found = sorted(folder.glob("vaderSentiment-*.tar.gz"))
    if not found:
        sys.exit(f"pip downloaded no vaderSentiment source distribution into {folder}")
    return found[0]


def ratings(sdist: Path, name: str) -> list[tuple[float, str]]:
    """(mean rating, sentence) of one labelled set, read from inside the source distribution."""
    with tarfile.open(sdist) as outer:
        member = next((m for m in outer.getmembers() if m.name.endswith(RESOURCES)), None)
        if member is None:
            sys.exit(f"{sdist} has no {RESOURCES}")
        inner_bytes = outer.extractfile(member).read()
    with tarfile.open(fileobj=io.BytesIO(inner_bytes)) as inner:
        member = next(m for m in inner.getmembers() if m.name.endswith("/" + SETS[name]))
        raw = inner.extractfile(member).read().decode("utf-8", errors="replace")
    rows = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((float(parts[1]), "\t".join(parts[2:]).strip()))
    return rows


def gold_label(rating: float) -> str:
    return "positive" if rating >= GOLD_CUT else "negative" if rating <= -GOLD_CUT else "neutral"


def report(name: str, rows: list[tuple[float, str]]) -> None:
    scores = [text_tone(text) or 0.0 for _, text in rows]  # a sentence without words reads as neutral
    gold = [gold_label(rating) for rating, _ in rows]
    predicted = [label(score) for score in scores]
    counts = {c: Counts() for c in CLASSES}
    for g, p in zip(gold, predicted, strict=True):
        counts[g].add(matched=int(g == p), predicted=0, gold=1)
        counts[p].add(matched=0, predicted=1, gold=0)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(rows)
    macro_f1 = statistics.mean(c.f1 for c in counts.values())
    r = statistics.correlation(scores, [rating for rating, _ in rows])
    print(f"{name}: {len(rows)} sentences ({SETS[name]})")
    print(f"  accuracy {accuracy:.1%}   macro F1 {macro_f1:.1%}   Pearson r {r:.3f}")
    for c in CLASSES:
        k = counts[c]
        print(f"  {c:8}  gold {k.gold:5}  predicted {k.predicted:5}  ", end="")
        print(f"P {k.precision:.1%}  R {k.recall:.1%}  F1 {k.f1:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sdist", type=Path, help="vaderSentiment-3.3.2.tar.gz (else fetched with pip)")
    parser.add_argument("--set", dest="sets", nargs="+", choices=sorted(SETS), default=["nyt"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sdist = args.sdist or fetch_sdist(Path(folder))
        print(f"labels: {sdist.name}, {RESOURCES}; gold ±{GOLD_CUT} on -4 … 4, predicted ±0.05")
        for name in args.sets:
            report(name, ratings(sdist, name))


if __name__ == "__main__":
    main()
