"""A tour's next stop, moved on to with a day of its own (eval/README.md, coder-dates29):
``两天后转赴澳大利亚，又两天后在堪培拉…会谈`` is one contact with Australia begun on the day the
visitor moved on, the visit (042) dated by that day, as an arrival (``抵达``) already was.
Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative

_WRITTEN = date(2025, 1, 20)


def _contacts(c, target: str) -> list[tuple[str, date]]:
    return [(e.code, e.date) for e in c.events
            if e.root == "04" and (e.target_actor or "").startswith(target)]  # fmt: skip


_AUS = ("AUS", [("042", date(2024, 6, 15))])
_RUS = ("RUS", [("040", date(2024, 10, 13))])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("6 月 13 日，李强抵达惠灵顿访问，两天后转赴澳大利亚，又两天后在堪培拉与阿尔巴尼斯举行年度总理会谈。", _AUS),
        ("6 月 13 日，李強抵達威靈頓訪問，兩天後轉赴澳洲，又兩天後在坎培拉與艾班尼斯舉行年度總理會談。", _AUS),
        ("6 月 13 日，李强抵达惠灵顿访问，15 日转往澳大利亚，17 日在堪培拉与阿尔巴尼斯举行年度总理会谈。", _AUS),
        # guards: 随后转赴 names no day (the 12th is the last stop's): the talks keep their 13th
        ("10 月 12 日，唐家璇在白宫会见布什总统，随后转赴莫斯科，13 日与普京会谈。", _RUS),
        ("10 月 12 日，唐家璇在白宮會見布希總統，隨後轉赴莫斯科，13 日與普丁會談。", _RUS),
    ],
)  # fmt: skip
def test_moving_on_with_a_day_begins_the_visit(code, body, expected):
    """The talks two days after moving on are the visit begun that day: 042 on the 15th."""
    c = narrative(code, body, _WRITTEN, heading="第二章　2024 年中国外交")
    target, contacts = expected
    assert _contacts(c, target) == contacts


def test_the_talks_on_the_day_of_moving_on_stay_talks(code):
    """Guard: no later day between moving on and the talks: one day, the talks as told."""
    c = narrative(code, "6 月 15 日，李强转赴澳大利亚，当天在堪培拉与阿尔巴尼斯举行会谈。", _WRITTEN,
                  heading="第二章　2024 年中国外交")  # fmt: skip
    assert dated(c, "CHN", "04") == [(date(2024, 6, 15), "day")]
