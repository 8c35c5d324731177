"""A guard on long texts: the analysis's work per word stays flat as an article grows.

A term quadratic in the length (a scan of every mention per pronoun, doc.text rebuilt from every token
at each look-up) shows only in long articles, and went unseen until benchmarks/long_article.py ran.
Here one real article's paragraphs, once and repeated ten times in one article (the same mix of
quotes, names and pronouns, ten times as long), are analyzed under cProfile, and the long one's work
per word is compared with the short one's:

* the count of function calls (Python's, and the C functions and Cython properties cProfile sees):
  deterministic, so the bound can be tight without ever flaking. It catches the doc.text regression
  of ac1d1be (each `doc.text` walks every token: 1.76x the calls per word at ten times the length),
  where a clock at this size does not (1.4x in CPU time).
* the process's CPU time, with a wide margin: a clock sees work inside C that no call count does
  (a quadratic loop inside spaCy or a regex); CPU time rather than wall time, as a loaded machine
  stretches the wall clock but hardly the CPU time a process is given.

The short article's per-word figures include what every article costs once, which leaves the long
one more room, not less. The rules alone run (no learned model: its tagger is linear, chunk by chunk).
"""

from __future__ import annotations

import cProfile
import pstats
import time
from dataclasses import dataclass

from quotegraph.analyze.pipeline import analyze
from quotegraph.read import parse_text
from tests.support.paths import shared_path

# How many times the paragraphs are repeated in the long article.
LONGER = 10
# Bounds on (long article's work per word) / (short one's): calls counted exactly (flat now: 1.00x),
# CPU time measured (noisy: about 1.0x now, on a loaded machine too).
CALLS_BOUND = 1.4
CPU_BOUND = 2.0


@dataclass(frozen=True)
class Work:
    words: int
    calls: int
    cpu: float


def _article(paragraphs: list[str], times: int) -> str:
    return "\n".join(paragraphs[:1] + paragraphs[1:] * times) + "\n"


def _work(nlp, text: str) -> Work:
    article = parse_text(text, date="2024-11-18")
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    analyze(article, nlp)
    profile.disable()
    cpu = time.process_time() - started
    return Work(len(article.text.split()), pstats.Stats(profile).total_calls, cpu)


def test_work_per_word_stays_flat_as_an_article_grows(nlp) -> None:
    text = shared_path("examples", "atacms-kursk.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in text.splitlines() if line.strip()]
    short = _article(paragraphs, 1)
    analyze(parse_text(short, date="2024-11-18"), nlp)  # what loads once (gazetteer, tables) loads here
    once, longer = _work(nlp, short), _work(nlp, _article(paragraphs, LONGER))
    assert longer.words > (LONGER - 1) * once.words
    calls = (longer.calls / longer.words) / (once.calls / once.words)
    cpu = (longer.cpu / longer.words) / (once.cpu / once.words)
    detail = f"{once} vs {longer}: calls per word x{calls:.2f}, CPU per word x{cpu:.2f}"
    assert calls < CALLS_BOUND, f"calls per word grow with the length: {detail}"
    assert cpu < CPU_BOUND, f"CPU time per word grows with the length: {detail}"
