"""GDELT 2.0 export ingest: dipwatch against a pandas C-engine loader and DuckDB's bare read_csv.

Generates a realistic 61-column export (default 2,000,000 rows: actors of ~40 states with
roles, a Chinese source actor in ``--china`` % of rows and a Chinese target in half as many,
CAMEO codes with leading zeros, places, tones, URLs), then times, in one run and on the same
file:

- ``dipwatch ingest --kind gdelt`` with ``--keep all`` and with the default scope (``prc``),
  each in a fresh subprocess that also reports its peak RSS; then the default scope again on
  the same rows split into ``--files`` files, to show peak RSS does not grow with their number;
- pandas ``read_csv(engine="c", sep="\\t", header=None, dtype=...)`` with explicit dtypes
  (gdeltPyR's approach), which only parses into memory;
- DuckDB ``CREATE TABLE t AS SELECT * FROM read_csv(...)`` with the same explicit types, into a
  fresh database file.

Targets (DESIGN.md): >= 8x pandas, >= 0.7x bare DuckDB, peak RSS <= 1.5 GB.

    uv run python benchmarks/bench_gdelt_ingest.py [--rows 2000000] [--china 2] [--files 20]
        [--dir DIR] [--reuse]

It prints the share of lines the default scope copies, here and in the real GDELT 2.0 rows
of ``../shared/data/gdelt`` (2-3 %); the default mix copies more (~7 %), ``--china 10`` ~18 %.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil

from dipwatch.sources.gdelt import V2_COLUMNS
from dipwatch.store.gdelt import VIEW_TYPES

#: (name, DuckDB type) of each GDELT 2.0 column, as GDELT's codebook types them.
TYPED = [(c.name, VIEW_TYPES[c.type]) for c in V2_COLUMNS]

FIPS = dict(
    USA="US", RUS="RS", GBR="UK", FRA="FR", DEU="GM", JPN="JA", KOR="KS", PRK="KN", IND="IN",
    PAK="PK", AFG="AF", IRN="IR", ISR="IS", TUR="TU", SAU="SA", EGY="EG", NGA="NI", ZAF="SF",
    BRA="BR", MEX="MX", AUS="AS", CAN="CA", UKR="UP", TWN="TW", PHL="RP", VNM="VM", IDN="ID",
    MYS="MY", THA="TH", SGP="SN", KAZ="KZ", UZB="UZ", LTU="LH", NIC="NU", HND="HO", ITA="IT",
    ESP="SP", POL="PL", SYR="SY", IRQ="IZ", CHN="CH",
)  # fmt: skip
STATES = [s for s in FIPS if s != "CHN"]
ROLES = ["", "GOV", "GOV", "MIL", "BUS", "MED", "OPP", "CVL", "LEG", "JUD", "EDU", "COP"]
CODES = {  # CAMEO code -> (Goldstein, quad class), as GDELT has them
    "010": (0.0, 1), "012": (-0.4, 1), "017": (0.0, 1), "020": (3.0, 1), "036": (4.0, 1),
    "040": (1.0, 1), "042": (1.9, 1), "043": (2.8, 1), "046": (7.0, 1), "051": (3.4, 1),
    "057": (8.0, 1), "061": (6.4, 2), "071": (7.4, 2), "0311": (5.2, 1), "111": (-2.0, 3),
    "112": (-2.0, 3), "120": (-4.0, 3), "130": (-4.4, 3), "141": (-6.5, 3), "163": (-8.0, 4),
    "172": (-5.0, 4), "173": (-5.0, 4), "190": (-10.0, 4), "193": (-10.0, 4),
}  # fmt: skip
OUTLETS = ["reuters.com", "scmp.com", "xinhuanet.com", "bbc.co.uk", "nikkei.com", "thehindu.com"]


def _pick(values: list[str], salt: int) -> str:
    items = ", ".join(f"'{v}'" for v in values)
    return f"[{items}][1 + h(i, {salt}) % {len(values)}]"


def _columns() -> dict[str, str]:
    """One SQL expression per GDELT 2.0 column over the drawn row ``d``."""
    e = {
        "GlobalEventID": "1000000000 + i", "SQLDATE": "strftime(day, '%Y%m%d')",
        "MonthYear": "strftime(day, '%Y%m')", "Year": "'2021'",
        "FractionDate": "printf('%.4f', 2021 + dayofyear(day) / 365.0)",
        "IsRootEvent": "CAST(h(i, 2) % 2 AS VARCHAR)", "EventCode": "code",
        "EventBaseCode": "left(code, 3)", "EventRootCode": "left(code, 2)",
        "QuadClass": "CAST(quad AS VARCHAR)", "GoldsteinScale": "printf('%.1f', gold)",
        "NumMentions": "CAST(1 + h(i, 3) % 40 AS VARCHAR)",
        "NumSources": "CAST(1 + h(i, 4) % 5 AS VARCHAR)",
        "NumArticles": "CAST(1 + h(i, 3) % 40 AS VARCHAR)",
        "AvgTone": "printf('%.11f', (h(i, 5) % 2000) / 100.0 - 10)",
        "DATEADDED": "strftime(day, '%Y%m%d') || '234500'",
        "SOURCEURL": f"'https://www.' || {_pick(OUTLETS, 6)} || '/world/2021/' || "
        "CAST(i AS VARCHAR) || '/story-about-diplomacy.html'",
    }  # fmt: skip
    for n in (1, 2):
        e[f"Actor{n}Code"] = f"nullif(c{n} || r{n}, '')"
        e[f"Actor{n}Name"] = f"CASE WHEN c{n} <> '' THEN c{n} || ' OFFICIALS' END"
        e[f"Actor{n}CountryCode"] = f"nullif(c{n}, '')"
        e[f"Actor{n}Type1Code"] = f"nullif(r{n}, '')"
    for prefix, side in (("Actor1Geo", 1), ("Actor2Geo", 2), ("ActionGeo", 1)):
        fips = f"f{side}.fips"
        e[f"{prefix}_Type"] = f"CASE WHEN {fips} IS NULL THEN '0' ELSE '4' END"
        e[f"{prefix}_FullName"] = f"CASE WHEN {fips} IS NOT NULL THEN 'Capital, ' || c{side} END"
        e[f"{prefix}_CountryCode"] = fips
        e[f"{prefix}_ADM1Code"] = f"{fips} || '0' || CAST(h(i, 7) % 9 AS VARCHAR)"
        e[f"{prefix}_Lat"] = "printf('%.4f', (h(i, 8) % 1800) / 10.0 - 90)"
        e[f"{prefix}_Long"] = "printf('%.4f', (h(i, 9) % 3600) / 10.0 - 180)"
        e[f"{prefix}_FeatureID"] = "CAST(-(h(i, 10) % 3000000) AS VARCHAR)"
    return e


def generate_export(path: Path, rows: int, china: float = 10.0) -> None:
    """Write a GDELT 2.0 export of ``rows`` realistic rows (tab-separated, no header); a
    source actor is Chinese in ``china`` % of rows, a target actor in half as many."""
    e = _columns()
    select = ", ".join(e.get(name, "NULL") for name, _ in TYPED)
    con = duckdb.connect()
    con.execute("CREATE MACRO h(a, b) AS CAST(hash(a, b) % 1000000007 AS BIGINT)")
    con.execute("CREATE TABLE codes (code VARCHAR, gold DOUBLE, quad INTEGER)")
    con.executemany("INSERT INTO codes VALUES (?, ?, ?)", [(c, *v) for c, v in CODES.items()])
    con.execute("CREATE TABLE fips (iso3 VARCHAR, fips VARCHAR)")
    con.executemany("INSERT INTO fips VALUES (?, ?)", list(FIPS.items()))
    draw = (
        "SELECT i, DATE '2021-10-01' + CAST(h(i, 1) % 92 AS INTEGER) AS day, "
        f"CASE WHEN h(i, 11) % 1000 < {china * 10:.0f} THEN 'CHN' "
        f"WHEN h(i, 11) % 1000 < {china * 10 + 80:.0f} THEN '' "
        f"ELSE {_pick(STATES, 12)} END AS c1, "
        f"CASE WHEN h(i, 13) % 1000 < {china * 5:.0f} THEN 'CHN' "
        f"WHEN h(i, 13) % 1000 < {china * 5 + 150:.0f} THEN '' "
        f"ELSE {_pick(STATES, 14)} END AS c2, {_pick(ROLES, 15)} AS r1, {_pick(ROLES, 16)} AS r2, "
        f"{_pick(list(CODES), 17)} AS code FROM range(?) t(i)"
    )
    con.execute(
        f"COPY (SELECT {select} FROM ({draw}) d JOIN codes USING (code) "
        "LEFT JOIN fips f1 ON f1.iso3 = d.c1 LEFT JOIN fips f2 ON f2.iso3 = d.c2 ORDER BY i) "
        f"TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', NULLSTR '')",
        [rows],
    )
    con.close()


_CHILD = """
import json, sys, time
from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.store import Store
with Store(sys.argv[1]) as store:
    t = time.perf_counter()
    report = ingest(store, [sys.argv[2]], kind="gdelt", options=IngestOptions(keep=sys.argv[3]))
    seconds = time.perf_counter() - t
counts = {}
for f in report.files:
    for key, n in f.counts.items():
        counts[key] = counts.get(key, 0) + n
print(json.dumps({"seconds": seconds, "counts": counts, "files": len(report.files)}))
"""


def token_share(path: Path) -> float:
    """The share of a GDELT file's lines that the default scope's prefilter copies."""
    tokens = (b"CHN", b"TWN", b"\tCH\t")
    with path.open("rb") as f:
        hits = total = 0
        for line in f:
            total += 1
            hits += any(t in line for t in tokens)
    return hits / max(total, 1)


def split_export(path: Path, target: Path, files: int) -> Path:
    """The export's lines cut into ``files`` files of consecutive rows in ``target``."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with path.open("rb") as src:
        lines = sum(1 for _ in src)
    per = -(-lines // files)
    with path.open("rb") as src:
        for n in range(files):
            with (target / f"2021123100{n:02d}00.export.CSV").open("wb") as out:
                out.writelines(itertools.islice(src, per))
    return target


def time_dipwatch(path: Path, work: Path, keep: str, label: str = "") -> dict:
    name = f"{keep}{label}"
    db = work / f"dipwatch-{name}.duckdb"
    db.unlink(missing_ok=True)
    # Peak RSS is sampled from outside: a child's ru_maxrss would include its parent's at fork.
    # Output goes to files: a full pipe nobody reads would stall the child.
    out, err = work / f"dipwatch-{name}.out", work / f"dipwatch-{name}.err"
    with out.open("w") as stdout, err.open("w") as stderr:
        child = psutil.Popen(
            [sys.executable, "-c", _CHILD, str(db), str(path), keep], stdout=stdout, stderr=stderr
        )
        peak = 0
        while child.poll() is None:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, child.memory_info().rss)
            time.sleep(0.05)
    if child.returncode:
        raise RuntimeError(f"dipwatch ingest failed: {err.read_text()[-2000:]}")
    return {**json.loads(out.read_text().strip().splitlines()[-1]), "rss": peak}


def time_duckdb(path: Path, work: Path) -> float:
    db = work / "bare.duckdb"
    db.unlink(missing_ok=True)
    columns = ", ".join(f"'{n}': '{t}'" for n, t in TYPED)
    con = duckdb.connect(str(db))
    t = time.perf_counter()
    con.execute(
        f"CREATE TABLE t AS SELECT * FROM read_csv('{path}', delim = '\t', header = false, "
        f"columns = {{{columns}}})"
    )
    seconds = time.perf_counter() - t
    con.close()
    return seconds


def time_pandas(path: Path) -> float:
    import pandas as pd

    kinds = {"VARCHAR": "str", "INTEGER": "Int64", "BIGINT": "Int64", "DOUBLE": "float64"}
    dtype = {n: kinds[t] for n, t in TYPED}
    t = time.perf_counter()
    frame = pd.read_csv(
        path, sep="\t", header=None, names=[n for n, _ in TYPED], dtype=dtype, engine="c",
        quoting=3, na_filter=True,
    )  # fmt: skip
    seconds = time.perf_counter() - t
    assert len(frame) > 0 and frame["EventCode"].iloc[0][0] in "0123456789"
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--files", type=int, default=20, help="files for the RSS-by-count run")
    parser.add_argument(
        "--china",
        type=float,
        default=2.0,
        help="%% of rows with a Chinese source actor (default 2: copies ~7%% of lines, more than "
        "the 2-3%% of real GDELT 2.0 rows in ../shared/data/gdelt)",
    )
    parser.add_argument("--dir", type=Path, default=None, help="work directory (default: temp)")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the export already in --dir (same --rows)"
    )
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="dipwatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "20211231000000.export.CSV"
    t = time.perf_counter()
    if not (args.reuse and path.exists()):
        generate_export(path, args.rows, args.china)
    mb = path.stat().st_size / 1e6
    print(f"{args.rows:,} rows, {mb:,.0f} MB ready in {time.perf_counter() - t:.1f} s: {path}")
    real = sorted(Path(__file__).resolve().parents[2].glob("shared/data/gdelt/events*.csv"))
    real = [p for p in real if p.name != "events1.csv"]  # GDELT 1.0
    shares = ", ".join(f"{p.name} {token_share(p):.1%}" for p in real) or "not found"
    print(
        f"lines the default scope copies: {token_share(path):.1%} here; in the real GDELT 2.0 "
        f"rows of ../shared/data/gdelt: {shares}"
    )
    runs = {keep: time_dipwatch(path, work, keep) for keep in ("all", "prc")}
    parts = split_export(path, work / "parts", args.files)
    split = time_dipwatch(parts, work, "prc", f"-{args.files}-files")
    bare = time_duckdb(path, work)
    pandas = time_pandas(path)
    print(f"\n{'loader':<28}{'seconds':>9}{'rows/s':>12}")
    print(f"{'DuckDB bare read_csv':<28}{bare:>9.2f}{args.rows / bare:>12,.0f}")
    print(f"{'pandas C engine (dtypes)':<28}{pandas:>9.2f}{args.rows / pandas:>12,.0f}")
    for keep, r in runs.items():
        s = r["seconds"]
        print(f"{'dipwatch --keep ' + keep:<28}{s:>9.2f}{args.rows / s:>12,.0f}")
    print()
    for keep, r in runs.items():
        s = r["seconds"]
        c = r["counts"]
        print(
            f"--keep {keep}: {pandas / s:.1f}x pandas (target >= 8), {bare / s:.2f}x bare DuckDB "
            f"(target >= 0.7), peak RSS {r['rss'] / 1e9:.2f} GB (target <= 1.5); kept "
            f"{c.get('kept', 0):,}, out of scope {c.get('out_of_scope', 0):,}, duplicates "
            f"{c.get('duplicates', 0):,}, quarantined {c.get('quarantined', 0):,}"
        )
    one = runs["prc"]
    print(
        f"--keep prc on the same rows in {split['files']} files: {split['seconds']:.2f} s, "
        f"peak RSS {split['rss'] / 1e9:.2f} GB against {one['rss'] / 1e9:.2f} GB for one file; "
        f"kept {split['counts'].get('kept', 0):,} (one file: {one['counts'].get('kept', 0):,})"
    )


if __name__ == "__main__":
    main()
