"""Reflowing text extracted from a PDF into the paragraphs a reader sees.

PDF text comes one printed line at a time: sentences and dates break across lines
(``11\\n\\n月 17 日``), page numbers and running headers sit between them, and some extractors
put a blank line after every line. ``reflow`` drops the furniture, joins the lines of each
paragraph (CJK without spaces, Latin with one, hyphenated words whole) and keeps real breaks:
indented or bulleted starts, section heads (``一、``, ``（一）``) and sentence-final lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_PAGE_NUMBER = re.compile(
    r"(?:[-–—]\s*)?(?:\d{1,4}|[ivx]{1,5}|page\s+\d+(?:\s+of\s+\d+)?|第\s*\d+\s*[頁页]"
    r"|\d{1,4}\s*/\s*\d{1,4})(?:\s*[-–—])?",
    re.IGNORECASE,
)
# A number-only line followed by one of these is a date or a count broken across lines.
_UNIT_START = tuple("年月日號号名個个位人次%％億亿萬万週周")
_HEAD = re.compile(
    r"(?:[一二三四五六七八九十]+、|[壹貳參肆伍陸柒捌玖拾贰叁陆]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|第[一二三四五六七八九十百\d]+[章節节篇部]|\d{1,2}(?:\.\d{1,2})*[.、]\s*[^\d\s]"
    r"|[A-Z][.、]\s)"
)
_BULLET = re.compile(r"[•●○■□◆◇▪▫➢➤✓\ue000-\uf8ff]|[-*–]\s")
_PRIVATE_BULLET = re.compile(r"[\ue000-\uf8ff]\s*")
_CJK_END = tuple("。！？：…")
_LATIN_END = tuple(".!?:")
_CLOSERS = tuple("」』”\"'’）)")
# A next line starting with one of these continues the sentence, whatever came before.
_CONTINUES = tuple("，。、；：！？」』）)%％．,.;:!?”’")


def display_width(text: str) -> int:
    """Columns ``text`` takes in print: CJK characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _ends_sentence(line: str) -> bool:
    core = line.rstrip("".join(_CLOSERS))
    return bool(core) and (core.endswith(_CJK_END) or core.endswith(_LATIN_END))


def looks_pdf_extracted(text: str) -> bool:
    """True when most lines break mid-sentence at a steady width, as PDF extraction leaves them.

    >>> looks_pdf_extracted("一行一段。\\n" * 20)
    False
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 8:
        return False
    widths = sorted(display_width(ln) for ln in lines)
    typical = widths[int(len(widths) * 0.8)]
    broken = sum(not _ends_sentence(ln) for ln in lines) / len(lines)
    steady = sum(w >= 0.7 * typical for w in widths) / len(lines)
    return broken > 0.5 and steady > 0.5 and typical <= 200


def _is_page_number(line: str, following: str | None) -> bool:
    if not _PAGE_NUMBER.fullmatch(line):
        return False
    return not (following and line.isdigit() and following.startswith(_UNIT_START))


def _running_lines(lines: list[str]) -> set[str]:
    """Short lines repeated on three or more pages: headers and footers (digits ignored)."""
    if len(lines) < 20:
        return set()
    widths = sorted(display_width(ln) for ln in lines)
    short = min(60, 0.8 * widths[int(len(widths) * 0.8)])
    keys = Counter(re.sub(r"\d+", "#", ln) for ln in lines if display_width(ln) <= short)
    return {k for k, n in keys.items() if n >= 3}


def _indent(line: str) -> int:
    body = line.lstrip(" \t\u3000")
    lead = line[: len(line) - len(body)]
    return len(lead) + 3 * lead.count("\t") + lead.count("\u3000")


def _content_lines(text: str) -> tuple[list[tuple[str, int, bool]], bool]:
    """(line, indent, blank line before) of each content line, and whether blanks mean breaks."""
    raw = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    stripped = [ln.strip() for ln in raw]
    nonblank = [i for i, s in enumerate(stripped) if s]
    running = _running_lines([stripped[i] for i in nonblank])
    out: list[tuple[str, int, bool]] = []
    blank = skipped = False
    for k, i in enumerate(nonblank):
        line = stripped[i]
        following = stripped[nonblank[k + 1]] if k + 1 < len(nonblank) else None
        if _is_page_number(line, following) or re.sub(r"\d+", "#", line) in running:
            blank, skipped = False, True  # blank lines around page furniture are layout
            continue
        blank = k > 0 and i - nonblank[k - 1] > 1 and not skipped
        skipped = False
        out.append((line, _indent(raw[i]), blank and bool(out)))
    gaps = len(out) - 1
    # Extractors that double-space every line make blank lines meaningless.
    return out, gaps > 0 and sum(b for _, _, b in out) / gaps < 0.5


def uses_spaced_latin(text: str) -> bool:
    """Whether the document sets digits and Latin words apart from CJK with spaces (2021 年)."""
    spaced = len(re.findall(r"[0-9A-Za-z] [\u4e00-\u9fff]|[\u4e00-\u9fff] [0-9A-Za-z]", text))
    tight = len(re.findall(r"[0-9A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][0-9A-Za-z]", text))
    return spaced > tight


def join_line(paragraph: str, line: str, spaced: bool) -> str:
    """``line`` appended to ``paragraph`` as print would read it across a line break."""
    a, b = paragraph[-1], line[0]
    if a == "-" and len(paragraph) > 1 and paragraph[-2].isalpha() and b.islower():
        return paragraph[:-1] + line  # a word hyphenated at the line end
    if a.isascii() and b.isascii():
        return f"{paragraph} {line}"
    mixed = (_is_cjk(a) and b.isascii() and b.isalnum()) or (
        _is_cjk(b) and a.isascii() and a.isalnum()
    )
    if spaced and mixed:
        return f"{paragraph} {line}"
    return paragraph + line


def _breaks(prev: str, line: str, indent: int, blank: bool, typical: int) -> bool:
    """Whether ``line`` starts a new paragraph after ``prev``."""
    if line.startswith(_CONTINUES):
        return False
    if blank or indent >= 2 or _BULLET.match(line) or _HEAD.match(line):
        return True
    width = display_width(prev)
    if _HEAD.match(prev) and width < 0.9 * typical:
        return True
    core = prev.rstrip("".join(_CLOSERS))
    if prev.endswith(_CJK_END) or (core != prev and _ends_sentence(core)):
        return True
    if prev.endswith(_LATIN_END) or core != prev:
        return width < 0.85 * typical
    return width < 0.6 * typical and not prev.endswith(tuple("，、,;；(（「『《-—"))


def reflow(text: str) -> str:
    """The text's paragraphs, one per line, with PDF line breaks, page numbers and headers gone.

    >>> reflow("中方對於美方的回應。11\\n\\n月 17 日，在峰會隔日，中美兩國\\n\\n2\\n\\n已達成三項共識。")
    '中方對於美方的回應。11 月 17 日，在峰會隔日，中美兩國已達成三項共識。'
    """
    lines, blanks_break = _content_lines(text)
    if not lines:
        return ""
    base = Counter(indent for _, indent, _ in lines).most_common(1)[0][0]
    widths = sorted(display_width(line) for line, _, _ in lines)
    typical = widths[int(len(widths) * 0.8)]
    spaced = uses_spaced_latin(text)
    paragraphs: list[str] = []
    current = prev = ""
    for line, indent, blank in lines:
        line = _PRIVATE_BULLET.sub("• ", line, count=1) if _PRIVATE_BULLET.match(line) else line
        if current and _breaks(prev, line, indent - base, blank and blanks_break, typical):
            paragraphs.append(current)
            current = ""
        current = join_line(current, line, spaced) if current else line
        prev = line
    paragraphs.append(current)
    return "\n".join(paragraphs)
