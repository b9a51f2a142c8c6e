"""Classes of error met judging random CCTV days no gold holds (issue 10, eval/README.md
"Judging output no gold holds", seed 134), each fixed as a rule about the language; the
sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document
from dipwatch.sources.xwlb import read_xwlb
from tests.coder.test_zh_unseen_constructions import _roots


@pytest.mark.parametrize(
    "text",
    [
        "12日，俄罗斯和巴基斯坦的特使举行会议，并就向阿富汗提供经济援助表示了共同的意愿。",
        "俄罗斯特使12日同巴基斯坦特使会谈，就向阿富汗提供经济援助表达了强烈愿望。",
    ],
)
def test_aid_that_is_the_topic_of_a_wish_said_after_it_is_intent(text):
    """就…提供援助表示了…意愿: the wish is said after the act it is about, so the aid is
    intended (033), not given that day (07)."""
    assert ("RUS", "AFG") in _roots(text, "03") or ("PAK", "AFG") in _roots(text, "03")
    assert not _roots(text, "07")


def test_aid_given_and_then_thanked_for_is_still_given():
    """A wish or thanks in another clause leaves the aid of its own clause done."""
    assert ("RUS", "AFG") in _roots("12日，俄罗斯向阿富汗提供经济援助，阿方对此表示了感谢。", "07")


def test_aid_thanked_for_before_a_wish_is_not_the_wish():
    """表示感谢并表达了…意愿: the first words said after the aid are thanks, so the aid is
    no topic of the wish, and not intended."""
    text = "阿富汗外长12日对中国向阿富汗提供经济援助表示感谢并表达了进一步合作的意愿。"
    assert ("CHN", "AFG") not in _roots(text, "03")


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("俄罗斯外长12日在接受采访时表示，俄罗斯曾准备好与北约进行谈判。", "03", ("RUS", "NAT")),
        ("美国总统12日表示，他曾批准对伊朗实施报复性打击，但在行动前叫停。", "19", ("USA", "IRN")),
        ("外交部发言人12日表示，中方曾多次向美方提出严正交涉。", "11", ("CHN", "USA")),
    ],
)
def test_an_act_once_done_inside_a_dated_telling_has_no_day(text, root, pair):
    """曾 in the act's own clause puts it before the telling: the day before the speech verb is
    the telling's, and the act, with no day of its own, is background."""
    assert pair not in _roots(text, root)


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("俄罗斯外长12日在接受采访时表示，俄罗斯准备好与北约进行谈判。", "03", ("RUS", "NAT")),
        ("外交部发言人12日表示，中方已向美方提出严正交涉。", "11", ("CHN", "USA")),
        # 此前 tells a recent act the telling is news of (the dev gold, x20250321)
        ("胡塞武装今天称，该组织此前向以色列的一处军事目标发射了一枚导弹。", "19", ("YEM", "ISR")),
        # a day in a clause of its own dates the recalled act (回应: a noun, no telling; the
        # base's troops, not its host, are struck: coder-zh131)
        (
            "2020年1月，作为对美军袭击的回应，伊朗曾向驻有美军的伊拉克军事基地发射导弹。",
            "19",
            ("IRN", "USA"),
        ),
        # a span up to the telling is dated by it (the dev gold, x20240727)
        (
            "俄罗斯国防部12日称，俄军过去一周对乌克兰军工设施发动了多次集群打击。",
            "19",
            ("RUS", "UKR"),
        ),
    ],
)
def test_the_same_telling_without_a_word_of_the_past_dates_the_act(text, root, pair):
    assert pair in _roots(text, root)


_GLUED = (
    "# 《新闻联播》 (20240313)\n\n## 新闻摘要\n\n(暂无简介)\n\n## 详细新闻\n\n### (无标题)\n\n"
    "央视网消息（新闻联播）：俄外长：北约无视俄方 葬送对话机会针对近期俄罗斯与北约的外交摩擦，"
    "俄罗斯外长12日在接受采访时表示，北约无视俄罗斯的存在，葬送了与俄罗斯对话的机会。\n"
)


def test_a_headline_glued_before_a_framing_phrase_lends_the_body_its_day():
    """Glued, the headline's criticism (北约无视俄方) was the sentence's first act and took
    the broadcast's day; split, the criticism is told once, on the day the body gives."""
    (piece,) = read_xwlb(_GLUED, "x.md")
    doc = Document(piece.text, published=date(2024, 3, 13), kind="xwlb", source="xwlb")
    criticism = [e.date for e in code_document(doc) if e.code[:2] == "11"]
    assert criticism == [date(2024, 3, 12)]
