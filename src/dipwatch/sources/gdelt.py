"""GDELT's tab-separated files: column layouts, which layout a file is, and the SQL to read them.

Four layouts, none with a header (see the GDELT 1.0 and 2.0 event codebooks):

- ``v1``: GDELT 1.0 events, 57 columns (historical backfiles) or 58 (daily files since
  2013-04-01, which add ``SOURCEURL``); both read as 58 columns, the short rows padded;
- ``v2``: GDELT 2.0 export, 61 columns (1.0's plus an ``ADM2Code`` for each of three places);
- ``mentions``: GDELT 2.0 mentions, 16 columns, one row per article that mentions an event.

Every CAMEO code is read as text (``'017'`` keeps its zero). This module only builds SQL text;
``dipwatch.store.bulk`` runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from dipwatch.errors import SourceFormatError
from dipwatch.store.bulk import REJECTS, GdeltSql

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip


def _actor(n: int) -> list[tuple[str, str]]:
    return [(f"Actor{n}{field}", "VARCHAR") for field in _ACTOR]


def _geo(prefix: str, adm2: bool) -> list[tuple[str, str]]:
    cols = [
        (f"{prefix}_Type", "INTEGER"),
        (f"{prefix}_FullName", "VARCHAR"),
        (f"{prefix}_CountryCode", "VARCHAR"),
        (f"{prefix}_ADM1Code", "VARCHAR"),
    ]
    if adm2:
        cols.append((f"{prefix}_ADM2Code", "VARCHAR"))
    # Feature ids are numeric for places and FIPS/ADM1 codes for countries and regions ('NZ').
    cols += [(f"{prefix}_Lat", "DOUBLE"), (f"{prefix}_Long", "DOUBLE"), (f"{prefix}_FeatureID", "VARCHAR")]  # fmt: skip
    return cols


def _event_columns(v2: bool) -> tuple[tuple[str, str], ...]:
    head = [
        ("GlobalEventID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
        ("Year", "INTEGER"), ("FractionDate", "DOUBLE"),
    ]  # fmt: skip
    action = [
        ("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
        ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
        ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
        ("AvgTone", "DOUBLE"),
    ]  # fmt: skip
    geo = _geo("Actor1Geo", v2) + _geo("Actor2Geo", v2) + _geo("ActionGeo", v2)
    tail = [("DATEADDED", "BIGINT"), ("SOURCEURL", "VARCHAR")]
    return tuple(head + _actor(1) + _actor(2) + action + geo + tail)


V1_COLUMNS = _event_columns(v2=False)
V2_COLUMNS = _event_columns(v2=True)
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GlobalEventID", "BIGINT"), ("EventTimeDate", "BIGINT"), ("MentionTimeDate", "BIGINT"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "VARCHAR"), ("MentionIdentifier", "VARCHAR"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "DOUBLE"),
    ("MentionDocTranslationInfo", "VARCHAR"), ("Extras", "VARCHAR"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Layout:
    """One of GDELT's file layouts: its name, version and typed columns."""

    name: str  # v1 | v2 | mentions
    version: int
    columns: tuple[tuple[str, str], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.columns)

    @property
    def is_events(self) -> bool:
        return self.name != "mentions"


LAYOUTS = {
    "v1": Layout("v1", 1, V1_COLUMNS),
    "v2": Layout("v2", 2, V2_COLUMNS),
    "mentions": Layout("mentions", 2, MENTION_COLUMNS),
}
#: Column count of a file's first row -> its layout.
BY_WIDTH = {57: "v1", 58: "v1", 61: "v2", 16: "mentions"}


def layout_of(first_line: bytes, where: str) -> Layout:
    """The layout of a file from its first row's column count.

    >>> layout_of(b"\\t".join([b"x"] * 61) + b"\\n", "f").name
    'v2'
    """
    line = first_line.rstrip(b"\r\n")
    if not line:
        raise SourceFormatError(f"{where}:1", "empty file or blank first line: no GDELT rows")
    width = line.count(b"\t") + 1
    if width not in BY_WIDTH:
        raise SourceFormatError(
            f"{where}:1",
            f"not a GDELT file: {width} tab-separated columns; expected 57 or 58 (GDELT 1.0 "
            "events), 61 (GDELT 2.0 export) or 16 (GDELT 2.0 mentions)",
        )
    return LAYOUTS[BY_WIDTH[width]]


def sql_text(value: str) -> str:
    """A string as the inside of a SQL literal."""
    return value.replace("'", "''")


def read_csv_sql(path: Path, layout: Layout, *, crlf: bool = False, rejects: str = REJECTS) -> str:
    """``read_csv(...)`` over a GDELT file with explicit types; bad rows go to ``rejects``.

    Rows that fail (wrong column count, a value of the wrong type, bytes that are not UTF-8)
    land in the temporary tables ``<rejects>`` and ``<rejects>_scan`` with their line numbers.
    """
    columns = ", ".join(f"'{name}': '{kind}'" for name, kind in layout.columns)
    newline = "\\r\\n" if crlf else "\\n"
    # GDELT 1.0 mixes 57- and 58-column rows: pad the short ones (SOURCEURL is then NULL).
    padding = "true" if layout.name == "v1" else "false"
    return (
        f"read_csv('{sql_text(str(path))}', delim = '\\t', header = false, quote = '', "
        f"escape = '', new_line = '{newline}', auto_detect = false, columns = {{{columns}}}, "
        f"null_padding = {padding}, store_rejects = true, rejects_table = '{rejects}', "
        f"rejects_scan = '{rejects}_scan')"
    )


def actor_sql(n: int) -> str:
    """The CAMEO actor code of side ``n``: Actor{n}Code, else CountryCode + Type1Code."""
    a = f"Actor{n}"
    return (
        f"coalesce(nullif(trim({a}Code), ''), "
        f"nullif(trim(coalesce({a}CountryCode, '')) || trim(coalesce({a}Type1Code, '')), ''))"
    )


def actor_country_sql(n: int) -> str:
    """The country (CAMEO country code, ISO3 for states) of side ``n``."""
    a = f"Actor{n}"
    return f"coalesce(nullif(trim({a}CountryCode), ''), left(trim({a}Code), 3))"


#: A row's date is usable when SQLDATE is a real YYYYMMDD day.
DATE_SQL = "try_strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d')"
CODE_OK_SQL = "regexp_full_match(trim(EventCode), '[0-9]{2,4}')"
#: Why a row whose date or event code is unusable is quarantined.
BAD_ROW_REASON = (
    "CASE WHEN DATEADDED IS NULL THEN 'too few columns: DATEADDED is empty' WHEN "
    + DATE_SQL
    + " IS NULL THEN 'bad date: SQLDATE ' || coalesce(CAST(SQLDATE AS VARCHAR), 'empty') || "
    "' is not a YYYYMMDD day' ELSE 'bad event code: EventCode ' || "
    "coalesce('''' || EventCode || '''', 'empty') || ' is not a CAMEO code' END"
)
# DATEADDED is always filled by GDELT: empty means a short 1.0 row that null_padding padded.
VALID_SQL = f"({DATE_SQL} IS NOT NULL AND coalesce({CODE_OK_SQL}, false) AND DATEADDED IS NOT NULL)"


DAY_SQL = f"CAST({DATE_SQL} AS DATE)"


def story_key_sql(day: str, src: str, tgt: str, code: str) -> str:
    """SQL for :func:`dipwatch.models.story_key`: the same id for the same story, whatever
    the origin (text coder, GDELT, ICEWS, CSV)."""
    return (
        f"'s' || left(sha256(concat_ws(chr(31), CAST({day} AS VARCHAR), "
        f"coalesce(left({src}, 3), ''), coalesce(left({tgt}, 3), ''), {code})), 15)"
    )


def story_sql() -> str:
    """The story id of a ``gdelt_raw`` row."""
    return story_key_sql(DAY_SQL, actor_sql(1), actor_sql(2), "trim(EventCode)")


def event_select_sql() -> str:
    """SELECT list mapping ``gdelt_raw`` columns to the events table's columns, in order.

    Expects a LEFT JOIN of the FIPS -> ISO3 table as ``f`` on ``ActionGeo_CountryCode``; its
    one parameter is the run id.
    """
    return ", ".join(
        [
            "'g' || CAST(GlobalEventID AS VARCHAR)", DAY_SQL, "'day'", actor_sql(1), actor_sql(2),
            "trim(EventCode)", "coalesce(nullif(trim(EventRootCode), ''), left(trim(EventCode), 2))",
            "CAST(QuadClass AS TINYINT)", "GoldsteinScale", "CAST([] AS VARCHAR[])", "'gdelt'",
            "NULL", "NULL", "NULL", "NULL", "NULL", "'gdelt' || CAST(gdelt_version AS VARCHAR)",
            "NULL", "NumMentions", "NumSources", "NumArticles", "AvgTone", "f.iso3", "SOURCEURL",
            story_sql(), "?",
        ]
    )  # fmt: skip


def prc_action_sql() -> str:
    """The action took place in the PRC (FIPS ``CH``)."""
    return "ActionGeo_CountryCode = 'CH'"


def find_lines(path: Path, ids: set[int]) -> dict[int, tuple[int, str]]:
    """(line number, text) of the rows of ``path`` whose GlobalEventID is in ``ids``.

    Only called for the few rows quarantined after a bulk read, to name their lines.
    """
    wanted = {str(i).encode() for i in ids}
    found: dict[int, tuple[int, str]] = {}
    with path.open("rb") as f:
        for number, line in enumerate(f, 1):
            head = line.split(b"\t", 1)[0]
            if head in wanted:
                found.setdefault(int(head), (number, line.decode("utf-8", "replace").rstrip()))
    return found


def gdelt_sql(path: Path, layout: Layout, scope: str, *, crlf: bool = False) -> GdeltSql:
    """Everything the bulk loader needs to load the events file ``path`` of ``layout``;
    ``scope`` is the kept rows' condition (see :meth:`dipwatch.sources.scope.Scope.where_sql`)."""
    return GdeltSql(
        read=read_csv_sql(path, layout, crlf=crlf),
        version=layout.version,
        valid=VALID_SQL,
        reason=BAD_ROW_REASON,
        scope=scope,
        select=event_select_sql(),
        find_lines=partial(find_lines, path),
    )
