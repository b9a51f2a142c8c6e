"""A quarter's report in all four formats from a store of generated events, against the
analyses alone, in the same run.

    uv run python benchmarks/bench_report.py [--events 10000000] [--db /tmp/bench-report.duckdb]

Events are generated in DuckDB SQL as in bench_analysis.py, but between real states (the
countries table's ISO3 codes), so that the typology, the regions and the map have real work to
do: random dates 2019-2022, the PRC on one side of 60%, random CAMEO codes, 20% tagged
``taiwan``. Each measurement runs in a fresh process over the same file and prints its
wall time and peak RSS; the ratio is to the analyses alone (every analysis the report runs,
through ``api.analyze``). Target (DESIGN.md): the whole report ≤ 15 s and ≤ 2 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GENERATE = """
INSERT INTO events (event_id, date, date_precision, source_actor, target_actor, code, root,
                    quad_class, goldstein, issues, origin, text, story_id)
SELECT 'e' || i, DATE '2019-01-01' + CAST(floor(random() * 1461) AS INTEGER), 'day',
       CASE WHEN random() < 0.6 THEN 'CHNGOV' ELSE p1 END, p2, code, substr(code, 1, 2),
       CASE WHEN r <= 5 THEN 1 WHEN r <= 8 THEN 2 WHEN r <= 14 THEN 3 ELSE 4 END,
       (10 - r) / 2.0,
       CASE WHEN random() < 0.2 THEN ['taiwan'] WHEN random() < 0.3 THEN ['trade'] ELSE [] END,
       'csv', 'generated sentence ' || i, 's' || (i % 1000000)
FROM (
  SELECT i, r, lpad(CAST(r AS VARCHAR), 2, '0') || CAST(CAST(floor(random() * 4) AS INTEGER) AS VARCHAR) AS code,
         codes[1 + CAST(floor(random() * len(codes)) AS INTEGER)] AS p1,
         codes[1 + CAST(floor(random() * len(codes)) AS INTEGER)] AS p2
  FROM (SELECT range AS i, 1 + CAST(floor(random() * 20) AS INTEGER) AS r, ? AS codes FROM range(?))
)
"""

CHILD = """
import json, resource, sys, time
from dipwatch.config import Settings
from dipwatch.store import open_backend
what, db, period, out = sys.argv[1:5]
start = time.perf_counter()
with open_backend(Settings(db=db)) as backend:
    if what == "analyses":
        from dipwatch.api.analyze import ANALYSES, analyze
        for name in ANALYSES:
            if name not in ("alignment", "backtest"):
                analyze(backend, name, period)
    else:
        from dipwatch.api.report import write_report
        write_report(backend, period, langs=what.split(","), out_dir=__import__("pathlib").Path(out))
print(json.dumps({"seconds": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def generate(db: Path, n: int) -> None:
    from dipwatch.reference import countries
    from dipwatch.store import Store

    codes = sorted(c.iso3 for c in countries() if c.kind == "state" and c.iso3 != "CHN")
    with Store(db) as store:
        have = store.count("events")
        if have >= n:
            return
        t = time.perf_counter()
        store.connection.execute(GENERATE, [codes, n - have])
        print(f"generated {store.count('events'):,} events in {time.perf_counter() - t:.1f} s")


def measure(what: str, db: Path, period: str, out: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, what, str(db), period, str(out)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "bench-report.duckdb")
    ap.add_argument("--period", default="2021Q4")
    args = ap.parse_args()
    generate(args.db, args.events)
    out = Path(tempfile.mkdtemp())
    base = measure("analyses", args.db, args.period, out)
    print(
        f"{'analyses alone':<34} {base['seconds']:7.2f} s   (base)   peak RSS {base['rss_mb']:6.0f} MB"
    )
    for what, label in (("zh-Hant", "report: 4 formats, 1 language"),
                        ("zh-Hant,zh-Hans,en", "report: 4 formats, 3 languages")):  # fmt: skip
        got = measure(what, args.db, args.period, out)
        ratio = got["seconds"] / base["seconds"]
        print(
            f"{label:<34} {got['seconds']:7.2f} s {ratio:6.2f}x   peak RSS {got['rss_mb']:6.0f} MB"
        )
    print(f"(this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
          f"files in {out})")  # fmt: skip


if __name__ == "__main__":
    main()
