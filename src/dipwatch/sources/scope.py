"""Which events an event dataset's ingest keeps (``dipwatch ingest --keep``), as conditions.

- ``prc`` (the default): a PRC actor on either side (a country code ``CHN``) or a PRC action
  location, and events between Taiwan (``TWN``) and any state;
- ``all``: everything;
- ``countries=USA,RUS``: an actor of one of these states (ISO3) on either side.

A scope is a condition (:mod:`dipwatch.layout` data) over ``src``, ``tgt`` and
``action``, the country codes each event map gives; with :meth:`Scope.tokens`, strings every
raw GDELT line in scope contains, so that the others need not be parsed. Rows left out are
counted (``out_of_scope``), never quarantined: they are not bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dipwatch.errors import InputError
from dipwatch.layout import Col, Expr, F

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

    @property
    def keeps_all(self) -> bool:
        return self.mode == "all"

    def rule(self) -> Expr | None:
        """The condition over ``src``, ``tgt`` and ``action`` (None: every row is kept).

        >>> Scope.parse("countries=USA").rule().name
        'any'
        """
        src, tgt = Col("src"), Col("tgt")
        if self.mode == "all":
            return None
        if self.mode == "countries":
            return F.any(F.isin(src, self.codes), F.isin(tgt, self.codes))
        states = state_codes()
        return F.any(
            F.eq(src, "CHN"),
            F.eq(tgt, "CHN"),
            F.eq(Col("action"), "CHN"),
            F.all(F.eq(src, "TWN"), F.isin(tgt, states)),
            F.all(F.eq(tgt, "TWN"), F.isin(src, states)),
        )

    def tokens(self) -> tuple[str, ...] | None:
        """Strings every GDELT line in scope contains, to skip the others unparsed; None: no
        such strings (``--keep all``).

        A PRC or Taiwanese actor has a country code ``CHN``/``TWN`` (in ``Actor1Code`` or
        ``Actor1CountryCode``); an action in the PRC has the FIPS code ``CH`` as a whole
        column, so ``CH`` before a tab. (Not a tab, CH, a tab: a search for a string that
        starts with a tab stops at each of a line's 60 tabs, and takes twice as long.)
        """
        if self.mode == "all":
            return None
        if self.mode == "countries":
            return self.codes
        return ("CHN", "TWN", "CH\t")


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
