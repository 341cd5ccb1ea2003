"""What the scripts that write `rules/vocab` from data packages (gazetteer.py,
country_names.py) share: running in the repository's `.venv-gazetteer` with their packages
installed, and writing their file or checking that it is current."""
import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-gazetteer"


def rerun(packages):
    """Creates the venv if needed, installs `packages` (pinned "name==version") into it and runs
    the script there, exiting with its status. Returns only when already running there."""
    python = VENV / "bin" / "python"
    if sys.executable == str(python):
        return
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True)
    sys.exit(subprocess.run([str(python), *sys.argv]).returncode)


def check_flag(description):
    """The command line of such a script: whether `--check` was given."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    return ap.parse_args().check


def write_or_check(out, text, check, summary):
    """Writes `text` to `out`, saying what it wrote (`summary`); with `check`, writes nothing
    and exits 1 when the file differs."""
    name = out.relative_to(ROOT)
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{name}: {'up to date' if same else f'differs; run scripts/{Path(sys.argv[0]).name}'}")
        sys.exit(0 if same else 1)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {name}: {summary}, {len(text) // 1024} KiB")
