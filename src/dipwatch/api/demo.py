"""``demo``: the main job end to end on the bundled example corpus.

It builds a fresh database from ``examples/``, runs the analyses on 2021-Q4 and writes what an
analyst would open: the events as CSV, each analysis as JSON, the 2021-Q4 report in every
language and format (``report/``), and a Markdown summary.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from dipwatch.api.events import build_filter, write_events
from dipwatch.api.ingest import IngestOptions, IngestReport, ingest
from dipwatch.errors import InputError
from dipwatch.models import to_plain
from dipwatch.store import Store

DEMO_PERIOD = "2021Q4"

Step = Callable[[str], None]


@dataclass(slots=True)
class DemoResult:
    out_dir: Path
    db: Path
    ingest: IngestReport
    files: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def examples_dir() -> Path:
    """The bundled corpus: ``examples/`` of a source checkout, or the copy inside the wheel."""
    checkout = Path(__file__).resolve().parents[3] / "examples"
    if checkout.is_dir():
        return checkout
    packaged = resources.files("dipwatch").joinpath("examples")
    if packaged.is_dir():
        return Path(str(packaged))
    raise InputError("the example corpus is missing from this installation of dipwatch")


#: Files of the corpus directory that describe it rather than belong to it.
NOT_CORPUS = frozenset({"README.md", "facts.csv"})


def corpus_files(source: Path) -> list[Path]:
    """The documents of the example corpus (its README and answer key left out)."""
    return sorted(p for p in source.rglob("*") if p.is_file() and p.name not in NOT_CORPUS)


def run_demo(
    out_dir: Path, *, examples: Path | None = None, step: Step | None = None
) -> DemoResult:
    """Ingest the example corpus into ``out_dir/demo.duckdb`` (made anew) and write the outputs.

    >>> # run_demo(Path("dipwatch-demo")).files["summary"]  # -> dipwatch-demo/summary.md
    """
    say = step or (lambda _msg: None)
    source = examples or examples_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    db = out_dir / "demo.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    with Store(db) as store:
        say(f"ingesting {source}")
        report = ingest(store, corpus_files(source), options=IngestOptions(keep="all"))
        result = DemoResult(out_dir, db, report)
        say("exporting events")
        events_csv = out_dir / "events.csv"
        write_events(store, build_filter(), events_csv, "csv")
        result.files["events"] = events_csv
        result.files.update(_analyses(store, out_dir, say))
        result.files.update(_report(store, out_dir, say))
        result.counts = store.counts()
    summary = out_dir / "summary.md"
    summary.write_text(_summary(result), encoding="utf-8")
    result.files["summary"] = summary
    return result


def _analyses(store: Store, out_dir: Path, say: Step) -> dict[str, Path]:
    """Each analysis that this version has, on the demo period, written as JSON."""
    try:
        from dipwatch.api.analyze import ANALYSES, analyze
    except ModuleNotFoundError:
        return {}
    files: dict[str, Path] = {}
    for name in ANALYSES:
        say(f"analysing: {name}")
        result = analyze(store.ibis(), name, period=DEMO_PERIOD)
        target = out_dir / f"{name}.json"
        target.write_text(
            json.dumps(to_plain(result), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        files[name] = target
    return files


def _report(store: Store, out_dir: Path, say: Step) -> dict[str, Path]:
    """The demo period's report in every language and format, under ``out_dir/report``."""
    from dipwatch.api.report import write_report

    files = write_report(store.ibis(), DEMO_PERIOD, out_dir=out_dir / "report", step=say)
    return {f"report {key}": path for key, path in files.items()}


def _summary(result: DemoResult) -> str:
    totals = result.ingest.totals
    lines = [
        f"# dipwatch demo: {DEMO_PERIOD}",
        "",
        f"- database: `{result.db}`",
        f"- files read: {len(result.ingest.files)}; documents: {result.counts.get('documents', 0)}; "
        f"events: {result.counts.get('events', 0)}; quarantined: {totals.get('quarantined', 0)}",
        "",
        "## Outputs",
        "",
    ]
    lines += [f"- {name}: `{path}`" for name, path in result.files.items()]
    return "\n".join(lines) + "\n"
