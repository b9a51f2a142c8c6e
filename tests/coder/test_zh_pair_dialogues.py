"""A dialogue named by the pair that holds it and its field (美中外交安全對話, 中日高層經濟對話)
is a meeting of the two when held (the seventh prose dev batch, eval/README.md): the field
words make the short forms a pair, as 戰略 and 經貿 did."""

from datetime import date

import pytest

from tests.coder.conftest import countries


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("10 月 8 日，首輪中澳外交安全對話在坎培拉舉行。", ("CHN", "04", "AUS")),
        ("4 月 2 日，第五次中日高層經濟對話在東京舉行。", ("CHN", "04", "JPN")),
    ],
)
def test_a_dialogue_of_a_pair_by_its_field_is_their_meeting(code, text, pair):
    assert pair in countries(code(text, date(2019, 1, 20), genre="narrative"))
