#!/usr/bin/env python3
"""Does `hirelint check` (and `fmt`) take time linear in the size of one huge posting?

Run from the project root after `cargo build --release`:

    python3 benches/hostile.py [--runs 3] [--max-mb 50]

Two families of postings, written here from a paragraph of our own:
  - a long posting: the paragraph repeated to 6.25, 12.5, 25 and 50 MB (`--max-mb`);
  - one long line: the paragraph repeated on a single line to 128 KB, 256 KB, 512 KB, 1 MB.
The paragraph holds pay, places, dates, durations, contract words, experience and an
equal-opportunity statement, so that every extractor and rule meets many matches in one line.
For each size it prints the median whole-process time of `check --format json` and `fmt` over
`--runs` runs, the throughput, and the ratio to the size before it and to a quarter of it:
doubling the size should double the time (ratio near 2.0), 4x the size 4x the time. Medians
are taken in the same run, sizes interleaved.
"""
import argparse, statistics, subprocess, sys, tempfile, time
from pathlib import Path

BIN = Path("target/release/hirelint")
PARAGRAPH = (
    "We are hiring a line cook with 2 years of experience to join our kitchen in Denver, CO or "
    "Austin, Texas. Rockstar cooks welcome; full-time, $18 to $21 per hour, up to $30 with tips, "
    "with health insurance, a 401(k) and paid time off. This is a temporary contract of 6 months, "
    "from March 1, 2027 to August 31, 2027, with a view to a permanent role; apply by February 15, "
    "2027. 3 years of experience with Python is a plus. We are an equal opportunity employer: "
    "veterans and people with disabilities are welcome. Gehalt: 45.000 € - 55.000 € brutto im "
    "Jahr. You will prep, cook and plate brunch and dinner and train new cooks.\n\n"
)


def once(cmd):
    t = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return time.perf_counter() - t


def posting(size, one_line):
    if one_line:
        body = PARAGRAPH.strip().replace("\n", " ") + " "
        return "# Line Cook\n\n" + body * (size // len(body)) + "\n"
    return "# Line Cook\n\n" + PARAGRAPH * (size // len(PARAGRAPH))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-mb", type=float, default=50)
    ap.add_argument("--bin", type=Path, default=BIN)
    args = ap.parse_args()
    if not args.bin.exists():
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    mb = 1 << 20
    top = int(args.max_mb * mb)
    cases = [("posting", False, [top // 8, top // 4, top // 2, top]),
             ("one line", True, [mb // 8, mb // 4, mb // 2, mb])]
    with tempfile.TemporaryDirectory() as tmp:
        for name, one_line, sizes in cases:
            files = []
            for size in sizes:
                path = Path(tmp) / f"{name.replace(' ', '-')}-{size}.md"
                path.write_text(posting(size, one_line))
                files.append(path)
            for command in (["check", "--format", "json"], ["fmt"]):
                times = {f: [] for f in files}
                for _ in range(args.runs):
                    for f in files:  # interleaved: noise hits every size alike
                        times[f].append(once([str(args.bin), *command, str(f)]))
                print(f"\n{name}: hirelint {' '.join(command)} (median of {args.runs})")
                medians = []
                for f in files:
                    size = f.stat().st_size
                    median = statistics.median(times[f])
                    half = f"{median / medians[-1]:5.2f}x" if medians else "     -"
                    quarter = f"{median / medians[-2]:5.2f}x" if len(medians) > 1 else "     -"
                    print(f"  {size / mb:8.3f} MB  {median:8.3f} s  {size / mb / median:8.2f} MB/s  "
                          f"vs half size {half}  vs quarter size {quarter}")
                    medians.append(median)


if __name__ == "__main__":
    main()
