"""Charts: one Vega-Lite spec per chart, drawn offline to SVG (HTML, PDF) and PNG (Word).

The spec is the one thing every output shares: the report's HTML and PDF inline the SVG that
``vl-convert`` draws from it, Word embeds its PNG, and the dashboard hands the same JSON to the
Vega-Lite runtime that ``vl-convert`` bundles (:func:`javascript`), so a chart looks and counts
the same everywhere. Specs carry their data inline and name nothing on the network; drawing
refuses every external URL.

Four charts: ``nci`` (net cooperation of the main pairs by month), ``regions`` (events by region
by month), ``map`` (the world coloured by the PRC's kind of relation with each state, from
Natural Earth shapes the project ships) and ``allies`` (Taiwan's allies at each year's end).

>>> s = spec("allies", [{"day": __import__("datetime").date(2021, 12, 31), "allies": 14}], "en")
>>> s["mark"]["type"], s["data"]["values"][0]["label"]
('bar', '2021')
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dipwatch import i18n
from dipwatch.errors import DipwatchError
from dipwatch.report.words import label

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"  # an identifier, never fetched
#: Fonts the charts ask for, in order: the Noto CJK face of the reader's script, then the usual
#: system faces of phones and desktops.
FONTS = {
    "zh-Hant": "Noto Sans CJK TC, PingFang TC, Microsoft JhengHei, sans-serif",
    "zh-Hans": "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif",
    "en": "Noto Sans, Noto Sans CJK TC, Helvetica, Arial, sans-serif",
}
TYPE_COLOURS = {
    "pragmatic_cooperation": "#2b83ba",
    "managing_differences": "#fdae61",
    "condemnation_sanctions": "#d7191c",
    "undetermined": "#9e9e9e",
}
FONT_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto",
             "/usr/share/fonts/opentype", "/usr/share/fonts")  # fmt: skip


def spec(key: str, data: Any, lang: str) -> dict[str, Any]:
    """The Vega-Lite spec of chart ``key`` over its report data, labelled in ``lang``."""
    lang = i18n.check_lang(lang)
    body = {"nci": _nci, "regions": _regions, "map": _map, "allies": _allies}[key](data, lang)
    return {
        "$schema": SCHEMA,
        "description": label("prose", f"chart.{key}", lang),
        "config": {"font": FONTS[lang], "view": {"stroke": None}},
        **body,
    }


def _month(d: Any, lang: str) -> str:
    return i18n.day(d, lang, "month")


def _axis(key: str, lang: str) -> str:
    return label("prose", f"chart.axis.{key}", lang)


def _nci(rows: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    values = [{"month": r["month"].isoformat(), "label": _month(r["month"], lang),
               "pair": i18n.name(r["partner"], lang), "nci": r["nci"]} for r in rows]  # fmt: skip
    return {
        "width": 520, "height": 220, "data": {"values": values},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "label", "type": "ordinal", "sort": {"field": "month"},
                  "title": _axis("month", lang), "axis": {"labelAngle": -40}},
            "y": {"field": "nci", "type": "quantitative", "scale": {"domain": [-1, 1]},
                  "title": _axis("nci", lang)},
            "color": {"field": "pair", "type": "nominal", "title": _axis("pair", lang)},
            "tooltip": [{"field": "pair"}, {"field": "label"}, {"field": "nci", "format": "+.2f"}],
        },
    }  # fmt: skip


def _regions(rows: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    values = [{"month": r["month"].isoformat(), "label": _month(r["month"], lang),
               "region": i18n.region_name(r["region"], lang), "events": r["events"]}
              for r in rows]  # fmt: skip
    return {
        "width": 520, "height": 220, "data": {"values": values}, "mark": "bar",
        "encoding": {
            "x": {"field": "label", "type": "ordinal", "sort": {"field": "month"},
                  "title": _axis("month", lang), "axis": {"labelAngle": -40}},
            "y": {"field": "events", "type": "quantitative", "aggregate": "sum",
                  "title": _axis("events", lang)},
            "color": {"field": "region", "type": "nominal", "title": _axis("region", lang)},
            "tooltip": [{"field": "region"}, {"field": "label"}, {"field": "events"}],
        },
    }  # fmt: skip


def _allies(rows: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    values = [{"label": str(r["day"].year), "allies": r["allies"]} for r in rows]
    return {
        "width": 520, "height": 180, "data": {"values": values},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "label", "type": "ordinal", "title": _axis("year", lang),
                  "axis": {"labelAngle": 0}},
            "y": {"field": "allies", "type": "quantitative", "title": _axis("allies", lang)},
            "tooltip": [{"field": "label"}, {"field": "allies"}],
        },
    }  # fmt: skip


def _map(kinds: dict[str, str], lang: str) -> dict[str, Any]:
    names = [label("prose", f"type.{t}", lang) for t in TYPE_COLOURS]
    features = [
        {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": polygons},
         "properties": {"name": i18n.name(iso3, lang),
                        "kind": label("prose", f"type.{kinds[iso3]}", lang) if iso3 in kinds else None}}
        for iso3, polygons in world_shapes().items()
    ]  # fmt: skip
    return {
        "width": 620, "height": 300, "projection": {"type": "equalEarth"},
        "data": {"values": {"type": "FeatureCollection", "features": features},
                 "format": {"type": "json", "property": "features"}},
        "layer": [
            {"mark": {"type": "geoshape", "fill": "#e6e6e6", "stroke": "white", "strokeWidth": 0.4}},
            {"transform": [{"filter": "datum.properties.kind != null"}],
             "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.4},
             "encoding": {"color": {"field": "properties.kind", "type": "nominal",
                                    "title": _axis("kind", lang),
                                    "scale": {"domain": names, "range": list(TYPE_COLOURS.values())}},
                          "tooltip": [{"field": "properties.name"}, {"field": "properties.kind"}]}},
        ],
    }  # fmt: skip


@cache
def world_shapes() -> dict[str, Any]:
    """ISO3 -> MultiPolygon coordinates (Natural Earth 1:110m, public domain; tools/world_shapes.py)."""
    res = resources.files("dipwatch.report").joinpath("data", "world.json")
    return json.loads(res.read_text(encoding="utf-8"))["shapes"]


# -- drawing ----------------------------------------------------------------------------------
class ChartError(DipwatchError):
    """A chart could not be drawn."""


def to_svg(chart: dict[str, Any]) -> str:
    """The chart as an SVG document (text kept as text, so it stays searchable)."""
    return _vl().vegalite_to_svg(chart, allowed_base_urls=[])


def to_png(chart: dict[str, Any], scale: float = 2.0) -> bytes:
    """The chart as a PNG at ``scale`` × its CSS size, its text drawn with the CJK fonts."""
    return _vl().vegalite_to_png(chart, scale=scale, allowed_base_urls=[])


def javascript() -> str:
    """The Vega, Vega-Lite and vega-embed runtime as one script, for pages that draw the specs
    themselves (the dashboard), offline."""
    return _vl().javascript_bundle()


@cache
def _vl() -> Any:
    import vl_convert

    for folder in FONT_DIRS:
        if Path(folder).is_dir():
            vl_convert.register_font_directory(folder)
    return vl_convert
