"""Faults this round's helpers saw and left untraced (eval/README.md, coder-zh76), each fixed
where it arose. Our own sentences, as items of a broadcast of 10 March 2021."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2021, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "边境小镇9日再次遭到炮击。以色列和黎巴嫩8日在边境地区爆发新一轮冲突，双方均指责对方首先开火。",
        "克什米尔地区9日再次传出枪声。印度与巴基斯坦两国在克什米尔地区的军事冲突仍在继续，双方都指责对方违反停火协议。",
    ],
)
def test_a_mutual_clash_keeps_both_ways_after_another_sentence(text):
    # The accusation's pair, carried from the sentence before, is no word of this one: the
    # state written at this sentence's start is not the object of that accusation.
    force = {(s, t) for s, r, t in broadcast(text, DAY) if r == "19"}
    assert len(force) == 2 and {(t, s) for s, t in force} == force


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "土耳其外长8日表示，土方不会向任何一方提供武器，他同时呼吁利比亚冲突双方立即停火。",
            ("TUR", "LBY"),
        ),
        (
            "美国国务卿9日表示，美方不会承认这一结果，同时敦促委内瑞拉释放所有政治犯。",
            ("USA", "VEN"),
        ),
    ],
)
def test_a_negation_is_its_own_clauses_before_a_clause_with_its_own_subject(text, act):
    assert act in {(s, t) for s, _, t in broadcast(text, DAY)}


def test_a_clause_joined_on_keeps_its_own_negation():
    text = "美国国务卿9日表示，美方不会承认这一结果，同时也不会敦促委内瑞拉举行新的选举。"
    assert ("USA", "VEN") not in {(s, t) for s, _, t in broadcast(text, DAY)}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("以巴双方9日举行了第三轮间接谈判。", "04"),
        ("朝韩两国9日再次举行高级别会谈。", "04"),
    ],
)
def test_two_short_forms_before_the_sides_hold_talks(text, root):
    assert any(r == root for _, r, _ in broadcast(text, DAY))


def test_talks_the_sides_only_planned_are_not_held():
    assert not any(r == "04" for _, r, _ in broadcast("朝韩两国原定9日举行高级别会谈。", DAY))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("朝韩双方将于下周举行新一轮高级别会谈。", "03"),  # planned: an intent, not talks held
        ("两国外长还就2026年后朝韩两国恢复铁路联通问题进行了磋商。", None),  # the pair is the topic
    ],
)
def test_the_sides_talks_to_come_or_talked_about(text, root):
    roots = {r for s, r, t in broadcast(text, DAY) if {s, t} == {"PRK", "KOR"}}
    assert roots == ({root} if root else set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中方愿为柬开展扫雷工作提供力所能及的帮助。", ("CHN", "KHM")),
        ("中方愿为越提供必要的支持和帮助。", ("CHN", "VNM")),
    ],
)
def test_aid_for_a_one_character_short_form(text, pair):
    assert pair in {(s, t) for s, r, t in broadcast(text, DAY) if r == "03"}


def test_for_a_word_that_opens_with_a_short_form_is_no_state():
    assert not broadcast("中方愿为美好未来提供支持。", DAY)
