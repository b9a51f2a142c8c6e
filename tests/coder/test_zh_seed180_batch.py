"""What the seed-180 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended at its construction: 近期 opening a topic (就近期地区
局势…举行会谈, 对近期…表示慰问) dates what the act is about, not the act, which keeps the day
its sentence gives or carries (``event_dates._recent``); a joint statement told as what the listed
parties issued (马克龙、默克尔和约翰逊发表的联合声明) is one between each pair of them
(``groups.code_joint_statements``); standing with a state (巴方将始终同中方坚定站在一起) is
solidarity, support, to come too (``zh.051.stand_with``); a state's move the speaker calls
dangerous, a provocation or baffling (美国此举十分危险) is his criticism
(``zh.111.said_unacceptable``), its speaker the one after a frame the sentence opens with after
its day (3日，针对英方声称…的表态，挪威外交部发言人表示: ``actors.speaker_before``). Our own
sentences, as items of a broadcast of 3 May 2024."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2024, 5, 3)


def _dates(text: str) -> set[tuple[str, str, str, str]]:
    """(source country, root, target country, date and precision) of the events of ``text``."""
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {
        (
            (e.source_actor or "")[:3],
            e.root,
            (e.target_actor or "")[:3],
            f"{e.date} {e.date_precision}",
        )
        for e in c.events
    }


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "2日，埃及外长访问约旦，同约旦国王就近期地区局势等问题举行会谈。",
            ("EGY", "04", "JOR", "2024-05-02 day"),
        ),
        (
            "国家副主席韩正今天会见秘鲁外长，对近期秘鲁北部遭受洪灾表示慰问。",
            ("CHN", "01", "PER", "2024-05-03 day"),
        ),
    ],
)
def test_a_topic_opened_on_lately_leaves_the_act_its_day(text: str, act: tuple) -> None:
    assert act in _dates(text)


def test_lately_without_a_topic_still_gives_the_month() -> None:
    """近期 as the act's own time (近期…举行会谈) still dates it in the broadcast's month."""
    assert ("EGY", "04", "JOR", "2024-05-01 month") in _dates(
        "埃及外长近期访问约旦，同约旦国王举行会谈。"
    )


def test_an_act_inside_the_topic_keeps_lately() -> None:
    """The act the topic names (对近期…以色列对贝鲁特的袭击) happened 近期: its month."""
    found = _dates("中方对近期发生的一系列行为，包括以色列对贝鲁特南部的袭击，表示强烈反对。")
    assert ("ISR", "19", "LBN", "2024-05-01 month") in found


def test_a_joint_statement_the_listed_parties_issued() -> None:
    found = _dates(
        "荷兰外交部3日公布了荷兰首相、比利时首相和卢森堡首相发表的联合声明，重申支持多边主义。"
    )
    pairs = {frozenset((a, b)) for a, r, b, _ in found if r == "05"}
    assert pairs == {frozenset(p) for p in (("NLD", "BEL"), ("NLD", "LUX"), ("BEL", "LUX"))}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("智利外长今天表示，智利坚定同中国站在一起。", ("CHL", "05", "CHN")),
        ("中国政府和人民将始终同秘鲁政府和人民坚定站在一起。", ("CHN", "05", "PER")),
        ("葡萄牙外长说，葡萄牙在这一问题上与西班牙站在一起。", ("PRT", "05", "ESP")),
        ("挪威外交部发言人3日表示，英国此举十分危险。", ("NOR", "11", "GBR")),
        ("意大利外长说，法国此举是对欧盟伙伴的挑衅。", ("ITA", "11", "FRA")),
        ("荷兰首相表示，德国此举缺乏透明度，令人难以理解。", ("NLD", "11", "DEU")),
    ],
)
def test_a_stand_is_support_and_a_move_called_dangerous_criticised(text: str, act: tuple) -> None:
    assert act in {d[:3] for d in _dates(text)}


@pytest.mark.parametrize(
    "text",
    [
        "中方感谢智方在涉及中方核心利益问题上同中方坚定站在一起。",
        "美国理应与中国站在一起，共同打击恐怖主义。",
    ],
)
def test_a_stand_thanked_or_owed_is_no_support(text: str) -> None:
    """The stand thanked for is the thanks' object; one that should be is none."""
    found = {d[:3] for d in _dates(text)}
    assert ("CHL", "05", "CHN") not in found and ("USA", "05", "CHN") not in found
    assert ("USA", "03", "CHN") not in found


def test_a_move_called_safe_is_no_criticism() -> None:
    found = {d[:3] for d in _dates("挪威外交部发言人3日表示，英国此举并不危险。")}
    assert ("NOR", "11", "GBR") not in found


def test_the_speaker_follows_a_frame_opened_after_the_day() -> None:
    """The frame's 声称 is what is answered: the speaker is the one after it."""
    found = _dates(
        "3日，针对英方声称“将部署导弹以威慑挪威”的表态，挪威外交部发言人表示，英国此举十分危险。"
    )
    assert ("NOR", "11", "GBR", "2024-05-03 day") in found
