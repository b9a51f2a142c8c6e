"""Acts recalled with 前不久 or 不久前 inside a message or a speech (eval/README.md, Dates: "Acts
recalled with 前不久, 不久前", coder-dates22): background, weeks before the words that recall
them, not acts of the broadcast's day. Sentences of our own, not the gold's."""

from datetime import date

import pytest

_DAY = date(2024, 10, 12)


def pairs(c) -> set[tuple[str, str, str]]:
    """(source country, CAMEO root, target country) of each event."""
    return {((e.source_actor or "")[:3], e.code[:2], (e.target_actor or "")[:3]) for e in c.events}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a visit and its talks recalled by the visitor in a letter
        ("越南国家主席在复信中说，前不久，我成功对中国进行国事访问，同习近平主席深入会谈。",
         ("VNM", "04", "CHN")),
        # a call recalled by the writer himself
        ("习近平在贺信中指出，不久前，我同越南国家主席共同出席了东盟峰会，推动峰会取得丰硕成果。",
         ("CHN", "04", "VNM")),
        # talks told by a third person in a meeting of the day, 不久前 after the pair
        ("赵乐际表示，习近平主席和越南国家主席不久前在河内举行会谈，为两国关系指明了方向。",
         ("CHN", "04", "VNM")),
        # an agreement recalled with its signatories
        ("王毅说，前不久，中国与越南签署了联合声明，将两国关系提升到新的水平。", ("CHN", "05", "VNM")),
    ],
)  # fmt: skip
def test_an_act_recalled_with_qianbujiu_is_not_of_the_day(code, text, pair):
    """The guidelines leave out recalled acts without a date of their own (此前, 曾): 前不久 names
    none either, and the act came weeks before the message that recalls it."""
    assert pair not in pairs(code(text, _DAY, source="xwlb"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the day's words about a thing that happened 不久前: the condolence is of the day
        ("习近平对越南前国家主席不久前逝世表示哀悼，中方对此深表赞赏。", ("CHN", "05", "VNM")),
        # a will told after the recalled act, in a clause of its own: said on the day
        ("前不久，越南北部遭受强台风袭击，中方第一时间提供援助，愿继续提供帮助，支持越方重建家园。",
         ("CHN", "03", "VNM")),
        # 前不久曾: news of the last days told with 曾, kept on the broadcast's day
        ("俄罗斯外交部发言人前不久曾表示，美国的做法极其虚伪。", ("RUS", "11", "USA")),
    ],
)  # fmt: skip
def test_the_days_act_beside_qianbujiu_stays(code, text, pair):
    assert pair in pairs(code(text, _DAY, source="xwlb"))
