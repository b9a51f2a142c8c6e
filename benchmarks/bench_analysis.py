"""What each analysis costs for one period, as a dashboard page would call it, against a plain
scan of the quarter in the same run.

    uv run python benchmarks/bench_analysis.py [--events 10000000] [--dir /tmp] [--period 2021Q4]

The store is the one ``bench_report.py`` generates (``benchmarks/synthetic.py``; made once and
kept in ``DIR/bench-report-N.duckdb``). Printed per analysis, wall and CPU time:

- **cold**: a fresh ``Session`` for the one call (a page that keeps nothing between requests:
  it pays for reading the period's events into the engine every time);
- **kept**: on a session kept for the period whose frames are already materialised, its
  results not yet computed (a page served by a process that keeps one session per period while
  the store is unchanged);
- **again**: the same call again on that session (its result is remembered).

Also the session's own cost (materialising the period's and the previous period's events, and
the monthly counts of the look-back) and a country page's calls (dyads and typology of one
state) on a kept session.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import generate

#: What a kept session holds besides results: dropped from its memo to time an analysis on it.
MATERIALS = ("coverage", "months", "materialised", "volume")


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def show(label: str, got: tuple[float, float], base: float) -> None:
    wall, cpu = got
    print(f"  {label:<34} {wall * 1000:8.0f} ms {wall / base:7.1f}x {cpu * 1000:8.0f} ms",
          flush=True)  # fmt: skip


def forget(session: Any) -> None:
    """Keep what the session materialised, forget the analyses' results (benchmark only)."""
    session._memo = {k: v for k, v in session._memo.items() if k[0] in MATERIALS}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--period", default="2021Q4")
    args = ap.parse_args()
    db = args.dir / f"bench-report-{args.events}.duckdb"
    generate(db, args.events)

    from dipwatch.analysis.dyads import dyads
    from dipwatch.analysis.frames import reference_context
    from dipwatch.analysis.session import Session
    from dipwatch.analysis.typology import typology
    from dipwatch.api.analyze import ANALYSES, analyze
    from dipwatch.config import Settings
    from dipwatch.periods import parse_period
    from dipwatch.store import open_backend

    names = [n for n in ANALYSES if n not in ("alignment", "backtest")]
    period, ctx = parse_period(args.period), reference_context()
    with open_backend(Settings(db=db)) as backend:
        analyze(backend, "coverage", args.period, ctx=ctx)  # warm: imports, the file's pages
        scan = (
            "SELECT root, count(*) FROM events WHERE date BETWEEN "
            f"'{period.start}' AND '{period.end}' GROUP BY root"
        )
        base, _ = timed(lambda: backend.con.execute(scan).fetchall())
        print(f"{args.events:,} events, {args.period}: wall, ratio to the scan, CPU")
        show("baseline: scan of the quarter", (base, base), base)
        for name in names:
            show(
                f"{name}: cold",
                timed(lambda n=name: analyze(backend, n, args.period, ctx=ctx)),
                base,
            )
        with Session(backend, period, ctx) as kept:
            show("session: materialise", timed(lambda: (kept.window(), kept.months(period.start, period.end))), base)  # fmt: skip
            for name in names:
                forget(kept)
                run = lambda n=name: analyze(backend, n, args.period, ctx=ctx, session=kept)  # noqa: E731
                show(f"{name}: kept", timed(run), base)
                show(f"{name}: again", timed(run), base)
            forget(kept)
            show("country page (DEU): kept", timed(lambda: (
                dyads(backend, period, partners=["DEU"], session=kept),
                typology(backend, period, ctx, countries=["DEU"], session=kept))), base)  # fmt: skip
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
