"""Constructions of analysts' prose the seventh prose dev batch showed unread
(eval/README.md): an arrangement reached (達成臨時性安排) is an agreement, 反指 accuses back,
and a state called an abettor or a threat (稱中國是…推動者) is reproached."""

from datetime import date

import pytest

from tests.coder.conftest import countries

CASES = [
    ("3 月 2 日，中越就北部灣漁業問題達成臨時性安排。", ("CHN", "05", "VNM")),
    ("5 日，越南指責中國船隻撞擊其漁船，中方則反指越南漁船非法作業。", ("CHN", "11", "VNM")),
    ("4 日，北約外長會議發表聲明，稱伊朗是地區動盪的推動者。", ("NAT", "11", "IRN")),
]


@pytest.mark.parametrize(("text", "told"), CASES)
def test_an_analysts_construction_is_read(code, text, told):
    got = countries(code(text, date(2020, 1, 20), genre="narrative"))
    symmetric = told[1] == "05" and (told[2], told[1], told[0]) in got  # an agreement either way
    assert told in got or symmetric


def test_a_state_called_a_partner_is_not_reproached(code):
    text = "4 日，北約外長會議發表聲明，稱印度是地區穩定的重要夥伴。"
    assert not any(k[1] == "11" for k in countries(code(text, date(2020, 1, 20))))
