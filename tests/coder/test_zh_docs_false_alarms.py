"""False alarms of ``xwlb_docs`` by construction (issue 10, eval/README.md "False alarms of
xwlb_docs by construction"): a members' group word names no observer or guest, a crowd of
fishermen or farmers protesting marches (141) and lodges no complaint (114), a meeting told
as shelved is not held, a party framed as a system's core is not the supported party, the
teller of ships struck is no party to the strike, and confidence told with support is the
support. The sentences are our own, in the style of a broadcast."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2023, 7, 4)

SUMMIT = (
    "国家主席习近平4日在北京以视频方式出席上海合作组织成员国元首理事会会议。"
    "轮值主席国印度总理莫迪主持会议，哈萨克斯坦总统托卡耶夫、巴基斯坦总理夏巴兹等成员国领导人，"
    "以及白俄罗斯总统卢卡申科、蒙古国总统呼日勒苏赫等观察员国领导人和主席国客人土库曼斯坦总统"
    "别尔德穆哈梅多夫与会。联合国副秘书长以视频方式出席会议。"
)


def test_members_sign_without_observers_guests_or_organisations():
    found = broadcast(SUMMIT + "成员国领导人签署《新德里宣言》。", DAY)
    signers = {s for s, root, t in found if root == "05" and t == "CHN"}
    assert {"IND", "KAZ", "PAK"} <= signers
    assert not signers & {"BLR", "MNG", "TKM", "UNO"}


def test_every_party_still_speaks_for_all_who_attend():
    """各方 names every participant, observers and guests too (as x20210917's gold has it)."""
    found = broadcast(SUMMIT + "各方支持中方举办下一届论坛。", DAY)
    assert {("BLR", "05", "CHN"), ("TKM", "05", "CHN")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "葡萄牙渔民抗议西班牙渔船越界捕捞",
        "法国农民举行抗议活动反对欧盟新的农产品进口政策。",
        "比利时农民继续抗议欧盟农业政策。",
    ],
)
def test_protesting_people_demonstrate(text):
    found = broadcast(text, DAY)
    assert any(root == "14" for _, root, _ in found)
    assert not any(root == "11" for _, root, _ in found)


def test_a_state_protesting_still_complains():
    found = broadcast(
        "外交部发言人表示，中方对日方的错误做法表示强烈不满，已向日方提出严正抗议。", DAY
    )
    assert ("CHN", "11", "JPN") in found


@pytest.mark.parametrize(
    "text",
    [
        "另据多家媒体报道，法德两国领导人在巴黎会晤的计划已搁置。",
        "据报道，俄乌两国外长在伊斯坦布尔会谈的安排已取消。",
        "美媒称美朝领导人河内会晤计划搁置。",
    ],
)
def test_a_meeting_shelved_or_called_off_is_not_held(text):
    found = broadcast(text, DAY)
    assert not any(root == "04" for _, root, _ in found)


def test_a_meeting_held_stays():
    found = broadcast("法德两国领导人4日在巴黎会晤。", DAY)
    assert ("FRA", "04", "DEU") in found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a system's core is not the supported party
        ("越方支持维护以世界贸易组织为核心的多边贸易体制。", "WTO"),
        ("老方坚定支持以联合国为核心的国际体系。", "UNO"),
        # two-faced conduct described is no act of the day
        ("他指出，英国一边支持乌克兰的军事行动，另一方面又试图掩盖其好战的本质。", "GBR"),
        ("俄方表示，美国一方面对委内瑞拉极限施压，一方面又要求委方接受单方面条件。", "USA"),
        # what a poll finds people think is no act
        ("斯洛伐克政府5日公布的民调显示，七成斯洛伐克人反对欧盟对俄罗斯实施新制裁。", "SVK"),
        ("民调显示日本超七成民众反对韩国的做法", "JPN"),
    ],
)
def test_no_act_of_a_framed_party(text, party):
    assert not any(party in (s, t) and s != "RUS" for s, _, t in broadcast(text, DAY))


def test_support_for_an_organisation_itself_stays():
    found = broadcast("越方坚定支持世界贸易组织发挥更大作用。", DAY)
    assert ("VNM", "05", "WTO") in found


@pytest.mark.parametrize(
    "text",
    [
        "英国海事部门5日称，一艘货船在亚丁湾遭到来自也门胡塞武装的导弹袭击，船员没有受伤。",
        "法国海军称多艘商船在红海遭胡塞武装无人机袭击",
    ],
)
def test_the_teller_of_ships_struck_is_neither_doer_nor_struck(text):
    found = broadcast(text, DAY)
    assert not any(root == "19" and {s, t} & {"GBR", "FRA"} for s, root, t in found)


def test_a_teller_whose_own_place_is_struck_stays_the_target():
    found = broadcast("叙利亚称其首都大马士革机场遭以色列导弹袭击。", DAY)
    assert ("ISR", "19", "SYR") in found


def test_confidence_told_with_support_is_one_supportive_act():
    found = broadcast("越方对老挝战胜洪灾充满信心，将继续给予老方坚定支持。", DAY)
    assert ("VNM", "05", "LAO") in found
    assert ("VNM", "01", "LAO") not in found


def test_confidence_alone_is_commentary():
    """An optimistic comment alone is no event ("What to annotate": optimism, issue 10
    decision of the seventeenth round); told with support it is the support, above."""
    found = broadcast("越方对老挝战胜洪灾充满信心。", DAY)
    assert not any(t == "LAO" for _, _, t in found)
    found = broadcast("库克表示，苹果公司对中国市场前景充满信心。", DAY)
    assert not any(t == "CHN" for _, _, t in found)


def test_the_group_of_77_and_china_is_no_chinese_act():
    """“77国集团和中国” names one forum without a code: China inside its name does not act."""
    found = broadcast("“77国集团和中国”5日发表声明，要求发达国家履行援助承诺。", DAY)
    assert not any(s == "CHN" for s, _, _ in found)
    found = broadcast("“77国集团和中国”呼吁国际社会支持世卫组织。", DAY)
    assert not any(s == "CHN" for s, _, _ in found)


def test_talks_named_as_a_frame_are_no_negotiation_of_the_day():
    found = broadcast("墨西哥经济部长表示，墨西哥在与美国的贸易谈判中始终捍卫本国利益。", DAY)
    assert ("MEX", "04", "USA") not in found


def test_talks_told_as_held_stay():
    found = broadcast("墨西哥与美国4日在华盛顿举行贸易谈判。", DAY)
    assert ("MEX", "04", "USA") in found


def test_the_subject_of_a_clause_modifying_the_supported_is_not_its_target():
    text = "越方支持适时召开柬泰双方认可、各方平等参与的和平会议。"
    found = broadcast(text, DAY)
    assert not any(t in ("KHM", "THA") for _, _, t in found)


def test_a_state_supported_in_its_hosting_stays():
    found = broadcast("越方支持老挝成功举办东盟峰会。", DAY)
    assert ("VNM", "05", "LAO") in found


def test_a_reports_contents_set_against_each_other_stay():
    text = ("俄方官员2日称，北约当天发布的报告自相矛盾，一方面称俄罗斯是衰落大国，"
            "一方面又将俄罗斯视为北约的主要威胁。")  # fmt: skip
    found = broadcast(text, DAY)
    assert any(s == "NAT" and t == "RUS" for s, _, t in found)


def test_a_mission_with_no_sender_named_is_the_homes_and_its_host_a_place():
    """与驻意大利使馆联合举办: a mission whose sender is unnamed (or 我) stands in its host;
    the host is no party to what the mission does (issue 10; the integrator's 200-day read of
    the seventeenth round)."""
    found = broadcast("中国常驻联合国粮农机构代表团与驻意大利使馆在罗马联合举办新春招待会。", DAY)
    assert not any(t == "ITA" for _, _, t in found)
    found = broadcast("中国驻意大利使馆与意大利外交部在罗马联合举办新春招待会。", DAY)
    assert ("CHN", "04", "ITA") in found
