"""The seed chapter as a real input: read from its PDF-extracted text, reflowed, coded.

The chapter never states its own date; its events must still land in 2021, the year it writes
about, and the events its key paragraphs state must be found.
"""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.sources.text import read_documents

# (day, source country, target country, CAMEO root): what the chapter states, in its own dates
STATED = [
    (date(2021, 11, 16), "CHN", "USA", "04"),  # the Xi–Biden video summit
    (date(2021, 10, 8), "CHN", "JPN", "04"),  # Xi's call with Kishida
    (date(2021, 12, 10), "NIC", "TWN", "16"),  # Nicaragua breaks with Taipei
    (date(2021, 12, 25), "CHN", "RUS", "04"),  # the Xi–Putin meeting, as the chapter dates it
]


@pytest.fixture(scope="module")
def seed_events(seed_chapter):
    docs = list(read_documents(seed_chapter))
    assert len(docs) == 1
    return code_document(docs[0])


def test_every_seed_event_falls_in_the_year_the_chapter_covers(seed_events):
    years = sorted({e.date.year for e in seed_events})
    assert years == [2021], years


@pytest.mark.parametrize("stated", STATED, ids=lambda s: f"{s[0]}-{s[1]}-{s[2]}-{s[3]}")
def test_the_chapters_key_events_are_found(seed_events, stated):
    day, src, tgt, root = stated
    found = {
        (e.date, (e.source_actor or "")[:3], (e.target_actor or "")[:3], e.root)
        for e in seed_events
    }
    assert stated in found or (day, tgt, src, root) in found, sorted(found)
