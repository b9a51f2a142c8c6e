"""A person a report names in one sentence and quotes with 他/她 in the next: the pronoun and
the quote's first persons (我, 我们, 我国) are that person's state, not the broadcaster's home
(our own sentences in the style of a broadcast)."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 7, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 我国 in a foreign president's quote is his state.
        (
            "巴西总统卢拉日前在巴西利亚接受总台记者专访。他说，我国愿同中方深化各领域合作。",
            ("BRA", "03", "CHN"),
        ),
        # A date before the subject; 她 and 我们.
        (
            "当地时间5日，肯尼亚外长穆达瓦迪在内罗毕接受总台记者采访。她表示，我们高度赞赏"
            "中方为非洲发展作出的贡献。",
            ("KEN", "05", "CHN"),
        ),
        # The quote goes on in the next sentence, in the same voice.
        (
            "刚果（金）外长卢图恩杜拉日前接受总台记者专访。他表示，两国关系发展良好。"
            "我们高度赞赏中方为刚果（金）发展作出的贡献。",
            ("COD", "05", "CHN"),
        ),
        # 他 itself as the subject of the speech verb.
        (
            "巴西总统卢拉日前接受总台记者专访。他表示赞赏中方在全球治理中发挥的作用。",
            ("BRA", "05", "CHN"),
        ),
    ],
)
def test_the_person_named_before_speaks(text, expected):
    assert expected in broadcast(text, DAY)


def test_a_body_officer_speaks_for_the_body():
    """联合国秘书长…。他表示，我完全赞同…: the UN praises China, not China the UN."""
    text = (
        "联合国秘书长古特雷斯20日在纽约会见中国常驻联合国代表。他表示，我完全赞同中方提出的"
        "全球发展倡议。"
    )
    events = code_document(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    praise = [(e.source_actor, e.target_actor) for e in events if e.code.startswith("05")]
    assert praise == [("UNO", "CHN")]


def test_a_home_subject_keeps_the_home_state():
    """王毅…。他表示，我们愿…: the person named before is Chinese, so is 我们."""
    text = "王毅日前在北京接受巴西媒体专访。他表示，我们愿同巴方深化各领域合作。"
    assert ("CHN", "03", "BRA") in broadcast(text, DAY)


def test_the_person_named_before_takes_over_from_an_earlier_speaker():
    """赵乐际表示，…。总统请赵乐际转达问候。他说，我们…: the president speaks now, not the host
    who spoke two sentences before."""
    text = (
        "赵乐际在塔什干会见乌兹别克斯坦总统米尔济约耶夫。赵乐际表示，中方愿同乌方深化合作。"
        "米尔济约耶夫请赵乐际转达对习近平主席的问候。他说，我们坚定支持中方提出的全球发展倡议。"
    )
    assert ("UZB", "05", "CHN") in broadcast(text, DAY)
