"""A reaction to a measure the item told of before (coder/zh_answered.py): its target is the
state the item said took the measure, when no coded act is carried to it. Our own sentences."""

from datetime import date

from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


def _events(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, D)


def test_a_reaction_to_a_ban_told_before_answers_its_owner():
    text = ("央视网消息（新闻联播）：英国政府的新签证禁令引发多方关注。"
            "11日，印度外长当天也对禁令提出批评，认为这一做法有损双边合作。")  # fmt: skip
    assert ("IND", "11", "GBR") in _events(text)


def test_a_law_passed_by_a_parliament_is_its_states_measure():
    text = ("央视网消息（新闻联播）：匈牙利议会11日通过法案，限制外国非政府组织的活动。"
            "联合国人权事务高级专员办事处对此表示关切。"
            "奥地利、瑞典等也对法案通过予以谴责。")  # fmt: skip
    got = _events(text)
    assert ("AUT", "11", "HUN") in got and ("SWE", "11", "HUN") in got


def test_a_measure_only_reacted_to_before_has_no_owner_there():
    # the measure is named only as another's object (对法案…表示遗憾) and never as a state's own
    text = ("央视网消息（新闻联播）：联合国秘书长11日对法案通过深表遗憾。"
            "奥地利也对法案通过予以谴责。")  # fmt: skip
    assert not [e for e in _events(text) if e[1] == "11" and e[0] == "AUT"]


def test_a_reaction_to_what_the_sentence_before_told_answers_its_doer():
    # 对此 after a subject the carry does not read as one phrase (叙利亚政权外交部门)
    text = ("央视网消息（新闻联播）：此外，据叙利亚国家电视台报道，以军11日对大马士革南郊发动空袭。"
            "叙利亚政权外交部门对此予以谴责。")  # fmt: skip
    assert ("SYR", "11", "ISR") in _events(text)
