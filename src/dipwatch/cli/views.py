"""How each analysis prints as tables: narrow default columns, more with ``--wide``, and nested
lists (the allies, the switches, the watch list, regions' partners) as tables of their own.

Every analysis of :data:`dipwatch.api.analyze.ANALYSES` has an entry in :data:`VIEWS` (a test
checks it). Prose columns read ``text.en`` and, until every analysis carries ``text``, the
older ``summary_en``/``text_en``/``explanation_en`` fields.
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
    "date:date source_actor=source target_actor=target code text:text",
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
        "scores.major=major scores.un_agreement=un:num text.en|explanation_en=why:text",
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
    "alerts": View.of(
        "kind country score:num text.en|summary_en=summary:text",
        "period evidence:num",
    ),
    "contradictions": View.of(
        "kind pair root days_apart=days:num first.date=date1:date first.source=by1 "
        "second.date=date2:date second.source=by2",
        "first.text=text1:text second.text=text2:text",
    ),
    "judgments": View.of(
        "salience:num key text.en|text_en=judgment:text",
        "evidence:num",
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
) -> list[Section]:
    """The tables that print analysis ``name``'s records (plain data, as JSON has them) for
    ``period`` (``allies`` shows the switches of recognition within it)."""
    if name == "allies":
        return [s for r in records for s in _allies(r, names, wide, period.start.isoformat())]
    title = f"{name} {period.label} ({len(records)})"
    main = Section(title, records, VIEWS[name].pick(names, wide))
    out = [main]
    for title, rows_of, cols in NESTED.get(name, []):
        out.append(Section(title, [row for r in records for row in rows_of(r)], cols))
    if len(records) == 1 and records[0].get("evidence"):
        evidence = records[0]["evidence"]
        out.append(Section(f"evidence ({len(evidence)})", evidence, EVIDENCE.pick(None, wide)))
    return out


def _allies(result: Record, names: Sequence[str] | None, wide: bool, since: str) -> list[Section]:
    from dipwatch.i18n import name as state_name

    allies = [{"country": c, "name": state_name(c, "en")} for c in result["allies"]]
    switches = [s for s in result["switches"] if s["date"] >= since]
    watch = result["watch"]
    return [
        Section(f"Taiwan's diplomatic allies on {result['on']}: {len(allies)}", allies,
                VIEWS["allies"].pick(names, wide)),
        Section(f"switches of recognition since {since}", switches,
                columns("date:date country to origin")),
        Section(f"watch list ({len(watch)})", watch,
                columns("country score:num signals:text")),
    ]  # fmt: skip
