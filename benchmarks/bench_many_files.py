"""Many small files: a folder of transcripts and a day of GDELT 2.0 15-minute exports, each
against its baseline measured in the same run.

- The xwlb folder (../shared/data/xwlb, 2,327 daily transcripts): ``dipwatch ingest`` of the
  whole folder (target: <= 30 s), and on its first ``--sample`` files, the same ingest against
  the old way, one transaction per file (``load_text_file`` file by file).
- GDELT: ``--rows`` realistic rows (a day is 100,000-200,000) as one export file, and the same
  rows cut into ``--files`` files (96: a day of 15-minute files): ``dipwatch ingest`` of the
  folder against the one file (target: <= 1.5x).

Each run is a fresh database in a subprocess; seconds are wall time, and CPU seconds (the
process and its coding workers) are printed beside them, as the machine may be shared.

    uv run python benchmarks/bench_many_files.py [--rows 192000] [--files 96] [--sample 300]
        [--rounds 5]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_gdelt_ingest import generate_export, split_export

XWLB = Path(__file__).resolve().parents[2] / "shared" / "data" / "xwlb"

_INGEST = """
import json, sys, time
from pathlib import Path
from dipwatch.api.ingest import ingest
from dipwatch.store import Store
paths = [Path(p) for p in sys.argv[2:]]
with Store(sys.argv[1]) as store:
    t = time.perf_counter()
    report = ingest(store, paths)
    seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "files": len(report.files), "totals": report.totals}))
"""

_ONE_BY_ONE = """
import json, sys, time
from pathlib import Path
from dipwatch.api.ingest_text import load_text_file
from dipwatch.store import Store
paths = [Path(p) for p in sys.argv[2:]]
with Store(sys.argv[1]) as store:
    run = store.start_run("bench")
    t = time.perf_counter()
    for p in paths:
        load_text_file(store, run, p)
    seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "files": len(paths), "totals": {}}))
"""


def run(script: str, db: Path, paths: list[Path]) -> dict:
    """Run ``script`` in a fresh subprocess on a fresh database; add its CPU seconds."""
    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", script, str(db), *map(str, paths)], capture_output=True, text=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def xwlb(work: Path, sample: int) -> None:
    files = sorted(p for p in XWLB.glob("*.md"))
    if not files:
        print(f"xwlb: {XWLB} is absent; skipped")
        return
    every = run(_INGEST, work / "xwlb-all.duckdb", [XWLB])
    batched = run(_INGEST, work / "xwlb-sample.duckdb", files[:sample])
    single = run(_ONE_BY_ONE, work / "xwlb-single.duckdb", files[:sample])
    docs = every["totals"].get("documents", 0) + every["totals"].get("documents_known", 0)
    print(f"\nxwlb: {every['files']:,} files, {docs:,} documents")
    print(f"  whole folder, batched           {every['seconds']:8.1f} s  ({every['cpu']:.1f} CPU s)"
          f"  target <= 30 s")  # fmt: skip
    print(
        f"  first {sample} files, batched      {batched['seconds']:8.1f} s  ({batched['cpu']:.1f} CPU s)"
    )
    print(f"  first {sample} files, one by one   {single['seconds']:8.1f} s  ({single['cpu']:.1f} CPU s)"
          f"  -> batched takes {batched['seconds'] / single['seconds']:.2f}x")  # fmt: skip


def gdelt(work: Path, rows: int, files: int, rounds: int) -> None:
    one = work / "20211231000000.export.CSV"
    generate_export(one, rows, 2.0)
    parts = split_export(one, work / "parts", files)
    # Sub-second runs on a shared machine: rounds that interleave the two, medians compared.
    wholes, splits = [], []
    for _ in range(rounds):
        wholes.append(run(_INGEST, work / "gdelt-one.duckdb", [one]))
        splits.append(run(_INGEST, work / "gdelt-split.duckdb", [parts]))
    whole, split = (sorted(r, key=lambda x: x["seconds"])[len(r) // 2] for r in (wholes, splits))
    kept = (whole["totals"].get("kept"), split["totals"].get("kept"))
    print(
        f"\nGDELT 2.0: {rows:,} rows, {one.stat().st_size / 1e6:.0f} MB; kept {kept[0]:,} / {kept[1]:,}"
    )
    print(
        f"  one file (median of {rounds})          {whole['seconds']:8.2f} s  ({whole['cpu']:.1f} CPU s)"
    )
    print(f"  {files} files of the same rows       {split['seconds']:8.2f} s  ({split['cpu']:.1f} CPU s)"
          f"  -> {split['seconds'] / whole['seconds']:.2f}x one file (target <= 1.5)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=192_000)
    parser.add_argument("--files", type=int, default=96)
    parser.add_argument("--sample", type=int, default=300, help="xwlb files for the old way")
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=5, help="GDELT: rounds, medians compared")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="dipwatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    gdelt(work, args.rows, args.files, args.rounds)
    xwlb(work, args.sample)
    print(f"\n(done in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
