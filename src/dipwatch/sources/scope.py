"""Which events an event dataset's ingest keeps (``dipwatch ingest --keep``), as SQL conditions.

- ``prc`` (the default): a PRC actor on either side (a country code ``CHN``) or a PRC action
  location, and events between Taiwan (``TWN``) and any state;
- ``all``: everything;
- ``countries=USA,RUS``: an actor of one of these states (ISO3) on either side.

Rows left out are counted (``out_of_scope``), never quarantined: they are not bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dipwatch.errors import InputError

MODES = ("prc", "all", "countries")


@dataclass(frozen=True, slots=True)
class Scope:
    """A parsed ``--keep`` value.

    >>> Scope.parse("countries=usa, RUS").codes
    ('RUS', 'USA')
    """

    mode: str = "prc"
    codes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> Scope:
        value = (text or "prc").strip()
        if value in ("prc", "all"):
            return cls(value)
        if value.startswith("countries="):
            codes = sorted({c.strip().upper() for c in value[10:].split(",") if c.strip()})
            if not codes:
                raise InputError("--keep countries= needs ISO3 codes, e.g. countries=USA,RUS")
            return cls("countries", tuple(_country_codes(codes)))
        raise InputError(f"unknown --keep {value!r}; choose prc, all or countries=A,B (ISO3)")

    def where_sql(self, src: str, tgt: str, action_prc: str = "false") -> str:
        """A SQL condition over the two sides' country codes (SQL expressions ``src`` and
        ``tgt``) and a boolean SQL expression saying the action took place in the PRC."""
        if self.mode == "all":
            return "true"
        if self.mode == "countries":
            listed = _sql_list(self.codes)
            return f"(coalesce({src} IN ({listed}), false) OR coalesce({tgt} IN ({listed}), false))"
        states = _sql_list(sorted(state_codes()))
        return (
            f"(coalesce({src} = 'CHN' OR {tgt} = 'CHN', false) OR coalesce({action_prc}, false) "
            f"OR coalesce({src} = 'TWN' AND {tgt} IN ({states}), false) "
            f"OR coalesce({tgt} = 'TWN' AND {src} IN ({states}), false))"
        )


def _sql_list(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join("'" + c.replace("'", "''") + "'" for c in codes)


@cache
def state_codes() -> frozenset[str]:
    """ISO3 and CAMEO codes of every state (not territories or regions) except Taiwan."""
    from dipwatch.reference import countries

    codes = set()
    for c in countries():
        if c.kind == "state" and c.iso3 != "TWN":
            codes.update(x for x in (c.iso3, c.cameo) if x)
    return frozenset(codes)


@cache
def fips_to_iso3() -> dict[str, str]:
    """GDELT's FIPS 10-4 country codes (``CH``) to ISO3 (``CHN``)."""
    from dipwatch.reference import countries

    return {c.fips: c.iso3 for c in countries() if c.fips}


def _country_codes(codes: list[str]) -> list[str]:
    """The ISO3 codes given, with their CAMEO codes where those differ; unknown codes refused."""
    from dipwatch.reference import countries

    table = countries()
    out: set[str] = set()
    for code in codes:
        country = table.by_iso3(code) or table.lookup(code)
        if country is None:
            raise InputError(f"--keep countries=: unknown country code {code!r} (use ISO3: USA)")
        out.update(x for x in (country.iso3, country.cameo) if x)
    return sorted(out)
