"""The dashboard under load: p50/p95 latency per page from a real server on loopback over a
store of generated events, against the server's own floor (a static file) in the same run.

    uv run python benchmarks/bench_web.py [--events 10000000] [--db /tmp/bench-web.duckdb]
                                          [--requests 60] [--concurrency 4] [--period 2022Q4]

The store: events generated as in bench_report.py (real states, the PRC on one side of 60%,
random CAMEO codes, 2019-2022), then stored in date order, as a store fed by daily files is.
The server is ``dipwatch serve`` in its own process. First every page is asked once and its
time printed ("cold": the analyses of the period are computed then, once per snapshot of the
store); then each page is asked ``--requests`` times, ``--concurrency`` at a time, with
varied parameters (languages, states, pages of events, filters), and p50/p95 printed with
their ratio to the floor. Every request loop is bounded and goes to 127.0.0.1 only.
Target (DESIGN.md): p95 ≤ 200 ms per page.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

STATES = ("USA", "RUS", "LTU", "JPN", "DEU", "FRA", "GBR", "KOR", "IND", "BRA", "NIC", "AUS")
LANGS = ("zh-Hant", "zh-Hans", "en")


def pages(period: str) -> dict[str, list[str]]:
    """Each page with the addresses a reader would ask for (varied, so that the cache of a
    period's analyses helps but pages of events, states and languages differ)."""
    p = f"period={period}"
    return {
        "overview": [f"/?{p}&lang={lang}" for lang in LANGS],
        "country": [f"/country/{s}?{p}&lang={LANGS[i % 3]}" for i, s in enumerate(STATES)],
        "events": [f"/events?{p}&offset={50 * k}&lang=en" for k in range(10)],
        "events unseen": [f"/events?{p}&offset={50 * k}&lang=zh-Hans" for k in range(10, 400)],
        "events filtered": [f"/events?{p}&actor={s}&root={r:02d}" for s in STATES[:4]
                            for r in (4, 11, 17)],
        "event search": [f"/events?{p}&text=sentence%20{n}" for n in (12, 345, 6789)],
        "allies": [f"/allies?{p}&lang={lang}" for lang in LANGS],
        "contradictions": [f"/contradictions?{p}&lang={lang}" for lang in LANGS],
        "sources": [f"/sources?{p}&lang={lang}" for lang in LANGS],
        "reports": [f"/reports?{p}&lang={lang}" for lang in LANGS],
        "api events": [f"/api/events?{p}&offset={50 * k}" for k in range(10)],
        "map chart": [f"/api/charts/map?{p}&lang={lang}" for lang in LANGS],
    }  # fmt: skip


def ensure_store(db: Path, n: int) -> None:
    """A store of ``n`` generated events in date order (made once, then reused)."""
    from bench_report import generate

    from dipwatch.store import Store

    if db.exists():
        with Store(db) as s:  # opened for writing: a store of an older schema is upgraded
            if s.count("events") >= n:
                return
    staging = db.with_name(db.stem + "-staging.duckdb")
    generate(staging, n)
    t = time.perf_counter()
    with Store(db) as store:
        con = store.connection
        con.execute(f"ATTACH '{staging}' AS staging (READ_ONLY)")
        con.execute("INSERT INTO events SELECT * FROM staging.events ORDER BY date, event_id")
        con.execute("DETACH staging")
    staging.unlink()
    print(f"stored in date order in {time.perf_counter() - t:.1f} s")


def start(db: Path) -> tuple[subprocess.Popen[str], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "dipwatch", "--db", str(db), "serve",
                             "--port", str(port)], stderr=subprocess.DEVNULL, env=os.environ)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.get(f"{url}/static/app.css", timeout=5)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def timed(client: httpx.Client, url: str) -> float:
    t = time.perf_counter()
    r = client.get(url, timeout=1800)
    elapsed = time.perf_counter() - t
    if r.status_code != 200:
        raise SystemExit(f"{url}: {r.status_code} {r.text[:200]}")
    return elapsed


def load(client: httpx.Client, urls: list[str], requests: int, concurrency: int) -> list[float]:
    """``requests`` requests over ``urls`` in turn, ``concurrency`` at a time."""
    todo = [urls[i % len(urls)] for i in range(requests)]
    with ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(lambda u: timed(client, u), todo))


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q) - 1] if len(xs) > 1 else xs[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench-web.duckdb"))
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--period", default="2022Q4")
    args = ap.parse_args()
    ensure_store(args.db, args.events)
    proc, url = start(args.db)
    try:
        with httpx.Client(base_url=url) as client:
            run(client, args)
    finally:
        proc.terminate()
        proc.wait(30)


def run(client: httpx.Client, args: argparse.Namespace) -> None:
    found = pages(args.period)
    print(f"{args.events:,} events; {args.requests} requests a page, {args.concurrency} at a time")
    print(f"{'page':<16} {'cold s':>8}")
    for name, urls in found.items():
        print(f"{name:<16} {timed(client, urls[0]):>8.2f}", flush=True)
    floor = load(client, ["/static/app.css"], args.requests, args.concurrency)
    f95 = pct(floor, 95)
    print(f"\n{'page':<16} {'p50 ms':>8} {'p95 ms':>8} {'p95/floor':>10}  target p95 ≤ 200 ms")
    print(f"{'(floor: css)':<16} {pct(floor, 50) * 1e3:>8.1f} {f95 * 1e3:>8.1f} {1:>10.1f}")
    for name, urls in found.items():
        xs = load(client, urls, args.requests, args.concurrency)
        p95 = pct(xs, 95)
        mark = "ok" if p95 <= 0.2 else "over"
        print(f"{name:<16} {pct(xs, 50) * 1e3:>8.1f} {p95 * 1e3:>8.1f} {p95 / f95:>10.1f}  {mark}",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
