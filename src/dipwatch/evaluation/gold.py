"""The annotated gold sets: xwlb sentences by reference, our zh-Hant sentences, PLOVER records.

``eval/xwlb.jsonl`` holds no text: each line points into ``<data>/xwlb/<file>`` (``item`` is the
1-based ``###`` section, ``start``/``end`` character offsets into the section's body as stored)
and carries the sha1 of the sentence, so a changed source fails loudly instead of silently
scoring the coder against the wrong sentence. ``eval/zh_hant.jsonl`` and ``eval/en.jsonl`` hold their own text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from dipwatch.errors import InputError, ReferenceDataError

SETS = ("xwlb", "zh_hant", "en", "plover")
SPLITS = ("dev", "heldout")
PRECISIONS = ("day", "month", "year")
_ACTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_CODE = re.compile(r"^\d{2,4}$")
_HEADING = re.compile(r"^### ", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event: ``GoldEvent(date(2021, 12, 15), "day", "CHN", "RUS", "041")``."""

    date: date
    precision: str
    source: str | None
    target: str | None
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold sentence with its events (``events == ()`` for a negative)."""

    set: str
    item_id: str
    text: str
    doc_date: date
    lang: str
    split: str
    events: tuple[GoldEvent, ...]


def sentence_sha1(text: str) -> str:
    """The fingerprint stored with each xwlb reference.

    >>> sentence_sha1("中方")[:8]
    '39b022d8'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@cache
def xwlb_sections(path: Path) -> tuple[str, ...]:
    """The bodies of a 新闻联播 file's ``###`` items, in order (item 1 is index 0).

    A body is everything after its heading line up to the next heading, as stored (tags and
    link lines included), so offsets never depend on how a reader cleans the text.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the xwlb source: {err}") from None
    starts = [m.start() for m in _HEADING.finditer(text)]
    bodies = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        newline = text.find("\n", start, end)
        bodies.append(text[newline + 1 : end] if newline >= 0 else "")
    return tuple(bodies)


def read_jsonl(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (``file:line``, object) for each non-blank line of a JSONL gold file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read the gold set: {err}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ReferenceDataError(str(path), f"line {n}", f"not JSON: {err}") from None
        if not isinstance(obj, dict):
            raise ReferenceDataError(str(path), f"line {n}", "expected a JSON object")
        yield f"{path}:{n}", obj


def load_xwlb(gold: Path, xwlb_dir: Path) -> list[GoldItem]:
    """The xwlb gold items with their sentences read from ``xwlb_dir`` and checked by sha1.

    >>> items = load_xwlb(Path("eval/xwlb.jsonl"), Path("../shared/data/xwlb"))  # doctest: +SKIP
    """
    items = []
    for where, obj in read_jsonl(gold):
        file, item = field_of(where, obj, "file", str), field_of(where, obj, "item", int)
        start, end = field_of(where, obj, "start", int), field_of(where, obj, "end", int)
        sections = xwlb_sections(xwlb_dir / file)
        if not 1 <= item <= len(sections):
            raise bad_line(where, f"{file} has {len(sections)} items, not item {item}")
        text = sections[item - 1][start:end]
        if not 0 <= start < end or sentence_sha1(text) != obj.get("sha1"):
            raise bad_line(
                where,
                f"{file} item {item} [{start}:{end}] is now {text[:30]!r}…, whose sha1 is not "
                f"the annotated one: the source changed, re-anchor or drop this item",
            )
        items.append(_item("xwlb", f"{file}#{item}:{start}-{end}", text, "zh-Hans", where, obj))
    return items


def load_zh_hant(gold: Path) -> list[GoldItem]:
    """Our own zh-Hant sentences in the style of the seed chapter, text included."""
    return _own_sentences(gold, "zh_hant", "zh-Hant")


def load_en(gold: Path) -> list[GoldItem]:
    """Our own English news-style sentences about real 2020–2024 events, text included."""
    return _own_sentences(gold, "en", "en")


def _own_sentences(gold: Path, name: str, lang: str) -> list[GoldItem]:
    items = []
    for where, obj in read_jsonl(gold):
        text = field_of(where, obj, "text", str)
        item_id = f"{name}#{field_of(where, obj, 'id', str)}"
        items.append(_item(name, item_id, text, lang, where, obj))
    return items


def _item(name: str, item_id: str, text: str, lang: str, where: str, obj: dict) -> GoldItem:
    doc_date = parse_date(where, field_of(where, obj, "doc_date", str))
    split = obj.get("split", "dev")
    if split not in SPLITS:
        raise bad_line(where, f"split {split!r} is not one of {', '.join(SPLITS)}")
    raw_events = obj.get("events")
    if not isinstance(raw_events, list):
        raise bad_line(where, "events must be a list (empty for a negative)")
    events = tuple(parse_event(f"{where} event {i + 1}", e) for i, e in enumerate(raw_events))
    return GoldItem(name, item_id, text, doc_date, lang, split, events)


def parse_event(where: str, obj: Any) -> GoldEvent:
    if not isinstance(obj, dict):
        raise bad_line(where, "an event is a JSON object")
    precision = obj.get("precision", "day")
    if precision not in PRECISIONS:
        raise bad_line(where, f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    code = field_of(where, obj, "code", str)
    if not _CODE.match(code):
        raise bad_line(where, f"CAMEO code {code!r} is not 2 to 4 digits (write it as a string)")
    actors = []
    for role in ("source", "target"):
        actor = obj.get(role)
        if actor is not None and not (isinstance(actor, str) and _ACTOR.match(actor)):
            raise bad_line(
                where, f"{role} {actor!r} is not a CAMEO actor code such as CHN or USAGOV"
            )
        actors.append(actor)
    day = parse_date(where, field_of(where, obj, "date", str))
    return GoldEvent(day, precision, actors[0], actors[1], code)


def field_of(where: str, obj: dict, key: str, kind: type) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise bad_line(where, f"{key!r} must be a {kind.__name__}, got {value!r}")
    return value


def parse_date(where: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise bad_line(where, f"{value!r} is not a YYYY-MM-DD date") from None


def bad_line(where: str, reason: str) -> ReferenceDataError:
    path, _, line = where.partition(":")
    return ReferenceDataError(path, f"line {line}" if line else "file", reason)
