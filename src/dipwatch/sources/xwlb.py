"""The many-items Markdown layout of 《新闻联播》 transcripts (``xwlb/YYYYMMDD.md``).

A file is ``# 《新闻联播》 (YYYYMMDD)``, a ``## 新闻摘要`` summary (skipped: it repeats the
items' titles), then ``## 详细新闻`` with one ``### title`` item per story, each ending with a
``[查看原文](url)`` link. From 2023 on the items' bodies are HTML ``<p>`` fragments; in 2021-22
many titles are ``(无标题)``; some items have a title and no body (video only). Each item is one
document, located ``path#itemN`` (N from 1).

A round-up (国际联播快讯) tells several stories in one item; the summary lists their headlines
(``（1）…；``). Where a body glues a headline to its story (2021: ``…扣押韩国油轮船员伊朗外交部发
言人…``; 2017: spaces between), the headline is put on a line of its own, so that each story's
lead, dates and speakers start afresh. Where no summary lists them (the plain-text layout of
2020-22), ``headlines.split_glued_headlines`` finds the seam by its shape.

An item that opens as the sequel of the one before (``欢迎仪式后，李强同…举行会谈``) and names no
day of its own gets that item's lead day as ``Piece.lead``: on a visit abroad the ceremony's
item says ``当地时间25日``, the talks' item nothing, and the broadcast is a day later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dipwatch.models import Rejected
from dipwatch.sources.headlines import split_glued_headlines
from dipwatch.sources.html import html_to_text
from dipwatch.sources.piece import Piece

#: Source name recorded on xwlb documents unless the user gives one.
SOURCE = "CCTV"

_HEADER = re.compile(r"#\s*《?新[闻聞][联聯]播》?\s*[（(]\s*(\d{4})(\d{2})(\d{2})\s*[)）]")
_DETAIL = re.compile(r"^##\s+详细新闻\s*$", re.MULTILINE)
_ITEM = re.compile(r"^###[ \t]+(.*)$", re.MULTILINE)
_SECTION_END = re.compile(r"^(?:##[ \t]|---+\s*$)", re.MULTILINE)
_LINK = re.compile(r"\[(?:查看原文|原文|link)\]\((\S+?)\)")
_HTML = re.compile(r"<(?:p|br|strong|span|div)\b", re.IGNORECASE)
_UNTITLED = {"(无标题)", "（无标题）", "无标题", ""}
_SUMMARY = re.compile(r"^##\s+新闻摘要\s*$", re.MULTILINE)
_SUBHEAD = re.compile(r"^[（(]\d+[)）]\s*(.+)$")
_TOPHEAD = re.compile(r"^\d+\s*[.、]")
_SHORTEST_HEAD = 6
_AFTER_HEAD = "\n。，,：:；;！？!?、”）)"


def programme_date(text: str) -> date | None:
    """The programme's date when ``text`` is in the xwlb layout, else None.

    >>> programme_date("# 《新闻联播》 (20211116)\\n\\n## 新闻摘要\\n")
    datetime.date(2021, 11, 16)
    """
    head = text.lstrip("\ufeff \n\r\t")[:80].split("\n", 1)[0]
    match = _HEADER.match(head)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _body_text(body: str) -> str:
    if _HTML.search(body):
        return html_to_text(body)
    lines = (ln.strip(" \t\u3000") for ln in body.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def summary_headlines(text: str) -> dict[str, list[str]]:
    """The stories' headlines the summary lists under each entry (``10.国际联播快讯：`` then
    ``（1）…；``), by the entry's title, longest first.

    >>> summary_headlines("## 新闻摘要\\n10.国际联播快讯：\\n（1）联合国报告：\\n\\n疫情未减缓变暖；\\n## 详细新闻")
    {'国际联播快讯': ['联合国报告：疫情未减缓变暖']}
    """
    found = _SUMMARY.search(text)
    detail = _DETAIL.search(text)
    if found is None or detail is None:
        return {}
    lines = [ln.strip() for ln in text[found.end() : detail.start()].split("\n") if ln.strip()]
    heads: dict[str, list[str]] = {}
    entry = ""
    i = 0
    while i < len(lines):
        top = _TOPHEAD.match(lines[i])
        if top:
            entry = lines[i][top.end() :].strip().rstrip("：:；;。 ")
        sub = _SUBHEAD.match(lines[i])
        if sub:
            head = sub[1]
            while (head.endswith(("：", ":")) and i + 1 < len(lines)
                   and not _SUBHEAD.match(lines[i + 1]) and not _TOPHEAD.match(lines[i + 1])):  # fmt: skip
                i += 1
                head += lines[i]
            head = head.rstrip("；;。. ")
            if len(head) >= _SHORTEST_HEAD and entry:
                heads.setdefault(entry, []).append(head)
        i += 1
    return {k: sorted(set(v), key=len, reverse=True) for k, v in heads.items()}


def _unglue(body: str, heads: list[str]) -> str:
    """Each headline of ``heads`` glued to the text around it put on a line of its own.

    >>> _unglue("消息：韩国油轮船员获释伊朗外交部2日表示，…", ["韩国油轮船员获释"])
    '消息：\\n韩国油轮船员获释\\n伊朗外交部2日表示，…'
    """
    for head in heads:
        at = body.find(head)
        if at < 0:
            continue
        end = at + len(head)
        tail = body[end:]
        rest = tail.lstrip(" \t\u3000")
        if rest and rest[0] not in _AFTER_HEAD:
            body = body[:end] + "\n" + rest
        head_start = len(body[:at].rstrip(" \t\u3000"))
        if head_start and body[head_start - 1] != "\n":
            body = body[:head_start] + "\n" + body[at:]
    return body


def _items(text: str) -> Iterator[tuple[str, str]]:
    """(title, raw body) of each ``###`` item of the detailed section."""
    detail = _DETAIL.search(text)
    start = detail.end() if detail else 0
    heads = list(_ITEM.finditer(text, start))
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = text[head.end() : end]
        stop = _SECTION_END.search(body)
        yield head[1].strip(), body[: stop.start()] if stop else body


#: An item that opens as the sequel of the one before (欢迎仪式后，李强同黄循财举行会谈): the
#: ceremony and its day were told in the item before.
_SEQUEL = re.compile(
    r"(?:[^：:\n]{0,20}[：:])?\s*(?:欢迎仪式后|欢迎仪式结束后|仪式结束后|会谈后|会见后|会晤后)[，,]"
)
_DAY = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})[日号]")
_NAMES_DAY = re.compile(r"\d{1,2}[日号]|当天|当日|今天|今日|昨天|昨日|同日")


def _first_sentence(body: str) -> str:
    end = min((i for i in (body.find("。"), body.find("\n", 30)) if i >= 0), default=len(body))
    return body[:end]


def _lead_day(body: str, programme: date | None) -> date | None:
    """The day an item's first sentence names (当地时间25日下午，…), read against the programme's
    date: a day after the programme's is in the month before.

    >>> _lead_day("央视网消息：当地时间25日下午，黄循财举行仪式。", date(2025, 10, 26))
    datetime.date(2025, 10, 25)
    >>> _lead_day("消息：当地时间31日，习近平会见。", date(2025, 11, 1))
    datetime.date(2025, 10, 31)
    """
    found = _DAY.search(_first_sentence(body))
    if found is None or programme is None:
        return None
    month, day = int(found[1] or programme.month), int(found[2])
    year = programme.year - (month > programme.month)
    if found[1] is None and day > programme.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def continued_day(body: str, before: date | None) -> date | None:
    """``before`` (the lead day of the item before) when this item opens as its sequel and
    names no day of its own in its first sentence, else None.

    >>> continued_day("央视网消息：欢迎仪式后，李强同黄循财举行会谈。", date(2025, 10, 25))
    datetime.date(2025, 10, 25)
    >>> continued_day("央视网消息：会谈后，两国元首26日共同会见记者。", date(2025, 10, 25)) is None
    True
    """
    if before is None or not _SEQUEL.match(body):
        return None
    return None if _NAMES_DAY.search(_first_sentence(body)) else before


def read_xwlb(text: str, location: str) -> Iterator[Piece | Rejected]:
    """One Piece per item (title-only items give their title as text), dated by the header.

    >>> md = "# 《新闻联播》 (20240315)\\n## 详细新闻\\n### 会见\\n<p>李强会见安哥拉总统。</p>\\n"
    >>> [(p.location, p.title, p.text) for p in read_xwlb(md, "x.md")]
    [('x.md#item1', '会见', '李强会见安哥拉总统。')]
    """
    day = programme_date(text)
    heads = summary_headlines(text)
    before: date | None = None  # the lead day of the item before
    for n, (title, raw) in enumerate(_items(text), start=1):
        where = f"{location}#item{n}"
        link = _LINK.search(raw)
        body = _unglue(_body_text(_LINK.sub("", raw)), heads.get(title.rstrip("：: "), []))
        if not _HTML.search(raw):  # the HTML layout sets each headline in a paragraph of its own
            body = split_glued_headlines(body)
        title = "" if title in _UNTITLED else title
        if not body and not title:
            yield Rejected(where, "xwlb item has neither a title nor text", raw.strip() or None)
            continue
        lead = continued_day(body, before)
        before = _lead_day(body, day) or lead
        yield Piece(
            text=body or title,
            location=where,
            kind="xwlb",
            title=title,
            date=day,
            url=link[1] if link else None,
            source=SOURCE,
            lang="zh-Hans",
            lead=lead,
        )
