"""``dipwatch evaluate``: score the text coder on the annotated gold sets in ``eval/``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    app.command(name="evaluate")(evaluate)


def evaluate(
    which: Annotated[
        str,
        typer.Option(
            "--set",
            help="all, or sets separated by commas: the sentence sets xwlb, zh_hant, en, "
            "plover and the whole-document sets in eval/docs (xwlb_docs, seed…).",
        ),
    ] = "all",
    split: Annotated[str, typer.Option(help="dev, heldout or all (PLOVER has no split).")] = "all",
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    errors: Annotated[
        int,
        typer.Option(
            help="List this many misses and false alarms per set, with sentences "
            "(development items only: held-out gold is read in aggregate)."
        ),
    ] = 0,
    gold: Annotated[
        Path | None,
        typer.Option(help="Directory of the gold sets [default: eval/ in the checkout]."),
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            help="The shared data directory [default: $DIPWATCH_SHARED_DATA or ../shared/data]."
        ),
    ] = None,
) -> None:
    """Code the gold and print precision, recall and F1 by root, actor and date, for each set
    and each split (dev, held-out): the sentence sets and the whole documents of eval/docs."""
    from dipwatch.api.evaluate import evaluate as run
    from dipwatch.errors import InputError

    if fmt not in ("table", "json"):
        raise InputError(f"unknown format {fmt!r}; choose table or json")
    names = [s.strip() for s in which.split(",") if s.strip()]
    sets = None if "all" in names or not names else names
    result = run(sets, split, gold_dir=gold, data_dir=data)
    report = _report(result, errors)
    if fmt == "json":
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    _print_tables(report)


def _report(result: Any, errors: int) -> dict[str, Any]:
    """The evaluation as plain data: what ``--format json`` prints and the tables show."""
    sets = []
    for score in result.scores:
        sets.append({
            "set": score.name,
            "kind": "documents" if score.name in result.documents else "sentences",
            "items": score.items, "gold_events": score.gold_events,
            **score.events.as_dict(), "date_accuracy": score.date_accuracy,
            "by_root": {k: v.as_dict() for k, v in sorted(score.by_root.items())},
            "by_actor": {k: v.as_dict() for k, v in sorted(score.by_actor.items())},
            "mistakes": [_mistake(m) for m in _pick(score.mistakes, errors)],
        })  # fmt: skip
    splits = [
        {"set": s.name, "items": s.items, "gold_events": s.gold_events, **s.events.as_dict(),
         "date_accuracy": s.date_accuracy}
        for s in result.splits
    ]  # fmt: skip
    report: dict[str, Any] = {
        "split": result.split, "texts": result.sentences,
        "seconds": round(result.seconds, 2), "sets": sets, "splits": splits,
        "skipped": result.skipped, "coder_errors": result.coder_errors[:20],
        "coder_error_count": len(result.coder_errors),
    }  # fmt: skip
    if result.plover is not None:
        p = result.plover
        report["plover"] = {
            "protocol": result.plover_protocol or "in sample (no folds)",
            "records": p.records, "with_event": p.with_event,
            "type_accuracy": p.type_accuracy, "actor_accuracy": p.actor_accuracy,
            "folds": [_plover_row(f) for f in result.plover_folds],
            "in_sample": _plover_row(result.plover_in_sample) if result.plover_in_sample else None,
            "by_type": {k: {"right": v[0], "records": v[1]} for k, v in sorted(p.by_type.items())},
            "mistakes": [_mistake(m) for m in p.mistakes[:errors]],
        }  # fmt: skip
    return report


def _plover_row(score: Any) -> dict[str, Any]:
    return {"fold": score.name, "records": score.records, "with_event": score.with_event,
            "type_accuracy": score.type_accuracy, "actor_accuracy": score.actor_accuracy}  # fmt: skip


def _pick(mistakes: list[Any], n: int) -> list[Any]:
    """``n`` misses and ``n`` false alarms, in gold order."""
    misses = [m for m in mistakes if m.kind == "miss"][:n]
    alarms = [m for m in mistakes if m.kind == "false_alarm"][:n]
    return misses + alarms


def _mistake(m: Any) -> dict[str, Any]:
    return {"kind": m.kind, "item": m.item_id, "event": m.event, "coded": list(m.coded),
            "text": m.text}  # fmt: skip


def _print_tables(report: dict[str, Any]) -> None:
    figures = ["tp", "fp", "fn", "precision", "recall", "f1"]
    rows = []
    for s in report["sets"]:  # each set, then its splits
        rows.append(s)
        if report["split"] == "all":
            rows += [p for p in report["splits"] if p["set"].partition(":")[0] == s["set"]]
    _table("events (date, actor pair, root)",
           ["set", "items", "gold_events", *figures, "date_accuracy"], rows)  # fmt: skip
    for s in report["sets"]:
        rows = [{"root": k, **v} for k, v in s["by_root"].items()]
        _table(f"{s['set']}: by CAMEO root", ["root", *figures], rows)
        top = sorted(s["by_actor"].items(), key=lambda kv: -(kv[1]["tp"] + kv[1]["fn"]))[:15]
        _table(f"{s['set']}: by actor (15 most frequent)", ["actor", *figures],
               [{"actor": k, **v} for k, v in top])  # fmt: skip
    if "plover" in report:
        p = report["plover"]
        typer.echo(
            f"PLOVER: {p['records']} records, type accuracy {_pct(p['type_accuracy'])}, "
            f"actor accuracy {_pct(p['actor_accuracy'])}, {p['with_event']} with a typed event"
        )
        for line in textwrap.wrap(f"({p['protocol']})", 78):
            typer.echo(f"  {line}")
        if p["folds"]:
            rows = p["folds"] + ([p["in_sample"]] if p["in_sample"] else [])
            _table("PLOVER by fold, out of fold (last: in sample)",
                   ["fold", "records", "with_event", "type_accuracy", "actor_accuracy"], rows)  # fmt: skip
        rows = [{"type": k, **v} for k, v in p["by_type"].items()]
        _table("PLOVER: by gold type", ["type", "right", "records"], rows)
    for name, reason in report["skipped"].items():
        typer.echo(f"skipped {name}: {reason}")
    if report["coder_error_count"]:
        typer.echo(f"the coder raised on {report['coder_error_count']} sentences, e.g.:")
        for line in report["coder_errors"][:3]:
            typer.echo(f"  {line}")
    _print_mistakes(report)
    typer.echo("items: sentences, or whole documents for the sets of eval/docs")
    typer.echo(f"{report['texts']} texts coded in {report['seconds']} s")


# Short headings keep the tables within 80 columns.
_HEADINGS = {"gold_events": "gold", "precision": "P", "recall": "R", "f1": "F1",
             "date_accuracy": "date", "with_event": "typed", "type_accuracy": "type",
             "actor_accuracy": "actors"}  # fmt: skip


def _table(title: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        pad_edge=False,
        collapse_padding=True,
    )
    for i, c in enumerate(columns):
        table.add_column(_HEADINGS.get(c, c), justify="left" if i == 0 else "right", no_wrap=True)
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    Console().print(table)


def _print_mistakes(report: dict[str, Any]) -> None:
    groups = [(s["set"], s["mistakes"]) for s in report["sets"]]
    if "plover" in report:
        groups.append(("plover", report["plover"]["mistakes"]))
    for name, mistakes in groups:
        for m in mistakes:
            typer.echo(f"[{name}] {m['kind']}: {m['event']}  @ {m['item']}")
            typer.echo(f"    {m['text']}")
            typer.echo(f"    coded: {'; '.join(m['coded']) or '(nothing)'}")


def _cell(value: Any) -> str:
    return _pct(value) if value is None or isinstance(value, float) else str(value)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
