"""Faults of the sixteenth round's start check, settled at their construction (coder-zh99,
eval/README.md "Faults of the sixteenth round's start check"); sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2021, 1, 19)


@pytest.mark.parametrize(
    "text",
    [
        "法国对美制裁两家俄罗斯企业表示遗憾。",
        "意大利政府对欧盟禁运伊朗石油深表失望。",
        "土耳其对美国制裁土方官员表示强烈不满。",
    ],
)
def test_a_measure_with_its_object_inside_a_reaction_is_the_others(text):
    """对 X 制裁 Y 表示遗憾: the sanction and its object are what 对 governs; the one who
    reacts imposes nothing."""
    assert not any(root == "16" for _, root, _ in broadcast(text, D))


def test_the_reaction_itself_stays():
    assert ("FRA", "01", "USA") in broadcast("法国对美制裁两家俄罗斯企业表示遗憾。", D)


def test_a_measure_of_the_doers_own_joined_to_a_reaction_stays():
    """对美国实施制裁并表示…: 并 joins an act of the doer's own, no object of the reaction."""
    assert ("RUS", "16", "USA") in broadcast("俄罗斯对美国实施制裁并表示将继续反制。", D)


def test_the_partner_of_collusion_is_not_accused():
    """指责 A 与 B 勾结: A is accused, B its alleged partner."""
    acts = broadcast("伊朗外交部指责沙特与以色列勾结。", D)
    assert any(t == "SAU" for _, _, t in acts)
    assert not any(t == "ISR" for _, _, t in acts)


def test_an_accusation_told_as_a_habit_in_anothers_statement_is_background():
    """X 4日表示，…Y却一直污蔑Z…: Y's accusation has gone on; the day's act is X's."""
    acts = broadcast("俄罗斯外交部发言人4日表示，美方却一直污蔑俄罗斯干涉选举。", D)
    assert ("USA", "11", "RUS") not in acts


def test_an_accusation_of_the_day_told_without_a_habit_stays():
    acts = broadcast("俄罗斯外交部发言人4日表示，美方污蔑俄罗斯干涉选举。", D)
    assert ("USA", "11", "RUS") in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "俄罗斯外交部发言人4日表示，美国情报机构的工作人员涉嫌参与毒品交易。",
            ("RUS", "11", "USA"),
        ),
        ("伊朗外长18日说，以色列涉嫌策划这次袭击。", ("IRN", "11", "ISR")),
    ],
)
def test_a_state_the_speaker_says_is_suspected_is_accused(text, act):
    assert act in broadcast(text, D)


def test_a_suspect_arrested_is_no_accusation():
    text = "土耳其警方5日称，警方逮捕了一名涉嫌参与袭击的叙利亚人。"
    assert not any(root == "11" for _, root, _ in broadcast(text, D))


def test_pressure_with_its_object_after_it_is_coercion():
    assert ("USA", "17", "DEU") in broadcast("美方还施压德国称将继续采取一切手段阻止管道建成。", D)


def test_a_table_name_inside_a_longer_transliterated_name_is_no_match(code):
    """蒂默曼斯 (the EU's Timmermans) holds 蒂默曼 (Argentina's Timerman): not his."""
    c = code(
        "蒂默曼斯表示，欧方高度赞赏中方的积极立场，支持中方办好大会。", date(2021, 2, 1), "xwlb"
    )
    assert not any((m.country or "").startswith("ARG") for m in c.mentions)


def test_portugals_prime_minister_is_a_person_not_montenegro(code):
    c = code("国家主席习近平在北京会见葡萄牙总理蒙特内格罗。", date(2025, 9, 9), "xwlb")
    assert [(e.source_actor, e.code, e.target_actor) for e in c.events] == [
        ("CHNGOV", "040", "PRTGOV")
    ]


def test_pressure_for_normalisation_presses_one_state_not_its_partner():
    acts = broadcast("美国施压沙特与以色列关系正常化。", D)
    assert ("USA", "17", "SAU") in acts
    assert ("USA", "17", "ISR") not in acts


@pytest.mark.parametrize(
    "text",
    [
        "美国为施压委内瑞拉而扣押了一艘油轮。",
        "特朗普称正在考虑以军事打击施压伊朗，也可能以制裁施压伊朗。",
    ],
)
def test_pressure_named_as_the_purpose_of_another_act_is_no_coercion(text):
    assert not any(root == "17" for _, root, _ in broadcast(text, D))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("国家主席习近平夫人彭丽媛会见印尼总统夫人。", "CHN"),
        ("习近平热烈欢迎西哈莫尼国王再次来华。", "CHN"),
        ("马克龙欢迎习近平夫妇访问法国。", "CHN"),
    ],
)
def test_a_word_after_a_name_does_not_lengthen_it(code, text, wrong):
    """习近平夫人, 习近平热烈欢迎: 夫 and 热 open words here, the name stays the person's."""
    c = code(text, date(2025, 8, 26), "xwlb")
    assert any(m.code == wrong + "GOV" and m.kind == "person" for m in c.mentions)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("俄罗斯总统阿富汗问题特别代表表示，美国情报机构涉嫌参与毒品交易。", ("RUS", "11", "USA")),
        ("联合国秘书长利比亚问题特别代表呼吁土耳其撤军。", ("UNO", "02", "TUR")),
    ],
)
def test_a_state_an_envoys_title_is_named_for_is_no_name(text, act):
    """总统阿富汗问题特别代表: 阿富汗, all transliteration characters, is the question the envoy
    is for, not a name after the title; the envoy speaks for the state before it."""
    assert act in broadcast(text, D)


def test_what_a_resolution_provides_is_no_act_of_the_day():
    """根据决议，…将继续与…沟通: the resolution's terms, as 根据协议 opens an agreement's."""
    text = "根据决议，联合国秘书长阿富汗问题特别代表将继续与阿富汗各方密切沟通。"
    assert not any(t == "AFG" for _, _, t in broadcast(text, D))
