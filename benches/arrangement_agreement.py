#!/usr/bin/env python3
"""How often `hirelint extract`'s work arrangement (onsite, hybrid, remote, or none) agrees
with the hand labels' `work_arrangement`, which `../shared/tools/label-agreement` does not
measure. Per label file (`a`, `b`: the classic sets; `web`; `intl`, by language).

Run from the project root after `cargo build --release`:

    python3 benches/arrangement_agreement.py [--bin BIN] [--show]
"""
import argparse, collections, json, subprocess
from pathlib import Path

LABELS = Path("../shared/corpus/hand-labels")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/hirelint")
    ap.add_argument("--show", action="store_true", help="list the disagreements")
    args = ap.parse_args()
    agree, total, wrong = collections.Counter(), collections.Counter(), []
    for labels in sorted(LABELS.glob("labels_*.jsonl")):
        group = labels.stem.removeprefix("labels_")
        for line in labels.open():
            label = json.loads(line)
            want = label.get("work_arrangement")
            if want is None:
                continue
            out = subprocess.run(
                [args.bin, "extract", "--format", "json", str(LABELS.parent / label["file"])],
                capture_output=True, text=True,
            ).stdout
            facts = json.loads(out)
            if isinstance(facts, list):  # an export: one object per record
                facts = facts[label.get("record", 0)]
            got = facts.get("work_arrangement") or "unspecified"
            key = label["file"].split("/")[1] if group == "intl" else group
            total[key] += 1
            agree[key] += got == want
            if got != want:
                wrong.append((label["file"], want, got))
    for key in sorted(total):
        print(f"{key:6} {agree[key] / total[key]:.2f} ({total[key]})")
    print(f"all    {sum(agree.values()) / sum(total.values()):.2f} "
          f"({sum(agree.values())} of {sum(total.values())})")
    if args.show:
        for file, want, got in wrong:
            print(f"  {file}: label {want}, hirelint {got}")


if __name__ == "__main__":
    main()
