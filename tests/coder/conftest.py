"""Helpers for the coder's tests: code a text and look at what came out."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document


@pytest.fixture
def code():
    """``code(text, day=None, source="", genre="")`` -> the Coding of a Document of ``text``."""

    def run(text: str, day: date | None = None, source: str = "", genre: str = ""):
        return coding(Document(text, published=day, source=source, genre=genre))

    return run


def triples(c) -> list[tuple[str | None, str, str | None]]:
    """(source, code, target) of each event."""
    return [(e.source_actor, e.code, e.target_actor) for e in c.events]


def countries(c) -> list[tuple[str, str, str]]:
    """(source country, root, target country) of each event: what the evaluation compares."""
    return [((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events]


def broadcast(text: str, day: date) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of the events of ``text`` read as an item of the
    evening news broadcast on ``day``."""
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    return set(countries(c))


def broadcast_acts(text: str, day: date) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events of ``text`` read as an item broadcast on ``day``,
    the actors' whole codes ("" for an actor not found)."""
    c = coding(Document(text, published=day, kind="xwlb", source="xwlb"))
    return {(e.source_actor or "", e.code, e.target_actor or "") for e in c.events}


def broadcast_codes(text: str, day: date) -> set[tuple[str, str, str]]:
    """(source country, code, target country) of the events of ``text`` read as an item
    broadcast on ``day`` that name both their actors."""
    return {(s[:3], code, t[:3]) for s, code, t in broadcast_acts(text, day) if s and t}


def acts_table(table: str) -> list[tuple[str, set[tuple[str, ...]]]]:
    """The rows of a table of sentences and their acts: each line "source root target; …  text"
    (two spaces before the text), lines opening with # saying what the rows after them show."""
    rows = []
    for line in table.strip().splitlines():
        if not line.startswith("#"):
            acts, text = line.split("  ", 1)
            rows.append((text, {tuple(a.split()) for a in acts.split("; ")}))
    return rows
