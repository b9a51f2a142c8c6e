"""Misses of ``xwlb_docs`` by construction, third pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, third pass"): a denial of the denier's own strike on another state,
and a strike paused or called off, in sentences of our own, with the neighbours the rules must
leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("叙利亚政府否认曾向土耳其境内开炮。", ("SYR", "01", "TUR")),
        ("印度军方11日否认空袭巴基斯坦境内的清真寺。", ("IND", "01", "PAK")),
        ("阿塞拜疆国防部否认向亚美尼亚一侧开火。", ("AZE", "01", "ARM")),
        ("俄方当天发表声明，否认袭击乌克兰的粮食仓库。", ("RUS", "01", "UKR")),
    ],
)
def test_a_denied_own_strike_answers_the_state_it_would_have_hit(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the denial withheld lets the strike stand
        "伊朗并未否认向以色列发射导弹。",
        # the denier's own side: no counterpart
        "乌克兰外长否认乌方实施了这次袭击。",
        # the state is named in a link the denial is about, not as the one hit
        "伊拉克军方否认与美国在空袭叙利亚一事上有合作。",
    ],
)
def test_no_denial_of_an_own_strike(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "01"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("土耳其国防部宣布，已暂停空袭叙利亚北部目标。", ("TUR", "08", "SYR")),
        # the partner named before is not the one paused on
        ("以色列总理表示，与美国总统通话后，他决定暂停对伊朗的空袭三天。", ("ISR", "08", "IRN")),
    ],
)
def test_strikes_paused_on_a_state_de_escalate(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "土耳其国防部宣布，已暂停空袭叙利亚北部目标。",
        "以色列总理表示，与美国总统通话后，他决定暂停对伊朗的空袭三天。",
        "俄方宣布推迟对乌克兰能源设施的打击。",
    ],
)
def test_a_strike_paused_or_called_off_is_no_strike(text):
    assert not {f for f in broadcast(text, DAY) if f[1] in ("18", "19", "20")}


def test_a_strike_told_after_a_pause_is_still_one():
    text = "以军暂停军事行动两天后，于当天恢复对加沙地带的空袭。"
    assert ("ISR", "19", "PSE") in broadcast(text, DAY)


def test_a_denied_own_act_with_no_counterpart_answers_the_teller_before():
    text = "据叙利亚国防部称，美军无人机袭击了叙政府军阵地。不过，美军否认实施了这次行动。"
    assert ("USA", "01", "SYR") in broadcast(text, DAY)


def test_a_denial_of_history_is_no_denial_of_an_act():
    text = "朝鲜外务省称，日本否认和美化侵略历史，为重新发动侵略打造跳板。"
    assert not {f for f in broadcast(text, DAY) if f[1] == "01" and f[0] == "JPN"}
