"""Faults found at the thirteenth round's start (issue 10, eval/README.md "Faults found at the
thirteenth round's start"), in sentences of our own, with the neighbours the rules must leave
alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "6月11日，李强在结束出席东盟峰会并对马来西亚进行正式访问回到国内后，在广州考察外贸企业。",
        "王毅结束对肯尼亚的访问回国后，主持召开部务会议。",
        "韩正在结束对秘鲁的正式访问返回北京后，出席了一场座谈会。",
    ],
)
def test_a_visit_over_before_the_days_act_is_background(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "04"}


def test_a_visit_ending_abroad_stays_on_the_day():
    text = "伊朗外长表示，在结束对卡塔尔的访问之后、前往土耳其之前，他将再次访问伊拉克。"
    assert ("IRN", "04", "QAT") in broadcast(text, DAY)
