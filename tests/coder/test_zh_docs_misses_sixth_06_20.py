"""Misses of ``xwlb_docs`` by construction, sixth pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, sixth pass: roots 06-20"): a military operation carried out in a
place of another state, told with any of the light verbs (开展, 实施, 进行 as well as 展开); a
plan of one approved, and the media's word of a first one to come, are no force. Sentences of
our own, with the neighbours the rules must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 9, 18)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("以军当天继续在加沙地带南部多地开展军事行动。", ("ISR", "19", "PSE")),
        ("土耳其军队在伊拉克北部实施地面行动。", ("TUR", "19", "IRQ")),
        ("俄军继续在乌克兰东部进行特别军事行动。", ("RUS", "19", "UKR")),
        ("以色列国防军称，以军在黎巴嫩南部开展地面军事行动。", ("ISR", "19", "LBN")),
    ],
)
def test_an_operation_in_a_place_of_another_state_is_force_on_it(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a plan approved, with the old verb and with a new one
        "以色列国防部长批准了在拉法展开地面行动的计划。",
        "以军总参谋长批准了继续在黎巴嫩南部开展军事行动的计划。",
        # the media's word of a first operation to come
        "另据美国媒体报道，以军将首次在加沙地带中部展开地面行动。",
        "据当地媒体报道，以军将首次在黎巴嫩南部开展地面军事行动。",
        # a span since the operation began, an operation at home
        "自俄罗斯在乌克兰开展特别军事行动以来，欧洲能源价格持续上涨。",
        "中国海警在钓鱼岛领海内开展执法巡查行动。",
    ],
)
def test_no_force_in_a_plan_or_a_report(text):
    assert not {f for f in broadcast(text, DAY) if f[1] in ("13", "19")}
