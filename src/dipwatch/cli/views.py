"""How each analysis prints as tables: narrow default columns, more with ``--wide``, and nested
lists (the allies, the switches, the watch list, regions' partners) as tables of their own.

Every analysis of :data:`dipwatch.api.analyze.ANALYSES` has an entry in :data:`VIEWS` (a test
checks it). Prose columns (``text.en``) print in the language asked for (``--lang``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dipwatch.cli.output import Column, Section, View, columns

if TYPE_CHECKING:
    from dipwatch.periods import Period

Record = Mapping[str, Any]

#: The events of a piece of evidence, or of ``dipwatch events``.
EVIDENCE = View.of(
    "date:date source_actor=source target_actor=target code text|url=text:text",
    "event_id",
)

VIEWS: dict[str, View] = {
    "dyads": View.of(
        "partner events:num nci:num goldstein_mean=gold:num previous_events=before:num "
        "change:num count_p=p:num significant=signif",
        "share:num previous_nci=nci_before:num goldstein_sum=gold_sum:num "
        "goldstein_p=gold_p:num anchor period",
    ),
    "typology": View.of(
        "country type scores.events=events:num scores.cooperation=coop:num "
        "scores.conflict=confl:num scores.core_conflict=core:num "
        "scores.consultation=consult:num scores.punitive=punish:num",
        "scores.major=major scores.taiwan=taiwan:num scores.un_agreement=un:num text.en=why:text",
    ),
    "alignment": View.of(
        "country year:num issue votes:num with_prc=prc:num with_usa=usa:num",
    ),
    "regions": View.of(
        "region events:num previous_events=before:num nci:num previous_nci=nci_before:num "
        "trend:num",
        "forums:text",
    ),
    "allies": View.of("country name:text"),
    "alerts": View.of("kind country score:num text.en=summary:text", "period evidence:num"),
    "contradictions": View.of(
        "kind pair contact first.date=date1:date first.source=by1:text "
        "second.date=date2:date second.source=by2:text",
        "days_apart=days:num official text.en=summary:text",
    ),
    "judgments": View.of("rank:num key text.en=judgment:text", "salience:num evidence:num"),
    "coverage": View.of(
        "origin source first:date last:date days:num events:num documents=docs:num",
        "longest_gap text.en=summary:text",
    ),
    "backtest": View.of("country switched:date rank:num of:num score:num"),
}

#: The tables under an analysis's main one: (title, how to get the rows, columns).
NESTED: dict[str, list[tuple[str, Callable[[Record], Sequence[Record]], tuple[Column, ...]]]] = {
    "regions": [
        ("main partners", lambda r: [{"region": r["region"], **p} for p in r["partners"]],
         columns("region country events:num nci:num")),
    ],
}  # fmt: skip


def sections(
    name: str,
    records: Sequence[Record],
    period: Period,
    names: Sequence[str] | None = None,
    wide: bool = False,
    lang: str = "en",
) -> list[Section]:
    """The tables that print analysis ``name``'s records (plain data, as JSON has them) for
    ``period`` (``allies`` shows the switches of recognition within it), prose in ``lang``."""
    if name == "allies":
        since = period.start.isoformat()
        return [s for r in records for s in _allies(r, names, wide, since, lang)]
    title = f"{name} {period.label} ({len(records)})"
    main = Section(title, records, in_language(VIEWS[name].pick(names, wide), lang))
    out = [main]
    for title, rows_of, cols in NESTED.get(name, []):
        out.append(Section(title, [row for r in records for row in rows_of(r)], cols))
    if len(records) == 1 and records[0].get("evidence"):
        evidence = records[0]["evidence"]
        out.append(Section(f"evidence ({len(evidence)})", evidence, EVIDENCE.pick(None, wide)))
    return out


def _allies(
    result: Record, names: Sequence[str] | None, wide: bool, since: str, lang: str
) -> list[Section]:
    from dipwatch.i18n import name as state_name

    allies = [{"country": c, "name": state_name(c, lang)} for c in result["allies"]]
    switches = [s for s in result["switches"] if s["date"] >= since]
    watch = result["watch"]
    return [
        Section(f"Taiwan's diplomatic allies on {result['on']}: {len(allies)}", allies,
                VIEWS["allies"].pick(names, wide)),
        Section(f"switches of recognition since {since}", switches,
                in_language(columns("date:date country to origin"), lang)),
        Section(f"watch list ({len(watch)})", watch,
                in_language(columns("country score:num latest:date text.en=why:text"), lang)),
    ]  # fmt: skip


def in_language(cols: tuple[Column, ...], lang: str) -> tuple[Column, ...]:
    """The columns with their prose (``text.en``) in ``lang``."""
    return tuple(Column(c.key.replace("text.en", f"text.{lang}"), c.header, c.kind) for c in cols)
