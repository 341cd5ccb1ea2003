#!/usr/bin/env python3
"""How often the countries of `hirelint extract`'s places agree with the countries of the hand
labels' `jurisdictions` (the country part of "US-CA", "CA-ON"), which `../shared/tools/
label-agreement` does not measure: the laws a posting is judged by follow from its places, so
a country too many (a city of a company blurb) or too few (a place not read) changes verdicts.
A posting agrees when the two sets are equal; the summary also counts postings with a country
too many and with one missing.

Run from the project root after `cargo build --release`:

    python3 benches/country_agreement.py [--bin BIN] [--show]
"""
import argparse
import json
import subprocess
from pathlib import Path

LABELS = Path("../shared/corpus/hand-labels")


def extracted(bin_, label):
    """The facts of the labelled posting (`FILE#N`: the Nth record of an export)."""
    path, _, record = label["file"].partition("#")
    out = subprocess.run(
        [bin_, "extract", "--format", "json", str(LABELS.parent / path)],
        capture_output=True, text=True,
    ).stdout
    facts = json.loads(out)
    if isinstance(facts, list):
        facts = facts[int(record) - 1 if record else 0]
    return facts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/hirelint")
    ap.add_argument("--show", action="store_true", help="list the disagreements")
    args = ap.parse_args()
    agree = extra = missing = total = 0
    for labels in sorted(LABELS.glob("labels_*.jsonl")):
        for line in labels.open():
            label = json.loads(line)
            want = {j.split("-")[0] for j in label.get("jurisdictions") or []}
            got = {p["country"] for p in extracted(args.bin, label).get("locations") or []
                   if p.get("country")}
            total += 1
            if got == want:
                agree += 1
                continue
            extra += bool(got - want)
            missing += bool(want - got)
            if args.show:
                print(f"  {label['file']}: label {sorted(want)}, hirelint {sorted(got)}")
    print(f"countries agree on {agree} of {total} postings ({agree / total:.2f}); "
          f"a country too many on {extra}, one missing on {missing}")


if __name__ == "__main__":
    main()
