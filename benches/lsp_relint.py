#!/usr/bin/env python3
"""Re-linting a 10 KB posting in the language server after a change.

Run from the project root after `cargo build --release`:

    python3 benches/lsp_relint.py [--changes 300]

Starts `hirelint lsp`, opens a 10 KB posting (the 5 KB fixture twice, as two roles of one ad),
then sends changes one at a time (a word edited, each time into a text not seen before, as
typing makes: the server may remember what it read of the parts that did not change) and
times each from sending
`didChange` to receiving its `publishDiagnostics`: the whole round trip an editor sees,
JSON-RPC included. Prints the median and 90th percentile. Target (issue 5): median <= 2 ms.
"""
import argparse, json, statistics, subprocess, sys, time
from pathlib import Path

BIN = Path("target/release/hirelint")
FIXTURE = Path("benches/fixtures/posting-5kb.md")


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            sys.exit("the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.startswith(b"Content-Length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def wait_for(proc, pred):
    while True:
        m = receive(proc)
        if pred(m):
            return m


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--changes", type=int, default=300)
    ap.add_argument("--bin", type=Path, default=BIN)
    args = ap.parse_args()
    if not args.bin.exists():
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    one = FIXTURE.read_text()
    text = one + "\n" + one.replace("# ", "## Second role: ", 1)
    uri = (Path.cwd() / "benches/fixtures/posting-10kb.md").as_uri()
    proc = subprocess.Popen([str(args.bin), "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    wait_for(proc, lambda m: m.get("id") == 1)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    is_diag = lambda m: m.get("method") == "textDocument/publishDiagnostics"
    wait_for(proc, is_diag)
    times = []
    for i in range(args.changes):
        changed = text.replace("team", f"team{i}", 1)
        t = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": i + 2}, "contentChanges": [{"text": changed}]}})
        wait_for(proc, is_diag)
        times.append((time.perf_counter() - t) * 1000)
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait_for(proc, lambda m: m.get("id") == 2)
    send(proc, {"jsonrpc": "2.0", "method": "exit", "params": None})
    proc.wait(timeout=10)
    median, p90 = statistics.median(times), statistics.quantiles(times, n=10)[-1]
    print(f"posting: {len(text.encode())} bytes, {args.changes} changes")
    print(f"re-lint after a change     median {median:6.2f} ms   p90 {p90:6.2f} ms")
    print(f"target: median <= 2 ms: {'met' if median <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
