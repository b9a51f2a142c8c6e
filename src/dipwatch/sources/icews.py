"""ICEWS coded event files (``dipwatch ingest --kind icews``), as published on Dataverse.

Tab-separated with a header::

    Event ID  Event Date  Source Name  Source Sectors  Source Country  Event Text  CAMEO Code
    Intensity  Target Name  Target Sectors  Target Country  Story ID  Sentence Number
    Publisher  City  District  Province  Country  Latitude  Longitude

Countries are names ("China", "Taiwan", "Russian Federation") mapped to ISO3 through the
countries table; an actor is its country's code plus a CAMEO role guessed from its sectors
(``Government`` -> ``GOV``, ``Military`` -> ``MIL`` …), so Xi Jinping is ``CHNGOV``.
``Intensity`` is ICEWS's Goldstein-like score; the event id is ``i`` + ICEWS's Event ID.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dipwatch.errors import SourceFormatError
from dipwatch.sources.events_csv import (
    CODE_SQL,
    QUAD_SQL,
    cameo_table,
    code_joins,
    read_header,
    read_sql,
)
from dipwatch.sources.gdelt import story_key_sql
from dipwatch.sources.tabular import Tabular
from dipwatch.store.bulk import StagedSql

COLUMNS = (
    "event id", "event date", "source name", "source sectors", "source country", "event text",
    "cameo code", "intensity", "target name", "target sectors", "target country", "story id",
    "sentence number", "publisher", "city", "district", "province", "country", "latitude",
    "longitude",
)  # fmt: skip
_NAMED = (("n1", "source country"), ("n2", "target country"), ("n3", "country"))
REQUIRED = ("event id", "event date", "source country", "cameo code", "target country")

#: ICEWS sector words -> CAMEO role, first match wins (a format's fixed vocabulary, not data).
ROLES = (
    ("MIL", "military|army|navy|air force|armed forces|defen[cs]e"),
    ("COP", "police|law enforcement"),
    ("JUD", "judicia|court"),
    ("LEG", "legislat|parliament"),
    ("GOV", "government|executive|ministr|cabinet|elite|diplomat"),
    ("BUS", "business|industr"),
    ("MED", "media|news"),
    ("OPP", "opposition|dissident"),
    ("EDU", "education"),
    ("REL", "religio"),
    ("NGO", "non-governmental|ngo"),
)


def role_sql(sectors: str) -> str:
    """The CAMEO role for a sectors cell (empty when none matches)."""
    cases = " ".join(
        f"WHEN regexp_matches(lower({sectors}), '{pattern}') THEN '{role}'"
        for role, pattern in ROLES
    )
    return f"coalesce(CASE {cases} END, '')"


def lookup_countries(names: Sequence[str]) -> Mapping[str, str]:
    """Country names as ICEWS writes them -> ISO3, for the ones the countries table knows."""
    from dipwatch.reference import countries

    table = countries()
    found: dict[str, str] = {}
    for name in names:
        country = table.lookup(name) or table.lookup(name.split(",")[0])
        if country is not None:
            found[name] = country.iso3
    return found


def icews_sql(t: Tabular) -> StagedSql:
    """The ICEWS file at ``t`` as staged SQL for :func:`dipwatch.store.bulk.load_staged_events`."""
    names = read_header(t, "\t")
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise SourceFormatError(
            f"{t.where}:1", f"not an ICEWS events file: missing column(s) {', '.join(missing)}"
        )

    def col(name: str) -> str:
        return f"nullif(trim(s.\"{name}\"), '')" if name in names else "NULL"

    day = f"TRY_CAST({col('event date')} AS DATE)"
    src = f"nullif(n1.iso3 || {role_sql(col('source sectors'))}, '')"
    tgt = f"nullif(n2.iso3 || {role_sql(col('target sectors'))}, '')"
    text = f"nullif(concat_ws(' — ', {col('source name')}, {col('event text')}, {col('target name')}), '')"
    reason = (
        f"CASE WHEN {day} IS NULL THEN 'bad date: Event Date ' || coalesce('''' || "
        f"{col('event date')} || '''', 'empty') || ' is not YYYY-MM-DD' ELSE "
        f"'unknown CAMEO event code: ' || coalesce('''' || {col('cameo code')} || '''', 'empty') END"
    )
    select = ", ".join(
        [
            f"'i' || coalesce({col('event id')}, CAST(s._row AS VARCHAR)) AS event_id",
            f"{day} AS date", "'day' AS date_precision", f"{src} AS source_actor",
            f"{tgt} AS target_actor", f"{CODE_SQL} AS code", f"left({CODE_SQL}, 2) AS root",
            f"{QUAD_SQL} AS quad_class",
            f"coalesce(TRY_CAST({col('intensity')} AS DOUBLE), k1.goldstein, k2.goldstein) AS goldstein",
            "CAST([] AS VARCHAR[]) AS issues", "'icews' AS origin", "NULL AS doc_id",
            f"TRY_CAST({col('sentence number')} AS INTEGER) AS sentence", f"{text} AS text",
            "NULL AS span_start", "NULL AS span_end", "'icews' AS pattern", "NULL AS confidence",
            "NULL AS num_mentions", "NULL AS num_sources", "NULL AS num_articles", "NULL AS tone",
            "n3.iso3 AS action_country", "NULL AS url",
            f"{story_key_sql(day, src, tgt, CODE_SQL)} AS story_id",
            f"({day} IS NOT NULL AND {CODE_SQL} IS NOT NULL) AS _valid", f"{reason} AS _reason",
            "n1.iso3 AS _src", "n2.iso3 AS _tgt", "n3.iso3 AS _action",
        ]
    )  # fmt: skip
    # ICEWS writes codes as numbers in some releases ('42'): pad to three digits first.
    code = col("cameo code")
    raw_code = f"CASE WHEN length({code}) < 3 THEN lpad({code}, 3, '0') ELSE {code} END"
    joins = " ".join(
        [code_joins(raw_code)] + [f"LEFT JOIN _names {a} ON {a}.name = {col(c)}" for a, c in _NAMED]
    )
    return StagedSql(
        read=read_sql(t, names, "\t", ""),
        select=select,
        joins=joins,
        lookup_columns=tuple(c for _, c in _NAMED if c in names),
        lookup=lookup_countries,
        tables={"_cameo": cameo_table()},
    )
