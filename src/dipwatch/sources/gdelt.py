"""GDELT's tab-separated files: column layouts, which layout a file is, and the SQL to read them.

Four layouts, none with a header (see the GDELT 1.0 and 2.0 event codebooks):

- ``v1``: GDELT 1.0 events, 57 columns (historical backfiles) or 58 (daily files since
  2013-04-01, which add ``SOURCEURL``); both read as 58 columns, the short rows padded;
- ``v2``: GDELT 2.0 export, 61 columns (1.0's plus an ``ADM2Code`` for each of three places);
- ``mentions``: GDELT 2.0 mentions, 16 columns, one row per article that mentions an event.

Every CAMEO code is read as text (``'017'`` keeps its zero). This module only builds SQL text;
``dipwatch.store.bulk`` runs it.

How a file is read (``dipwatch.api.ingest_events``): with a scope, :func:`lines_sql` reads every
line as one column and copies those containing a :func:`scope_tokens` string; only the copy is
parsed into columns (:func:`read_csv_sql`, the event columns typed). A kept row is stored as
its line in ``gdelt_lines``; :func:`raw_view_sql` gives them back as GDELT's typed columns.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from dipwatch.errors import SourceFormatError
from dipwatch.sources.scope import Scope
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


#: The columns an event is made of, read with their types; the others are read as text, so
#: a malformed place or name never costs the event (the raw line keeps what was there).
EVENT_FIELDS = frozenset(
    {"GlobalEventID", "SQLDATE", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
     "NumArticles", "AvgTone", "DATEADDED"}
)  # fmt: skip


def read_csv_sql(
    path: Path,
    layout: Layout,
    *,
    crlf: bool = False,
    rejects: str = REJECTS,
    typed: frozenset[str] | None = None,
) -> str:
    """``read_csv(...)`` over a GDELT file with explicit types; bad rows go to ``rejects``.

    Rows that fail (wrong column count, a value of the wrong type, bytes that are not UTF-8)
    land in the temporary tables ``<rejects>`` and ``<rejects>_scan`` with their line numbers.
    With ``typed``, only those columns are read with their types, the others as text, and
    ``SQLDATE`` is read as a DATE: a row whose date is not a real day is rejected.
    """
    kinds = dict(layout.columns)
    if typed is not None:
        kinds = {n: k if n in typed else "VARCHAR" for n, k in kinds.items()}
        if "SQLDATE" in kinds:
            kinds["SQLDATE"] = "DATE"
    columns = ", ".join(f"'{name}': '{kind}'" for name, kind in kinds.items())
    dates = ", dateformat = '%Y%m%d'" if typed is not None else ""
    # GDELT 1.0 mixes 57- and 58-column rows: pad the short ones (SOURCEURL is then NULL).
    padding = "true" if layout.name == "v1" else "false"
    return (
        f"read_csv('{sql_text(str(path))}', delim = '\\t', header = false, quote = '', "
        f"escape = '', new_line = '{_newline(crlf)}', auto_detect = false, "
        f"columns = {{{columns}}}, null_padding = {padding}, store_rejects = true, "
        f"rejects_table = '{rejects}', rejects_scan = '{rejects}_scan'{dates})"
    )


def lines_sql(path: Path, *, crlf: bool = False, rejects: str | None = REJECTS) -> str:
    """``read_csv(...)`` of a file's lines as one text column ``l``, unsplit.

    Lines that are not UTF-8 land in ``rejects`` with their line numbers; with
    ``rejects=None`` they are skipped (for a second read of a file already checked).
    """
    bad = (
        f"store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{rejects}_scan'"
        if rejects
        else "ignore_errors = true"
    )
    # \x01 never occurs in GDELT: every line is one column, tabs and all.
    return (
        f"read_csv('{sql_text(str(path))}', columns = {{'l': 'VARCHAR'}}, delim = '\\x01', "
        f"header = false, quote = '', escape = '', new_line = '{_newline(crlf)}', "
        f"auto_detect = false, {bad})"
    )


def _newline(crlf: bool) -> str:
    return "\\r\\n" if crlf else "\\n"


#: The GlobalEventID of a raw line ``l`` (its first column), NULL if it is not a number.
LINE_ID_SQL = "TRY_CAST(split_part(l, chr(9), 1) AS BIGINT)"


def prefilter_sql(tokens: tuple[str, ...]) -> str:
    """A condition on a raw line ``l``: it contains one of ``tokens``."""
    return " OR ".join(f"contains(l, '{sql_text(t)}')" for t in tokens)


def scope_tokens(scope: Scope) -> tuple[str, ...] | None:
    """Strings every line in ``scope`` contains, to skip the others unparsed; None: no such
    strings (``--keep all``).

    A PRC or Taiwanese actor has a country code ``CHN``/``TWN`` (in ``Actor1Code`` or
    ``Actor1CountryCode``); an action in the PRC has the FIPS code ``CH`` as a whole column,
    so ``CH`` before a tab. (Not ``\tCH\t``: a search for a string that starts with a tab
    stops at each of a line's 60 tabs, and takes twice as long.)
    """
    if scope.mode == "all":
        return None
    if scope.mode == "countries":
        return scope.codes
    return ("CHN", "TWN", "CH\t")


def raw_view_sql() -> str:
    """The ``gdelt_raw`` view: every GDELT 2.0 column, typed, parsed from ``gdelt_lines``.

    GDELT 1.0 lines have no ADM2 columns (NULL here) and the columns after them shift.
    """
    v1 = {name: i for i, (name, _) in enumerate(V1_COLUMNS, 1)}
    out = []
    for i, (name, kind) in enumerate(V2_COLUMNS, 1):
        j = v1.get(name)
        field = f"f[{i}]" if j == i else f"f[CASE WHEN gdelt_version = 1 THEN {j} ELSE {i} END]"
        if j is None:
            field = f"CASE WHEN gdelt_version = 2 THEN f[{i}] END"
        value = f"nullif({field}, '')"
        out.append(
            f"    {value if kind == 'VARCHAR' else f'TRY_CAST({value} AS {kind})'} AS {name}"
        )
    columns = ",\n".join(out)
    return (
        "CREATE OR REPLACE VIEW gdelt_raw AS\nSELECT\n"
        f"{columns},\n    gdelt_version,\n    input\n"
        "FROM (SELECT *, string_split(line, chr(9)) AS f FROM gdelt_lines)"
    )


def lines_from_columns_sql() -> str:
    """A ``gdelt_raw`` table row (schema 3) written back as its tab-separated line."""

    def line(columns: tuple[tuple[str, str], ...]) -> str:
        fields = ", ".join(f"coalesce(CAST({name} AS VARCHAR), '')" for name, _ in columns)
        return f"concat_ws(chr(9), {fields})"

    return f"CASE WHEN gdelt_version = 1 THEN {line(V1_COLUMNS)} ELSE {line(V2_COLUMNS)} END"


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


#: A usable event code: two to four digits.
CODE_OK_SQL = "coalesce(regexp_full_match(trim(code), '[0-9]{2,4}'), false)"
#: Why an event whose code is unusable is quarantined (over the events table's ``code``).
BAD_CODE_REASON = (
    "'bad event code: EventCode ' || coalesce(chr(39) || code || chr(39), 'empty') || "
    "' is not a CAMEO code'"
)
#: A GDELT 1.0 row that ``null_padding`` padded: DATEADDED, always filled, is empty.
SHORT_ROW_SQL = "DATEADDED IS NULL"
SHORT_ROW_REASON = "too few columns: DATEADDED is empty"


def story_key_sql(day: str, src: str, tgt: str, code: str) -> str:
    """SQL for :func:`dipwatch.models.story_key`: the same id for the same story, whatever
    the origin (text coder, GDELT, ICEWS, CSV)."""
    return (
        f"'s' || left(sha256(concat_ws(chr(31), CAST({day} AS VARCHAR), "
        f"coalesce(left({src}, 3), ''), coalesce(left({tgt}, 3), ''), {code})), 15)"
    )


def story_sql() -> str:
    """The story id of a GDELT row (read with ``SQLDATE`` as a DATE)."""
    return story_key_sql("SQLDATE", actor_sql(1), actor_sql(2), "trim(EventCode)")


def event_select_sql(version: int) -> str:
    """SELECT list mapping GDELT columns (of :func:`read_csv_sql`) to the events table's
    columns, in order.

    Expects a LEFT JOIN of the FIPS -> ISO3 table as ``f`` on ``ActionGeo_CountryCode``; its
    one parameter is the run id.
    """
    return ", ".join(
        [
            "'g' || CAST(GlobalEventID AS VARCHAR)", "SQLDATE", "'day'", actor_sql(1), actor_sql(2),
            "trim(EventCode)", "coalesce(nullif(trim(EventRootCode), ''), left(trim(EventCode), 2))",
            "CAST(QuadClass AS TINYINT)", "GoldsteinScale", url_issues_sql("SOURCEURL"), "'gdelt'",
            "NULL", "NULL", "NULL", "NULL", "NULL", f"'gdelt{version}'",
            "NULL", "NumMentions", "NumSources", "NumArticles", "AvgTone", "f.iso3", "SOURCEURL",
            story_sql(), "?",
        ]
    )  # fmt: skip


def url_issues_sql(column: str) -> str:
    """SQL for :func:`dipwatch.reference.issues.url_issues` over ``column``: the issues the
    source URL's words name, in the lexicon's order (GDELT rows carry no issues of their own).

    >>> url_issues_sql("SOURCEURL")[:60]
    'CAST(list_filter([CASE WHEN regexp_matches(lower(coalesce(SO'
    """
    from dipwatch.reference.issues import issues, url_pattern

    low = f"lower(coalesce({column}, ''))"
    cases = [
        f"CASE WHEN regexp_matches({low}, '{sql_text(pat)}') THEN '{i.issue_id}' END"
        for i in issues()
        if (pat := url_pattern(i))
    ]
    if not cases:
        return "CAST([] AS VARCHAR[])"
    return f"CAST(list_filter([{', '.join(cases)}], lambda x: x IS NOT NULL) AS VARCHAR[])"


def prc_action_sql() -> str:
    """The action took place in the PRC (FIPS ``CH``)."""
    return "ActionGeo_CountryCode = 'CH'"


def find_lines(
    path: Path, ids: Collection[int] = (), texts: Collection[str] = ()
) -> dict[int | str, list[tuple[int, str]]]:
    """Every (line number, text) of ``path`` whose GlobalEventID is in ``ids`` (keyed by id)
    or whose text is in ``texts`` (keyed by text), in file order.

    Only called for the few rows quarantined after a bulk read, to name their lines.
    """
    wanted = {str(i).encode(): i for i in ids}
    lines = set(texts)
    found: dict[int | str, list[tuple[int, str]]] = {}
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            head = raw.split(b"\t", 1)[0]
            text = raw.decode("utf-8", "replace").rstrip("\r\n")
            if head in wanted:
                found.setdefault(wanted[head], []).append((number, text))
            if text in lines:
                found.setdefault(text, []).append((number, text))
    return found


def gdelt_sql(
    path: Path,
    layout: Layout,
    scope: str,
    *,
    crlf: bool = False,
    original: Path | None = None,
) -> GdeltSql:
    """Everything the bulk loader needs to load the events file ``path`` of ``layout``;
    ``scope`` is the kept rows' condition (see :meth:`dipwatch.sources.scope.Scope.where_sql`).

    ``original`` is the file ``path`` holds lines of (see :func:`dipwatch.store.bulk.prefilter`):
    its line numbers are the ones quarantine names.
    """
    return GdeltSql(
        read=read_csv_sql(path, layout, crlf=crlf, typed=EVENT_FIELDS),
        lines=lines_sql(path, crlf=crlf, rejects=None),
        line_id=LINE_ID_SQL,
        version=layout.version,
        code_ok=CODE_OK_SQL,
        bad_code=BAD_CODE_REASON,
        short=SHORT_ROW_SQL if layout.name == "v1" else None,
        short_reason=SHORT_ROW_REASON,
        scope=scope,
        every_row=scope.strip() == "true",
        select=event_select_sql(layout.version),
        find_lines=partial(find_lines, original or path),
        renumber=original is not None,
    )
