"""Faults of coder-audit40's hand check (eval/README.md, "A hand check of the nineteenth
round's integration"): force named bare as a time frame, an act a doer will not join, a
games' squads arriving, and talks still to come; each tried on wordings of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast_acts

_AIRED = date(2024, 4, 15)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast_acts(text, _AIRED)


def _roots(text: str) -> set[str]:
    return {code[:2] for _, code, _ in _acts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "美国总统在袭击后与以色列总理通话。",
        "法国总统在空袭发生之后同黎巴嫩总理通电话。",
        "英国首相在此次轰炸期间与乌克兰总统通话。",
    ],
)
def test_bare_force_as_a_time_frame_is_no_strike(text):
    """在袭击后与X通话: the attack dates the call; the caller did not strike the one called."""
    assert "19" not in _roots(text)
    assert "04" in _roots(text)


def test_force_with_its_doer_stays():
    assert ("ISRMIL", "195", "PSE") in _acts("以色列军队空袭了加沙地带。")
    assert ("ISRMIL", "195", "PSE") in _acts("以色列军队在加沙地带发动空袭后撤回基地。")


@pytest.mark.parametrize(
    "text",
    [
        "英国首相表示，英国不会参与报复伊朗的打击行动。",
        "法国表示不参与对叙利亚的空袭。",
        "土耳其未参与对叙利亚的空袭。",
        "德国拒绝参加对利比亚的空袭。",
        "欧盟称护航行动不参与打击胡塞武装目标。",
    ],
)
def test_an_act_not_joined_is_none(text):
    """不会参与|未参与|拒绝参加 …的空袭: what the doer keeps out of is not its act."""
    assert "19" not in _roots(text)


def test_an_act_joined_stays():
    assert ("USA", "190", "IRN") in _acts("美国参与了对伊朗的打击行动。")
    # 不加入北约 names what is not joined; the accord on it is a verb of its own
    assert "05" in _roots("俄美就乌克兰不加入北约达成一致。")


@pytest.mark.parametrize(
    "text",
    [
        "中国游泳、网球和羽毛球队等队伍也已抵达法国。",
        "中国代表队已抵达日本。",
        "中国篮球队抵达美国。",
    ],
)
def test_a_games_squads_arriving_visit_no_state(text):
    """Athletes' teams arriving for a contest are people, not their state's visit."""
    assert "042" not in {code for _, code, _ in _acts(text)}


def test_a_delegation_arriving_visits():
    assert ("CHN", "042", "FRA") in _acts("中国代表团已抵达法国。")


@pytest.mark.parametrize(
    "text",
    [
        "以色列总理18日晚称，今后同哈马斯的谈判只会在武力下进行。",
        "俄外长表示，未来与乌克兰的谈判将以现实为基础。",
    ],
)
def test_talks_ahead_are_not_held(text):
    """今后同X的谈判, 未来与X的谈判: talks ahead judged, none held (and no plan of them)."""
    assert not {a for a in _acts(text) if a[1] in ("046", "036")}


def test_talks_held_and_planned_stay():
    assert ("IRN", "046", "USA") in _acts("伊朗与美国12日在马斯喀特举行谈判。")
    assert ("IRN", "036", "USA") in _acts("伊朗与美国的谈判将于下周举行。")
