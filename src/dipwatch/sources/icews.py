"""ICEWS coded event files (``dipwatch ingest --kind icews``), as published on Dataverse.

Tab-separated with a header::

    Event ID  Event Date  Source Name  Source Sectors  Source Country  Event Text  CAMEO Code
    Intensity  Target Name  Target Sectors  Target Country  Story ID  Sentence Number
    Publisher  City  District  Province  Country  Latitude  Longitude

Countries are names ("China", "Taiwan", "Russian Federation") mapped to ISO3 through the
countries table; an actor is its country's code plus a CAMEO role guessed from its sectors
(``Government`` -> ``GOV``, ``Military`` -> ``MIL`` …), so Xi Jinping is ``CHNGOV``.
``Intensity`` is ICEWS's Goldstein-like score (-10 to 10); the event id is ``i`` + ICEWS's
Event ID, which must be present and appear once in a file. The mapping is
:mod:`dipwatch.layout` data (:func:`event_map`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from dipwatch.errors import SourceFormatError
from dipwatch.layout import Check, Col, EventMap, Expr, F, Lit
from dipwatch.sources.events_csv import cameo_field, cameo_table, date_checks, goldstein_checks

DELIMITER, QUOTE = "\t", None
REQUIRED = ("event id", "event date", "source country", "cameo code", "target country")
#: The columns whose values are country names (looked up in the ``countries`` table).
COUNTRY_COLUMNS = ("source country", "target country", "country")

#: ICEWS sector words -> CAMEO role, first match wins (a format's fixed vocabulary, not data).
ROLES = (
    ("military|army|navy|air force|armed forces|defen[cs]e", "MIL"),
    ("police|law enforcement", "COP"),
    ("judicia|court", "JUD"),
    ("legislat|parliament", "LEG"),
    ("government|executive|ministr|cabinet|elite|diplomat", "GOV"),
    ("business|industr", "BUS"),
    ("media|news", "MED"),
    ("opposition|dissident", "OPP"),
    ("education", "EDU"),
    ("religio", "REL"),
    ("non-governmental|ngo", "NGO"),
)


def country_table(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """Country names as ICEWS writes them -> ISO3, for the ones the countries table knows."""
    from dipwatch.reference import countries

    table = countries()
    found: dict[str, dict[str, str]] = {}
    for name in names:
        country = table.lookup(name) or table.lookup(name.split(",")[0])
        if country is not None:
            found[name] = {"iso3": country.iso3}
    return found


def _col(name: str, header: list[str]) -> Expr:
    return F.trim(Col(name)) if name in header else Lit(None)


def _actor(side: str, header: list[str]) -> Expr:
    country = F.lookup("countries", _col(f"{side} country", header), "iso3")
    role = F.match(_col(f"{side} sectors", header), Lit(ROLES))
    return F.when(F.present(country), F.concat(country, role))


def event_map(
    header: list[str], where: str, names: Mapping[str, Mapping[str, str]], today: date | None = None
) -> EventMap:
    """How a row of an ICEWS file with this ``header`` becomes an event; ``names`` is the
    :func:`country_table` of the file's country names."""
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SourceFormatError(
            f"{where}:1", f"not an ICEWS events file: missing column(s) {', '.join(missing)}"
        )
    day = F.date(_col("event date", header))
    src, tgt = _actor("source", header), _actor("target", header)
    raw = _col("cameo code", header)
    raw_code = F.pad(raw, 3, "0")  # some releases write codes as numbers ('42')
    code = cameo_field(raw_code, "code")
    text = F.join(" — ", *(_col(c, header) for c in ("source name", "event text", "target name")))
    fields = {
        "event_id": F.concat("i", _col("event id", header)),
        "date": day, "date_precision": Lit("day"), "source_actor": src, "target_actor": tgt,
        "code": code, "root": F.left(code, 2), "quad_class": cameo_field(raw_code, "quad_class"),
        "goldstein": F.first(F.number(_col("intensity", header)), cameo_field(raw_code, "goldstein")),
        "issues": Lit(()), "origin": Lit("icews"), "text": text,
        "sentence": F.integer(_col("sentence number", header)), "pattern": Lit("icews"),
        "action_country": F.lookup("countries", _col("country", header), "iso3"),
        "story_id": F.story(day, src, tgt, code),
    }  # fmt: skip
    checks = (
        Check(F.present(_col("event id", header)), "Event ID is empty"),
        *date_checks(day, "event date", today),
        Check(F.present(code), "unknown CAMEO event code: {cameo code}"),
        *goldstein_checks("intensity", header),
    )
    countries = {
        "src": F.lookup("countries", _col("source country", header), "iso3"),
        "tgt": F.lookup("countries", _col("target country", header), "iso3"),
        "action": fields["action_country"],
    }
    return EventMap(
        fields=fields,
        checks=checks,
        countries=countries,
        tables={"cameo": cameo_table(), "countries": dict(names)},
    )
