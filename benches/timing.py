"""Timing one whole process, shared by the benchmark scripts in this folder."""
import subprocess, time


def once(cmd, stdin=None):
    """Wall time of running `cmd` to its end, in milliseconds, its output discarded."""
    t = time.perf_counter()
    subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000
