"""``report``: the period's assessment in Markdown, HTML, Word and PDF, in zh-Hant, zh-Hans and
English, built from an Ibis backend through the analyses (no SQL of its own), so the same report
comes from DuckDB, from Spark, or for the dashboard.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> with open_backend(Settings(db=":memory:")) as backend:
...     [s.key for s in build(backend, "2021Q4").sections][-2:]
['evidence', 'method']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dipwatch.errors import InputError
from dipwatch.i18n import check_lang
from dipwatch.models import LANGS
from dipwatch.periods import parse_period

if TYPE_CHECKING:
    from ibis.backends import BaseBackend as Backend

    from dipwatch.analysis.session import Session
    from dipwatch.report.model import Report

FORMATS = ("md", "html", "docx", "pdf")
Step = Callable[[str], None]


def check_formats(formats: str | Iterable[str]) -> list[str]:
    """``md,html`` (or a list) as a checked list; InputError naming the valid formats.

    >>> check_formats("pdf, md")
    ['pdf', 'md']
    """
    items = formats.split(",") if isinstance(formats, str) else list(formats)
    found = [f.strip().lower() for f in items if f.strip()]
    wrong = [f for f in found if f not in FORMATS]
    if wrong or not found:
        raise InputError(
            f"unknown report format {', '.join(wrong) or '(none)'}; choose from {','.join(FORMATS)}"
        )
    return list(dict.fromkeys(found))


def check_langs(langs: str | Iterable[str]) -> list[str]:
    """``zh-Hant,en``, ``all`` (or a list) as dipwatch spells them.

    >>> check_langs("all")
    ['zh-Hant', 'zh-Hans', 'en']
    """
    items = langs.split(",") if isinstance(langs, str) else list(langs)
    if [x.strip().lower() for x in items] == ["all"]:
        return list(LANGS)
    return list(dict.fromkeys(check_lang(x) for x in items if x.strip()))


def build(backend: Backend, period: str | None = None, compare: str | None = None,
          ctx: Any = None, *, session: Session | None = None) -> Report:  # fmt: skip
    """The language-neutral report of ``period`` (default: the quarter of the newest event),
    with what changed since ``compare`` when given.

    The analyses run on one ``analysis.session.Session`` of the period (``session``, e.g. the
    one a dashboard keeps for the period; else one made and closed here), so what they share
    is read and computed once; the compared period gets a session of its own.
    """
    from dipwatch.api.analyze import default_period
    from dipwatch.report.findings import gather
    from dipwatch.report.model import build_report

    p = parse_period(period) if period else default_period(backend)
    if session is not None and session.period != p:
        raise InputError(f"the session is of {session.period.label}, not of {p.label}")
    before_period = parse_period(compare) if compare else None
    if before_period is not None and before_period.start >= p.start:
        raise InputError(f"--compare {compare} must be an earlier period than {p.label}")
    found = gather(backend, p, ctx, session)
    before = gather(backend, before_period, found.ctx) if before_period else None
    return build_report(found, before)


def write_report(backend: Backend, period: str | None = None, *, compare: str | None = None,
                 langs: str | Iterable[str] = LANGS, formats: str | Iterable[str] = FORMATS,
                 out_dir: Path = Path("report"), step: Step | None = None) -> dict[str, Path]:  # fmt: skip
    """Write the report in every language and format asked for; ``{"zh-Hant.pdf": path, …}``.

    A PDF needs a CJK font: that is checked first, so nothing is half-written without one.
    """
    from dipwatch.report.document import resolve

    langs, formats = check_langs(langs), check_formats(formats)
    writers = _writers(formats)
    say = step or (lambda _msg: None)
    say("analysing")
    report = build(backend, period, compare)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for lang in langs:
        doc = resolve(report, lang)
        for fmt in formats:
            target = out_dir / file_name(report, lang, fmt)
            say(f"writing {target.name}")
            if fmt == "md":  # its charts as SVG files beside it, linked as images
                _write(target, _bytes(markdown_with_charts(doc, target)))
            else:
                _write(target, _bytes(writers[fmt](doc)))
            files[f"{lang}.{fmt}"] = target
    return files


def markdown_with_charts(doc: Any, target: Path) -> str:
    """The Markdown of ``doc`` with each chart written as ``<target stem>-<chart>.svg`` beside
    it and linked as an image (the returned ``files`` name the reports only)."""
    from dipwatch.report import markdown

    def chart_file(chart: Any) -> str:
        path = target.with_name(f"{target.stem}-{chart.key}.svg")
        _write(path, chart.svg.encode("utf-8"))
        return path.name

    return markdown.render(doc, chart_file)


def file_name(report: Report, lang: str, fmt: str) -> str:
    """``report-2021Q4-zh-Hant.pdf``: the name a report file is written and served under."""
    return f"report-{report.period.label}-{lang}.{fmt}"


def render(report: Report, lang: str, fmt: str) -> bytes:
    """One language and format of a built report, as the file's bytes (the dashboard serves
    these; :func:`write_report` writes them)."""
    from dipwatch.report.document import resolve

    (fmt,) = check_formats([fmt])
    return _bytes(_writers([fmt])[fmt](resolve(report, check_lang(lang))))


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _writers(formats: list[str]) -> dict[str, Callable[[Any], str | bytes]]:
    from dipwatch.report import html, markdown, pdf, word

    if "pdf" in formats:
        pdf.cjk_font_dirs()  # FontError now, before any work, if there is no CJK font
    return {"md": markdown.render, "html": html.render, "docx": word.render, "pdf": pdf.render}


def _write(target: Path, data: bytes) -> None:
    """Write via a temporary file, so an interrupted run never leaves half a report."""
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
