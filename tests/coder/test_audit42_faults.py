"""Faults of coder-audit42's hand check (eval/README.md, "A hand check of the twentieth round's
integration"): a guest under a former title the lists lack read as a meeting still ahead, a
signing announced by its ceremony to come, a withdrawal still ahead, a meeting judged in a
remark; each tried on wordings of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast_acts

_AIRED = date(2025, 5, 20)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast_acts(text, _AIRED)


@pytest.mark.parametrize("title", ["前运输部长", "前交通部长", "前财政部长", "前总统", "前国务卿"])
def test_a_guest_under_a_former_title_is_met(title):
    acts = _acts(f"5月20日，国家副主席在北京会见美国{title}史密斯。")
    assert any(code == "040" and target == "USA" for _, code, target in acts)


def test_an_act_before_another_stays_ahead():
    """在…前 that frames time still keeps the act inside it from the day's acts."""
    acts = _acts("巴基斯坦总理在对中国进行正式访问前接受了记者采访。")
    assert not any(code.startswith("04") for _, code, _ in acts)


@pytest.mark.parametrize(
    ("text", "done", "intents"),
    [
        ("瑞士外交部20日宣布，美国与伊朗谅解备忘录签署仪式将于25日举行。", "057", {"030", "036"}),
        ("德国与法国合作协议签署仪式定于下周举行。", "057", {"030", "036"}),
        ("两国发表联合公报称，美军最迟于今年9月15日全面撤离尼日尔领土。", "087", {"0356"}),
        ("法国国防部长表示，法军将于年底前撤离马里。", "087", {"0356"}),
        ("法国国防部长表示，法军最晚于年底撤出马里。", "087", {"0356"}),
        ("美国9月15日前从尼日尔撤出全部驻军", "087", {"0356"}),
    ],
)
def test_an_act_still_ahead_is_an_intent(text, done, intents):
    """A signing whose ceremony is to come, a withdrawal by a deadline or announced."""
    codes = {code for _, code, _ in _acts(text)}
    assert done not in codes
    assert codes & intents


def test_a_signing_held_stays_a_signing():
    acts = _acts("德国与法国20日举行合作协议签署仪式，两国外长签署了协议。")
    assert any(code == "057" for _, code, _ in acts)


def test_a_withdrawal_done_stays():
    assert any(code == "087" for _, code, _ in _acts("法军20日从马里撤军。"))


@pytest.mark.parametrize(
    "text",
    [
        "美国前部长表示，美中元首会晤具有重要意义。",
        "法国总统表示，德法两国元首会晤有着深远影响。",
    ],
)
def test_a_meeting_judged_in_a_remark_is_no_meeting(text):
    assert not any(code.startswith("04") for _, code, _ in _acts(text))


def test_a_meeting_held_and_then_judged_stays():
    acts = _acts("德国总理20日同法国总统举行会晤，双方表示会晤富有成果。")
    assert any(code == "040" for _, code, _ in acts)


def test_the_volunteers_name_is_no_wish():
    """志愿军 holds 愿 (a future word): the volunteers' withdrawal is done, not wished."""
    assert any(
        code == "087" for _, code, _ in _acts("中国人民志愿军最后一批部队20日撤离朝鲜回国。")
    )
    assert any(code == "0356" for _, code, _ in _acts("中国人民志愿军将于年底撤离朝鲜。"))


def test_a_deadline_met_or_a_day_of_going_is_no_intent():
    """已 after the deadline: done by then; 15日前往: the day of a journey, not a deadline."""
    assert any(code == "087" for _, code, _ in _acts("美国3月1日前已从尼日尔撤出全部驻军。"))
    assert any(code == "042" for _, code, _ in _acts("法国总统3月15日前往尼日尔访问。"))
