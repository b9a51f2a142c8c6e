"""Misfires of the eighteenth round's new Chinese rules found by probing them (review-zh39),
mended at their construction: the 愿 closing a longer word (宏愿, 祝愿) is no will, the 就 of
就职 no 'on', a message sent jointly with the home state's leader none to the home state, a
ceasefire's talks agreed no ceasefire, a condemnation to come none yet, and talks on relations
halted no break. Our own sentences, as items of a broadcast of 3 May 2024,
with the near forms that must still fire."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


def _codes(text: str) -> list[str]:
    """The full CAMEO codes of ``text``'s events (161 and 164 share a root)."""
    return [
        e.code for e in coding(Document(text, published=DAY, kind="xwlb", source="xwlb")).events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "总统表示，文莱正朝着“2035宏愿”奋进，双方要推动文中合作迈上新台阶。",
        "外长表示，这是越南人民的心愿，推动越中关系健康发展是大势所趋。",
    ],
)
def test_a_longer_word_ending_in_will_is_no_pledge(text: str) -> None:
    assert not any(root == "03" for _, root, _ in _acts(text))


def test_the_own_pair_pledge_still_counts() -> None:
    assert ("VNM", "03", "CHN") in _acts("越南外长表示，越方愿推动越中关系健康稳定发展。")


def test_a_message_after_someones_inauguration_is_not_his() -> None:
    acts = _acts("赵乐际表示，韩国总统就职后，习近平主席第一时间致贺电。")
    assert ("KOR", "05", "CHN") not in acts


def test_a_message_on_the_home_states_occasion_is_to_it() -> None:
    assert ("PAK", "05", "CHN") in _acts("巴基斯坦总理就中巴建交纪念日致贺信。")


def test_a_message_sent_jointly_with_the_home_leader_is_none_to_the_home_state() -> None:
    acts = _acts("国家主席习近平同塞内加尔总统就论坛成立十周年共致贺电。")
    assert ("SEN", "05", "CHN") not in acts


@pytest.mark.parametrize(
    "text",
    [
        "美国总统称，俄罗斯和乌克兰已同意立即开始停火谈判。",
        "泰国与柬埔寨同意在吉隆坡举行停火谈判。",
    ],
)
def test_ceasefire_talks_agreed_are_no_ceasefire(text: str) -> None:
    assert not any(root == "08" for _, root, _ in _acts(text))


def test_a_ceasefire_the_pair_declares_still_counts() -> None:
    acts = _acts("巴基斯坦与印度宣布停火。")
    assert {("PAK", "08", "IND"), ("IND", "08", "PAK")} <= acts


def test_a_condemnation_to_come_is_none_yet() -> None:
    acts = _acts("朝鲜发射弹道导弹。日本政府表示将发表声明予以谴责。")
    assert ("JPN", "11", "PRK") not in acts


def test_a_statement_of_condemnation_made_still_counts() -> None:
    acts = _acts("以色列空袭伊朗，伊朗外交部发表声明予以谴责，并表示将予以回应。")
    assert ("IRN", "11", "ISR") in acts


def test_talks_on_relations_halted_are_no_break() -> None:
    assert "161" not in _codes("乌克兰宣布暂停与俄罗斯的外交关系谈判。")


def test_relations_suspended_still_reduce_them() -> None:
    assert "161" in _codes("尼加拉瓜宣布暂停与以色列的外交关系。")
