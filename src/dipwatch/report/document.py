"""A report put in one language: plain strings, ready for a format renderer.

:func:`resolve` walks the language-neutral :class:`~dipwatch.report.model.Report` and says every
value in the reader's language (:func:`dipwatch.report.words.say`). The renderers (Markdown,
HTML, Word, PDF) write a :class:`Doc` and decide nothing about wording, so the four formats of
one language say exactly the same thing, under the same footnote numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from dipwatch import i18n
from dipwatch.analysis.chronicle import Citation
from dipwatch.report import charts, model
from dipwatch.report.words import Day, Label, Phrase, say

#: Origins with a label of their own in the notes (others are event files).
ORIGINS = ("text", "gdelt", "icews", "csv")


@dataclass(slots=True)
class Para:
    text: str
    notes: tuple[int, ...] = ()


@dataclass(slots=True)
class ItemList:
    items: list[Para]


@dataclass(slots=True)
class Grid:
    header: list[str]
    rows: list[list[str]]
    notes: list[tuple[int, ...]] = field(default_factory=list)


class Chart:
    """A chart's spec in the reader's language; SVG and PNG drawn on first use."""

    def __init__(self, key: str, caption: str, spec: dict[str, Any]) -> None:
        self.key, self.caption, self.spec = key, caption, spec

    @cached_property
    def svg(self) -> str:
        return charts.to_svg(self.spec)

    @cached_property
    def png(self) -> bytes:
        return charts.svg_to_png(self.svg)


Item = Para | ItemList | Grid | Chart


@dataclass(slots=True)
class Part:
    key: str
    title: str
    level: int
    items: list[Item]
    parts: list[Part]


@dataclass(slots=True)
class Note:
    """A footnote: its reports, each a text and its link (if any), joined by ``sep``."""

    number: int
    parts: list[tuple[str, str | None]]
    sep: str = "; "

    @property
    def text(self) -> str:
        """The reports' texts without their links."""
        return self.sep.join(text for text, _ in self.parts)


@dataclass(slots=True)
class Doc:
    lang: str
    title: str
    meta: list[Item]
    parts: list[Part]
    notes: list[Note]

    def walk(self) -> list[Part]:
        """Every part, depth first, in reading order."""
        out: list[Part] = []

        def visit(p: Part) -> None:
            out.append(p)
            for child in p.parts:
                visit(child)

        for p in self.parts:
            visit(p)
        return out


def resolve(report: model.Report, lang: str) -> Doc:
    """``report`` in ``lang``."""
    lang = i18n.check_lang(lang)
    return Doc(
        lang, _say(report.title, lang),
        [_item(b, report, lang) for b in report.meta],
        [_part(s, report, lang, 1) for s in report.sections],
        [_note(n, lang) for n in report.notes],
    )  # fmt: skip


def _part(section: model.Section, report: model.Report, lang: str, level: int) -> Part:
    return Part(
        section.key, _say(section.title, lang), level,
        [_item(b, report, lang) for b in section.blocks],
        [_part(s, report, lang, level + 1) for s in section.sections],
    )  # fmt: skip


def _item(block: model.Block, report: model.Report, lang: str) -> Item:
    match block:
        case model.Paragraph(text, notes):
            return Para(_say(text, lang), notes)
        case model.Bullets(items):
            return ItemList([Para(_say(p.text, lang), p.notes) for p in items])
        case model.Table(header, rows, notes):
            return Grid([_say(h, lang) for h in header],
                        [[_say(v, lang) for v in row] for row in rows], list(notes))  # fmt: skip
        case model.Figure(key, caption):
            return Chart(key, _say(caption, lang), charts.spec(key, report.charts[key], lang))
    raise TypeError(f"not a report block: {block!r}")


def _say(value: Any, lang: str) -> str:
    """A value as a sentence, heading or cell starts: capitalised in English ("the Middle East"
    is written so inside a sentence).

    >>> from dipwatch.report.words import Label
    >>> _say(Label("region", "Middle East"), "en")
    'The Middle East'
    """
    text = say(value, lang)
    if lang == "en" and text[:1].isascii() and text[:1].islower():
        return text[0].upper() + text[1:]
    return text


def _note(note: model.Footnote, lang: str) -> Note:
    parts = [(_citation(c, lang), c.url) for c in note.citations]
    return Note(note.number, parts, "; " if lang == "en" else "；")


def _citation(c: Citation, lang: str) -> str:
    values = {"date": Day(c.date, c.precision), "source": c.source}
    if not c.text:
        origin = Label("prose", f"origin.{c.origin}" if c.origin in ORIGINS else "origin.csv")
        return say(Phrase("note.no_text", {**values, "origin": origin}), lang)
    return say(Phrase("note.citation", {**values, "text": " ".join(c.text.split())}), lang)
