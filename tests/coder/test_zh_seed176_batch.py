"""What the seed-176 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended at its construction: a medical team sent to a state,
told by its journey (抵达, 赴, 前往), is aid, not a visit, unless the teams are counted (a recital
of many journeys); a named speaker's confidence that an occasion China hosts will succeed
(相信北京冬奥会将是…盛会) endorses China, as wishing it success does, but not an unnamed voice's;
supplies a state gave, told by their journey to the state they reach (中方捐赠的防疫物资送交尼泊尔
方面), are its aid to that state; and a criticism of every deed of a kind (反对任何侵害中国主权…的
言行) does not criticise the state the deeds would harm; relations ended with a body (终止与世卫组织的
关系) are reduced, diplomatic relations set to end later are zh.161.break's threat. Our own sentences, as items of a
broadcast of 23 January 2022."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document

DAY = date(2022, 1, 23)


def _events(text: str) -> set[tuple[str, str, str, str]]:
    events = code_document(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {
        (e.source_actor[:3], e.target_actor[:3], e.root, e.date.isoformat())
        for e in events
        if e.source_actor and e.target_actor
    }


D22, D23 = "2022-01-22", "2022-01-23"

#: Each sentence, the aid it tells (source, target, root, date): no visit of the pair as well.
CASES = [
    ("22日，中国抗疫医疗专家组抵达老挝首都万象。", ("CHN", "LAO", "07", D22)),
    (
        "今天上午，中国政府赴所罗门群岛医疗队从广州启程，赴所罗门群岛协助开展救治工作。",
        ("CHN", "SLB", "07", D23),
    ),
    ("22日，中国政府派出医疗专家组从北京启程，前往汤加。", ("CHN", "TON", "07", D22)),
]

#: Sentences that must give no event of that pair and root: teams counted, an unnamed voice.
NONE = [
    (
        "在疫情最艰难的时刻，中国政府派遣了多批医疗专家组赴塞尔维亚，提供了宝贵援助。",
        ("CHN", "SRB", "07", D23),
    ),
    ("多国人士表示，相信北京冬奥会将是一届精彩的体育盛会。", ("CHN", "CHN", "05", D23)),
    ("肯尼亚媒体人士表示，相信北京冬奥会将取得圆满成功。", ("KEN", "CHN", "05", D23)),
    ("柬埔寨坚决反对任何侵害中国主权和领土完整的言行。", ("KHM", "CHN", "11", D23)),
    ("南非22日宣布，南非将于年底终止与台湾的外交关系。", ("ZAF", "TWN", "16", D22)),
    ("塞方谴责所有企图破坏中国统一的行径。", ("SRB", "CHN", "11", D23)),
    ("美国22日谴责所有针对以色列的袭击。", ("USA", "ISR", "11", D22)),
]

#: Each sentence and an event it tells: supplies by their journey, confidence in what China
#: hosts, and a reproach of a named state, with or without a deed described after it.
TOLD = [
    ("22日，中国政府捐助的防疫物资分别运抵叙利亚、阿尔及利亚等国。", ("CHN", "DZA", "07", D22)),
    ("同一天，中方捐赠的抗疫物资送交尼泊尔方面，将分发到尼泊尔全境。", ("CHN", "NPL", "07", D23)),
    ("蒙古国总统呼日勒苏赫表示，相信北京冬奥会将是一届精彩的体育盛会。", ("MNG", "CHN", "05", D23)),
    ("巴基斯坦总理伊姆兰·汗表示，他坚信本届冬奥会将取得圆满成功。", ("PAK", "CHN", "05", D23)),
    ("美国政府22日宣布将终止与世卫组织的关系。", ("USA", "UNO", "16", D22)),
    ("中方坚决反对美国对中国企业的无理打压。", ("CHN", "USA", "11", D23)),
    ("伊朗22日强烈谴责以色列对加沙的袭击。", ("IRN", "ISR", "11", D22)),
]


@pytest.mark.parametrize(("text", "aid"), CASES)
def test_a_medical_teams_journey_is_aid(text, aid):
    found = _events(text)
    assert aid in found
    assert (*aid[:2], "04", aid[3]) not in found


@pytest.mark.parametrize(("text", "event"), NONE)
def test_what_stays_no_event(text, event):
    assert event not in _events(text)


@pytest.mark.parametrize(("text", "event"), TOLD)
def test_each_construction_of_the_batch(text, event):
    assert event in _events(text)
