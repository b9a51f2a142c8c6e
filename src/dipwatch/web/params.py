"""What each page and endpoint accepts in its query string, with limits: a value too long, a
number out of range or a parameter no page knows is refused (422) before any work.

Values are checked for their meaning (a period, a CAMEO code, an actor) by the same library
functions as the CLI's (:func:`dipwatch.api.events.build_filter`), which raise InputError with a
message naming what is valid; the web turns that into a 422 too.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dipwatch.api.browse import MAX_LIMIT
from dipwatch.api.events import MAX_IDS, MAX_TEXT, EventFilter, build_filter
from dipwatch.i18n import check_lang
from dipwatch.models import LANGS

#: The most rows an offset may skip (deep pages of a 10M-event store are slow and useless).
MAX_OFFSET = 1_000_000
Lang = Literal["zh-Hant", "zh-Hans", "en"]
Format = Literal["md", "html", "docx", "pdf"]
ExportFormat = Literal["csv", "jsonl", "parquet"]


class Common(BaseModel):
    """The period and the reader's language, which every page takes."""

    model_config = ConfigDict(extra="forbid")

    period: str | None = Field(
        None, max_length=40,
        description="2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or 2021-12-09; "
                    "default: the quarter of the newest event",
    )  # fmt: skip
    lang: Lang | None = Field(None, description="the reader's language; default: the browser's")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        """A form's empty field (``actor=``) means no filter, as if it were not sent."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data


class Paged(Common):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="rows per page")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="rows to skip")


class EventQuery(Paged):
    """Which events: every filter of ``dipwatch events`` and more."""

    actor: str | None = Field(None, max_length=60, description="CAMEO actor code or country name")
    code: str | None = Field(None, max_length=8, description="CAMEO code or its prefix (04, 041)")
    root: str | None = Field(None, max_length=2, description="CAMEO root, 01 to 20")
    issue: str | None = Field(None, max_length=40, description="an issue tag (taiwan, trade…)")
    origin: str | None = Field(None, max_length=10, description="text, gdelt, icews or csv")
    text: str | None = Field(None, max_length=MAX_TEXT, description="words in the sentence")
    source: str | None = Field(None, max_length=MAX_TEXT, description="a document source")
    partner: str | None = Field(None, max_length=60, description="with actor: the other side")
    ids: str | None = Field(
        None, max_length=MAX_IDS * 81, description="comma-separated event ids (evidence)"
    )

    def event_filter(self) -> EventFilter:
        """The checked filter (InputError naming what is wrong); no period: every day."""
        return build_filter(self.period, self.actor, self.code, self.issue, self.origin,
                            self.root, self.text, self.ids, self.source, self.partner)  # fmt: skip

    def carried(self) -> dict[str, str | int]:
        """The filter as query parameters, for links to other pages of the same selection."""
        keep = (
            "period",
            "actor",
            "code",
            "root",
            "issue",
            "origin",
            "text",
            "ids",
            "source",
            "partner",
        )
        return {k: v for k in keep if (v := getattr(self, k))}


class CountryQuery(EventQuery):
    """A country page: its events filtered like the event list (the actor is the country)."""

    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="events per page")


class EventDay(Common):
    on: date | None = Field(None, description="the event's day, if known (a faster look-up)")


class ReportQuery(Common):
    report_lang: Lang = Field("zh-Hant", description="the report's language")
    format: Format = Field("html", description="md, html, docx or pdf")


class ChartQuery(Common):
    country: str | None = Field(None, max_length=60, description="one state (the nci chart)")


def pick_lang(asked: str | None, accept: str | None) -> str:
    """The reader's language: as asked, else the first of the browser's we write, else zh-Hant.

    >>> pick_lang(None, "en-GB,en;q=0.9"), pick_lang(None, "zh-CN"), pick_lang("en", "zh-TW")
    ('en', 'zh-Hans', 'en')
    """
    if asked:
        return check_lang(asked)
    for part in (accept or "")[:200].split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
            return "zh-Hant"
        if tag.startswith("zh"):
            return "zh-Hans"
        if tag.startswith("en"):
            return "en"
    return LANGS[0]
