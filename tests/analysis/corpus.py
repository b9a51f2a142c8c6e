"""The analyses' test corpus: real 2021-H2 facts (``tests/data/analysis/h2_2021/facts.csv``,
one row a fact, written by us) as GDELT 2.0 rows and as coded text.

``facts.csv`` is the readable list; ``20211231.export.CSV`` beside it (and its copy in the demo
corpus, ``examples/gdelt/``) holds the same facts as a GDELT 2.0 events file: 61 columns, no
issue tags, GDELT's actor codes, FIPS places and each fact's URL. :func:`gdelt_lines` builds
that file from the facts and a test checks the stored files are what it builds.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from dipwatch.models import Event
from dipwatch.reference import cameo, countries
from tests.sources.gdelt_makers import gdelt_row

CORPUS = Path(__file__).resolve().parents[1] / "data" / "analysis" / "h2_2021"
FACTS = CORPUS / "facts.csv"
GDELT = CORPUS / "20211231.export.CSV"
TEXTS = CORPUS / "texts.jsonl"
FIRST_ID = 1_009_000_001


def facts() -> list[dict[str, str]]:
    with FACTS.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _side(n: int, code: str) -> dict[str, str]:
    country = countries().by_iso3(code[:3])
    return {
        f"Actor{n}Code": code, f"Actor{n}Name": (country.name_en if country else code).upper(),
        f"Actor{n}CountryCode": code[:3], f"Actor{n}Type1Code": code[3:],
    }  # fmt: skip


def gdelt_lines() -> list[str]:
    """The facts as GDELT 2.0 event rows, in date order."""
    out = []
    for i, f in enumerate(facts()):
        day = f["date"].replace("-", "")
        info = cameo().get(f["code"])
        place = countries().by_fips(f["fips"])
        fields = {
            **_side(1, f["actor1"]), **_side(2, f["actor2"]), "QuadClass": str(_quad(f["code"])),
            "GoldsteinScale": str(info.goldstein if info else 0.0), "SOURCEURL": f["url"],
            "ActionGeo_Type": "1", "ActionGeo_CountryCode": f["fips"],
            "ActionGeo_FullName": place.name_en if place else "", "DATEADDED": f"{day}134500",
            "NumSources": "3", "AvgTone": "-2.5" if _quad(f["code"]) > 2 else "2.5",
        }  # fmt: skip
        out.append(gdelt_row(FIRST_ID + i, day, f["code"], **fields))
    return out


def coded_text() -> list[Event]:
    """The same facts as the text coder records them: a sentence and issue tags each."""
    return [
        Event(
            date=date.fromisoformat(f["date"]),
            code=f["code"],
            source_actor=f["actor1"],
            target_actor=f["actor2"],
            origin="text",
            quad_class=_quad(f["code"]),
            goldstein=(cameo().get(f["code"]).goldstein),
            text=f["text"],
            url=f["url"],
            issues=tuple(x for x in f["issues"].split("|") if x),
            sentence=i,
            pattern="facts",
        )
        for i, f in enumerate(facts())
    ]
