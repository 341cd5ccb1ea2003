#!/usr/bin/env python3
"""A/B: whole-process time of `hirelint check` on one posting, for several builds, interleaved.

    python3 benches/ab.py [--runs 150] [--cpus 0] [--posting FILE] BIN_A BIN_B [BIN_C ...]

Each round runs every binary once, in a shuffled order, so that machine noise (other load, CPU
frequency) hits all alike; separate runs of this script do not compare. Prints the median and
90th percentile of each binary and each median's ratio to the first binary's.
`--cpus 0` runs them under `taskset -c 0` (one CPU: no start-up helper thread).
"""
import argparse, random, statistics, sys
from pathlib import Path

from timing import once


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bins", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=150)
    ap.add_argument("--posting", type=Path, default=Path("benches/fixtures/posting-5kb.md"))
    ap.add_argument("--cpus", help="a CPU list for taskset, e.g. 0")
    args = ap.parse_args()
    if len(args.bins) < 2:
        sys.exit("give at least two binaries")
    for b in args.bins:
        if not b.exists():
            sys.exit(f"{b} not found")
    prefix = ["taskset", "-c", args.cpus] if args.cpus else []
    cmds = [prefix + [str(b), "check", "--color", "never", str(args.posting)] for b in args.bins]
    times = [[] for _ in cmds]
    order = list(range(len(cmds)))
    for _ in range(5):  # warm the page cache
        for c in cmds:
            once(c)
    for _ in range(args.runs):
        random.shuffle(order)
        for i in order:
            times[i].append(once(cmds[i]))
    base = statistics.median(times[0])
    print(f"{args.posting}, {args.runs} interleaved runs each" + (f", taskset -c {args.cpus}" if args.cpus else ""))
    for b, ts in zip(args.bins, times):
        m = statistics.median(ts)
        p90 = statistics.quantiles(ts, n=10)[-1]
        print(f"{str(b):40} median {m:6.2f} ms   p90 {p90:6.2f} ms   {m / base:5.3f}x")


if __name__ == "__main__":
    main()
