#!/usr/bin/env python3
"""How often `hirelint extract` finds pay, location and employment type in each folder of the
corpus, against the folder's `labels.jsonl` (the source's own structured columns).

Run from the project root after `cargo build --release`:

    python3 benches/extract_agreement.py [--corpus ../shared/corpus]

For each folder and fact it prints: postings whose label states the fact, postings where
hirelint found it, and both. For employment type it also counts, among both, how often the
values agree. The labels are machine-made hints, not truth (see the corpus README): a label
without the fact in the text (Glassdoor's salary estimates) cannot be found.
"""
import argparse, json, subprocess, sys
from pathlib import Path

BIN = Path("target/release/hirelint")

EMPLOYMENT = {
    "full-time": "FULL_TIME", "full time": "FULL_TIME", "fulltime": "FULL_TIME", "全职": "FULL_TIME",
    "part-time": "PART_TIME", "part time": "PART_TIME", "兼职": "PART_TIME",
    "contract": "CONTRACTOR", "contractor": "CONTRACTOR", "外包": "CONTRACTOR",
    "temporary": "TEMPORARY", "internship": "INTERN", "实习": "INTERN", "intern": "INTERN",
    "volunteer": "VOLUNTEER", "term": "TEMPORARY",
}


def stated(v):
    return v not in (None, "", [], {}) and str(v).strip().lower() not in ("none", "null", "nan", "n/a", "-1")


def label_facts(label):
    fm = label.get("front_matter") or {}
    pay = any(stated(label.get(k)) for k in ("salary_range", "salary", "salary_min")) or any(
        stated(fm.get(k)) for k in ("salary_min", "salary_max", "min_payrange", "max_payrange", "salary", "pay"))
    location = stated(label.get("location")) or stated(fm.get("location"))
    et = label.get("employment_type") or fm.get("employment_type") or fm.get("appointment type")
    et_value = EMPLOYMENT.get(str(et).strip().lower()) if stated(et) else None
    return {"pay": pay, "location": location, "employment_type": stated(et)}, et_value


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--bin", type=Path, default=BIN)
    args = ap.parse_args()
    if not args.bin.exists():
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    print(f"{'folder':26} {'fact':16} {'labelled':>8} {'found':>6} {'both':>6}  agree")
    for folder in sorted(p for p in args.corpus.iterdir() if (p / "labels.jsonl").exists()):
        labels = {}
        for line in (folder / "labels.jsonl").read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                if not row.get("dup_of"):
                    labels[row["file"]] = row
        out = subprocess.run([str(args.bin), "extract", "--format", "json", str(folder)],
                             capture_output=True, text=True)
        facts = {Path(f["path"]).name: f for f in json.loads(out.stdout)}
        counts = {k: [0, 0, 0] for k in ("pay", "location", "employment_type")}
        agree = [0, 0]
        for name, label in labels.items():
            f = facts.get(name)
            if f is None:
                continue
            want, et_value = label_facts(label)
            got = {
                "pay": f.get("pay") is not None,
                "location": bool(f.get("locations")) or f.get("work_arrangement") == "remote",
                "employment_type": f.get("employment_type") is not None,
            }
            for k in counts:
                counts[k][0] += want[k]
                counts[k][1] += got[k]
                counts[k][2] += want[k] and got[k]
            if et_value and got["employment_type"]:
                agree[0] += 1
                agree[1] += f["employment_type"] == et_value
        for k, (lab, found, both) in counts.items():
            extra = f"  {agree[1]}/{agree[0]}" if k == "employment_type" and agree[0] else ""
            print(f"{folder.name:26} {k:16} {lab:8} {found:6} {both:6}{extra}")


if __name__ == "__main__":
    main()
