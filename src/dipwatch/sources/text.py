"""``read_documents``: any text input (txt, md, html, pdf, docx, jsonl, csv, json) as Documents.

Each format's reader says what the file states (``Piece``); here the document's date,
language and source are settled, in this order of trust: the user's option, what the record
itself states (a JSONL ``date``, the xwlb programme date, Markdown front matter), a date in
the title, a date in the file name, then file metadata (HTML ``<meta>``, PDF and Word
properties), which often records when the file was made rather than the event.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dipwatch.errors import InputError, SourceFormatError
from dipwatch.models import Document, Rejected
from dipwatch.sources.dates import find_date, parse_date_value
from dipwatch.sources.encoding import check_size, decode_bytes, read_text_file
from dipwatch.sources.language import detect_language
from dipwatch.sources.piece import Piece
from dipwatch.sources.reflow import (
    display_width,
    join_line,
    looks_pdf_extracted,
    reflow,
    uses_spaced_latin,
)
from dipwatch.sources.xwlb import programme_date, read_xwlb

Reader = Callable[[Path], Iterable[Piece | Rejected]]

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
# Bounded repeats: a line of ten thousand '[' or '**' must not cost a square of its length.
_MD_INLINE = (
    (re.compile(r"!\[[^\]\[]{0,300}\]\([^)(]{0,2000}\)"), ""),  # images
    (re.compile(r"\[([^\]\[]{1,300})\]\([^)(]{0,2000}\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.{1,300}?)\1"), r"\2"),  # bold
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)"), ""),  # heading and quote marks
    (re.compile(r"<br\s*/?>", re.IGNORECASE), " "),
)
_MD_SKIP = re.compile(r"\s*(?:(?:[-*_]\s*){3,}|```.*|~~~.*)")  # rules and code fences
_MD_STARTS = re.compile(r"\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>)")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "x-gbk": "gb18030"}


def _first_line_title(text: str) -> str:
    """The first line, when it is short and not a sentence: how plain-text files title."""
    lines = [ln.strip() for ln in text.strip().split("\n", 2)]
    if len(lines) < 2 or not lines[0] or display_width(lines[0]) > 100:
        return ""
    return "" if lines[0].endswith(("。", ".", "，", ",", "；")) else lines[0]


def read_plain(path: Path) -> Iterator[Piece | Rejected]:
    """A .txt file: one document (reflowed when it looks PDF-extracted), or xwlb items."""
    text = read_text_file(path)
    if programme_date(text) is not None:
        yield from read_xwlb(text, str(path))
        return
    title = _first_line_title(text)
    body = reflow(text) if looks_pdf_extracted(text) else text
    yield Piece(text=body, location=str(path), kind="txt", title=title)


def _md_inline(line: str) -> str:
    for pattern, replacement in _MD_INLINE:
        if pattern.pattern[0] in "!\\" and "](" not in line:
            continue  # no link or image on this line
        line = pattern.sub(replacement, line)
    return line.strip()


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain paragraphs, one per line: marks, link targets and images gone.

    >>> markdown_to_text("## 一、**中美**关系\\n见[声明](http://x)\\n全文。\\n\\n- 第一点")
    '一、中美关系\\n见声明全文。\\n- 第一点'
    """
    spaced = uses_spaced_latin(markdown)
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", markdown):
        current, after_heading = "", False
        for line in block.split("\n"):
            text = "" if _MD_SKIP.fullmatch(line) else _md_inline(line)
            if not text:
                continue
            if current and (after_heading or _MD_STARTS.match(line)):
                paragraphs.append(current)
                current = ""
            current = join_line(current, text, spaced) if current else text
            after_heading = line.lstrip().startswith("#")
        if current:
            paragraphs.append(current)
    return "\n".join(paragraphs)


#: The most front matter read (more is not front matter but text), and its deepest nesting
#: of brackets: the YAML parser recurses, and a few kilobytes of brackets cost it seconds.
MAX_FRONT_MATTER = 16 * 1024
MAX_FRONT_MATTER_DEPTH = 32


class _FrontMatterLoader(yaml.SafeLoader):
    """Plain YAML only: no aliases (a few hundred bytes of anchors can expand without end:
    "billion laughs"), and dates left as text for our own parser."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases are not read", mark)
        return super().compose_node(parent, index)


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(metadata, body) of a Markdown text with YAML front matter; ({}, text) when it has
    none, or none that reads as plain YAML within :data:`MAX_FRONT_MATTER`."""
    match = _FRONT_MATTER.match(text[: MAX_FRONT_MATTER + 16])
    if not match or _bracket_depth(match[1]) > MAX_FRONT_MATTER_DEPTH:
        return {}, text
    try:
        meta = yaml.load(match[1], Loader=_FrontMatterLoader)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return {}, text
    return (meta, text[match.end() :]) if isinstance(meta, dict) else ({}, text)


def _bracket_depth(text: str) -> int:
    """The deepest nesting of [ and { in ``text`` (quotes not considered: a bracket in a
    quoted title only makes the count safer).

    >>> _bracket_depth("tags: [a, {b: [c]}]")
    3
    """
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _meta_date(meta: dict[str, Any], location: str) -> date | None:
    value = meta.get("date") or meta.get("published")
    if not value:
        return None
    try:
        return parse_date_value(value)
    except ValueError:
        raise SourceFormatError(location, f"front matter date {value!r} is not a date") from None


def read_markdown(path: Path) -> Iterator[Piece | Rejected]:
    """A Markdown file: xwlb items, or one document titled by front matter or its ``#``."""
    text = read_text_file(path)
    if programme_date(text) is not None:
        yield from read_xwlb(text, str(path))
        return
    meta, body = _front_matter(text)
    heading = re.search(r"^#\s+(.+)$", body, re.MULTILINE)
    yield Piece(
        text=markdown_to_text(body),
        location=str(path),
        kind="md",
        title=str(meta.get("title") or (heading[1].strip() if heading else "")),
        date=_meta_date(meta, str(path)),
        url=str(meta["url"]) if meta.get("url") else None,
        source=str(meta.get("source") or ""),
    )


def _decode_html(path: Path) -> str:
    """HTML bytes decoded by their declared charset when it works, else by detection."""
    check_size(path)
    data = path.read_bytes()
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared[1].decode("ascii").lower()
        try:
            codec = codecs.lookup(_CHARSET_ALIASES.get(name, name))
            if codec._is_text_encoding:  # not rot13, base64 and the like
                return data.decode(codec.name)
        except (LookupError, UnicodeError, ValueError):
            pass  # an unknown or wrong charset: detect it instead
    return decode_bytes(data, str(path))


def read_html_file(path: Path) -> Iterator[Piece]:
    from dipwatch.sources.html import read_html

    yield read_html(_decode_html(path), str(path))


def read_pdf_file(path: Path) -> Iterator[Piece | Rejected]:
    from dipwatch.sources.pdf import read_pdf

    yield from read_pdf(path)


def read_docx_file(path: Path) -> Iterator[Piece]:
    from dipwatch.sources.docx import read_docx

    yield read_docx(path)


def _rows(name: str) -> Reader:
    def read(path: Path) -> Iterable[Piece | Rejected]:
        from dipwatch.sources import rows

        return getattr(rows, name)(path)

    return read


#: File suffix -> reader. Unknown suffixes are recognised by their first bytes.
READERS: dict[str, Reader] = {
    ".txt": read_plain, ".text": read_plain,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".pdf": read_pdf_file, ".docx": read_docx_file,
    ".jsonl": _rows("read_jsonl"), ".ndjson": _rows("read_jsonl"),
    ".json": _rows("read_json"), ".csv": _rows("read_csv"), ".tsv": _rows("read_csv"),
}  # fmt: skip


def reader_for(path: Path) -> Reader:
    """The reader for ``path``, by suffix or else by its first bytes."""
    suffix = path.suffix.lower()
    if suffix in READERS:
        return READERS[suffix]
    if suffix == ".doc":
        raise SourceFormatError(str(path), "old binary Word .doc is not read; save it as .docx")
    with path.open("rb") as f:
        head = f.read(1024)
    if head.startswith(b"%PDF"):
        return read_pdf_file
    if head.startswith(b"PK\x03\x04"):
        return read_docx_file
    if re.search(rb"<!doctype html|<html", head[:512], re.IGNORECASE):
        return read_html_file
    return read_plain


def to_document(
    piece: Piece,
    path: Path,
    source: str | None,
    day: date | None,
    lang: str | None,
    genre: str | None = None,
) -> Document | Rejected:
    """The Document a Piece of ``path`` becomes: the user's date, source and language first,
    then what the piece, its title or the file name say (a Spark job calls this too)."""
    text = piece.text.strip()
    if not text:
        return Rejected(piece.location, "no text in this document")
    published = (
        day or piece.date or find_date(piece.title) or find_date(path.name) or piece.meta_date
    )
    return Document(
        text=text,
        source=source or piece.source,
        kind=piece.kind,
        lang=lang or piece.lang or detect_language(text),
        title=piece.title,
        published=published,
        url=piece.url,
        location=piece.location,
        genre=genre or "",
        lead=piece.lead,
    )


def read_documents(
    path: Path | str,
    *,
    source: str | None = None,
    date: date | None = None,
    lang: str | None = None,
    genre: str | None = None,
) -> Iterator[Document | Rejected]:
    """Every document in a file, and every item that could not be read (with its reason).

    ``source``, ``date``, ``lang`` and ``genre`` (news or narrative) are the user's word and
    override what the file says; a genre not given is left for the coder to decide.

    A file that cannot be read at all raises SourceFormatError (the caller quarantines it).

    >>> import tempfile
    >>> note = Path(tempfile.mkdtemp()) / "2021-12-10-note.txt"
    >>> _ = note.write_text("尼加拉瓜於12月10日與臺灣斷交。", encoding="utf-8")
    >>> [(d.lang, d.published.isoformat()) for d in read_documents(note)]
    [('zh-Hant', '2021-12-10')]
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise SourceFormatError(str(path), "empty file")
    for item in reader_for(path)(path):
        if isinstance(item, Rejected):
            yield item
        else:
            yield to_document(item, path, source, date, lang, genre)
