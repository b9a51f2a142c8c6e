"""The round's new Chinese rules probed with sentences of our own (review-zh32, eval/README.md
"Review of the thirteenth round's Chinese rules"): the wordings each rule's construction holds
that it missed, and the ones it took that it must not."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts, narrative

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a strike after a pause or a call-off, not governed by its word, stands
        ("俄军在暂停期结束后再次空袭乌克兰首都基辅。", ("RUS", "19", "UKR")),
        ("土耳其中止与叙利亚的谈判后空袭叙利亚北部。", ("TUR", "19", "SYR")),
        ("俄军暂停打击后再次袭击乌克兰能源设施。", ("RUS", "19", "UKR")),
        # the denial of an own strike whose object is the state's (对X的…发动)
        ("美国否认对伊朗的核设施发动新一轮空袭，称此前的打击已达到目的。", ("USA", "01", "IRN")),
        ("伊朗否认向以色列的军事基地发射导弹。", ("IRN", "01", "ISR")),
        # a negation before a clause of contrast denies only what comes before it
        ("中国和巴西两国元首未签署联合声明，但同意加强合作。", ("CHN", "03", "BRA")),
        # a paper not issued denies that paper only, not an act told after it
        ("日本首相未发表讲话，直接与韩国总统举行会谈。", ("JPN", "04", "KOR")),
        ("美国总统在未发表声明的情况下会见了以色列总理。", ("USA", "04", "ISR")),
        # the arms named before what holds them are still the receiver's
        ("俄军空袭了英国向乌克兰提供“风暴阴影”导弹的仓库。", ("RUS", "19", "UKR")),
        ("俄军击落了美国向乌克兰提供的“海马斯”火箭弹。", ("RUS", "19", "UKR")),
    ],
)
def test_wordings_the_construction_holds(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # (the paper itself, not issued: the neighbour the narrower reading must keep)
        ("中美两国未发表联合声明。", ("CHN", "05", "USA")),
        # the strike denied is not done
        ("伊朗外交部发言人否认伊朗对美军基地发动袭击。", ("IRN", "19", "USA")),
        # an accord described by 达成的 was reached before, not in the sentence
        (
            "俄总统新闻秘书11日表示，俄方根据此前与美国达成的有关协议，已暂停打击乌克兰能源设施，"
            "但如果乌方不遵守有关协议，俄方保留还击的权利。",
            ("RUS", "05", "USA"),
        ),
    ],
)
def test_wordings_the_construction_must_not_take(text, act):
    assert act not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # following with a named act is that act, not ties or a boycott
        ("3 月 4 日，墨西哥與中共建交，美國隨即跟進制裁。", ("USA", "05", "CHN")),
        ("3 月 4 日，巴拿马与中共建交，台湾随即跟进反制。", ("TWN", "05", "CHN")),
        ("3 月 4 日，巴拿馬與我國斷交，日本亦跟進譴責。", ("JPN", "16", "TWN")),
    ],
)
def test_following_with_a_named_act_is_not_following_suit(code, body, act):
    assert act not in acts(narrative(code, body))


def test_following_suit_bare_still_follows(code):
    """(the neighbour the step must leave alone: 了 after 跟进 names no act)"""
    body = "3 月 4 日，巴拿馬與我國斷交，多明尼加隨後跟進了。"
    assert ("DOM", "16", "TWN") in acts(narrative(code, body))


def test_a_summarys_act_in_the_month_told_below_is_one_act(code):
    """9 月訪問 in the key judgments, the visit's days of September below: one visit."""
    body = (
        "重要判斷\n\n一、日本首相田中角榮 9 月訪問中國大陸。\n\n壹、中共與日本\n\n"
        "田中首相 9 月 25 日至 30 日訪問北京，29 日兩國簽署聯合聲明。"
    )
    head = "第一章　民國 61 年中共外交回顧"
    visits = [e for e in narrative(code, body, head).events if e.code == "042"]
    assert len(visits) == 1


@pytest.mark.parametrize(
    "text",
    [
        "中法两国正式建交已有61年。",
        "中国同越南建立外交关系迄今已有75年，两国友谊历久弥新。",
        "中国和巴基斯坦建交已逾70年。",
    ],
)
def test_relations_told_with_the_years_they_lasted_are_recalled(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "05"}


def test_relations_recalled_with_their_own_year_stay_in_prose(code):
    """(the neighbour: prose counts a recalled act its own date places)"""
    body = "6 月 14 日，美國國務卿訪問北京，此行距美國與中共 1979 年 1 月建交已兩年餘。"
    assert ("USA", "05", "CHN") in acts(narrative(code, body, "第一章　民國 70 年中共外交回顧"))


def test_one_follow_suit_follows_the_ties_told_last(code):
    """Ties made, then ties cut: one 跟進, one act (the cut), not a make and a cut."""
    body = "9 月，希臘與中共建交，我國隨即宣布與希臘斷交，塞浦路斯亦跟進。"
    followed = {a for a in acts(narrative(code, body)) if a[0] == "CYP"}
    assert len(followed) == 1
