"""The report as one self-contained HTML file: inline CSS, charts as inline SVG, footnotes as a
numbered list with links both ways; nothing loads from the network (a Content-Security-Policy
forbids it), and the page reflows to a phone's width."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from markupsafe import Markup

from dipwatch.report.charts import FONTS
from dipwatch.report.document import Chart, Doc, Grid, Item, ItemList, Para

_SIZE = re.compile(r'^(<svg\b[^>]*?)\s(width|height)="[^"]*"')


@dataclass(slots=True)
class _Refs:
    """Each footnote's first mark carries an anchor, so the note links back to where it is
    first cited (ids stay unique however often a note is cited)."""

    seen: set[int] = field(default_factory=set)

    def mark(self, n: int) -> str:
        if n in self.seen:
            return ""
        self.seen.add(n)
        return f"ref-{n}"


def render(doc: Doc) -> str:
    """``doc`` as one HTML document."""
    parts = [{"key": p.key, "anchor": p.key.replace(":", "-").replace(" ", "-"), "level": p.level,
              "title": p.title, "blocks": _items(p.items)} for p in doc.walk()]  # fmt: skip
    return _template().render(
        doc=doc, meta=_items(doc.meta), parts=parts, notes=doc.notes, refs=_Refs(),
        fonts=FONTS[doc.lang],
    )  # fmt: skip


def _items(items: list[Item]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        match item:
            case Para(text, notes):
                out.append({"kind": "para", "text": text, "notes": notes})
            case ItemList(paras):
                out.append({"kind": "list", "paras": paras})
            case Grid(header, rows, notes):
                out.append({"kind": "grid", "header": header, "rows": rows, "notes": notes})
            case Chart():
                out.append({"kind": "chart", "key": item.key, "caption": item.caption,
                            "svg": Markup(responsive(item.svg))})  # fmt: skip
    return out


def responsive(svg: str) -> str:
    """An SVG without fixed width and height (its viewBox keeps the shape), so CSS sizes it.

    >>> responsive('<svg width="10" height="5" viewBox="0 0 10 5"></svg>')
    '<svg viewBox="0 0 10 5"></svg>'
    """
    for _ in range(2):
        svg = _SIZE.sub(r"\1", svg, count=1)
    return svg


@cache
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("dipwatch.report", "templates"),
        autoescape=True, trim_blocks=False, lstrip_blocks=False,
    )  # fmt: skip
    return env.get_template("report.html.j2")
