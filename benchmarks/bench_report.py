"""A quarter's report in all four formats from a store of generated events, against the
analyses alone, in the same run.

    uv run python benchmarks/bench_report.py [--events 1000000,10000000] [--dir /tmp]

For each size, a store of realistic generated events (``benchmarks/synthetic.py``: real states
in a skewed mix, stories reported by several sources, coded texts with their documents and
GDELT-like rows, four years loaded in date order, with their coverage) is made once (kept in
``DIR/bench-report-N.duckdb`` for the next run), then each measurement runs in a fresh
process over it and prints its wall time, its CPU time (user + system, this process and its
threads: what a busy shared machine does not inflate) and its peak RSS:

- **analyses alone**: every analysis the report runs, on one ``Session`` of the period, as the
  report runs them (the baseline of the ratios);
- **report, 4 formats, 1 language** and **report, 4 formats, 3 languages**: ``write_report``.

Target (DESIGN.md): the whole report of a quarter from 10,000,000 events ≤ 15 s and ≤ 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import generate

CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from pathlib import Path
from dipwatch.config import Settings
from dipwatch.store import open_backend
what, db, period, out = sys.argv[1:5]
with open_backend(Settings(db=db)) as backend:
    if what == "analyses":
        from dipwatch.analysis.session import Session
        from dipwatch.api.analyze import ANALYSES, analyze
        from dipwatch.periods import parse_period
        with Session(backend, parse_period(period)) as session:
            for name in ANALYSES:
                if name not in ("alignment", "backtest"):
                    analyze(backend, name, period, session=session)
    else:
        from dipwatch.api.report import write_report
        write_report(backend, period, langs=what.split(","), out_dir=Path(out))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024}))
"""
RUNS = (("analyses", "analyses alone (base)"),
        ("zh-Hant", "report: 4 formats, 1 language"),
        ("zh-Hant,zh-Hans,en", "report: 4 formats, 3 languages"))  # fmt: skip


def measure(what: str, db: Path, period: str, out: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, what, str(db), period, str(out)],
                          capture_output=True, text=True, check=True, env=_env())  # fmt: skip
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _env() -> dict[str, str]:
    """The children may cache compiled modules, as an installed dipwatch does."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", default="1000000,10000000", help="store sizes, comma-separated")
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--period", default="2021Q4")
    args = ap.parse_args()
    out = Path(tempfile.mkdtemp())
    measure("analyses", Path(":memory:"), args.period, out)  # warm-up: compile the modules
    print(f"{'':<34} {'wall':>9} {'ratio':>7} {'CPU':>9} {'peak RSS':>10}")
    for n in (int(x) for x in args.events.split(",")):
        db = args.dir / f"bench-report-{n}.duckdb"
        generate(db, n)
        print(f"{n:,} events")
        base = None
        for what, label in RUNS:
            got = measure(what, db, args.period, out)
            base = base or got["seconds"]
            print(f"  {label:<32} {got['seconds']:7.2f} s {got['seconds'] / base:6.2f}x "
                  f"{got['cpu']:7.2f} s {got['rss_mb']:7.0f} MB", flush=True)  # fmt: skip
    print(f"(this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
          f" MB; reports in {out})")  # fmt: skip


if __name__ == "__main__":
    main()
