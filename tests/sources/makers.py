"""Building PDF and Word test inputs in code (nothing binary is checked in)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

# A paragraph broken the way a PDF prints it: mid-sentence and across a page.
PAGE_ONE = (
    "11 月 16 日，習近平與美總統拜登（Joe Biden）舉行視訊峰會。雙方各派出 5",
    "名高階官員代表出席。拜登重申仍將在「臺灣關係法」下執行「一個中國政策」，並強調美國反對",
)
PAGE_TWO = (
    "單邊改變現狀或破壞臺海和平。",
    "一、中美關係",
    "    美中關係是最重要的一組雙邊外交關係。",
)


def make_pdf(path: Path, pages: tuple[tuple[str, ...], ...] = (PAGE_ONE, PAGE_TWO), *,
             title: str = "", password: str | None = None) -> Path:  # fmt: skip
    """A PDF with one CJK line per string and the page number printed at each page's foot."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    c = canvas.Canvas(str(path), encrypt=password)
    if title:
        c.setTitle(title)
    for number, lines in enumerate(pages, start=1):
        c.setFont("MSung-Light", 11)
        for i, line in enumerate(lines):
            c.drawString(60, 760 - 18 * i, line)
        c.drawString(300, 40, str(number))
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, *, title: str = "", created: datetime | None = None) -> Path:
    """A Word file with two paragraphs and a table whose first row has a merged cell."""
    import docx

    document = docx.Document()
    document.add_paragraph("中俄元首視訊會晤")
    document.add_paragraph("12 月 15 日，習近平同普丁舉行視訊會晤。")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "日期與事件"
    table.cell(0, 2).text = "來源"
    table.cell(1, 0).text = "2021-12-10"
    table.cell(1, 1).text = "尼加拉瓜與中共復交"
    table.cell(1, 2).text = "外交部"
    document.add_paragraph("（完）")
    document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    document.save(str(path))
    return path
