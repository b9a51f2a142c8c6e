"""A response or force the speaker promises the state that opens a condition (如果Y…，X将作出回应;
如果Y拒绝…，X将重启…作战行动) threatens Y (``zh.130.if_respond``, ``zh.138.if_force_resumed``;
eval/README.md "Dev misses by construction", threats on a condition); the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2023, 5, 11)


def _threats(text: str) -> list[tuple[str, str, str]]:
    """(source country, code, target country) of the threats (root 13) of ``text``."""
    c = coding(Document(text, published=DAY, kind="xwlb"))
    return [(e.source_actor[:3], e.code, e.target_actor[:3])
            for e in c.events if e.code[:2] == "13" and e.target_actor]  # fmt: skip


#: (text, source, code, target)
_THREATENED = [
    (
        "伊朗外交部发言人10日表示，如果美国采取任何行动阻挠伊朗油轮，伊朗将作出回应。",
        "IRN",
        "130",
        "USA",
    ),
    (
        "俄罗斯议员称，如果德国决定向乌克兰提供导弹，俄方将作出强硬、不对称的回应。",
        "RUS",
        "130",
        "DEU",
    ),
    ("伊朗总统称，如果以色列再作出错误举动，将遭到更严厉回应。", "IRN", "130", "ISR"),
    ("俄罗斯外交部表示，如果英国继续在黑海进行挑衅，俄罗斯将作出更严厉回应。", "RUS", "130", "GBR"),
    ("伊朗军事顾问表示，如果以色列继续推进，伊朗将让以色列承受巨大代价。", "IRN", "130", "ISR"),
    (
        "以色列国防部长称，如果哈马斯拒绝执行停火协议，以方将重启针对哈马斯的作战行动。",
        "ISR",
        "138",
        "PSE",
    ),
    (
        "俄罗斯总统表示，如果乌方拒绝讨论该计划，俄军将继续通过军事手段达成目标。",
        "RUS",
        "138",
        "UKR",
    ),
    ("以色列总理称，若黎真主党武装违反停火协议，将招致猛烈的战火。", "ISR", "138", "LBN"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), _THREATENED)
def test_a_response_promised_to_the_condition_s_state_threatens_it(text, source, code, target):
    assert (source, code, target) in _threats(text)


#: No threat: the state named in the condition does not open it (the one supplied), the
#: response is withheld (不会), or what follows is no response (共识, 开放态度).
_NOT_THREATENED = [
    ("俄罗斯总统表示，如果有关方面向乌克兰提供远程导弹，俄方将作出回应。", "UKR"),
    ("伊朗外长表示，如果美国展现灵活性，将达成最终共识。", "USA"),
    ("俄方表示，如果欧盟展现对话意愿，俄方将持开放态度。", "EEC"),
    ("伊朗外长表示，如果美国继续施压，伊朗不会作出回应，将保持克制。", "USA"),
    ("以色列总理称，如果哈马斯释放被扣押人员，以方将暂停在加沙地带的军事行动。", "PSE"),
    # review-zh27's probes: a kind response to a kind act, force ended on a condition
    ("伊朗外长表示，如果美国解除制裁，伊朗将作出积极回应。", "USA"),
    ("伊朗外长表示，如果美国愿意谈判，伊朗将予以积极回应。", "USA"),
    ("俄罗斯总统表示，如果乌克兰同意和谈，俄方将结束军事行动。", "UKR"),
    ("以色列总理称，如果哈马斯交出武器，以方将终止在加沙的作战行动。", "PSE"),
]


@pytest.mark.parametrize(("text", "target"), _NOT_THREATENED)
def test_no_threat_to_one_not_opening_the_condition_or_when_none_is_promised(text, target):
    assert not any(t == target for _, _, t in _threats(text))
