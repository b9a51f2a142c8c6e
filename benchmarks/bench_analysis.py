"""Time every analysis over a store of generated events, with a plain scan as the baseline.

    uv run python benchmarks/bench_analysis.py [--events 10000000] [--db /tmp/bench.duckdb]

Events are generated in DuckDB SQL (random dates 2019-2022, the PRC on one side of 60% of them,
200 partner codes, random CAMEO codes and core issues). Prints seconds per analysis, the ratio
to the baseline (``SELECT root, count(*) FROM events WHERE date in the quarter GROUP BY root``)
and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from dipwatch.analysis.frames import Context
from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.store import Store

GENERATE = """
INSERT INTO events (event_id, date, date_precision, source_actor, target_actor, code, root,
                    quad_class, goldstein, issues, origin, text, story_id)
SELECT 'e' || i, DATE '2019-01-01' + CAST(floor(random() * 1461) AS INTEGER), 'day',
       CASE WHEN random() < 0.6 THEN 'CHNGOV' ELSE p1 END,
       p2, code, substr(code, 1, 2),
       CASE WHEN r <= 4 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 13 THEN 3 ELSE 4 END,
       (10 - r) / 2.0,
       CASE WHEN random() < 0.2 THEN ['taiwan'] WHEN random() < 0.3 THEN ['trade'] ELSE [] END,
       'csv', 'generated sentence ' || i, 's' || (i % 1000000)
FROM (
  SELECT i, r, lpad(CAST(r AS VARCHAR), 2, '0') || CAST(CAST(floor(random() * 4) AS INTEGER) AS VARCHAR) AS code,
         'C' || lpad(CAST(CAST(floor(random() * 200) AS INTEGER) AS VARCHAR), 2, '0') AS p1,
         CASE WHEN random() < 0.05 THEN 'TWN' ELSE
           chr(65 + CAST(floor(random() * 8) AS INTEGER)) || chr(65 + CAST(floor(random() * 5) AS INTEGER)) || 'X'
         END AS p2
  FROM (SELECT range AS i, 1 + CAST(floor(random() * 20) AS INTEGER) AS r FROM range(?))
)
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn, baseline: float | None = None) -> float:
    start = time.perf_counter()
    fn()
    took = time.perf_counter() - start
    ratio = f"{took / baseline:8.1f}x" if baseline else "   (base)"
    print(f"{label:<16} {took:8.2f} s {ratio}   peak RSS {peak_rss_mb():7.0f} MB", flush=True)
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.duckdb"
    with Store(db) as store:
        if store.count("events") < args.events:
            t = time.perf_counter()
            store.connection.execute(GENERATE, [args.events - store.count("events")])
            print(f"generated {store.count('events'):,} events in {time.perf_counter() - t:.1f} s")
        ctx = Context(g20=frozenset({"CHN", "USA", "C01", "C02"}))
        base = timed("baseline scan", lambda: store.connection.execute(
            "SELECT root, count(*) FROM events WHERE date BETWEEN '2021-10-01' AND '2021-12-31' "
            "GROUP BY root").fetchall())  # fmt: skip
        for name in ANALYSES:
            if name == "alignment":
                continue  # runs on the UN votes tables; see tests/analysis/test_alignment.py
            timed(name, lambda n=name: analyze(store.ibis(), n, "2021Q4", ctx=ctx), base)


if __name__ == "__main__":
    main()
