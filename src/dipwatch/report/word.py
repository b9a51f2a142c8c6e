"""The report as a Word document (.docx): real headings, bullet lists, tables, the charts as
pictures and the evidence as real footnotes, with an East Asian font set on every style so that
Chinese renders in Word and LibreOffice.

python-docx writes everything but footnotes; those are a ``word/footnotes.xml`` part built here
(OOXML's ``w:footnotes``), referenced from the text by ``w:footnoteReference``. Word numbers
footnotes in the order their references appear, so each note is a footnote where the report
first cites it (the model numbers notes in that same order) and a superscript number where it
is cited again.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from dipwatch.report.document import Chart, Doc, Grid, Item, ItemList, Para

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
#: The East Asian face and language of each script (w:rFonts/@w:eastAsia, w:lang/@w:eastAsia).
EAST_ASIAN = {"zh-Hant": ("Noto Sans CJK TC", "zh-TW"), "zh-Hans": ("Noto Sans CJK SC", "zh-CN"),
              "en": ("Noto Sans CJK TC", "zh-TW")}  # fmt: skip
LATIN = "Noto Sans"


def render(doc: Doc) -> bytes:
    """``doc`` as the bytes of a .docx file."""
    import docx

    word = docx.Document()
    set_fonts(word, doc.lang)
    word.core_properties.title = doc.title
    word.core_properties.language = doc.lang
    cited: set[int] = set()
    word.add_heading(doc.title, level=0)
    _items(word, doc.meta, cited)
    for part in doc.walk():
        word.add_heading(part.title, level=min(part.level, 9))
        _items(word, part.items, cited)
    _footnotes(word, doc)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def set_fonts(word: Any, lang: str) -> None:
    """Every style (and the document defaults) writes Chinese in the script's CJK face."""
    from docx.oxml.ns import qn

    face, tag = EAST_ASIAN[lang]
    styles = word.styles.element
    targets = [styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))]
    targets += list(styles.findall(qn("w:style")))
    for holder in targets:
        rpr = _child(holder, "w:rPr")
        fonts = _child(rpr, "w:rFonts", first=True)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for attr, value in (("w:ascii", LATIN), ("w:hAnsi", LATIN), ("w:eastAsia", face),
                            ("w:hint", "eastAsia")):  # fmt: skip
            fonts.set(qn(attr), value)
        _child(rpr, "w:lang").set(qn("w:eastAsia"), tag)


def _child(parent: Any, tag: str, first: bool = False) -> Any:
    """``parent``'s ``tag`` child, added (first or last) when missing."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    later = [parent.find(qn(t)) for t in _AFTER_RPR] if tag == "w:rPr" else []
    later = [x for x in later if x is not None]
    if later:
        later[0].addprevious(found)
    elif first:
        parent.insert(0, found)
    else:
        parent.append(found)
    return found


#: What follows a style's w:rPr in the schema's order (a new rPr goes before these).
_AFTER_RPR = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def _items(word: Any, items: list[Item], cited: set[int]) -> None:
    for item in items:
        match item:
            case Para(text, notes):
                _cite(word.add_paragraph(text), notes, cited)
            case ItemList(paras):
                for p in paras:
                    _cite(word.add_paragraph(p.text, style="List Bullet"), p.notes, cited)
            case Grid():
                _table(word, item, cited)
            case Chart():
                _picture(word, item)


def _table(word: Any, grid: Grid, cited: set[int]) -> None:
    cols = len(grid.header) + (1 if grid.notes else 0)
    table = word.add_table(rows=1, cols=cols)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, grid.header, strict=False):
        cell.paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(grid.rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.paragraphs[0].add_run(text)
        if grid.notes:
            _cite(cells[-1].paragraphs[0], grid.notes[i], cited)
    word.add_paragraph()


def _picture(word: Any, chart: Chart) -> None:
    from docx.shared import Cm

    word.add_picture(io.BytesIO(chart.png), width=Cm(16))
    word.add_paragraph(chart.caption, style="Caption")


def _cite(paragraph: Any, notes: tuple[int, ...], cited: set[int]) -> None:
    """Footnote references after ``paragraph``'s text: a real footnote at a note's first
    citation, its number in superscript after that."""
    from docx.oxml import parse_xml

    for n in notes:
        if n in cited:
            paragraph.add_run(str(n)).font.superscript = True
            continue
        cited.add(n)
        paragraph._p.append(parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))  # fmt: skip


def _footnotes(word: Any, doc: Doc) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(_footnote(n.number, n.text, n.links) for n in doc.notes)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:footnote>{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode("utf-8"), word.part.package
    )
    word.part.relate_to(part, FOOTNOTES_REL)


def _footnote(number: int, text: str, links: list[str]) -> str:
    words = escape(" ".join([text, *links]))
    return (
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {words}</w:t></w:r>'
        "</w:p></w:footnote>"
    )
