"""Faults of coder-audit37's hand check (eval/README.md, coder-zh129): aid pledged under a
将 that a basis clause parts from the act, contact told of as background, talks a modal
follows, a state's envoy to a body, retaliation opened, and a threat under a bare 如; each
tried on wordings of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

_AIRED = date(2024, 5, 6)


def _acts(text: str) -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=_AIRED, kind="xwlb", source="xwlb"))
    return {(e.source_actor or "", e.code, e.target_actor or "") for e in c.events}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("波兰外长表示，波兰将根据中方需要，向中方提供力所能及的援助。", ("POLGOV", "033", "CHN")),
        ("中方将按照阿方需要，向阿富汗提供援助。", ("CHN", "033", "AFG")),
        ("波兰将与中国人民并肩抗击疫情，向中方提供力所能及的援助。", ("POL", "033", "CHN")),
    ],
)
def test_aid_under_a_future_basis_is_pledged(text, act):
    """将根据…，向X提供援助: the 将 before a basis clause marks the aid as to come."""
    acts = _acts(text)
    assert act in acts
    assert (act[0], "070", act[2]) not in acts


def test_aid_given_stays_given():
    assert ("FRA", "073", "IRN") in _acts("法国已向伊朗提供人道主义援助。")


def test_contact_told_of_is_no_meeting():
    """介绍了X和Y密切沟通配合的情况: ongoing contact told as background, no meeting."""
    assert not {a for a in _acts("世卫组织总干事全面介绍了世卫组织和中方密切沟通配合的情况。")
                if a[1] == "040"}  # fmt: skip
    assert ("CHNGOV", "040", "RUSGOV") in _acts("王毅同俄罗斯外长拉夫罗夫保持密切沟通。")


def test_talks_a_modal_follows_are_none():
    """与X谈判要确保…: how talks to come must go, no talks held."""
    assert not {a for a in _acts("欧盟强调与英国谈判要确保平等") if a[1] == "046"}
    assert ("EEC", "046", "GBR") in _acts("欧盟与英国举行谈判。")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中国常驻国际原子能机构代表警告日本勿走军国主义老路", ("CHNGOV", "130", "JPN")),
        ("中国常驻世界贸易组织代表批评美方做法违反规则。", ("CHNGOV", "111", "USA")),
    ],
)
def test_an_envoy_to_a_body_speaks_for_the_state(text, act):
    acts = _acts(text)
    assert act in acts
    assert not {a for a in acts if a[0] in ("IAE", "WTO")}


def test_retaliation_opened_is_force():
    assert ("TURMIL", "190", "SYRGOV") in _acts("土军方随后对叙政府军展开报复行动。")
    assert not {a for a in _acts("法国警告美国不要对数字税展开报复行动。") if a[1] == "190"}


@pytest.mark.parametrize(
    "text",
    [
        "如日方胆敢武力介入台海局势，将构成侵略行为，中方将坚决行使国际法赋予的自卫权。",
        "如日方胆敢武力介入台海局势，中方必将迎头痛击！",
    ],
)
def test_a_dare_under_a_bare_if_is_a_threat(text):
    """如X胆敢…，中方将…: a bare 如 before a state that dares is 'if'."""
    assert ("CHN", "138", "JPN") in _acts(text)


def test_a_bare_such_as_is_no_condition():
    assert not {a for a in _acts("如美国、英国等国家也打击了恐怖组织。") if a[1] == "138"}


def test_an_envoys_post_names_no_host_as_a_party():
    """中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团: Switzerland hosts the bodies, no party."""
    acts = _acts(
        "由电视台与中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团共同主办的中文日活动在万国宫举行。"
    )
    assert not {a for a in acts if "CHE" in (a[0], a[2])}


def test_a_round_up_lead_gives_each_speaker_every_act():
    """近日，一些国家领导人…表示慰问和支持: each speaker named after the lead condoles and
    supports."""
    acts = _acts(
        "近日，一些国家领导人继续通过各种方式对中国抗击疫情表示慰问和支持。"
        "巴基斯坦总统阿尔维表示，巴中是全天候战略合作伙伴。"
    )
    assert {("PAKGOV", "018", "CHN"), ("PAKGOV", "051", "CHN")} <= acts


def test_un_bodies_listed_among_praisers():
    """…以及联合国粮食及农业组织总干事、国际电信联盟秘书长等国际组织负责人也高度评价中方."""
    acts = _acts(
        "此外，蒙古国、秘鲁等国外长以及联合国粮食及农业组织总干事、国际电信联盟秘书长、"
        "万国邮政联盟等国际组织负责人也高度评价中方采取防控措施。"
    )
    assert ("UNO", "051", "CHN") in acts


def test_a_round_up_leads_later_clause_is_not_each_speakers():
    """近日，一些政党领导人…积极评价…，期待同中方加强合作: the wish of the lead's later clause is
    each speaker's only in their own words."""
    acts = _acts(
        "近日，一些政党领导人致函中方，积极评价中方抗疫工作，期待同中方加强合作。"
        "秘鲁某党主席表示，中国为应对疫情采取了有力措施。"
    )
    assert not {a for a in acts if a[1] == "030"}
