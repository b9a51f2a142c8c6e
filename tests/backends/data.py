"""The hand-made store every backend is tested on: events, documents and UN votes of 2021,
written so that every analysis has something to say, and with ties everywhere (partners with
the same counts, events on the same day, equal scores) so that an order that is not broken on
stable keys shows up as a difference between engines or runs."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from dipwatch.models import Document, Event

PERIOD = "2021Q4"

MFA = Document("外交部發言人就中德關係答記者問。", source="MFA", title="MFA readout",
               published=date(2021, 11, 2), lang="zh-Hant")  # fmt: skip
WIRE = Document("China and Germany held talks, a wire report said.", source="Wire",
                title="Wire report", published=date(2021, 11, 4), lang="en")  # fmt: skip
DOCUMENTS = (MFA, WIRE)

#: (date, source actor, target actor, CAMEO code, issues, origin or document)
ROWS: tuple[tuple[str, str, str, str, str, str | Document], ...] = (
    # Germany and France: pragmatic cooperation, the same counts on the same days (ties)
    *((d, "CHNGOV", p, c, "trade", "csv")
      for p in ("DEUGOV", "FRAGOV")
      for d, c in (("2021-07-05", "040"), ("2021-08-10", "041"), ("2021-09-01", "042"),
                   ("2021-10-11", "040"), ("2021-10-11", "041"), ("2021-11-15", "043"),
                   ("2021-12-01", "057"), ("2021-12-01", "061"), ("2021-12-20", "042"))),
    ("2021-11-02", "CHNGOV", "DEUGOV", "040", "", MFA),  # dated differently by two sources
    ("2021-11-04", "CHNGOV", "DEUGOV", "040", "", WIRE),
    # Russia and South Korea: cooperation
    *((d, "CHNGOV", "RUSGOV", c, "security", "csv")
      for d, c in (("2021-10-14", "062"), ("2021-10-18", "062"), ("2021-12-15", "040"),
                   ("2021-12-15", "043"))),
    ("2021-11-09", "CHNGOV", "KOR", "061", "trade", "csv"),
    ("2021-12-02", "KORGOV", "CHNGOV", "042", "", "csv"),
    ("2021-12-02", "KORGOV", "CHNGOV", "042", "", "gdelt"),
    # Britain and Japan: major states with differences (managing them)
    ("2021-10-29", "CHNGOV", "GBRGOV", "041", "climate", "csv"),
    ("2021-11-30", "GBRGOV", "CHN", "111", "hong_kong|democracy", "csv"),
    ("2021-12-03", "GBRGOV", "CHN", "171", "", WIRE),  # and the PRC denies it
    ("2021-12-04", "CHNGOV", "GBRGOV", "016", "", MFA),
    ("2021-12-08", "GBRGOV", "CHN", "163", "xinjiang|human_rights", "csv"),
    ("2021-12-21", "CHNGOV", "GBRGOV", "111", "hong_kong", "csv"),
    ("2021-10-08", "CHNGOV", "JPNGOV", "041", "", "csv"),
    ("2021-11-18", "CHNGOV", "JPNGOV", "041", "", "csv"),
    ("2021-12-01", "JPN", "CHN", "111", "taiwan", "csv"),
    ("2021-12-01", "CHNGOV", "JPNGOV", "111", "taiwan", "csv"),
    # Lithuania: a small state with differences, condemned and sanctioned
    ("2021-11-18", "TWNGOV", "LTUGOV", "043", "taiwan", "csv"),
    ("2021-11-18", "CHNGOV", "LTUGOV", "111", "taiwan", "csv"),
    ("2021-11-21", "CHNGOV", "LTUGOV", "161", "taiwan", "csv"),
    ("2021-12-02", "CHNGOV", "LTU", "163", "taiwan|trade", "csv"),
    ("2021-12-15", "LTUGOV", "CHNGOV", "166", "taiwan", "gdelt"),
    # the United States: calm in the summer, a storm in the autumn (a change point)
    *((f"2021-{m:02d}-{d:02d}", "USAGOV", "CHNGOV", "041", "trade", "csv")
      for m in (4, 5, 6, 7, 8, 9) for d in (6,)),
    *((f"2021-{m:02d}-{d:02d}", s, t, c, "human_rights|xinjiang", "csv")
      for m in (10, 11, 12) for d in (3, 9, 16, 23)
      for s, t, c in (("USAGOV", "CHN", "163"), ("CHNGOV", "USAGOV", "111"))),
    ("2021-11-16", "CHNGOV", "USAGOV", "040", "taiwan|trade", "csv"),
    # Nicaragua leaves Taiwan for the PRC; Solomon Islands: a first contact
    ("2021-12-09", "NICGOV", "TWNGOV", "161", "taiwan", "csv"),
    ("2021-12-10", "CHNGOV", "NICGOV", "054", "taiwan", "csv"),
    ("2021-12-10", "CHNGOV", "NICGOV", "054", "taiwan", "gdelt"),
    *(("2021-11-24", "CHNGOV", "SLBGOV", c, "", "csv") for c in ("042", "043", "057")),
    # not states: an organisation, and no target at all
    ("2021-11-05", "CHNGOV", "IGOUNO", "040", "", "csv"),
    ("2021-11-05", "CHNGOV", "", "010", "", "csv"),
)  # fmt: skip


def quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def events() -> list[Event]:
    """The rows as Events, each with its sentence number so that ids differ."""
    out = []
    for n, (day, src, tgt, code, issues, where) in enumerate(ROWS):
        doc = where if isinstance(where, Document) else None
        out.append(Event(
            date=date.fromisoformat(day), code=code, source_actor=src or None,
            target_actor=tgt or None, origin="text" if doc else str(where),
            quad_class=quad(code), goldstein=round(5 - int(code[:2]) * 0.5, 1),
            issues=tuple(i for i in issues.split("|") if i), doc_id=doc.doc_id if doc else None,
            sentence=n, text=f"{src} {code} {tgt} on {day}.", pattern=f"hand{n}",
        ))  # fmt: skip
    return out


#: UN roll calls of 2021: (rcid, date, issue); votes of each state as a string, one letter
#: per roll call: y(es), n(o), a(bstain), - (absent).
ROLL_CALLS = tuple((n, f"2021-{9 + n // 5:02d}-{1 + n:02d}", ("hr", "di", "co")[n % 3])
                   for n in range(1, 13))  # fmt: skip
VOTES = {
    "CN": "yyyyyyyyyyyy", "US": "nnnnyynnnnny", "DE": "nnyyyynnayyy", "FR": "nnyyyynnayyy",
    "GB": "nnnnyynnnnny", "JP": "anynyynnaany", "LT": "nnnnnnnnnnnn", "RU": "yyyyyyyyyyay",
    "KR": "aayyyyaayyyy", "NI": "yyyyyyyyyyyy", "SB": "y-y-y-y-y-y-",
}  # fmt: skip
_VOTE = {"y": "yes", "n": "no", "a": "abstain"}


def write_unvotes(directory: Path) -> Path:
    """The roll calls, votes and issues as the unvotes package's three CSV files."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "un_roll_calls.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["rcid", "session", "importantvote", "date", "unres", "amend", "para",
                    "short", "descr"])  # fmt: skip
        for rcid, day, issue in ROLL_CALLS:
            w.writerow([rcid, 76, rcid % 2, day, f"R/76/{rcid}", 0, 0, issue.upper(), issue])
    with (directory / "un_votes.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["rcid", "country", "country_code", "vote"])
        for code, votes in VOTES.items():
            for (rcid, _, _), v in zip(ROLL_CALLS, votes, strict=True):
                if v != "-":
                    w.writerow([rcid, code, code, _VOTE[v]])
    with (directory / "un_roll_call_issues.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["rcid", "short_name", "issue"])
        for rcid, _, issue in ROLL_CALLS:
            w.writerow([rcid, issue, issue])
    return directory
