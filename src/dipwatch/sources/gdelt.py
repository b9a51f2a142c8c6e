"""GDELT's tab-separated files as data: their layouts, which layout a file is, how a row
becomes an event, what a kept row must satisfy, and the strings a row in scope contains.

Four layouts, none with a header (see the GDELT 1.0 and 2.0 event codebooks):

- ``v1``: GDELT 1.0 events, 57 columns (historical backfiles) or 58 (daily files since
  2013-04-01, which add ``SOURCEURL``);
- ``v2``: GDELT 2.0 export, 61 columns (1.0's plus an ``ADM2Code`` for each of three places);
- ``mentions``: GDELT 2.0 mentions, 16 columns, one row per article that mentions an event.

Every CAMEO code is text (``'017'`` keeps its zero). The layouts, the event mapping
(:func:`event_map`) and its checks are the plain data of :mod:`dipwatch.layout`: the
store reads them with DuckDB, and a Spark job loading raw GDELT files into the same dataset
applies the same objects. A kept row is stored verbatim as its line in ``gdelt_lines``.

Checks on a kept row (the codebook's ranges): ``EventCode`` two to four digits, ``QuadClass``
1 to 4, ``GoldsteinScale`` -10 to 10, ``AvgTone`` -100 to 100, counts not negative, and
``SQLDATE`` within the plausible span of :func:`plausible_days` (1900-01-01 to a year after
the day of the load). A row that fails one is quarantined with the
reason; its neighbours load.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path

from dipwatch.errors import SourceFormatError
from dipwatch.layout import (
    Check,
    Col,
    Column,
    EventMap,
    Expr,
    F,
    Layout,
    Lit,
    plausible_days,
    range_check,
)
from dipwatch.reference.issues import url_issue_cases
from dipwatch.sources.detect import GDELT_NAME

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip


def _actor(n: int) -> list[Column]:
    return [Column(f"Actor{n}{field}") for field in _ACTOR]


def _geo(prefix: str, adm2: bool) -> list[Column]:
    cols = [
        Column(f"{prefix}_Type", "int32"),
        Column(f"{prefix}_FullName"),
        Column(f"{prefix}_CountryCode"),
        Column(f"{prefix}_ADM1Code"),
    ]
    if adm2:
        cols.append(Column(f"{prefix}_ADM2Code"))
    # Feature ids are numeric for places and FIPS/ADM1 codes for countries and regions ('NZ').
    cols += [Column(f"{prefix}_Lat", "float64"), Column(f"{prefix}_Long", "float64"),
             Column(f"{prefix}_FeatureID")]  # fmt: skip
    return cols


def _event_columns(v2: bool) -> tuple[Column, ...]:
    head = [
        Column("GlobalEventID", "int64"), Column("SQLDATE", "yyyymmdd"),
        Column("MonthYear", "int32"), Column("Year", "int32"), Column("FractionDate", "float64"),
    ]  # fmt: skip
    action = [
        Column("IsRootEvent", "int32"), Column("EventCode"), Column("EventBaseCode"),
        Column("EventRootCode"), Column("QuadClass", "int32"), Column("GoldsteinScale", "float64"),
        Column("NumMentions", "int32"), Column("NumSources", "int32"),
        Column("NumArticles", "int32"), Column("AvgTone", "float64"),
    ]  # fmt: skip
    geo = _geo("Actor1Geo", v2) + _geo("Actor2Geo", v2) + _geo("ActionGeo", v2)
    tail = [Column("DATEADDED", "int64"), Column("SOURCEURL")]
    return tuple(head + _actor(1) + _actor(2) + action + geo + tail)


MENTION_COLUMNS = (
    Column("GlobalEventID", "int64"), Column("EventTimeDate", "int64"),
    Column("MentionTimeDate", "int64"), Column("MentionType", "int32"),
    Column("MentionSourceName"), Column("MentionIdentifier"), Column("SentenceID", "int32"),
    Column("Actor1CharOffset", "int32"), Column("Actor2CharOffset", "int32"),
    Column("ActionCharOffset", "int32"), Column("InRawText", "int32"),
    Column("Confidence", "int32"), Column("MentionDocLen", "int32"),
    Column("MentionDocTone", "float64"), Column("MentionDocTranslationInfo"), Column("Extras"),
)  # fmt: skip

#: The layouts by name; ``version`` is GDELT's (1 or 2).
LAYOUTS = {
    "v1": Layout("v1", _event_columns(v2=False), widths=(57, 58),
                 required=("GlobalEventID", "SQLDATE")),
    "v2": Layout("v2", _event_columns(v2=True), required=("GlobalEventID", "SQLDATE")),
    "mentions": Layout("mentions", MENTION_COLUMNS, required=("GlobalEventID",)),
}  # fmt: skip
VERSIONS = {"v1": 1, "v2": 2, "mentions": 2}
V1_COLUMNS = LAYOUTS["v1"].columns
V2_COLUMNS = LAYOUTS["v2"].columns
#: Column count of a file's first row -> its layout.
BY_WIDTH = {57: "v1", 58: "v1", 61: "v2", 16: "mentions"}


def layout_of(first_line: bytes, where: str) -> Layout:
    """The layout of a file from its first row's column count; when that width does not fit
    what the file's GDELT name says it holds (a malformed first row), from the name, so that
    one bad row cannot make every good row of the file the wrong width.

    >>> layout_of(b"\\t".join([b"x"] * 61) + b"\\n", "f").name
    'v2'
    >>> layout_of(b"x\\ty\\n", "dl/20211116000000.export.CSV").name
    'v2'
    """
    line = first_line.rstrip(b"\r\n")
    if not line:
        raise SourceFormatError(f"{where}:1", "empty file or blank first line: no GDELT rows")
    width = line.count(b"\t") + 1
    by_width = BY_WIDTH.get(width)
    if named := GDELT_NAME.search(Path(where).name):
        kind = named[1].lower()
        if kind == "mentions":
            return LAYOUTS["mentions"]
        return LAYOUTS[by_width if by_width in ("v1", "v2") else "v2"]
    if by_width is None:
        raise SourceFormatError(
            f"{where}:1",
            f"not a GDELT file: {width} tab-separated columns; expected 57 or 58 (GDELT 1.0 "
            "events), 61 (GDELT 2.0 export) or 16 (GDELT 2.0 mentions)",
        )
    return LAYOUTS[by_width]


def actor(n: int) -> Expr:
    """The CAMEO actor code of side ``n``: Actor{n}Code, else CountryCode + Type1Code."""
    a = f"Actor{n}"
    return F.first(
        F.trim(Col(f"{a}Code")),
        F.concat(F.trim(Col(f"{a}CountryCode")), F.trim(Col(f"{a}Type1Code"))),
    )


def actor_country(n: int) -> Expr:
    """The country (CAMEO country code, ISO3 for states) of side ``n``."""
    a = f"Actor{n}"
    return F.first(F.trim(Col(f"{a}CountryCode")), F.left(F.trim(Col(f"{a}Code")), 3))


def event_checks(today: date | None = None) -> tuple[Check, ...]:
    """What a kept GDELT row must satisfy, first failure first (see the module docstring)."""
    first, last = plausible_days(today)
    return (
        Check(F.full_match(F.trim(Col("EventCode")), "[0-9]{2,4}"),
              "bad event code: EventCode {EventCode} is not a CAMEO code"),
        range_check("QuadClass", 1, 4, "the quad classes"),
        range_check("GoldsteinScale", -10.0, 10.0, "the Goldstein scale"),
        range_check("AvgTone", -100.0, 100.0, "the tone scale"),
        range_check("SQLDATE", first, last, "the plausible span"),
        *(range_check(c, 0, 2**31 - 1, "the counts")
          for c in ("NumMentions", "NumSources", "NumArticles")),
    )  # fmt: skip


#: A batch of export files read as one: each line led by its file's number (see
#: dipwatch.store.gdelt_batch); the file's number marks its events while the batch loads.
BATCH_LAYOUT = Layout(
    "v2-batch", (Column("_file", "int32"), *LAYOUTS["v2"].columns),
    required=("_file", "GlobalEventID", "SQLDATE"),
)  # fmt: skip
VERSIONS["v2-batch"] = 2


def event_map(layout: Layout, fips: Mapping[str, str], today: date | None = None) -> EventMap:
    """How a row of ``layout`` (v1, v2, or a batch of v2) becomes an event; ``fips`` maps
    FIPS 10-4 country codes (``CH``) to ISO3 for the place of the action."""
    code = F.trim(Col("EventCode"))
    place = F.lookup("fips", Col("ActionGeo_CountryCode"), "iso3")
    fields = {
        "event_id": F.concat("g", Col("GlobalEventID")),
        "date": Col("SQLDATE"),
        "date_precision": Lit("day"),
        "source_actor": actor(1),
        "target_actor": actor(2),
        "code": code,
        "root": F.first(F.trim(Col("EventRootCode")), F.left(code, 2)),
        "quad_class": Col("QuadClass"),
        "goldstein": Col("GoldsteinScale"),
        # GDELT rows carry no issues: the words of the source URL name some (issues.yaml)
        "issues": F.tags(Col("SOURCEURL"), Lit(url_issue_cases())),
        "origin": Lit("gdelt"),
        "pattern": Lit(f"gdelt{VERSIONS[layout.name]}"),
        "num_mentions": Col("NumMentions"),
        "num_sources": Col("NumSources"),
        "num_articles": Col("NumArticles"),
        "tone": Col("AvgTone"),
        "action_country": place,
        "url": Col("SOURCEURL"),
        "story_id": F.story(Col("SQLDATE"), actor(1), actor(2), code),
    }
    if "_file" in layout.types:
        fields["doc_id"] = F.concat("#", Col("_file"))
    return EventMap(
        fields=fields,
        checks=event_checks(today),
        countries={"src": actor_country(1), "tgt": actor_country(2), "action": place},
        tables={"fips": {k: {"iso3": v} for k, v in fips.items()}},
    )


def find_lines(
    path: Path, ids: Collection[int] = (), texts: Collection[str] = (), prefixed: bool = False
) -> dict[int | str, list[tuple[int, str]]]:
    """Every (line number, text) of ``path`` whose GlobalEventID is in ``ids`` (keyed by id)
    or whose text is in ``texts`` (keyed by text), in file order; ``prefixed``: each line
    starts with its file's number and a tab (a batch of files read as one).

    Only called for the few rows quarantined after a bulk read, to name their lines.
    """
    wanted = {str(i).encode(): i for i in ids}
    lines = set(texts)
    at = 1 if prefixed else 0
    found: dict[int | str, list[tuple[int, str]]] = {}
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            fields = raw.split(b"\t", at + 1)
            head = fields[at] if len(fields) > at else b""
            text = raw.decode("utf-8", "replace").rstrip("\r\n")
            if head in wanted:
                found.setdefault(wanted[head], []).append((number, text))
            if text in lines:
                found.setdefault(text, []).append((number, text))
    return found
