"""Gatherings of several parties that China takes part in (our own sentences in the style of a
broadcast): a meeting with each participant, a group's acts towards China, a declaration."""

from datetime import date

from tests.coder.conftest import broadcast

DAY = date(2020, 8, 24)
SUMMIT = ("李克强24日出席澜湄合作领导人视频会议。老挝总理通伦、柬埔寨首相洪森、越南总理阮春福出席。"
          "与会领导人高度评价澜湄合作取得的成果，愿同中方深化合作。会议发表了《万象宣言》。")  # fmt: skip


def _events(text: str, day: date = DAY) -> set[tuple[str, str, str]]:
    return broadcast(text, day)


def test_china_meets_each_participant_and_the_group_acts_each():
    found = _events(SUMMIT)
    for other in ("LAO", "KHM", "VNM"):
        assert ("CHN", "04", other) in found
        assert (other, "03", "CHN") in found
        assert (other, "05", "CHN") in found  # the declaration, one with each
    # No act among the others: China with each, as the guidelines say.
    assert not {e for e in found if "CHN" not in (e[0], e[2])}


def test_parties_china_meets_one_after_another_are_the_group():
    found = _events("李克强5日分别会见巴基斯坦总理、蒙古国总理。各方祝贺中方成功举办冬奥会。")
    assert {("PAK", "05", "CHN"), ("MNG", "05", "CHN")} <= found


def test_a_gathering_without_china_or_a_crowd_gives_no_participants():
    without = "欧洲领导人会议在埃里温举行。法国总统、英国首相出席。与会领导人表示愿加强合作。"
    assert not {e for e in _events(without) if e[1] == "04"}
    crowd = ("李强4日出席世界人工智能大会开幕式。巴西法院院长、联合国工业发展组织总干事等外方嘉宾"
             "及各界代表约1000人出席开幕式。")  # fmt: skip
    assert not _events(crowd)


def test_a_group_s_act_towards_another_state_is_none():
    found = _events(SUMMIT.replace("会议发表了《万象宣言》。", "各方支持阿富汗实现和平。"))
    assert not {e for e in found if e[2] == "AFG"}


def test_the_heads_of_state_of_the_gathering_are_its_participants():
    # 与会各国元首 and a count of the heads of state (六国元首, China among them) name every
    # participant: each acts towards China, and the declaration they sign is one with each.
    found = _events(
        "习近平在西安主持中国—中亚峰会。哈萨克斯坦总统、吉尔吉斯斯坦总统、塔吉克斯坦总统出席。"
        "与会各国元首高度评价中方的作用，表示愿同中方深化合作。四国元首共同签署《西安宣言》。"
    )
    for other in ("KAZ", "KGZ", "TJK"):
        assert {("CHN", "04", other), (other, "03", "CHN"), (other, "05", "CHN")} <= found
    found = _events(
        "习近平在西安主持中国—中亚峰会。哈萨克斯坦总统、吉尔吉斯斯坦总统、塔吉克斯坦总统、"
        "土库曼斯坦总统、乌兹别克斯坦总统出席。六国元首共同签署《西安宣言》。"
    )
    assert ("UZB", "05", "CHN") in found


def test_china_signing_with_the_gatherings_heads_signs_with_each():
    found = _events(
        "习近平主持中国—中亚峰会。哈萨克斯坦总统、吉尔吉斯斯坦总统出席。"
        "习近平同与会各国元首共同签署了《西安宣言》。"
    )
    assert {("CHN", "05", "KAZ"), ("CHN", "05", "KGZ")} <= found
    # no gathering with China named: no one to sign with
    assert not _events("习近平同与会领导人共同发表联合声明。")
