"""The Chinese faults the nineteenth round left (coder-zh141): a standing opposition is no act
of the day; a title's portfolio and a prize's name name no party; the short forms 英军, 法军,
韩军, 印军 name their state unspelled; an interception of a military craft told with 实施 is a
show of force; a support condemned as what it amounts to is none; a toll in a war's round with
no comma is a tally; openness to ties is no recognition; the one a modifier's own 针对 names is
not sanctioned; thanks go to their own clause's addressee; a sanction answering a 针对 frame
is read in its own clause; a warning to down any intruding craft is a threat of force; a
proposal of talks for a later day is told on the day proposed. Our own sentences, as items of
a broadcast of 3 May 2024, with the near forms that must still fire."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

DAY = date(2024, 5, 3)

#: Sentences and an act each must hold.
_KEPT = acts_table("""
# opposition said that day, or without a standing word
RUS 11 NAT  俄罗斯外交部发言人表示，俄罗斯始终反对北约在东欧部署军事力量。
RUS 11 NAT  俄罗斯坚决反对北约东扩。
# the office's own state speaks
GRC 05 CHN  希腊外交部欧盟事务总司长罗卡纳斯表示，中国为世界和平作出了积极贡献。
# the short forms of forces, their state never spelled out
GBR 19 YEM  也门胡塞武装控制的多地遭到美军和英军空袭。
FRA 19 MLI  法军对马里北部目标实施空袭。
# an interception of a military craft
RUS 15 USA  俄罗斯两架米格-31战机对美军轰炸机实施拦截。
RUS 15 USA  俄罗斯战机对美国侦察机实施拦截。
# support held up as good is support
USA 05 TWN  美国支持台湾当局。
# a dated strike in a round, and a strike with no round
ISR 19 PSE  以色列对加沙地带发动袭击。
# openness to ties
ISR 03 LBN  以色列对与黎巴嫩建立外交关系持开放态度。
# thanks to the one the clause names
JPN 05 CHN  日本首相对中国表示感谢。
# a sanction on a state's bank, and the firms after the modifier
USA 16 RUS  美国宣布对俄罗斯的银行实施制裁。
CHN 16 USA  中方决定对参与对台军售的美国军工企业实施制裁。
# a sanction answering what the 针对 frame names
CHN 16 USA  外交部发言人宣布，针对美国对台军售，中方决定对美国军工企业实施制裁。
CHN 16 USA  针对美国的挑衅，中方对美国实施制裁。
# a warning to down any intruding craft
IRN 13 USA  伊朗警告称，任何侵犯其领空的美国无人机，伊方都将把它击落。
IRN 13 USA  伊朗警告说，将击落任何侵犯伊朗领空的美国无人机。
# a ceasefire the pair begins, a title between
ISR 08 LBN  以色列国防军和黎巴嫩真主党武装从27日凌晨4时起开始停火。
LBN 08 ISR  以色列国防军和黎巴嫩真主党武装从27日凌晨4时起开始停火。
# talks proposed for a day to come, told with a comma
RUS 03 UKR  普京11日提出，15日在土耳其伊斯坦布尔与乌方直接谈判。
""")


@pytest.mark.parametrize("text, acts", _KEPT)
def test_the_act_is_coded(text: str, acts: set[tuple[str, ...]]) -> None:
    assert acts <= broadcast(text, DAY)


#: Sentences and an act none of them may hold.
_GONE = acts_table("""
# a standing opposition, told as background
RUS 11 NAT  俄罗斯一贯反对北约东扩。
RUS 11 NAT  北约飞机经常抵近俄边界，俄罗斯对此一贯坚决反对。
# a title's portfolio
EEC 05 CHN  希腊外交部欧盟事务总司长罗卡纳斯表示，中国为世界和平作出了积极贡献。
# a war's memorial, and a given name
JPN 19 CHN  人们在侵华日军细菌战死难民众纪念碑前伫立默哀，缅怀在重庆大轰炸中遇难的同胞。
DEU 19 CHN  村民熊德军对当地的山林实施了保护。
# a ship stopped is no interception of a craft
ISR 15 TUR  以色列海军对前往加沙的土耳其救援船实施拦截。
# support condemned as what it would amount to
CHN 05 TWN  外交部发言人表示，支持“台独”就是干涉中国内政。
USA 05 TWN  外交部发言人表示，美方支持“台独”就是干涉中国内政。
# a toll in a war's round, with no comma
ISR 19 PSE  本轮冲突中以方对加沙地带的袭击已造成超过3万人死亡。
# openness refused is no recognition
SAU 05 ISR  沙特对与以色列建交不持开放态度。
# the one a modifier's 针对 or 对 names
USA 16 ISR  美国宣布对参与签发针对内塔尼亚胡逮捕令的国际刑事法院法官实施制裁。
CHN 16 TWN  中方决定对参与对台军售的美国军工企业实施制裁。
# talks proposed are not held on the day named
RUS 04 UKR  普京11日提出，15日在土耳其伊斯坦布尔与乌方直接谈判。
# a ceasefire to begin, or talks on one, is none begun
ISR 08 LBN  以色列和黎巴嫩将于27日开始停火。
ISR 08 LBN  以色列和黎巴嫩开始停火谈判。
""")


@pytest.mark.parametrize("text, acts", _GONE)
def test_no_such_act(text: str, acts: set[tuple[str, ...]]) -> None:
    assert not acts & broadcast(text, DAY)


def test_a_prize_named_by_a_body_is_no_party() -> None:
    """中国一直支持教科文组织…奖: the body opening the prize's name is no mention that acts."""
    text = "联合国教科文组织总干事表示，中国一直支持教科文组织女童和妇女教育奖。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    prize = text.rindex("教科文组织")
    assert [m.inert for m in c.mentions if m.start == prize] == [True]
    assert [m.inert for m in c.mentions if m.start == 0] == [False]


def test_a_proposal_is_told_on_the_day_proposed() -> None:
    """普京11日提出，15日…谈判: the intent is the 11th's, not talks on the 15th."""
    text = "普京11日提出，15日在土耳其伊斯坦布尔与乌方直接谈判。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert [(e.code, e.date) for e in c.events] == [("036", date(2024, 4, 11))]


def test_thanks_go_to_their_own_clauses_addressee() -> None:
    """对韩国民众表示歉意，并对中国表示感谢: an apology to Korea (055), thanks to China (051)."""
    text = "日本首相对韩国民众表示歉意，并对中国表示感谢。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    got = {(e.code, (e.target_actor or "")[:3]) for e in c.events}
    assert got == {("055", "KOR"), ("051", "CHN")}


def test_a_count_of_interceptions_is_no_interception() -> None:
    """这已是俄罗斯战机本月第六次对…实施拦截: the count is told beside the day's act, not one."""
    text = "这已是俄罗斯战机本月第六次对黑海上空的美军侦察机实施拦截。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert not [e for e in c.events if e.code == "150"]


def test_credentials_presented_meet_the_host() -> None:
    """新任中国驻埃及大使向埃及总统塞西递交国书: the envoy's state meets the host (040)."""
    assert ("CHN", "04", "EGY") in broadcast("新任中国驻埃及大使向埃及总统塞西递交国书。", DAY)


def test_a_presidency_and_an_armed_group_reproach_apart() -> None:
    """巴勒斯坦总统府…谴责以方…。哈马斯指责以色列…: two doers, two acts (111 and 112)."""
    text = "巴勒斯坦总统府发表声明，谴责以方战争罪行。哈马斯指责以色列阻挠停火协议的执行。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert {(e.source_actor, e.code) for e in c.events} == {("PSEGOV", "111"), ("PSEREB", "112")}


def test_a_bare_state_retelling_an_armed_groups_reproach_is_one_act() -> None:
    """哈马斯指责以色列…。巴方谴责以色列…: a bare 巴方 may be the same doer told again."""
    text = "哈马斯指责以色列阻挠停火协议的执行。巴方谴责以色列的战争罪行。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert len([e for e in c.events if e.root == "11"]) == 1


def test_a_headlines_colon_names_its_speaker() -> None:
    """伊朗：美国对伊朗的制裁是经济恐怖主义: Iran speaks the words after its colon, not China."""
    got = broadcast("伊朗：美国对伊朗的制裁是经济恐怖主义。", DAY)
    assert ("IRN", "11", "USA") in got
    assert ("CHN", "11", "USA") not in got
