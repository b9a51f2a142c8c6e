"""A response promised as the one a measure calls for (将作出必要|适当|相应回应) after a hostile
act is a threat to its doer, as a firm one is; and a response promised to a pair's joint act
(回应美日联合演习) is aimed at both states of the pair. Our own sentences, as items of a
broadcast of 21 May 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 5, 21)


def _threats(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == "13"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("美国20日宣布对加拿大商品加征关税，加拿大表示将作出必要回应。", {("CAN", "USA")}),
        ("英国20日驱逐两名伊朗外交官，伊朗称将予以相应回应。", {("IRN", "GBR")}),
        ("俄罗斯外交部20日表示，将坚决回应美日联合演习。", {("RUS", "USA"), ("RUS", "JPN")}),
    ],
)
def test_a_promised_response_threatens_whom_it_answers(text, pairs):
    assert pairs <= _threats(text)


@pytest.mark.parametrize(
    "text",
    [
        "中方将对各方关切作出必要回应。",  # a kind response
        "俄方将与美日联合开展救援。",  # no response, and the pair a partner
    ],
)
def test_a_kind_response_or_none_threatens_no_one(text):
    assert not _threats(text)
