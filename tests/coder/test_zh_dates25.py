"""A day told in one paragraph of a broadcast item for its own event does not date a later
paragraph that opens on an occasion of its own (eval/README.md, "A date carried into another
paragraph's act", coder-dates25): it takes the item's top day, else the broadcast's. Sentences
of our own, not the gold's."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2021, 2, 10)


def _dates(text: str) -> list[tuple[str, str, date]]:
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb", title="使馆举办新春活动"))
    return [((e.source_actor or "")[:3], (e.target_actor or "")[:3], e.date) for e in c.events]


@pytest.mark.parametrize(
    "occasion",
    [
        "在中国驻匈牙利使馆和布达佩斯一所大学共同举办的新春招待会上，",
        "中国驻匈牙利大使馆举办的新春招待会上，",
        "在中国驻匈牙利使馆举行的迎春音乐会上，",
    ],
)
def test_a_paragraph_opening_on_its_own_occasion_takes_the_broadcast_day(occasion):
    """The top names no day: the Hungarian reception is the broadcast's, not the 8th of the
    mission's fair told two paragraphs before."""
    text = (
        "央视网消息（新闻联播）：连日来，我驻外机构举办多种活动，与各界人士共迎新春。\n"
        "8日，中国常驻联合国代表团在驻地举行新春游园会，邀请联合国官员参加。\n"
        "游园会现场布置了多个展台。\n"
        f"{occasion}匈牙利外长西雅尔多表示，匈方愿同中方加强合作。"
    )
    assert ("HUN", "CHN", D) in _dates(text)
    assert ("HUN", "CHN", date(2021, 2, 8)) not in _dates(text)


_ROUND_UP = "央视网消息（新闻联播）：连日来，我驻外机构举办多种活动，与各界人士共迎新春。\n"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a day told at the item's top still dates what follows, the new occasion included
        (
            "央视网消息（新闻联播）：7日，我驻外机构举办多种活动，与各界人士共迎新春。\n"
            "8日，中国常驻联合国代表团在驻地举行新春游园会，邀请联合国官员参加。\n"
            "在中国驻匈牙利使馆举办的新春招待会上，匈牙利外长西雅尔多表示，匈方愿同中方加强合作。",
            date(2021, 2, 7),
        ),
        # no occasion of its own: the minister's words go on from the 8th's reception
        (
            _ROUND_UP + "8日，中国驻匈牙利使馆举行新春招待会，匈牙利外长西雅尔多出席。\n"
            "西雅尔多表示，匈方愿同中方加强合作。",
            date(2021, 2, 8),
        ),
        # an occasion told with its own day keeps it
        (
            _ROUND_UP + "8日，中国常驻联合国代表团在驻地举行新春游园会，邀请联合国官员参加。\n"
            "在中国驻匈牙利使馆9日举办的新春招待会上，匈牙利外长西雅尔多表示，匈方愿同中方加强合作。",
            date(2021, 2, 9),
        ),
    ],
)
def test_what_a_later_paragraph_keeps(text, day):
    assert ("HUN", "CHN", day) in _dates(text)


def test_a_day_in_a_speakers_words_dates_no_later_words():
    """李强表示，…习近平主席昨天（9日）同首相会晤…: the recalled meeting's day does not date the
    wishes said after it, nor the paragraphs after, told at the talks on the broadcast's day."""
    text = (
        "央视网消息（新闻联播）：欢迎仪式后，李强同挪威首相斯特勒举行会谈。\n"
        "李强表示，今年是中挪建交70周年。习近平主席昨天（2月9日）同首相先生会晤。"
        "中方愿同挪方一道深化务实合作。\n"
        "斯特勒表示，挪方愿同中方加强合作。"
    )
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb", title="李强同挪威首相会谈"))
    wishes = {((e.source_actor or "")[:3], e.date) for e in c.events if e.root == "03"}
    assert wishes == {("CHN", D), ("NOR", D)}


@pytest.mark.parametrize(
    "named",
    [
        "美方承诺取消根据2021年1月5日第12345号行政令对中国商品加征的关税。\n",
        "会议审议了关于修改一九九六年三月四日签订的《中华人民共和国和匈牙利共和国引渡条约》的议案。\n",
    ],
)
def test_a_day_naming_a_document_leads_no_later_act(named):
    """A document's date and number, or the day it was signed, names the document: the later
    paragraph's act is on the broadcast's day, not on that day."""
    text = f"央视网消息（新闻联播）：中匈双方今天发表联合声明。\n{named}匈牙利外长西雅尔多表示，匈方愿同中方加强合作。"
    assert ("HUN", "CHN", D) in _dates(text)
