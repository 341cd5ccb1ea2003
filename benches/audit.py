#!/usr/bin/env python3
"""Bulk audit throughput against ripgrep (and joblint when installed), in one run.

Run from the project root after `cargo build --release`:

    python3 benches/audit.py [--corpus ../shared/corpus] [--runs 3] [--scale 10]

It measures, interleaved so that machine noise hits all alike:
  - `hirelint audit --format json` over the corpus's posting files (.md, .txt, .html): wall time
    (median of the runs), postings/s, MB/s and peak memory (max RSS);
  - ripgrep (`rg -c`) over the same files with the union of the built-in rules' patterns
    (`hirelint rules --format json`), the floor for one regex pass; hirelint's time as a ratio;
    once with Rust's regex engine (Unicode classes: Debian's ripgrep 13 rejects non-ASCII
    literals in ASCII mode) and once with PCRE2 (`-P`, ASCII classes like hirelint's);
  - joblint, when JOBLINT points at its bin script: all files in one Node process (its
    `lib/joblint.js` required in a loop), and hirelint's throughput as a ratio to it;
  - hirelint on a corpus `--scale` times larger (the same files repeated), and the ratio of
    the times (linear growth is the target).
Targets (issues 6 and 17): at least 3,000 postings/s on 2 cores, at most 3x ripgrep's time, at
least 100x joblint's throughput, peak memory at most 100 MB, 10x the corpus in at most 11x the
time.
"""
import argparse, json, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

BIN = Path("target/release/hirelint").resolve()


def postings(corpus):
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt", ".html", ".htm")
                  and p.is_file()
                  and p.name not in ("README.md", "PROVENANCE.md") and "hand-labels" not in p.parts)


def timed(cmd, **kw):
    """Wall time in seconds and the peak RSS in MB of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(after, before) / 1024


def peak_rss(cmd):
    """Peak RSS of one run, from GNU time (RUSAGE_CHILDREN keeps the maximum of all runs)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=int, default=10)
    args = ap.parse_args()
    if not BIN.exists():
        sys.exit(f"{BIN} not found: run `cargo build --release` first")
    files = postings(args.corpus)
    size = sum(f.stat().st_size for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # The same files in one folder tree, and `scale` copies of it.
        one = tmp / "one"
        for i, f in enumerate(files):
            dest = one / f.parent.name / f.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dest)
        many = tmp / "many"
        for k in range(args.scale):
            shutil.copytree(one, many / f"copy{k}")
        rules = json.loads(subprocess.run([str(BIN), "rules", "--format", "json"],
                                          capture_output=True, text=True).stdout)
        # Debian's ripgrep 13 rejects non-ASCII literals in ASCII mode (`-u`), which hirelint's
        # patterns use: for ripgrep they run in Unicode mode, which is, if anything, slower.
        # ripgrep joins its patterns into one regex, so named groups become plain groups.
        def for_ripgrep(p):
            p = re.sub(r"\(\?([a-z]*)-u([a-z]*)\)", lambda m: f"(?{m[1]}{m[2]})" if m[1] + m[2] else "", p)
            return re.sub(r"\(\?P<\w+>", "(?:", p)
        # With PCRE2 (`rg -P`, JIT), `\w`, `\d` and `\b` are ASCII, as in hirelint's patterns,
        # and non-ASCII literals are fine: the closer comparison. PCRE2 knows no `u` flag.
        def for_pcre2(p):
            p = for_ripgrep(p).replace("(?u:", "(?:")
            return re.sub(r"\(\?([a-z]*)-u([a-z]*):", lambda m: f"(?{m[1]}{m[2]}:" if m[1] + m[2] else "(?:", p)
        patterns = [for_ripgrep(p) for r in rules for p in r.get("patterns", [])]
        rg = ["rg", "-c", "--no-messages"] + [a for p in patterns for a in ("-e", p)] + [str(one)]
        rg_pcre2 = ["rg", "-P", "-c", "--no-messages"] + [
            a for r in rules for p in r.get("patterns", []) for a in ("-e", for_pcre2(p))] + [str(one)]
        audit = [str(BIN), "audit", "--no-progress", "--format", "json", "--fail-on", "never", str(one)]
        audit_many = audit[:-1] + [str(many)]
        joblint = os.environ.get("JOBLINT")
        node_script = None
        if joblint:
            lib = Path(joblint).resolve().parent.parent / "lib" / "joblint.js"
            node_script = tmp / "joblint-all.js"
            node_script.write_text(
                "const joblint = require(%s); const fs = require('fs');\n"
                "for (const f of fs.readFileSync(0, 'utf8').split('\\n').filter(Boolean)) "
                "joblint(fs.readFileSync(f, 'utf8'));\n" % json.dumps(str(lib)))
        listing = "\n".join(str(f) for f in files).encode()
        for command in (rg, rg_pcre2):
            bad = subprocess.run(command, capture_output=True, text=True)
            if bad.returncode == 2:
                sys.exit(f"ripgrep rejected the patterns: {bad.stderr[-500:]}")
        t_h, t_rg, t_pcre2, t_j, t_many = [], [], [], [], []
        for _ in range(args.runs):
            t_h.append(timed(audit)[0])
            t_rg.append(timed(rg)[0])
            t_pcre2.append(timed(rg_pcre2)[0])
            t_many.append(timed(audit_many)[0])
            if node_script:
                t_j.append(timed(["node", str(node_script)], input=listing)[0])
        mem = peak_rss(audit)
        mem_many = peak_rss(audit_many)
    h, r, m = statistics.median(t_h), statistics.median(t_rg), statistics.median(t_many)
    n = len(files)
    print(f"corpus: {n} postings, {size / 1e6:.1f} MB; {args.runs} runs, medians")
    print(f"hirelint audit      {h:7.2f} s  {n / h:8.0f} postings/s (target >= 3000)  {size / 1e6 / h:6.2f} MB/s  peak {mem:5.0f} MB (target <= 100)")
    p2 = statistics.median(t_pcre2)
    print(f"ripgrep ({len(patterns)} rule patterns) {r:7.2f} s   hirelint / ripgrep = {h / r:.2f}x (target <= 3x)")
    print(f"ripgrep -P (PCRE2)   {p2:7.2f} s   hirelint / ripgrep -P = {h / p2:.2f}x")
    if t_j:
        j = statistics.median(t_j)
        print(f"joblint (one Node process) {j:7.2f} s  {n / j:8.0f} postings/s   hirelint throughput = {j / h:.0f}x (target >= 100x)")
    else:
        print("joblint: not run (set JOBLINT to its bin/joblint to compare)")
    print(f"{args.scale}x corpus         {m:7.2f} s  = {m / h:.2f}x the time (target <= {args.scale + 1}x)  peak {mem_many:5.0f} MB")


if __name__ == "__main__":
    main()
