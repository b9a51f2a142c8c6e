"""Many small GDELT export files loaded as one, each still counted, quarantined and recorded
as itself.

A day of GDELT 2.0 comes as 96 files of a few thousand rows; loading each in its own
transaction costs more in fixed work (hashing, reading twice, a dozen statements, a commit)
than its rows. The files of a batch are written one after another into one file, each line led
by its file's number (:func:`dipwatch.sources.tabular.concatenate`), and loaded by
:func:`dipwatch.store.gdelt.load_gdelt_events` in one transaction; the file's number marks its
events (``doc_id``) until :func:`settle` has given each file its counts, quarantined rows
(under its own name and line), coverage and ``inputs`` record. The batch lands whole or not at
all; the caller loads the files one by one when it fails, so a bad file fails alone.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from dipwatch.models import Rejected
from dipwatch.store import bulk
from dipwatch.store.load import Load

_PREFIX = re.compile(r"^\d+\t")
_WIDTHS = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")


def _own_reason(reason: str) -> str:
    """The reader's reason as the file alone gives it (the batch's lines have one more
    column: the file's number)."""
    return _WIDTHS.sub(
        lambda m: f"Expected Number of Columns: {int(m[1]) - 1} Found: {int(m[2]) - 1}", reason
    )


@dataclass(frozen=True, slots=True)
class BatchFile:
    """One file of a batch: its name, bytes' hash and size, and where its lines are."""

    where: str
    digest: str
    size: int
    first: int  # the batch file's line number of its first line
    lines: int


def settle(
    load: Load, files: Sequence[BatchFile], by_file: dict[str, Counter[str]], before: int
) -> list[Counter[str]]:
    """Give each file of the batch its quarantined rows, counts, coverage and input record;
    clear the marks of the batch's events. Returns each file's counts."""
    quarantined = _requarantine(load, files)
    duplicates = _duplicates_by_file(load, before)
    counts = []
    for n, f in enumerate(files):
        mark = f"#{n}"
        c = Counter(read=f.lines, quarantined=quarantined[n], duplicates=duplicates.get(mark, 0))
        c.update(by_file.get(mark, Counter(kept=0, events=0, events_known=0)))
        c["out_of_scope"] = max(f.lines - c["kept"] - c["quarantined"], 0)
        counts.append(c)
    _cover(load, files, before)
    load.connection.execute("UPDATE events SET doc_id = NULL WHERE rowid > ?", [before])
    load.store.record_inputs(
        [
            (f.digest, "gdelt", f.where, f.size, load.run_id, c)
            for f, c in zip(files, counts, strict=True)
        ]
    )
    return counts


def _requarantine(load: Load, files: Sequence[BatchFile]) -> list[int]:
    """The batch's quarantined rows, named by the batch file's lines, moved to their own
    file and line (the line's leading file number taken off). Returns each file's count."""
    con = load.connection
    rows = con.execute(
        "SELECT location, reason, raw FROM quarantine WHERE run_id = ? AND input = ?",
        [load.run_id, load.path],
    ).fetchall()
    con.execute("DELETE FROM quarantine WHERE run_id = ? AND input = ?", [load.run_id, load.path])
    firsts = [f.first for f in files]
    per_file = [0] * len(files)
    moved = []
    for location, reason, raw in rows:
        line = str(location).rsplit(":", 1)[-1]
        n = bisect.bisect_right(firsts, int(line)) - 1 if line.isdigit() else 0
        own = (
            f"{files[n].where}:{int(line) - files[n].first + 1}"
            if line.isdigit()
            else files[n].where
        )
        per_file[n] += 1
        raw = _PREFIX.sub("", raw or "", 1)
        moved.append((files[n].where, Rejected(own, _own_reason(str(reason)), raw)))
    for f in files:
        mine = [r for where, r in moved if where == f.where]
        if mine:
            Load(load.store, load.run_id, f.where).quarantine_many(mine)
    return per_file


def _duplicates_by_file(load: Load, before: int) -> dict[str, int]:
    """New events whose story was stored already or came earlier, per file mark."""
    rows = load.connection.execute(
        "SELECT doc_id, count(*) FILTER (WHERE dup) FROM (SELECT doc_id, story_id IN "
        "(SELECT story_id FROM events, (SELECT min(date), max(date) FROM events WHERE rowid > ?) "
        "AS d(lo, hi) WHERE rowid <= ? AND date BETWEEN lo AND hi AND story_id IS NOT NULL) "
        "OR row_number() OVER (PARTITION BY story_id ORDER BY rowid) > 1 AS dup "
        "FROM events WHERE rowid > ?) GROUP BY doc_id",
        [before, before, before],
    ).fetchall()
    return {str(mark): int(n) for mark, n in rows}


def _cover(load: Load, files: Sequence[BatchFile], before: int) -> None:
    """Each file's ``coverage`` rows, as :meth:`~dipwatch.store.Store.load` writes them."""
    con = load.connection
    marks = pa.table(
        {"mark": [f"#{n}" for n in range(len(files))], "digest": [f.digest for f in files]}
    )
    con.register("_marks", marks)
    try:
        con.execute(
            "INSERT INTO coverage SELECT m.digest, e.origin, e.origin, e.date, count(*), 0 "
            "FROM events e JOIN _marks m ON m.mark = e.doc_id WHERE e.rowid > ? GROUP BY ALL",
            [before],
        )
    finally:
        con.unregister("_marks")


def start(load: Load) -> int:
    """The events' last rowid before the batch loads (its events are those above it)."""
    return bulk.last_rowid(load)
