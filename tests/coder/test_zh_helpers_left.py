"""Faults this round's helpers and checks left (issue 10; coder-zh130, eval/README.md "Faults
this round's helpers left"): a body's officer named once and quoted alone after, UNRWA as the
UN, a mission its host orders shut. Sentences of our own making."""

from datetime import date

from tests.coder.conftest import countries

D = date(2025, 6, 12)


def test_a_bodys_officer_quoted_alone_speaks_for_the_body(code):
    text = "联合国副秘书长格里菲斯12日在安理会发言。格里菲斯还指出，以色列应履行国际法律义务。"
    assert countries(code(text, D, "xwlb")) == [("UNO", "10", "ISR")]
    # Without 还, and the body's own organ as the one asked: no event between two actors (the
    # UN asking its Security Council), not China's demand of the UN.
    text = (
        "联合国副秘书长格里菲斯12日在安理会发言。格里菲斯指出，安理会应评估以色列是否履行了义务。"
    )
    assert countries(code(text, D, "xwlb")) == []
    # A state's officer named the same way stays his state's (the neighbour that worked).
    text = "俄罗斯副外长里亚布科夫12日发言。里亚布科夫还指出，美国应停止对乌克兰的军事援助。"
    assert countries(code(text, D, "xwlb")) == [("RUS", "10", "USA")]


def test_unrwa_is_the_un_by_each_of_its_names(code):
    for name in ("联合国近东巴勒斯坦难民救济和工程处", "联合国近东救济工程处", "近东救济工程处",
                 "聯合國近東救濟工程處"):  # fmt: skip
        c = code(f"{name}12日谴责以色列对加沙一所学校的空袭。", D)
        assert countries(c) == [("UNO", "11", "ISR")], name
    c = code("UNRWA condemned Israel's strike on a school in Gaza.", D)
    assert countries(c) == [("UNO", "11", "ISR")]


def test_a_mission_ordered_shut_by_its_host_is_relations_cut(code):
    c = code("美国7月21日突然要求中方关闭驻休斯敦总领馆。", D)
    assert countries(c) == [("USA", "16", "CHN")]
    c = code("7月21日，美方突然单方面要求中方限时关闭中国驻休斯敦总领事馆。", D)
    assert countries(c) == [("USA", "16", "CHN")]
    # A demand about a mission that is not its closure stays a demand.
    c = code("美方要求中方停止对美国驻华使馆的限制。", D)
    assert [r for _, r, _ in countries(c)] == ["10"]


def test_aid_of_a_body_one_supports_is_no_aid_given(code):
    text = "中国将支持联合国近东救济工程处继续向加沙人民提供人道援助。"
    assert countries(code(text, D)) == [("CHN", "03", "UNO")]
    # The body giving aid in its own clause stays its act.
    c = code("联合国近东救济工程处12日向加沙人民提供人道援助。", D)
    assert countries(c) == [("UNO", "07", "PSE")]
