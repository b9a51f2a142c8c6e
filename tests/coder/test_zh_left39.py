"""What review-zh39 and coder-zh129 left, mended at its construction (coder-zh131): greetings
at the sender's own occasion are no message to China, a state in an attributive X支持的 is
neither raider nor struck, the host of another's base (X驻Y的基地) is no target, a proposal
passed through a mediator with no other side named has no addressee, and two senders of one
message sent it to no one of them. Our own sentences, as items of a broadcast of 3 May 2024,
with the near forms that must still fire."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "法国总统马克龙就巴黎奥运会开幕致贺词。",
        "法国总统就巴黎奥运会开幕致贺信，祝愿奥运会圆满成功。",
    ],
)
def test_greetings_at_the_senders_own_occasion_are_no_message_to_china(text: str) -> None:
    assert ("FRA", "05", "CHN") not in _acts(text)


def test_greetings_on_an_occasion_naming_china_still_count() -> None:
    assert ("FRA", "05", "CHN") in _acts("法国总统马克龙就中法建交60周年致贺信。")


@pytest.mark.parametrize(
    "text",
    [
        "美军回击了伊朗支持的武装的袭击。",
        "美军打击了伊朗支持的武装。",
    ],
)
def test_a_backer_in_an_attributive_is_neither_raider_nor_struck(text: str) -> None:
    acts = _acts(text)
    assert ("USA", "19", "IRN") not in acts
    assert ("IRN", "19", "USA") not in acts


def test_the_backed_group_named_takes_the_backers_place() -> None:
    acts = _acts("美军回击了伊朗支持的胡塞武装的袭击。")
    assert ("USA", "19", "YEM") in acts
    assert ("USA", "19", "IRN") not in acts


def test_a_raid_of_the_state_itself_still_counts() -> None:
    assert ("ISR", "19", "IRN") in _acts("以色列回击了伊朗的袭击。")


@pytest.mark.parametrize(
    "text",
    [
        "伊朗袭击了美军驻伊拉克的阿萨德空军基地。",
        "伊朗袭击了美军驻伊拉克的一处基地。",
    ],
)
def test_the_host_of_anothers_base_is_no_target(text: str) -> None:
    acts = _acts(text)
    assert ("IRN", "19", "IRQ") not in acts
    assert ("IRN", "19", "USA") in acts


def test_troops_stationed_abroad_named_after_the_host_are_still_struck() -> None:
    assert ("IRN", "19", "USA") in _acts("伊朗袭击了驻卡塔尔的美军基地。")


def test_a_proposal_through_a_mediator_with_no_other_side_has_no_addressee() -> None:
    acts = _acts("美方通过斡旋方巴基斯坦提出了新提议。")
    assert ("USA", "04", "PAK") not in acts


@pytest.mark.parametrize(
    "text",
    [
        "美方通过斡旋方巴基斯坦向伊朗提出了新提议。",
        "伊朗外长表示，美方通过斡旋方巴基斯坦提出了新提议。",
    ],
)
def test_a_proposal_through_a_mediator_to_a_side_named_still_counts(text: str) -> None:
    assert ("USA", "04", "IRN") in _acts(text)


def test_two_senders_of_one_message_sent_it_to_neither() -> None:
    acts = _acts("俄罗斯总统普京和白俄罗斯总统卢卡申科在贺电中表示，两国关系发展良好。")
    assert ("RUS", "05", "BLR") not in acts
    assert ("BLR", "05", "RUS") not in acts


def test_one_senders_message_still_counts() -> None:
    assert ("RUS", "05", "CHN") in _acts("普京在贺电中表示，俄中关系发展良好。")


@pytest.mark.parametrize(
    "text",
    [
        "伊朗向驻有美军的伊拉克军事基地发射导弹。",
        "伊朗向伊拉克境内两个驻有美军的基地发射导弹。",
    ],
)
def test_a_host_of_anothers_troops_gives_way_to_them(text: str) -> None:
    acts = _acts(text)
    assert ("IRN", "19", "IRQ") not in acts
    assert ("IRN", "19", "USA") in acts


def test_a_base_of_the_state_itself_is_still_its_own() -> None:
    assert ("ISR", "19", "SYR") in _acts("以色列向叙利亚军事基地发射导弹。")


@pytest.mark.parametrize("text", ["以哈双方实现停火。", "哈以双方交换被扣押人员。"])
def test_ha_beside_israel_is_no_kazakhstan(text: str) -> None:
    assert not any("KAZ" in (s, t) for s, _, t in _acts(text))


@pytest.mark.parametrize(
    "text", ["中哈双方签署合作协议。", "哈萨克斯坦和以色列外长会谈，以哈两国签署协议。"]
)
def test_kazakhstan_in_a_pair_still_counts(text: str) -> None:
    assert any("KAZ" in (s, t) for s, _, t in _acts(text))


@pytest.mark.parametrize(
    "text",
    ["以色列和黎巴嫩实现停火后，双方开始谈判。", "印度和巴基斯坦宣布停火后，边境局势趋于缓和。"],
)
def test_a_ceasefire_told_as_the_time_of_what_follows_is_no_act_of_the_day(text: str) -> None:
    assert not any(root == "08" for _, root, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    ["以色列和黎巴嫩10日实现停火后，双方开始谈判。", "以色列和黎巴嫩实现停火，双方随后开始谈判。"],
)
def test_a_ceasefire_dated_or_told_as_news_still_counts(text: str) -> None:
    assert ("ISR", "08", "LBN") in _acts(text)
