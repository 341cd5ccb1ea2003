#!/usr/bin/env python3
"""Whole-process time of `hirelint check` on a random sample of real postings, for one or more builds.

Run from the project root after `cargo build --release` (needs `../shared/corpus`):

    python3 benches/corpus_sample.py [--postings 40] [--runs 20] [--seed 1] [BIN ...]

The bench posting (`check_one.py`) is one text; real postings differ in length, language and
in which extractors and rule patterns they need. This picks `--postings` files at random (the
same ones for the same `--seed`) from the corpus folders, runs each build on each posting
`--runs` times, interleaved in shuffled order, and prints per build: the spread of the
per-posting medians, their median, and how many postings are above 10 ms. Each build is
copied first, as `check_one.py` does.
"""
import argparse, random, shutil, statistics, sys, tempfile
from pathlib import Path

from timing import once

CORPUS = Path("../shared/corpus")
SUFFIXES = {".md", ".markdown", ".txt"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bins", nargs="*", type=Path, default=[Path("target/release/hirelint")])
    ap.add_argument("--postings", type=int, default=40)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} not found: this benchmark needs the shared corpus")
    files = sorted(
        p for p in CORPUS.glob("*/**/*")
        if p.suffix in SUFFIXES and p.is_file() and "hand-labels" not in p.parts
    )
    sample = random.Random(args.seed).sample(files, args.postings)
    with tempfile.TemporaryDirectory() as tmp:
        bins = []
        for i, b in enumerate(args.bins):
            if not b.exists():
                sys.exit(f"{b} not found: run `cargo build --release` first")
            copy = Path(tmp) / f"hirelint-{i}"
            shutil.copy2(b, copy)
            bins.append(copy)
        medians = [[] for _ in bins]
        for posting in sample:
            cmds = [[str(b), "check", "--color", "never", str(posting)] for b in bins]
            for c in cmds:  # warm the page cache
                once(c)
            times = [[] for _ in bins]
            order = list(range(len(bins)))
            for _ in range(args.runs):
                random.shuffle(order)
                for i in order:
                    times[i].append(once(cmds[i]))
            for i, t in enumerate(times):
                medians[i].append(statistics.median(t))
    print(f"{args.postings} corpus postings (seed {args.seed}), {args.runs} runs each")
    for b, m in zip(args.bins, medians):
        print(
            f"{str(b):40s} medians {min(m):5.2f}-{max(m):5.2f} ms, "
            f"median of medians {statistics.median(m):5.2f} ms, "
            f"mean {statistics.mean(m):5.2f} ms, above 10 ms: {sum(x > 10 for x in m)}"
        )


if __name__ == "__main__":
    main()
