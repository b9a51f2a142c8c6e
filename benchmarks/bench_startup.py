"""CLI start-up: ``dipwatch --help`` and each analysis on a small store, against ``python -c pass``.

    uv run python benchmarks/bench_startup.py [--rounds 5] [--dir DIR]

Every command runs as a user runs it (the installed ``dipwatch`` script, a fresh process each
time), in rounds that interleave the commands, so that a busy machine slows them all alike.
The baseline is ``python -c pass`` with the same interpreter, measured in the same rounds.
Prints, per command, the median wall time, its ratio to the baseline, the median CPU time
(user + system: what the command costs, whatever else the machine runs; on an idle machine the
wall time is about this) and the target (DESIGN.md: ``--help`` <= 0.5 s, an analysis on a small
store <= 1 s), judged on the wall time, or on the CPU time when only a busy machine misses it.

Analyses keep their compiled SQL between runs (``dipwatch.store.compiled``, in
``$DIPWATCH_CACHE_DIR``): the benchmark gives them a cache of its own, empty at the start, and
prints the first run of each command (``1st s``: every query compiled) beside the median of the
rounds after it (the run of a user who has run the analysis before, on any store).

The small store is the demo's (``dipwatch demo``: the example corpus, about 180 events).
It also says whether the installed packages and dipwatch's own source carry compiled bytecode
(``uv sync --compile-bytecode`` and ``compileall``, which ``make setup`` does): without it, where
Python may not write bytecode (PYTHONDONTWRITEBYTECODE), every run compiles them again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The commands' environment: a compiled-SQL cache of the benchmark's own, empty at the start.
ENV = {**os.environ, "DIPWATCH_CACHE_DIR": tempfile.mkdtemp(prefix="dipwatch-bench-cache-")}


def run(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process; it must succeed."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err}")
    return wall, usage.ru_utime + usage.ru_stime


def small_store(directory: Path, script: str) -> Path:
    """The demo's store (the example corpus), built once in ``directory``."""
    db = directory / "demo.duckdb"
    if not db.exists():
        started = time.perf_counter()
        subprocess.run([script, "demo", "-o", str(directory)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        print(f"small store: dipwatch demo built it in {time.perf_counter() - started:.1f} s")
    return db


def compiled() -> str:
    """Whether the installed packages, and dipwatch's own source (an editable install, which
    ``--compile-bytecode`` leaves out), have bytecode next to them."""
    import ibis

    import dipwatch

    def has(module) -> bool:  # type: ignore[no-untyped-def]
        cache = Path(module.__file__).parent / "__pycache__"
        return cache.is_dir() and any(cache.iterdir())

    if has(ibis) and has(dipwatch):
        return "yes"
    return f"{'yes' if has(ibis) else 'no'}, dipwatch {'yes' if has(dipwatch) else 'no'} (run make setup)"


def pandas() -> str:
    """Whether pandas is installed (the spark extra and the bench group bring it): ibis's own
    DuckDB backend would import it on every read (~0.2 s); the store's does not."""
    import importlib.util

    return "yes (not imported)" if importlib.util.find_spec("pandas") else "no"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="Keep the small store here.")
    args = ap.parse_args()
    script = str(Path(sys.executable).with_name("dipwatch"))
    db = small_store(args.dir or Path(tempfile.mkdtemp(prefix="dipwatch-startup-")), script)
    from dipwatch.api.analyze import ANALYSES

    base = ["--db", str(db)]
    commands: dict[str, tuple[list[str], float | None]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "dipwatch --help": ([script, "--help"], 0.5),
        "dipwatch events": ([script, *base, "events", "--limit", "20"], 1.0),
    }
    for name in ANALYSES:
        commands[f"analyze {name}"] = ([script, *base, "analyze", name, "--period", "2021Q4"], 1.0)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for _ in range(args.rounds + 1):
        for label, (argv, _target) in commands.items():
            times[label].append(run(argv))
    first = {label: found.pop(0) for label, found in times.items()}
    print(f"{args.rounds} rounds; bytecode compiled: {compiled()}; pandas installed: "
          f"{pandas()}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    baseline = statistics.median(w for w, _ in times["python -c pass"])
    print(f"{'command':<23}{'1st s':>6}{'wall s':>7}{'x pass':>7}{'cpu s':>6}  target")
    for label, (_argv, target) in commands.items():
        wall = statistics.median(w for w, _ in times[label])
        cpu = statistics.median(c for _, c in times[label])
        print(f"{label:<23}{first[label][0]:6.2f}{wall:7.2f}{wall / baseline:7.1f}{cpu:6.2f}  "
              f"{_verdict(target, wall, cpu)}")  # fmt: skip


def _verdict(target: float | None, wall: float, cpu: float) -> str:
    if target is None:
        return ""
    if wall <= target:
        return f"<= {target} s: met"
    if cpu <= target:
        return f"<= {target} s: met in CPU time (the wall time is a busy machine's)"
    return f"<= {target} s: NOT met"


if __name__ == "__main__":
    main()
