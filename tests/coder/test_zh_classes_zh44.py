"""Classes noticed in last round's checks of Chinese output (coder-zh44), each fixed as a rule
about its construction; the sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 3, 16)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("乌克兰外交部14日召见俄驻乌克兰临时代办，提出强烈抗议。", ("UKR", "11", "RUS")),
        ("乌克兰外交部14日召见俄驻乌大使，提出强烈抗议。", ("UKR", "11", "RUS")),
        ("韩国外交部14日召见日驻韩国大使，提出抗议。", ("KOR", "11", "JPN")),
    ],
)
def test_a_short_form_before_驻_and_its_host_is_the_envoys_state(text, event):
    """X驻Y + envoy with X a short form (俄, 日) and Y the host, in full or short: the envoy is
    X's, as with 俄罗斯驻乌克兰大使, never Y's."""
    got = broadcast(text, DAY)
    assert event in got
    assert not any(s == t for s, _, t in got)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("一旦以色列对伊朗发动袭击，伊朗将予以回击。", ("IRN", "13", "ISR")),
        ("如果哈马斯拒绝释放人质，以色列将采取军事行动。", ("ISR", "13", "PSE")),
        ("若日本武力介入台海，中方将坚决行使自卫权。", ("CHN", "13", "JPN")),
    ],
)
def test_with_no_speaker_the_consequents_subject_threatens(text, event):
    """如果 X …，Y 将 + force, with no speaker: Y threatens X (not the home state), and a
    rebuff promised so (予以回击) is no rebuttal done."""
    got = broadcast(text, DAY)
    assert event in got
    assert not any(r == "11" for _, r, _ in got)
    assert event[0] == "CHN" or not any(s == "CHN" for s, _, _ in got)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("美国威胁称，如果伊朗不停止浓缩铀活动，将对其实施更严厉的制裁。", ("USA", "13", "IRN")),
        ("美国警告说，如果俄罗斯继续进攻乌克兰，将对其实施新的制裁。", ("USA", "13", "RUS")),
        ("美国警告称，如果中国向俄罗斯提供武器，将面临制裁。", ("USA", "13", "CHN")),
        ("特朗普威胁称，若欧盟不降低关税，将对其商品加征关税。", ("USA", "13", "EEC")),
        ("美国威胁说，一旦古巴拒绝谈判，将对其实施全面制裁。", ("USA", "13", "CUB")),
    ],
)  # fmt: skip
def test_sanctions_threatened_on_a_condition_are_aimed_at_its_subject(text, event):
    """X 威胁/警告称，如果 Y …，将 … 制裁: X threatens Y, though the clause after names Y only
    as 其 or not at all."""
    assert event in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("美国宣布对伊朗石油部门实施新的制裁，伊朗对此表示强烈谴责。", ("IRN", "11", "USA")),
        ("以色列当天空袭了叙利亚首都大马士革，叙利亚外交部对此予以强烈谴责。", ("SYR", "11", "ISR")),
        ("美国宣布对伊朗实施新的制裁，俄罗斯就此表示谴责。", ("RUS", "11", "USA")),
    ],
)  # fmt: skip
def test_对此_in_a_later_clause_condemns_the_doer_told_before_it(text, event):
    assert event in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "《纽约时报》称，美国将对中国商品加征关税。",
        "据《华尔街日报》报道，美国计划对欧盟加征关税。",
        "据美国媒体报道，以色列准备对伊朗发动军事打击。",
    ],
)
def test_a_plan_of_force_or_sanctions_only_a_paper_tells_is_no_event(text):
    assert broadcast(text, DAY) == set()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # 将 as 把: done
        ("据路透社报道，美国将华为列入实体清单。", ("USA", "16", "CHN")),
        # the state's own word in the report announces the plan
        ("据报道，美国总统表示，美国将对中国商品加征关税。", ("USA", "16", "CHN")),
        ("据路透社报道，美国宣布将对中国商品加征关税。", ("USA", "16", "CHN")),
        # done, not planned
        ("据报道，以色列当天对加沙发动空袭。", ("ISR", "19", "PSE")),
    ],
)  # fmt: skip
def test_a_papers_report_of_an_act_done_or_announced_stays(text, event):
    assert event in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "王毅表示，中方愿同吉方密切执法安全合作，共同打击极端势力。",
        "中方将同塔方一道，共同打击分裂势力。",
        "中方愿与哈方加强合作，联合打击跨国有组织犯罪。",
    ],
)
def test_force_done_together_with_a_partner_is_none_on_it(text):
    assert not any(r in ("13", "18", "19", "20") for _, r, _ in broadcast(text, DAY))


def test_force_two_states_do_together_on_a_third_stays():
    got = broadcast("美国和英国联合打击也门胡塞武装。", DAY)
    assert {("USA", "19", "YEM"), ("GBR", "19", "YEM")} <= got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("马拉维副总统奇利马14日会见中国大使。奇利马表示，坚持一个中国原则，支持中国统一。",
         ("MWI", "05", "CHN")),
        ("厄瓜多尔外长卡萨罗马14日会见中国大使。卡萨罗马表示，坚定支持一个中国原则。",
         ("ECU", "05", "CHN")),
    ],
)  # fmt: skip
def test_a_capital_inside_a_titled_name_is_part_of_the_name(text, event):
    """利马 inside 奇利马 (named after its title before) is no Peru: the name speaks for its
    state where it stands alone later."""
    got = broadcast(text, DAY)
    assert event in got
    assert not any(s in ("PER", "ITA") for s, _, _ in got)


def test_马列_in_simplified_script_is_the_doctrine_and_in_traditional_male():
    """马列 (Marxism-Leninism; Simplified writes Malé 马累) names no state; 馬列, Taiwan's Malé,
    does."""
    for text in ("越方愿同中方加强马列理论研究交流。", "越共中央总书记会见马列学院代表团。"):
        assert not any("MDV" in (s, t) for s, _, t in broadcast(text, DAY))
    assert ("CHN", "04", "MDV") in broadcast("中國外長抵達馬列，訪問馬爾地夫。", DAY)


def test_a_rebuff_before_a_condition_is_done():
    """中方予以驳斥，并警告如果…: the rebuff precedes the condition and is told as done (only
    the clause right after an if-clause promises)."""
    text = "美方对中国进行无端指责。中方予以驳斥，并警告如果美方一意孤行，中方将采取坚决措施。"
    assert ("CHN", "11", "USA") in broadcast(text, DAY)
