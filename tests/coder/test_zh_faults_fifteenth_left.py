"""Faults the fifteenth round's helpers found in Chinese text and left, each mended at the
construction it belongs to (eval/README.md, "Faults the fifteenth round's helpers left, at
their depth (coder-zh89)"). Our own sentences, read as items of a broadcast."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2021, 3, 9)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [(e.source_actor[:3], e.code, e.target_actor[:3], e.date.isoformat()) for e in c.events]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a withdrawal, then (随后, 此后) sanctions: two acts of root 16, each kept
        ("2019年8月，美国宣布退出伊核协议，其后对伊朗实施新的制裁。", {"160", "163"}),
        ("美方2017年6月单方面退出伊核协议，随即又宣布对伊朗实施制裁。", {"160", "163"}),
    ],
)
def test_acts_told_in_sequence_are_two(text: str, codes: set[str]) -> None:
    assert {e[1] for e in _events(text)} >= codes
