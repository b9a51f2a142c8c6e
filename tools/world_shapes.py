"""Make ``src/dipwatch/report/data/world.json``: the country shapes of the report's world map.

    pip download --no-deps -d /tmp/wheels geopandas==0.14.4
    uv run python tools/world_shapes.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

The shapes are Natural Earth's 1:110m Admin 0 countries (public domain, naturalearthdata.com),
as geopandas 0.14 shipped them in its wheel (``datasets/naturalearth_lowres``; geopandas 1.0
dropped it). We keep ISO3 codes (Kosovo's ``-99`` becomes ``XKX``), drop Antarctica, round
coordinates to 0.1 degree and drop the points that rounding makes repeat, so the file stays
small and the map needs nothing from the network. Run once; the output is committed.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile

INSIDE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).resolve().parents[1] / "src" / "dipwatch" / "report" / "data" / "world.json"


def ring(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, 1), round(y, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else []


def main(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        parts = {ext: io.BytesIO(z.read(f"{INSIDE}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(**parts, encoding="latin-1")  # the .cpg says so
    shapes: dict[str, list[list[list[list[float]]]]] = {}
    for rec in reader.shapeRecords():
        iso3 = rec.record["iso_a3"]
        iso3 = "XKX" if iso3 == "-99" else iso3
        if iso3 == "ATA":
            continue
        geo = rec.shape.__geo_interface__
        polygons = geo["coordinates"] if geo["type"] == "MultiPolygon" else [geo["coordinates"]]
        kept = [[r for r in map(ring, poly) if r] for poly in polygons]
        shapes.setdefault(iso3, []).extend(p for p in kept if p)
    doc = {
        "source": "Natural Earth 1:110m Admin 0 countries, via geopandas 0.14.4 (naturalearth_lowres)",
        "licence": "public domain",
        "shapes": dict(sorted(shapes.items())),
    }
    OUT.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(shapes)} countries, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
