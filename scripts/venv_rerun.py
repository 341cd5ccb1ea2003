"""Runs the calling script again in the repository's `.venv-gazetteer`, with its packages
installed there, when they cannot be imported: the scripts that write `rules/vocab` from data
packages (gazetteer.py, country_names.py) need nothing installed beforehand."""
import subprocess
import sys
from pathlib import Path

VENV = Path(__file__).resolve().parent.parent / ".venv-gazetteer"


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
