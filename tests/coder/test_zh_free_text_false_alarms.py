"""False alarms seen in free CCTV text this round and fixed at their construction (eval/README.md,
"False alarms of free text by construction"). The sentences are our own, in the style of a
broadcast."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2022, 5, 12)


def _eased(text: str) -> set[tuple[str, str, str]]:
    return {x for x in broadcast(text, DAY) if x[1] == "08"}


@pytest.mark.parametrize(
    "text",
    [
        "委内瑞拉外长12日表示，只有当美国彻底取消对委内瑞拉的制裁，双方关系才能改善。",
        "伊朗外长说，美国取消对伊朗的全部制裁符合各方利益。",
        "古巴外长说，古方希望美国在取消对古巴禁运问题上拿出诚意。",
        "朝鲜方面认为，美国解除对朝鲜的制裁是恢复对话的前提。",
        "日本政府12日承诺取消对韩国半导体材料的出口禁令。",
    ],
)
def test_a_lifting_talked_about_is_not_done(text):
    assert not _eased(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国财政部12日宣布，解除对委内瑞拉石油行业的部分制裁。",
        "这是美国首次取消对古巴的制裁。欧盟12日决定取消对白俄罗斯钾肥的禁令。",
    ],
)
def test_a_lifting_done_stays(text):
    assert _eased(text)


@pytest.mark.parametrize(
    "text",
    [
        "拉夫罗夫12日说，俄罗斯并没有拒绝与乌克兰举行会谈，但需要做一些准备工作。",
        "伊朗外长12日表示，伊朗从未拒绝与美国进行谈判。",
        "朝鲜外务省12日说，朝方并未拒绝韩国的提议。",
    ],
)
def test_a_refusal_denied_is_none(text):
    assert not {x for x in broadcast(text, DAY) if x[1] == "12"}


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长12日表示，伊朗拒绝与美国进行谈判。",
        "朝鲜外务省12日说，朝方不得不拒绝韩国的提议。",
    ],
)
def test_a_refusal_stays(text):
    assert {x for x in broadcast(text, DAY) if x[1] == "12"}


def test_the_strike_named_as_the_cause_is_not_the_responders():
    text = "叙利亚军方12日称，针对土耳其对叙利亚的袭击，叙利亚将作出回应。"
    assert ("SYR", "19", "TUR") not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "striker", "struck"),
    [
        (
            "黎巴嫩驻叙利亚大使12日表示，以色列出动战机对使馆发动了导弹袭击，并称黎方会作出回应。",
            "ISR",
            "LBN",
        ),
        ("乌克兰驻波兰大使12日表示，俄罗斯出动多架战机对使馆附近发动了导弹袭击。", "RUS", "UKR"),
    ],
)
def test_force_told_by_its_victims_speaker_is_the_strikers(text, striker, struck):
    found = {x for x in broadcast(text, DAY) if x[1] in ("18", "19", "20")}
    assert (striker, "19", struck) in found
    assert (struck, "19", striker) not in found


def _dates(text: str, root: str) -> set[str]:
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {e.date.isoformat() for e in c.events if e.code.startswith(root)}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "白俄罗斯外交部12日发表声明称，针对立陶宛4月3日起关闭其边境口岸的决定，白方将作出回应。",
            "13",
        ),
        ("阿盟12日发表声明，就叙利亚大马士革9日遭空袭表示谴责，强调支持叙利亚的主权。", "05"),
    ],
)
def test_a_topics_day_is_not_the_statements(text, root):
    assert _dates(text, root) == {"2022-05-12"}


def test_the_act_named_in_the_topic_keeps_its_day():
    text = "危地马拉总统12日表示，针对美国政府10日指责危地马拉官员的做法，他决定不出席峰会。"
    assert _dates(text, "11") == {"2022-05-10"}
