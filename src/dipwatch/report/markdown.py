"""The report as Markdown: headings, lists, pipe tables, footnotes as ``[^n]`` (CommonMark with
the footnote and table extensions GitHub, pandoc and most editors read). Markdown cannot hold a
drawing offline in one file: a chart is an image link to the SVG file ``chart_file`` names
(``dipwatch report`` writes it beside the Markdown), or its caption alone without one."""

from __future__ import annotations

from collections.abc import Callable

from dipwatch.report.document import Chart, Doc, Grid, Item, ItemList, Note, Para

ChartFile = Callable[[Chart], str]


def render(doc: Doc, chart_file: ChartFile | None = None) -> str:
    """``doc`` as one Markdown string; ``chart_file(chart)`` gives the file a chart's image
    link points to (and writes it)."""
    out = [f"# {doc.title}", "", *_items(doc.meta, chart_file)]
    for part in doc.walk():
        out += [f"{'#' * (part.level + 1)} {part.title}", "", *_items(part.items, chart_file)]
        if part.key == "evidence":
            out += [f"[^{n.number}]: {_note(n)}" for n in doc.notes] + [""]
    return "\n".join(out).rstrip() + "\n"


def _marks(notes: tuple[int, ...]) -> str:
    return "".join(f"[^{n}]" for n in notes)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _items(items: list[Item], chart_file: ChartFile | None = None) -> list[str]:
    out: list[str] = []
    for item in items:
        match item:
            case Para(text, notes):
                out += [text + _marks(notes), ""]
            case ItemList(paras):
                out += [f"- {p.text}{_marks(p.notes)}" for p in paras] + [""]
            case Grid(header, rows, notes):
                out += _table(header, rows, notes)
            case Chart() if chart_file is not None:
                out += [f"![{_alt(item.caption)}]({chart_file(item)})", "", f"*{item.caption}*", ""]
            case Chart():
                out += [f"*{item.caption}*", ""]
    return out


def _alt(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


def _table(header: list[str], rows: list[list[str]], notes: list[tuple[int, ...]]) -> list[str]:
    cols = [*header, ""] if notes else header
    lines = ["| " + " | ".join(_cell(h) for h in cols) + " |", "|" + "---|" * len(cols)]
    for i, row in enumerate(rows):
        cells = [_cell(c) for c in row] + ([_marks(notes[i])] if notes else [])
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _note(note: Note) -> str:
    """Each report of a note with its link beside it."""
    return note.sep.join(text + (f" <{url}>" if url else "") for text, url in note.parts)
