"""Constructions of analysts' prose the twenty-eighth dev batch left (eval/README.md,
coder-prose29): a founding paper or treaty that three or more listed states sign together (each
pair 057, as a joint statement of listed issuers is), and 中苏 read by the sentence's day (the
Soviet Union before it ended; Sudan or Suriname only where the text names them), the Soviet army
(苏军) and a funeral attended in a city of another state (在莫斯科出席…葬礼). The sentences are
our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_1967 = ("第二章　1967 年中国外交回顾", date(1968, 1, 20))
HANT_1950 = ("專題　民國 39 年的國際情勢", date(1951, 1, 20))
HANS_2019 = ("第一章　2019 年中国外交回顾", date(2020, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "pairs"),
    [
        # five states and their count, officials, day and place before 签署《…》
        ("印尼、马来西亚、菲律宾、新加坡和泰国五国外长 8 月 8 日在曼谷签署《曼谷宣言》。",
         HANS_1967, {("IDN", "MYS"), ("PHL", "THA"), ("MYS", "SGP")}),
        ("印尼、馬來西亞、菲律賓、新加坡與泰國 8 月 8 日在曼谷簽署宣言。", HANT_1950,
         {("IDN", "THA"), ("MYS", "PHL")}),
        ("埃及、叙利亚和伊拉克 4 月 17 日签订联邦宪章。", HANS_1967,
         {("EGY", "SYR"), ("EGY", "IRQ"), ("SYR", "IRQ")}),
    ],
)  # fmt: skip
def test_listed_signers_agree_pair_by_pair(code, body, head, pairs):
    found = {(s, t) for s, root, t in acts(chapter(code, body, *head)) if root == "05"}
    assert pairs <= found


def test_a_list_china_signs_with_is_china_pair_by_pair(code):
    """(guards the rule's reach) 杨尚昆同 A、B 和 C 三国元首签署: China signs with each; the pairs
    among the others are not told (``summits.with_china``), the one before 同 being a signer."""
    body = "杨尚昆 9 月 14 日同越南、老挝和柬埔寨三国元首签署《关于边境地区的协定》。"
    found = {(s, t) for s, root, t in acts(chapter(code, body, *HANS_1967)) if root == "05"}
    assert {("CHN", "VNM"), ("CHN", "LAO"), ("CHN", "KHM")} <= found
    assert not {("VNM", "LAO"), ("VNM", "KHM"), ("LAO", "KHM")} & found


def test_witnesses_of_a_signing_sign_nothing(code):
    """(guards the rule's reach) states whose leaders witness a signing are no signers."""
    body = "埃及、叙利亚和伊拉克领导人 4 月 17 日见证签署协定。"
    assert not any(root == "05" for _, root, _ in acts(chapter(code, body, *HANS_1967)))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("中苏两国 2 月 14 日在莫斯科签订友好同盟互助条约。", HANS_1967),
        ("中蘇兩國 2 月 14 日簽訂友好同盟互助條約。", HANT_1950),
    ],
)  # fmt: skip
def test_zhong_su_before_1992_is_the_soviet_union(code, body, head):
    assert ("CHN", "05", "RUS") in acts(chapter(code, body, *head))


def test_zhong_su_after_1991_is_no_soviet_union(code):
    """(guards the rule's reach) on a day after the Soviet Union ended, 中苏 names no state the
    text does not name (Sudan, Suriname): no Russia."""
    body = "中苏两国 5 月 14 日签订经济合作协定。"
    assert not any("RUS" in (s, t) for s, _, t in acts(chapter(code, body, *HANS_2019)))


def test_zhong_su_is_sudan_where_the_text_names_it(code):
    """(guards the rule's reach) a chapter of 1967 naming Sudan reads 中苏 as Sudan's pair."""
    body = "苏丹总统 5 月访华。中苏两国 5 月 14 日签订经济合作协定。"
    found = acts(chapter(code, body, *HANS_1967))
    assert ("CHN", "05", "SDN") in found and not any("RUS" in (s, t) for s, _, t in found)


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # 苏军: the Soviet army acts as its state
        ("苏军 12 月 27 日入侵阿富汗。", HANS_1967, ("RUS", "19", "AFG")),
        ("蘇軍 8 月 9 日出兵東北，進攻日本關東軍。", HANT_1950, ("RUS", "19", "JPN")),
        # a funeral attended in a city abroad visits the city's state
        ("3 月 9 日，周恩来在莫斯科出席斯大林葬礼。", HANS_1967, ("CHN", "04", "RUS")),
        ("7 月 9 日華國鋒在東京出席大平正芳的葬禮。", HANT_1950, ("CHN", "04", "JPN")),
    ],
)  # fmt: skip
def test_an_act_of_the_batch(code, body, head, act):
    assert act in acts(chapter(code, body, *head))


def test_the_soviet_army_after_1991_is_history(code):
    """(guards the reach) 苏军 recalled on a day after the Soviet Union ended names no actor,
    as 苏联 does not (``actors._names_gone``)."""
    body = "5 月 9 日，俄罗斯举行纪念活动，缅怀当年苏军攻克柏林。"
    assert not any(s == "RUS" for s, _, _ in acts(chapter(code, body, *HANS_2019)))


def test_a_funeral_in_the_attendees_own_capital_is_no_visit(code):
    """(guards the rule's reach) 在北京出席越南领导人的追悼会: no visit to Vietnam."""
    body = "周恩来 9 月 9 日在北京出席越南领导人的追悼会。"
    assert not any(root == "04" for _, root, _ in acts(chapter(code, body, *HANS_1967)))
