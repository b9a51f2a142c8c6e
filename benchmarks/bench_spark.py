"""DuckDB and Spark (local mode) on the same generated data: every analysis, and the coding.

    uv run python benchmarks/bench_spark.py [--sizes 250000,500000,1000000,2000000]
        [--documents 25000,50000,100000] [--dir DIR] [--master local[2]]

For each size of a store of generated events (bench_analysis.py's generator), the export to the
Parquet dataset, then every analysis on DuckDB (the store's file) and on Spark (the dataset);
for each number of generated documents (the example corpus's readouts, each given its own
date and title), the coding by the local process pool (2 workers) and by the Spark job. Each
measurement runs in its own process; its peak memory is the largest sum of the resident sizes
of that process and its children (Spark's JVM and Python workers), sampled every 0.1 s.
Times are printed against a baseline measured in the same run (DuckDB's scan of the quarter,
and the local pool's coding of the smallest batch), and straight lines t = a + b·n fitted to
each engine say where Spark's fixed cost would be repaid.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


# -- measurements, each run in a child process ------------------------------------------------
def _measure(kind: str, args: list[str]) -> dict[str, Any]:
    """Run ``kind`` in a child process; its result and the peak RSS of its process tree."""
    cmd = [sys.executable, str(Path(__file__)), "--measure", kind, *args]
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            try:
                tree = [proc, *proc.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.1)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    watcher.join()
    if proc.returncode:
        raise SystemExit(f"{kind} failed ({proc.returncode})")
    return {**json.loads(out.strip().splitlines()[-1]), "peak_mb": peak[0] / 2**20}


def _child(kind: str, args: list[str]) -> dict[str, Any]:
    return {"scan": _scan, "analyses": _analyses, "code": _code}[kind](*args)


def _scan(db: str) -> dict[str, Any]:
    from dipwatch.store import Store

    with Store(db, read_only=True) as store:
        start = time.perf_counter()
        store.connection.execute(
            "SELECT root, count(*) FROM events WHERE date BETWEEN '2021-10-01' AND '2021-12-31' "
            "GROUP BY root"
        ).fetchall()
        return {"seconds": time.perf_counter() - start}


def _analyses(db: str, engine: str, dataset: str) -> dict[str, Any]:
    from dipwatch.analysis.frames import Context
    from dipwatch.api.analyze import ANALYSES, analyze
    from dipwatch.config import Settings
    from dipwatch.store import connect

    ctx = Context(g20=frozenset({"CHN", "USA", "C01", "C02"}))
    start = time.perf_counter()
    backend = connect(Settings(Path(db), engine, dataset or None))
    ready = time.perf_counter()
    each = {}
    for name in ANALYSES:
        t = time.perf_counter()
        analyze(backend, name, "2021Q4", ctx=ctx)
        each[name] = time.perf_counter() - t
    return {"start": ready - start, "seconds": time.perf_counter() - ready, "each": each}


def _code(engine: str, source: str, out: str) -> dict[str, Any]:
    start = time.perf_counter()
    if engine == "spark":
        from dipwatch.api.code_spark import code_on_spark
        from dipwatch.store.spark import session

        session()
        ready = time.perf_counter()
        events = code_on_spark(source, out).events
    else:
        from dipwatch.api.code import code_paths

        ready = start
        events = sum(1 for _ in code_paths([source], workers=2))
    return {"start": ready - start, "seconds": time.perf_counter() - ready, "events": events}


# -- data -------------------------------------------------------------------------------------
def make_store(db: Path, events: int) -> None:
    """A store of about ``events`` realistic generated events (``synthetic.generate``, as the
    analysis and report benchmarks use)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import generate

    generate(db, events, say=lambda _msg: None)


def make_documents(path: Path, n: int) -> None:
    """``n`` readouts from the example corpus, each with its own date and title."""
    from datetime import date, timedelta

    lines = (ROOT / "examples" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    corpus = [json.loads(line) for line in lines if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = dict(corpus[i % len(corpus)])
            record["date"] = (date(2019, 1, 1) + timedelta(days=i % 1461)).isoformat()
            record["title"] = f"{record.get('title', '')} #{i}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


# -- report -----------------------------------------------------------------------------------
def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares a, b of t = a + b·n."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points) or 1.0
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    return my - b * mx, b


def crossover(local: tuple[float, float], spark: tuple[float, float], unit: str) -> str:
    """Where the fitted lines cross, here and on a cluster of k times the cores (ideal)."""
    (a_d, b_d), (a_s, b_s) = local, spark
    lines = [f"  fit: duckdb/local t = {a_d:.2f} s + {b_d * 1e6:.3f} s per million {unit}; "
             f"spark t = {a_s:.2f} s + {b_s * 1e6:.3f} s per million {unit}"]  # fmt: skip
    for k in (1, 4, 16, 64):
        slope = b_s / k
        if slope >= b_d:
            lines.append(f"  with {k:>2}x the cores: Spark never catches up (its slope is "
                         f"{slope / b_d:.1f}x DuckDB's)")  # fmt: skip
        else:
            n = max((a_s - a_d) / (b_d - slope), 0)
            lines.append(f"  with {k:>2}x the cores: lines cross at ~{n:,.0f} {unit}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="250000,500000,1000000,2000000")
    ap.add_argument("--documents", default="25000,50000,100000")
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    args, rest = ap.parse_known_args()
    if args.measure:
        print(json.dumps(_child(args.measure, rest)))
        return
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-spark-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"data in {work}", flush=True)
    _bench_analyses(work, [int(s) for s in args.sizes.split(",")])
    _bench_coding(work, [int(s) for s in args.documents.split(",")])


def _bench_analyses(work: Path, sizes: list[int]) -> None:
    from dipwatch.store import Store
    from dipwatch.store.dataset import export_dataset

    print("\nanalyses (all of ANALYSES, period 2021Q4)")
    print(f"{'events':>10} {'engine':<7} {'start s':>8} {'run s':>8} {'x scan':>8} "
          f"{'x duckdb':>9} {'peak MB':>8}")  # fmt: skip
    points: dict[str, list[tuple[int, float]]] = {"duckdb": [], "spark": []}
    for n in sizes:
        db = work / f"events-{n}.duckdb"
        make_store(db, n)
        with Store(db, read_only=True) as store:
            t = time.perf_counter()
            export_dataset(store, db.with_suffix(".parquet"))
            exported = time.perf_counter() - t
        scan = _measure("scan", [str(db)])["seconds"]
        runs = {e: _measure("analyses", [str(db), e, str(db.with_suffix(".parquet")) if e == "spark" else ""])
                for e in ("duckdb", "spark")}  # fmt: skip
        for engine, r in runs.items():
            total = r["start"] + r["seconds"]
            points[engine].append((n, total))
            print(f"{n:>10,} {engine:<7} {r['start']:8.2f} {r['seconds']:8.2f} "
                  f"{r['seconds'] / scan:8.0f} {total / (runs['duckdb']['start'] + runs['duckdb']['seconds']):9.1f} "
                  f"{r['peak_mb']:8.0f}", flush=True)  # fmt: skip
        slowest = max(runs["spark"]["each"], key=runs["spark"]["each"].get)
        print(f"{'':>10} (scan {scan:.3f} s; export to Parquet {exported:.1f} s; Spark's slowest: "
              f"{slowest} {runs['spark']['each'][slowest]:.1f} s)")  # fmt: skip
    print(crossover(fit(points["duckdb"]), fit(points["spark"]), "events"))


def _bench_coding(work: Path, sizes: list[int]) -> None:
    print("\ncoding (the example readouts; local pool of 2 workers vs Spark local mode)")
    print(f"{'documents':>10} {'engine':<7} {'start s':>8} {'run s':>8} {'x base':>8} "
          f"{'x local':>8} {'events':>9} {'peak MB':>8}")  # fmt: skip
    points: dict[str, list[tuple[int, float]]] = {"local": [], "spark": []}
    base = None
    for n in sizes:
        source = work / f"documents-{n}.jsonl"
        if not source.is_file():
            make_documents(source, n)
        runs = {
            e: _measure("code", [e, str(source), str(work / f"coded-{n}")])
            for e in ("local", "spark")
        }
        base = base or runs["local"]["seconds"]
        for engine, r in runs.items():
            total = r["start"] + r["seconds"]
            points[engine].append((n, total))
            local_total = runs["local"]["start"] + runs["local"]["seconds"]
            print(f"{n:>10,} {engine:<7} {r['start']:8.2f} {r['seconds']:8.2f} {total / base:8.2f} "
                  f"{total / local_total:8.2f} {r['events']:>9,} {r['peak_mb']:8.0f}", flush=True)  # fmt: skip
        assert runs["local"]["events"] == runs["spark"]["events"], "the engines coded differently"
    print(crossover(fit(points["local"]), fit(points["spark"]), "documents"))


if __name__ == "__main__":
    main()
