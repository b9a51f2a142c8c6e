"""A bare name whose characters are also states' short forms (哈立德: 哈, 立, 德) is the person
the text spells in full with its middle dot (沙特国防大臣哈立德·本·萨勒曼), not a list of
Kazakhstan, Lithuania and Germany (``zh_actors.transliterated_run``; seen on an unseen day by
the coder-audit29 helper). Our own sentences, as items of a broadcast of 3 May 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗总统3日会见到访的沙特国防大臣哈立德·本·萨勒曼。伊朗最高领袖当天也会见了哈立德。",
        "阿卜杜拉·哈立德3日抵达德黑兰。伊朗外长当天会见了哈立德。",
    ],
)
def test_a_name_spelt_with_its_dot_is_no_list_of_states(text: str) -> None:
    found = broadcast(text, DAY)
    assert not {t for _, _, t in found} & {"KAZ", "LTU", "DEU"}


def test_the_full_name_keeps_its_state() -> None:
    text = "伊朗总统3日会见到访的沙特国防大臣哈立德·本·萨勒曼。伊朗最高领袖当天也会见了哈立德。"
    assert ("IRN", "04", "SAU") in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯外交部3日批评了美英澳，称其加剧地区紧张。",
        # a dotted name elsewhere in the item leaves a list of other characters alone
        "朝鲜3日谴责美日韩举行联合军演。阿卜杜拉·哈立德出席。",
    ],
)
def test_a_list_of_short_forms_stays_states(text: str) -> None:
    targets = {t for _, _, t in broadcast(text, DAY)}
    assert len(targets) == 3
