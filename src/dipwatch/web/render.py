"""Pages from Jinja2 templates (``web/templates``), with autoescaping on: every value a page
shows (a sentence, a source's name, a search the reader typed) is text, never markup.

Templates get the page's data (views.py) and a few helpers: ``ui(key)`` for the dashboard's
own words in the reader's language, ``u(href)`` for a link that keeps the reader's language,
``here(**changes)`` for this page with other parameters (the language switch, the pager).
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from dipwatch.models import LANGS
from dipwatch.web.words import ui

LANG_NAMES = {"zh-Hant": "繁體中文", "zh-Hans": "简体中文", "en": "English"}
NAV = (("/", "nav.overview"), ("/events", "nav.events"), ("/allies", "nav.allies"),
       ("/contradictions", "nav.contradictions"), ("/reports", "nav.reports"),
       ("/sources", "nav.sources"))  # fmt: skip


def page(request: Request, template: str, data: dict[str, Any], lang: str) -> HTMLResponse:
    """``template`` rendered with ``data`` in ``lang``."""
    html = env().get_template(template).render({**data, **helpers(request, lang)})
    return HTMLResponse(html)


def error_page(request: Request, status: int, message: str) -> str:
    """The page that says why a request could not be answered."""
    from dipwatch.web.params import pick_lang

    asked = request.query_params.get("lang")
    lang = asked if asked in LANGS else pick_lang(None, request.headers.get("accept-language"))
    return (
        env()
        .get_template("error.html.j2")
        .render(status=status, message=message, **helpers(request, lang))
    )


def helpers(request: Request, lang: str) -> dict[str, Any]:
    path = request.url.path
    query = dict(parse_qsl(request.url.query))

    def words(key: str, **values: Any) -> str:
        return ui(key, lang, **values)

    def u(href: str) -> str:
        return with_lang(href, lang)

    def here(**changes: Any) -> str:
        merged = {**query, **{k: v for k, v in changes.items()}}
        kept = {k: v for k, v in merged.items() if v not in (None, "")}
        return f"{path}?{urlencode(kept)}" if kept else path

    return {"ui": words, "u": u, "here": here, "lang": lang, "langs": LANG_NAMES, "nav": NAV,
            "path": path}  # fmt: skip


def with_lang(href: str, lang: str) -> str:
    """``href`` with ``lang=`` set to the reader's language.

    >>> with_lang("/events?period=2021Q4", "en"), with_lang("/", "zh-Hans")
    ('/events?period=2021Q4&lang=en', '/?lang=zh-Hans')
    """
    parts = urlsplit(href)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "lang"] + [("lang", lang)]
    return f"{parts.path}?{urlencode(query)}"


@cache
def env() -> jinja2.Environment:
    e = jinja2.Environment(
        loader=jinja2.PackageLoader("dipwatch.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )  # fmt: skip
    e.filters["num"] = lambda n: "" if n is None else f"{n:,}"
    return e
