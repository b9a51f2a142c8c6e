"""Lists of states that share one act (our own sentences in the style of a broadcast)."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 10, 2)


def _events(text: str, day: date = DAY) -> set[tuple[str, str, str]]:
    return broadcast(text, day)


def test_listed_speakers_with_titles_and_names_between():
    found = _events("此外，印度尼西亚民主党主席苏利亚、埃及社会党总书记沙班、德国左翼党干事长辛德勒等"
                    "政党领导人也在来函中赞赏中方所作出的努力。")  # fmt: skip
    assert {("IDN", "05", "CHN"), ("EGY", "05", "CHN"), ("DEU", "05", "CHN")} <= found


def test_each_item_of_a_list_is_the_actor_it_opens_with():
    # A party's name may hold other states' names: the item is the state it opens with.
    found = _events("几内亚比绍几内亚和佛得角独立党书记、苏里南改革党主席也赞赏中方的努力。")
    assert {("GNB", "05", "CHN"), ("SUR", "05", "CHN")} <= found
    assert not {e for e in found if e[0] in ("GIN", "CPV")}


def test_objects_of_a_meeting_are_no_co_speakers():
    found = _events("李克强5日分别会见巴基斯坦总理、蒙古国总理，并同巴新总理举行视频会晤。")
    assert not {e for e in found if e[0] in ("PAK", "MNG")}


def test_the_doers_listed_after_the_act():
    found = _events("向习近平主席发来贺电的还有：日本天皇，韩国总统尹锡悦，瑞士联邦主席，非盟委员会主席法基"
                    "及上海合作组织秘书长等。")  # fmt: skip
    assert {("JPN", "05", "CHN"), ("KOR", "05", "CHN"), ("CHE", "05", "CHN"),
            ("OAU", "05", "CHN")} <= found  # fmt: skip
    assert all(e[0] != "IGO" for e in found)  # a body without a code is no actor


def test_a_pair_named_as_one_subject_means_to_work_together():
    """中X双方将/愿…: the pair of short forms before 双方 is the subject; China first."""
    assert ("CHN", "03", "GRC") in _events("文化年期间，中希双方将联合举办音乐会和图片展。")
    assert ("CHN", "03", "KAZ") in _events("中哈双方愿在能源领域深化合作。")


def test_the_states_a_visit_goes_to_are_visited_apart():
    """访问A、B、C和D四国: the visitor goes to each; the four do nothing among themselves."""
    found = _events("李强将于下周访问越南、老挝、柬埔寨和泰国四国。")
    assert {("CHN", "03", "VNM"), ("CHN", "03", "THA")} <= found
    assert not {e for e in found if e[0] != "CHN"}
    # China in the three meets each other member, not they each other (issue 10 decision)
    met = _events("王毅同日本外相、韩国外长举行三方会谈。")
    assert {("CHN", "04", "JPN"), ("CHN", "04", "KOR")} <= met and ("JPN", "04", "KOR") not in met


def test_states_listed_before_a_count_and_their_officials_meet_pairwise():
    """A、B、C和D四国外长…举行会谈: each pair of the listed states meets."""
    found = _events("埃及、约旦、阿联酋和卡塔尔四国外长3日在开罗举行会议。")
    assert {("EGY", "04", "JOR"), ("EGY", "04", "QAT"), ("JOR", "04", "QAT")} <= found
    found = _events("芬兰、瑞典、挪威三国总理当天举行视频会议。")
    assert {("FIN", "04", "SWE"), ("SWE", "04", "NOR")} <= found


def test_the_place_kinds_no_listed_state_has_are_kinds_of_the_lexicon():
    """zh_checks._PLACES filters mentions by the kind of their head entry: a kind no entry has
    (a places.csv row kind such as "city") would never match and only mislead."""
    from dipwatch.coder.lexicon import PRIORITY
    from dipwatch.coder.zh_checks import _PLACES

    assert set(_PLACES) <= set(PRIORITY)


def test_a_run_of_three_short_forms_meets_pairwise():
    """美俄乌三方会谈…举行: three short forms side by side, then their count, are the states."""
    found = _events("美俄乌三方会谈当天在阿布扎比举行。")
    assert {("USA", "04", "RUS"), ("USA", "04", "UKR"), ("RUS", "04", "UKR")} <= found


def test_the_next_round_is_the_announcing_members_intent():
    """下一轮…会谈预计于…举行: planned, an intent (036) of the member who announces it to each
    other member; the others announce nothing to each other."""
    found = _events("乌方官员23日表示，下一轮美俄乌三方会谈预计于下周举行。")
    assert {("UKR", "03", "USA"), ("UKR", "03", "RUS")} <= found
    assert not {e for e in found if e[1] == "04" or e[0] == "USA"}


def test_a_meeting_held_of_states_listed_after_its_place():
    """在…举行的A、B、C…会议: the states listed are those who met."""
    found = _events(
        "15日在日内瓦举行的美国、俄罗斯、乌克兰人道问题工作组第二次会议讨论了交换战俘。"
    )
    assert {("USA", "04", "RUS"), ("USA", "04", "UKR"), ("RUS", "04", "UKR")} <= found


def test_a_founding_answered_as_a_topic_is_no_act():
    """对于美英澳宣布成立…，X批评…: the founding is what the speaker answers, not told as done."""
    found = _events("对于美英澳宣布成立新的安全伙伴关系，中国外交部发言人批评三国破坏地区和平。")
    assert not {e for e in found if e[1] == "05"}


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        # 中美朝三方会谈在北京举行: a group meeting held in China is China with each
        ("中美朝三方会谈在北京举行。", "CHN", ("USA", "PRK")),
        # X召集会议，A、B等国领导人参加了会议: the convener meets each of the listed
        ("德国当天就能源问题召集会议，荷兰、丹麦等国外长参加了会议。", "DEU", ("NLD", "DNK")),
    ],
)
def test_the_host_meets_each_guest_and_the_guests_not_each_other(text, host, guests):
    found = _events(text)
    assert {(host, "04", g) for g in guests} <= found
    assert (guests[0], "04", guests[1]) not in found


def test_states_invited_to_a_meeting_have_not_met_its_convener():
    found = _events("德国当天召集会议，并邀请荷兰、丹麦参加。")
    assert not {e for e in found if e[1] == "04"}


def test_at_a_gathering_china_attends_the_chair_does_not_meet_the_others():
    """The guidelines make such a gathering China with each participant, not their pairs."""
    found = _events("习近平以视频方式出席峰会。哈萨克斯坦总统托卡耶夫主持峰会，吉尔吉斯斯坦总统、"
                    "乌兹别克斯坦总统与会。")  # fmt: skip
    assert not {e for e in found if e[0] == "KAZ" and e[1] == "04"}


def test_a_joint_statement_of_listed_states_is_one_between_each_pair():
    """A、B和C外长发表联合声明: one 057 for each pair, the earlier named first."""
    found = _events("英国、法国和德国外长当天发表联合声明，呼吁各方保持克制。")
    assert {("GBR", "05", "FRA"), ("GBR", "05", "DEU"), ("FRA", "05", "DEU")} <= found


def test_a_joint_statement_of_states_counted_and_bodies_listed():
    """A等8国外长以及B和C秘书长发表联合声明: the named state and each body, pairwise."""
    found = _events("卡塔尔等8国外长以及阿盟和伊斯兰合作组织秘书长当天发表联合声明，谴责有关决定。")
    assert {("QAT", "05", "ARL"), ("ARL", "05", "OIC")} <= found


def test_a_joint_statement_others_issue_is_no_act_of_the_listed():
    found = _events("英国、法国和德国外长当天表示，欢迎双方发表联合声明。")
    assert not {e for e in found if e[1] == "05" and e[0] in ("GBR", "FRA")}


def test_a_list_of_doers_meets_its_partners_and_each_other():
    """A、B等国与C及D…举行视频会议: one meeting, every party with every other, the doers too."""
    found = _events("14日，法意西等国与欧盟及北约领导人举行视频会议。")
    assert {("FRA", "04", "ITA"), ("ITA", "04", "ESP"), ("EEC", "04", "NAT"),
            ("FRA", "04", "NAT")} <= found  # fmt: skip
    found = _events("波兰和匈牙利两国外长与捷克外长在布拉格举行会谈。")
    assert {("POL", "04", "HUN"), ("POL", "04", "CZE"), ("HUN", "04", "CZE")} <= found


def test_a_list_of_doers_meeting_apart_or_visiting_is_no_group():
    """分别与 meets each apart; a visit goes from each visitor to its host only."""
    found = _events("越南、老挝的代表当天在日内瓦与美国代表分别举行会晤。")
    assert {("VNM", "04", "USA"), ("LAO", "04", "USA")} <= found
    assert ("VNM", "04", "LAO") not in found
    assert ("ESP", "04", "PRT") not in _events("西班牙和葡萄牙领导人访问美国。")
    planned = _events("法国、德国和意大利领导人已确认将于18日与美国总统会面。")
    assert ("FRA", "03", "USA") in planned
    assert ("FRA", "03", "DEU") not in planned


def test_a_doer_joined_to_an_item_of_the_list_after_the_act():
    """…的还有：A，B及C: C, joined to B inside one item, sent its message too."""
    found = _events("向习近平主席发来贺电的还有：日本天皇，斐济总理及非盟委员会主席等。")
    assert {("JPN", "05", "CHN"), ("FJI", "05", "CHN"), ("OAU", "05", "CHN")} <= found


def test_a_known_pair_before_its_day_is_the_pair_acting():
    """美英19日再次对也门…发动空袭, 俄乌12日交换…: a known pair of short forms with the day
    of its act right after it is both states acting that day, as after 当天."""
    found = _events("美英8日再次对也门西部发动空袭。")
    assert {("USA", "19", "YEM"), ("GBR", "19", "YEM")} <= found
    found = _events("俄乌今天交换新一批被俘人员。")
    assert {("RUS", "08", "UKR"), ("UKR", "08", "RUS")} <= found
    assert not _events("美英近期关系紧张。")  # a span names no act of the pair


def test_a_pair_of_short_forms_side_by_side_clashes_both_ways():
    """泰柬今天在边境地区再次交火: the pair's two states fire on each other; two actors apart
    (a state's office, then a place whose name holds a short form) are no pair."""
    found = _events("柬泰今天在边境地区再次交火。")
    assert {("KHM", "19", "THA"), ("THA", "19", "KHM")} <= found
    found = _events("一名男子闯入美国联邦调查局在俄亥俄州的办公楼，并与警方交火。")
    assert not {e for e in found if e[1] == "19"}


def test_a_pair_that_did_not_fire_does_not_clash():
    """未发生交火 (review-zh27): the negation stands before 发生, not right before 交火."""
    assert not {e for e in _events("泰柬今天未发生交火。") if e[1] == "19"}
    assert not {e for e in _events("泰国和柬埔寨当天没有爆发冲突。") if e[1] == "19"}
    found = _events("泰国和柬埔寨当天在边境爆发冲突。")
    assert {("THA", "19", "KHM"), ("KHM", "19", "THA")} <= found
