"""The report as Markdown: headings, lists, pipe tables, footnotes as ``[^n]`` (CommonMark with
the footnote and table extensions GitHub, pandoc and most editors read); charts are named by
their caption, since Markdown cannot hold a drawing offline in one file."""

from __future__ import annotations

from dipwatch.report.document import Chart, Doc, Grid, Item, ItemList, Para


def render(doc: Doc) -> str:
    """``doc`` as one Markdown string."""
    out = [f"# {doc.title}", "", *_items(doc.meta)]
    for part in doc.walk():
        out += [f"{'#' * (part.level + 1)} {part.title}", "", *_items(part.items)]
        if part.key == "evidence":
            out += [f"[^{n.number}]: {_note(n.text, n.links)}" for n in doc.notes] + [""]
    return "\n".join(out).rstrip() + "\n"


def _marks(notes: tuple[int, ...]) -> str:
    return "".join(f"[^{n}]" for n in notes)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _items(items: list[Item]) -> list[str]:
    out: list[str] = []
    for item in items:
        match item:
            case Para(text, notes):
                out += [text + _marks(notes), ""]
            case ItemList(paras):
                out += [f"- {p.text}{_marks(p.notes)}" for p in paras] + [""]
            case Grid(header, rows, notes):
                out += _table(header, rows, notes)
            case Chart():
                out += [f"*{item.caption}*", ""]
    return out


def _table(header: list[str], rows: list[list[str]], notes: list[tuple[int, ...]]) -> list[str]:
    cols = [*header, ""] if notes else header
    lines = ["| " + " | ".join(_cell(h) for h in cols) + " |", "|" + "---|" * len(cols)]
    for i, row in enumerate(rows):
        cells = [_cell(c) for c in row] + ([_marks(notes[i])] if notes else [])
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _note(text: str, links: list[str]) -> str:
    return " ".join([text, *(f"<{u}>" for u in links)])
