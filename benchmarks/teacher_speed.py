"""How fast a distillation teacher scores articles: TransformerTagger.log_probs in words per second.

    .venv/bin/python benchmarks/teacher_speed.py [--texts N] [--split DIR]

Each tagger scores the texts three ways: fp32 one article at a time, fp32 with the windows of all the
articles batched together (log_probs_many, sorted by length), and the same under bf16 autocast (the
teacher's arithmetic in a `--precision bf16` distillation run).

Untrained taggers are enough, because speed does not depend on the weights: minilm (6 layers, the
default student), minilm cut to 3 layers (--student-layers 3) and an mpnet-sized encoder (12 layers,
768 wide) built from its default config with random weights, read through minilm's tokenizer (both
are English WordPiece vocabularies of about 30,500 pieces, so the windows are alike). Parsing is timed
apart: a run parses its articles anyway. Words are whitespace-separated, as benchmarks/train_polnear.py
counts them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch
from transformers import MPNetConfig, MPNetModel

from quotegraph.analyze.parsing import load_model
from quotegraph.analyze.runtime.transformer import TaggerNetwork, TransformerTagger
from quotegraph.evaluate.brat import load_polnear
from quotegraph.train.data import parse_documents
from quotegraph.train.transformer_loop import new_transformer_tagger

POLNEAR_TRAIN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "train"


def mpnet_sized(minilm: TransformerTagger, tags: int, deps: int) -> TransformerTagger:
    """A tagger as large as the mpnet teacher, with random weights."""
    encoder = MPNetModel(MPNetConfig(vocab_size=minilm.tokenizer.vocab_size))
    tagger = TaggerNetwork(encoder, tags, deps)
    return TransformerTagger(tagger, minilm.tokenizer, list(minilm.tag_ids), list(minilm.dep_ids))


def words_per_second(tagger: TransformerTagger, docs: list, together: bool) -> float:
    """Scoring speed, each doc's windows in batches of their own or all docs' windows batched together
    (log_probs_many, as a distillation run scores)."""
    tagger.log_probs(docs[0][: min(len(docs[0]), 50)].as_doc())  # warm up
    started = time.perf_counter()
    if together:
        tagger.log_probs_many(docs)
    else:
        for doc in docs:
            tagger.log_probs(doc)
    return sum(len(doc.text.split()) for doc in docs) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=6, help="PolNeAR articles to score (the first N)")
    parser.add_argument("--split", type=Path, default=POLNEAR_TRAIN)
    options = parser.parse_args()
    base = load_model()
    documents = load_polnear(options.split)[: options.texts]
    started = time.perf_counter()
    docs = parse_documents(base, documents)
    words = sum(len(doc.text.split()) for doc in docs)
    print(f"{len(docs)} articles, {words} words; parse {words / (time.perf_counter() - started):.0f} words/s")
    print(f"torch threads: {torch.get_num_threads()}")
    minilm = new_transformer_tagger(base, "minilm")
    taggers = {
        "minilm (6 layers)": minilm,
        "minilm, 3 layers": new_transformer_tagger(base, "minilm", layers=3),
        "mpnet-sized (12 layers, 768 wide)": mpnet_sized(minilm, len(minilm.tag_ids), len(minilm.dep_ids)),
    }
    print("words/s: fp32 one doc at a time | fp32 docs batched together | bf16 docs batched together")
    for name, tagger in taggers.items():
        figures = [words_per_second(tagger, docs, together=False), words_per_second(tagger, docs, True)]
        tagger.precision = "bf16"
        figures.append(words_per_second(tagger, docs, together=True))
        print(f"{name}: {' | '.join(f'{figure:.0f}' for figure in figures)}")


if __name__ == "__main__":
    main()
