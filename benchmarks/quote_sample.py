"""A held-out sample of news articles for judging quotes, speakers, types and roles by hand.

    PYTHONPATH=src .venv/bin/python benchmarks/quote_sample.py [--corpus ../shared/corpora/bbc-news]
        [--benchmark ../shared/corpora/article-extraction-benchmark] [--quotes 100] [--roles 100]
        [--speech-only] [--rules-only] [--cache /tmp] [--sheet] [--previous SHEET ...] [--tuning SEED]

The selection rule, fixed before any tuning and never to be tuned on (issue 30):

- the BBC corpus's article paths (``*/*.txt`` under --corpus), sorted, and
  ``random.Random(2026).sample(paths, 100)``;
- the extraction benchmark's pages (``html/*.html.gz`` under --benchmark), sorted, and
  ``random.Random(2026).sample(paths, 40)``.

Those 140 articles are read as ``quotegraph analyze`` reads them (read_path) and analysed with the model
it chooses by default (the shipped attribution model; --rules-only for the rules alone). From all their
attributions, in that order (every type, so that the type can be judged; --speech-only for a reporter's
quote list), ``random.Random(2026).sample`` draws --quotes, and from their speakers' roles --roles. Each
quote is printed with its article, type, kind, speaker (name, kind, roles, age), the source as written
and the line it sits in, so that a reader can judge it against the article. Tune on the other articles
(``tuning_paths``), never on these; nine BBC stories stand in the corpus twice under two names, one in the
held-out sample, and their tuning twins are left out of ``tuning_paths`` too (``held_out_twins``).

--sheet prints one line per drawn item, as the judged sheets in benchmarks/judged/ hold them, to be judged.
--previous SHEET (a judged quotes or roles sheet; repeat it for both) carries a verdict over to every drawn
item that is identical to a judged one: a quote with the same article, type, speaker name, cue and content
(a content cut with "…" in older sheets matches on what it shows), a role with the same article, speaker and
role string. Anything else is marked TO JUDGE, so that a re-run on new code is judged only where it changed.

--tuning SEED draws from the tuning articles instead, a sample that may be tuned on:
``random.Random(SEED).sample`` of 100 of the BBC articles and of 40 of the pages outside the
held-out sample, less any twin of a held-out article (seed 7300 drew one, so its draw changed when
twins were left out; 7301 drew none), then the quotes and roles with ``random.Random(SEED)``;
everything else as above. The held-out draw is untouched by it.

The draw picks places in the list of attributions, not attributions by content: where code or the machine
(spaCy's parse and the int8 model differ slightly from CPU to CPU) adds or drops one attribution, every
drawn place after it holds that attribution's neighbour. Each judged phase therefore says how many
attributions the list holds and which drawn items moved, and judges the newcomers by hand.

Analysis is the slow part: it is cached as JSON under --cache, keyed by the git tree of src/ and the
model, so that the sheet can be printed again without analysing again.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SEED = 2026
ARTICLES = 100
PAGES = 40


def corpus_paths(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/*.txt"))


def held_out_paths(corpus: Path, count: int = ARTICLES, seed: int = SEED) -> list[Path]:
    """The held-out BBC articles: a seeded sample of the sorted paths."""
    return random.Random(seed).sample(corpus_paths(corpus), count)


def benchmark_paths(benchmark: Path) -> list[Path]:
    return sorted((benchmark / "html").glob("*.html.gz"))


def held_out_pages(benchmark: Path, count: int = PAGES, seed: int = SEED) -> list[Path]:
    """The held-out extraction-benchmark pages: a seeded sample of the sorted paths."""
    return random.Random(seed).sample(benchmark_paths(benchmark), count)


def _outside_held_out(corpus: Path) -> list[Path]:
    """Every article of the BBC corpus outside the held-out sample: the frame `--tuning` draws from (the
    judged tuning sheets were drawn from it, so it stays as it was)."""
    held = set(held_out_paths(corpus))
    return [p for p in corpus_paths(corpus) if p not in held]


def _digest(path: Path) -> str:
    data = path.read_bytes()
    return hashlib.sha256(gzip.decompress(data) if path.suffix == ".gz" else data).hexdigest()


def held_out_twins(held: list[Path], others: list[Path]) -> set[Path]:
    """The articles of `others` whose text is byte for byte a held-out article's. The BBC corpus holds the
    same story twice under two names nine times across the split (tech/062 and a held-out one): a rule
    tuned on one twin is tuned on the held-out one."""
    digests = {_digest(path) for path in held}
    return {path for path in others if _digest(path) in digests}


def tuning_paths(corpus: Path) -> list[Path]:
    """Every article of the BBC corpus outside the held-out sample, less the twins of held-out ones."""
    outside = _outside_held_out(corpus)
    twins = held_out_twins(held_out_paths(corpus), outside)
    return [p for p in outside if p not in twins]


def _pages_outside_held_out(benchmark: Path) -> list[Path]:
    held = set(held_out_pages(benchmark))
    return [p for p in benchmark_paths(benchmark) if p not in held]


def tuning_pages(benchmark: Path) -> list[Path]:
    """Every page of the extraction benchmark outside the held-out sample, less the twins of held-out ones."""
    outside = _pages_outside_held_out(benchmark)
    twins = held_out_twins(held_out_pages(benchmark), outside)
    return [p for p in outside if p not in twins]


def tuning_draw(corpus: Path, benchmark: Path, seed: int) -> list[Path]:
    """`--tuning SEED`'s articles: seeded samples of the frames outside the held-out sample, less the twins
    of held-out articles (dropped after the draw, so that draws made before twins were known stay the same
    where they held none)."""
    paths = random.Random(seed).sample(_outside_held_out(corpus), ARTICLES)
    paths += random.Random(seed).sample(_pages_outside_held_out(benchmark), PAGES)
    held = held_out_paths(corpus) + held_out_pages(benchmark)
    twins = held_out_twins(held, paths)
    return [p for p in paths if p not in twins]


def _name(path: Path) -> str:
    """A short, machine-free name: "business/012.txt", "aeb/0a1b2c3d.html.gz"."""
    if path.name.endswith(".html.gz"):
        return f"aeb/{path.name[:12]}"
    return f"{path.parent.name}/{path.name}"


def _cache_key(rules_only: bool) -> str:
    """The committed tree of src/ (what the analysis depends on), marked when src/ has changes."""
    root = Path(__file__).resolve().parent.parent
    git = ["git", "-C", str(root)]
    tree = subprocess.run([*git, "rev-parse", "--short=12", "HEAD:src"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "src"], capture_output=True, text=True)
    key = tree.stdout.strip() or "unknown"
    if dirty.stdout.strip() or not tree.stdout.strip():
        key += "-dirty"  # never reused: an uncommitted src/ has no stable key
    return key + ("-rules" if rules_only else "-default")


def _analyses(paths: list[Path], rules_only: bool = True) -> Iterator[tuple[Path, object]]:
    """Each path read as `quotegraph analyze` reads it and analysed up to its quotes; with the model the
    CLI chooses by default unless rules_only (the default here, as benchmarks/speaker_names.py has it)."""
    from quotegraph.analyze.loading import load_models
    from quotegraph.analyze.pipeline import analyze
    from quotegraph.defaults import choose
    from quotegraph.read import read_path

    nlp, learned = load_models(None, choose(rules_only=rules_only).model)
    for number, path in enumerate(paths, 1):
        print(f"\r analysing {number}/{len(paths)}", end="", file=sys.stderr, flush=True)
        yield path, analyze(read_path(path), nlp, only=["quotes"], learned_model=learned)
    print(file=sys.stderr)


def _line(text: str, start: int, end: int) -> str:
    """The line (paragraph) around a span, shortened to keep the listing readable."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    line = " ".join(text[left:right].split())
    return line if len(line) <= 500 else line[:500] + " …"


def _articles(paths: list[Path], rules_only: bool) -> list[dict]:
    """Each article's attributions and roles, as the sheet shows them."""
    articles = []
    for path, analysis in _analyses(paths, rules_only):
        text = analysis.text
        speakers = {speaker.id: speaker for speaker in analysis.speakers}
        quotes = []
        for quote in analysis.quotes:
            speaker = speakers.get(quote.speaker) if quote.speaker else None
            quotes.append(
                {
                    "type": quote.type,
                    "kind": quote.kind,
                    "speaker": speaker.name if speaker else None,
                    "speaker kind": speaker.kind if speaker else None,
                    "anonymous": speaker.anonymous if speaker else None,
                    "roles": speaker.roles if speaker else None,
                    "age": speaker.age if speaker else None,
                    "cue": " … ".join(text[s:e] for s, e in quote.cue),
                    "source": " … ".join(text[s:e] for s, e in quote.source),
                    "content": " … ".join(text[s:e] for s, e in quote.content),
                    "at": quote.content[0][0],
                    "line": _line(text, quote.content[0][0], quote.content[-1][1]),
                }
            )
        roles = [
            # a speaker may have roles and no mention of its own (tuning seed 79571): no line then
            {
                "speaker": speaker.name,
                "role": role,
                "line": _line(text, *speaker.mentions[0]) if speaker.mentions else "",
            }
            for speaker in analysis.speakers
            for role in speaker.roles
        ]
        headline = text[: text.find("\n")].strip() if "\n" in text else text[:120]
        articles.append({"name": _name(path), "headline": headline, "quotes": quotes, "roles": roles})
    return articles


def cached_articles(
    paths: list[Path], cache: Path, rules_only: bool, tuning: int | None = None
) -> list[dict]:
    """The articles' analyses, from the cache when this src/ tree was analysed before (a tuning draw has a
    cache file of its own)."""
    key = _cache_key(rules_only)
    draw = "" if tuning is None else f"-tuning{tuning}"
    file = cache / f"quote_sample{draw}-{key}.json"
    if not key.endswith(("-dirty-rules", "-dirty-default")) and file.is_file():
        print(f"cached analysis: {file}", file=sys.stderr)
        return json.loads(file.read_text(encoding="utf-8"))
    articles = _articles(paths, rules_only)
    file.write_text(json.dumps(articles), encoding="utf-8")
    print(f"analysis cached in {file}", file=sys.stderr)
    return articles


_QUOTE_LINE = re.compile(
    r"^Q\d+ \| (?P<article>\S+) \| (?P<type>\w+) \| (?P<speaker>.*?) \([^()]*\) \| cue '(?P<cue>.*?)' \| "
    r"“(?P<content>.*)” \| (?P<verdict>speaker (?:ok|WRONG) \|.*)$"
)
_ROLE_LINE = re.compile(
    r"^R\d+ \| (?P<article>\S+) \| (?P<speaker>.*?) \| (?P<role>'.*'|\".*\") \| "
    r"(?P<verdict>(?:clean|JUNK).*)$"
)


def previous_verdicts(sheets: list[Path]) -> tuple[dict[tuple, str], dict[tuple, str]]:
    """The verdicts of judged sheets: quotes keyed by (article, type, speaker, cue, content as shown), roles
    by (article, speaker, role). Of sheets holding one item, the first given wins: list the newest first
    (a later sheet's note may be newer than an older verdict's)."""
    quotes: dict[tuple, str] = {}
    roles: dict[tuple, str] = {}
    for sheet in sheets:
        for line in sheet.read_text(encoding="utf-8").splitlines():
            line = line.rstrip()
            if match := _QUOTE_LINE.match(line):
                key = (match["article"], match["type"], match["speaker"], match["cue"], match["content"])
                quotes.setdefault(key, match["verdict"])
            elif match := _ROLE_LINE.match(line):
                roles.setdefault((match["article"], match["speaker"], match["role"]), match["verdict"])
    return quotes, roles


def _quote_verdict(previous: dict[tuple, str], name: str, quote: dict) -> str | None:
    """The verdict judged before on this very quote: same article, type, speaker, cue and content (the cue
    too, as the type is judged on it)."""
    head = (name, quote["type"], str(quote["speaker"]), quote["cue"])
    for (*key, content), verdict in previous.items():
        cut = content.endswith("…") and quote["content"].startswith(content[:-1])  # an older sheet's cut
        if tuple(key) == head and (content == quote["content"] or cut):
            return verdict
    return None


def quote_line(number: int, name: str, quote: dict, verdict: str | None) -> str:
    """One drawn quote as a judged sheet holds it, with its verdict or TO JUDGE."""
    return (
        f"Q{number} | {name} | {quote['type']} | {quote['speaker']} ({quote['speaker kind']}) | "
        f"cue '{quote['cue']}' | “{quote['content']}” | {verdict or 'TO JUDGE'}"
    )


def role_line(number: int, name: str, role: dict, verdict: str | None) -> str:
    """One drawn role as a judged sheet holds it, with its verdict or TO JUDGE."""
    return f"R{number} | {name} | {role['speaker']} | {role['role']!r} | {verdict or 'TO JUDGE'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/bbc-news"))
    parser.add_argument(
        "--benchmark", type=Path, default=Path("../shared/corpora/article-extraction-benchmark")
    )
    parser.add_argument("--quotes", type=int, default=100)
    parser.add_argument("--roles", type=int, default=100)
    parser.add_argument("--speech-only", action="store_true", help="draw from speech only, not every type")
    parser.add_argument("--rules-only", action="store_true", help="the rules alone, no attribution model")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="where analyses are cached")
    parser.add_argument("--sheet", action="store_true", help="one line per item, as a judged sheet holds it")
    parser.add_argument(
        "--previous",
        type=Path,
        action="append",
        default=[],
        help="a judged sheet whose verdicts carry over (the first given wins: list the newest first)",
    )
    parser.add_argument(
        "--tuning",
        type=int,
        metavar="SEED",
        help="draw from the tuning articles with this seed instead of the held-out ones",
    )
    args = parser.parse_args()
    judged_quotes, judged_roles = previous_verdicts(args.previous)
    seed, sample = SEED, "held-out"
    if args.tuning is None:
        paths = held_out_paths(args.corpus) + held_out_pages(args.benchmark)
    else:
        seed, sample = args.tuning, f"tuning (seed {args.tuning})"
        paths = tuning_draw(args.corpus, args.benchmark, seed)
    articles = cached_articles(paths, args.cache, args.rules_only, args.tuning)
    quotes = [
        (article["name"], article["headline"], quote)
        for article in articles
        for quote in article["quotes"]
        if quote["type"] == "speech" or not args.speech_only
    ]
    roles = [(article["name"], role) for article in articles for role in article["roles"]]
    print(
        f"{len(quotes)} attributions listed in the {len(articles)} {sample} articles "
        f"({ARTICLES} BBC, {PAGES} benchmark pages); {len(roles)} roles; "
        f"drawn with random.Random({seed}): {min(args.quotes, len(quotes))} quotes, "
        f"{min(args.roles, len(roles))} roles"
    )
    drawn = random.Random(seed).sample(quotes, min(args.quotes, len(quotes)))
    picked = random.Random(seed).sample(roles, min(args.roles, len(roles)))
    drawn = sorted(drawn, key=lambda q: (q[0], q[2]["at"]))
    picked = sorted(picked, key=lambda r: (r[0], r[1]["speaker"]))
    quote_verdicts = [_quote_verdict(judged_quotes, name, quote) for name, _, quote in drawn]
    role_verdicts = [judged_roles.get((name, role["speaker"], repr(role["role"]))) for name, role in picked]
    if args.previous:
        counts = sum(v is not None for v in quote_verdicts), sum(v is not None for v in role_verdicts)
        print(f"carried over from {len(args.previous)} sheet(s): {counts[0]} quotes, {counts[1]} roles")
    if args.sheet:
        for number, ((name, _, quote), verdict) in enumerate(zip(drawn, quote_verdicts, strict=True), 1):
            print(quote_line(number, name, quote, verdict))
        for number, ((name, role), verdict) in enumerate(zip(picked, role_verdicts, strict=True), 1):
            print(role_line(number, name, role, verdict))
        return
    for number, ((name, headline, shown), verdict) in enumerate(zip(drawn, quote_verdicts, strict=True), 1):
        print(f"\n## Q{number} {name} — {headline[:100]}")
        for key, value in shown.items():
            if key != "at":
                print(f"  {key}: {value}")
        if args.previous:
            print(f"  previous verdict: {verdict or 'TO JUDGE'}")
    print("\n# Roles")
    for number, ((name, role), verdict) in enumerate(zip(picked, role_verdicts, strict=True), 1):
        carried = f" | previous verdict: {verdict or 'TO JUDGE'}" if args.previous else ""
        print(f"R{number} {name} | {role['speaker']} | {role['role']!r} | {role['line'][:300]}{carried}")


if __name__ == "__main__":
    main()
