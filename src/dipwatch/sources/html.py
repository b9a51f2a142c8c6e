"""Reading HTML: the paragraphs a reader sees, without scripts, menus and page furniture.

``html_to_text`` also serves HTML fragments (the ``<p>`` items of later xwlb files).
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from dipwatch.errors import SourceFormatError
from dipwatch.sources.dates import parse_date_value
from dipwatch.sources.piece import Piece

_SKIP = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "template", "button", "select", "head", "-comment", "object", "canvas", "menu",
}  # fmt: skip
_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "blockquote", "pre", "hr", "dd", "dt", "dl", "figcaption", "main", "caption",
    "address", "center", "body",
}  # fmt: skip
_DATE_META = (
    "article:published_time", "og:published_time", "publishdate", "pubdate", "publish-date",
    "publish_date", "dc.date.issued", "dc.date", "date", "datepublished", "og:updated_time",
)  # fmt: skip
# Source line breaks between two CJK characters are typesetting, not spaces.
_CJK_BREAK = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])\s*\n\s*(?=[\u3400-\u9fff])"
)
_SPACES = re.compile(r"[ \t\r\n\f\xa0\u3000]+")


def _text_node(text: str) -> str:
    return _SPACES.sub(" ", _CJK_BREAK.sub("", text))


def node_text(root: LexborNode) -> str:
    """The visible text under ``root``: one line per block, cells split by tabs."""
    out: list[str] = []
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag or ""
        if tag == "-text":
            out.append(_text_node(item.text_content or ""))
            continue
        if tag in _SKIP:
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in ("td", "th"):
            out.append("\t")
        elif tag in _BLOCK:
            out.append("\n")
            stack.append("\n")
        stack.extend(reversed(list(item.iter(include_text=True))))
    return _tidy("".join(out))


def _tidy(raw: str) -> str:
    lines = (re.sub(r" *\t[ \t]*", "\t", ln).strip(" \t") for ln in raw.split("\n"))
    return "\n".join(ln for ln in lines if ln)


#: The deepest nesting of elements read; deeper markup is refused (the parser slows down
#: with the square of the depth: a million unclosed <div>s would take hours).
MAX_DEPTH = 1000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
#: Elements that never nest (void) or close themselves at the next of their kind.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt",
    "tbody", "thead", "tfoot", "colgroup", "caption",
}  # fmt: skip


def check_depth(markup: str, location: str) -> None:
    """Refuse markup whose elements nest deeper than :data:`MAX_DEPTH` (a one-line error).

    >>> check_depth("<div>" * 5, "x.html")
    """
    depth = 0
    for close, name, selfclosing in _TAG.findall(markup):
        if selfclosing or name.lower() in _FLAT:
            continue
        depth = max(depth - 1, 0) if close else depth + 1
        if depth > MAX_DEPTH:
            raise SourceFormatError(
                location, f"HTML elements nested deeper than {MAX_DEPTH}; not read"
            )


def parse(markup: str, location: str = "HTML") -> LexborHTMLParser:
    """The parsed markup, once its depth is checked."""
    check_depth(markup, location)
    return LexborHTMLParser(markup)


def html_to_text(markup: str, location: str = "HTML") -> str:
    """The paragraphs of an HTML document or fragment, one per line.

    >>> html_to_text("<p>中方<strong>坚决</strong>反对。</p><script>x()</script><p>a<br>b&nbsp;c</p>")
    '中方坚决反对。\\na\\nb c'
    """
    tree = parse(markup, location)
    return node_text(tree.body) if tree.body is not None else ""


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}" i]')
            if node is not None and (node.attributes.get("content") or "").strip():
                return (node.attributes.get("content") or "").strip()
    return None


def _meta_date(tree: LexborHTMLParser) -> date | None:
    candidates = [_meta(tree, name) for name in _DATE_META]
    time = tree.css_first("time[datetime]")
    if time is not None:
        candidates.append(time.attributes.get("datetime"))
    for value in candidates:
        if value:
            try:
                return parse_date_value(value)
            except ValueError:
                continue
    return None


def _title(tree: LexborHTMLParser) -> str:
    title = _meta(tree, "og:title")
    if not title:
        node = tree.css_first("title") or tree.css_first("h1")
        title = node.text() if node is not None else ""
    return _SPACES.sub(" ", title).strip()


def _main(tree: LexborHTMLParser) -> LexborNode | None:
    """The article or main element when the page has one with real text, else the body."""
    for selector in ("article", "main", '[role="main"]'):
        nodes = tree.css(selector)
        if len(nodes) == 1 and len(nodes[0].text(strip=True)) >= 200:
            return nodes[0]
    return tree.body


def read_html(markup: str, location: str) -> Piece:
    """A whole HTML page as a Piece: title, text, ``<meta>`` date, canonical URL, site name."""
    tree = parse(markup, location)
    main = _main(tree)
    canonical = tree.css_first('link[rel="canonical"]')
    url = canonical.attributes.get("href") if canonical is not None else None
    return Piece(
        text=node_text(main) if main is not None else "",
        location=location,
        kind="html",
        title=_title(tree),
        meta_date=_meta_date(tree),
        url=url or _meta(tree, "og:url"),
        source=_meta(tree, "og:site_name") or "",
    )
