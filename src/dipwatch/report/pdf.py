"""The report as PDF, typeset by Typst (the ``typst`` package: the compiler in a wheel, no
system libraries) from ``templates/report.typ``, with a CJK font embedded.

The report travels to Typst as JSON (``sys.inputs``), so no sentence of a source is ever read
as markup. Fonts come from the machine: Debian's ``fonts-noto-cjk`` (or a folder named by
``DIPWATCH_FONT_DIR``); without a CJK font the PDF is refused with a message saying what to
install, rather than printed with empty boxes.
"""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dipwatch.errors import DipwatchError
from dipwatch.report.charts import FONT_DIRS
from dipwatch.report.document import Chart, Doc, Grid, Item, ItemList, Para

#: The faces of each script: body, headings; and Typst's language and region.
FACES = {
    "zh-Hant": (["Noto Serif CJK TC", "Noto Sans CJK TC"], ["Noto Sans CJK TC"], "zh", "tw"),
    "zh-Hans": (["Noto Serif CJK SC", "Noto Sans CJK SC"], ["Noto Sans CJK SC"], "zh", "cn"),
    "en": (["Noto Serif CJK TC", "Noto Sans CJK TC"], ["Noto Sans CJK TC"], "en", "gb"),
}


class FontError(DipwatchError):
    """No CJK font to embed."""


def render(doc: Doc) -> bytes:
    """``doc`` as the bytes of a PDF."""
    import typst

    payload = json.dumps(_payload(doc), ensure_ascii=False)
    template = resources.files("dipwatch.report").joinpath("templates", "report.typ")
    return typst.compile(
        template.read_bytes(), sys_inputs={"report": payload},
        font_paths=[str(p) for p in cjk_font_dirs()], ignore_system_fonts=True,
    )  # fmt: skip


@cache
def cjk_font_dirs() -> tuple[Path, ...]:
    """Folders holding Noto CJK fonts (``DIPWATCH_FONT_DIR`` first); FontError when none do."""
    wanted = [os.environ.get("DIPWATCH_FONT_DIR", ""), *FONT_DIRS]
    found = [Path(d) for d in wanted if d and any(Path(d).glob("Noto*CJK*.tt[cf]"))]
    if not found:
        raise FontError(
            "no CJK font found for the PDF (looked for Noto Sans/Serif CJK in "
            f"{', '.join(w for w in wanted if w)}): install Debian's fonts-noto-cjk, or set "
            "DIPWATCH_FONT_DIR to a folder holding NotoSansCJK-Regular.ttc"
        )
    return tuple(found[:1])


def _payload(doc: Doc) -> dict[str, Any]:
    body, heads, lang, region = FACES[doc.lang]
    first: set[int] = set()
    return {
        "title": doc.title, "lang": lang, "region": region, "fonts": body, "heading_fonts": heads,
        "meta": _items(doc.meta, first),
        "parts": [{"level": p.level, "title": p.title, "items": _items(p.items, first)}
                  for p in doc.walk()],
        "notes": {str(n.number): {"text": n.text, "links": n.links} for n in doc.notes},
    }  # fmt: skip


def _marks(notes: tuple[int, ...], first: set[int]) -> list[dict[str, Any]]:
    out = []
    for n in notes:
        out.append({"n": n, "first": n not in first})
        first.add(n)
    return out


def _items(items: list[Item], first: set[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        match item:
            case Para(text, notes):
                out.append({"kind": "para", "text": text, "marks": _marks(notes, first)})
            case ItemList(paras):
                out.append({"kind": "list", "items": [
                    {"text": p.text, "marks": _marks(p.notes, first)} for p in paras]})  # fmt: skip
            case Grid(header, rows, notes):
                out.append({"kind": "grid", "header": header, "rows": rows,
                            "marks": [_marks(n, first) for n in notes]})  # fmt: skip
            case Chart():
                out.append({"kind": "chart", "svg": item.svg, "caption": item.caption})
    return out
