"""What the seed-207 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``,
coder-zh140) showed the coder doing wrong, mended at its construction: a leader the tables do
not know, introduced under his state's title (同斯洛文尼亚共和国总统托马希奇…) or congratulated on
its office (致电托马希奇，祝贺他当选…总统), is that state's when told again with a title (愿同托马希奇
总统一道努力: ``zh_spoken_names``); a date in a clause that 以来 closes is the start of a span,
not the day of the act, with no 自 before it too (这是…8月15日控制喀布尔以来，…首次…: ``dates``);
proof a state puts forward of another's deed is its charge against it (公布了…美国…的证据:
``zh.112.evidence_of``). The leader is a name of our own making (托马希奇): the batch's own case, Slovenia's
Pahor, is in the people table since coder-names1, so a real name would not test the reading.
Our own sentences, as items of a broadcast of 12 May 2022."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2022, 5, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "国家主席习近平12日同斯洛文尼亚共和国总统托马希奇互致贺电。习近平表示，愿同托马希奇总统"
            "一道努力，推动两国关系发展。",
            ("CHN", "03", "SVN"),
        ),
        (
            "国家主席习近平12日致电托马希奇，祝贺他当选斯洛文尼亚共和国总统。习近平表示，愿同托马希奇"
            "总统一道努力，推动两国关系发展。",
            ("CHN", "03", "SVN"),
        ),
        (
            # the name's characters spell states (西, 蒙, 斯): the name outranks them
            "国家主席习近平11日致电西蒙斯，祝贺她当选苏里南共和国总统。习近平表示，我高度重视中苏"
            "关系发展，愿同西蒙斯当选总统一道努力，深化互利友好合作。",
            ("CHN", "03", "SUR"),
        ),
        (
            "国务院总理12日同克罗地亚总理普连科维奇通电话。总理表示，中方愿同普连科维奇总理一道，"
            "深化各领域合作。",
            ("CHN", "03", "HRV"),
        ),
        # proof a state puts forward of another's deed
        ("俄罗斯国防部11日又公布了一批美国在邻国从事生物军事活动的证据。", ("RUS", "11", "USA")),
        ("伊朗外交部发言人表示，伊朗掌握了以色列策划破坏核设施的证据。", ("IRN", "11", "ISR")),
    ],
)
def test_the_batchs_constructions_are_coded(text: str, act: tuple[str, str, str]) -> None:
    """A leader introduced with his state is its partner when told again; proof of another
    state's deed is a charge against it."""
    assert act in broadcast(text, DAY)


def test_a_name_spelt_with_states_is_no_partner_of_those_states() -> None:
    text = (
        "国家主席习近平11日致电西蒙斯，祝贺她当选苏里南共和国总统。习近平表示，愿同西蒙斯当选"
        "总统一道努力，深化互利友好合作。"
    )
    assert not {a for a in broadcast(text, DAY) if a[2] in ("ESP", "MNG", "LKA")}


def test_no_partner_without_an_introduction() -> None:
    text = "习近平表示，愿同托马希奇总统一道努力，推动两国关系发展。"
    assert not {a for a in broadcast(text, DAY) if a[1] == "03"}


def _dates(text: str) -> set[tuple[str, str, date]]:
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {((e.source_actor or "")[:3], (e.target_actor or "")[:3], e.date) for e in c.events}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("这是塔利班8月15日控制喀布尔以来，美军首次空袭阿富汗。", ("USA", "AFG")),
        ("这是去年10月7日冲突升级以来，以军首次空袭黎巴嫩首都。", ("ISR", "LBN")),
    ],
)
def test_a_date_opening_a_span_closed_by_since_is_not_the_acts(
    text: str, pair: tuple[str, str]
) -> None:
    assert _dates(text) == {(*pair, DAY)}


def test_a_date_before_a_speech_verb_stays_the_acts() -> None:
    # 11日说…以来: the day of the saying, the 以来 clause is what was said
    text = "美国国防部长11日说，美军当天空袭了阿富汗境内目标，这是撤军以来的首次空袭。"
    assert ("USA", "AFG", date(2022, 5, 11)) in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯外长表示，美国迄今为止没有公布任何证据。",
        "伊朗官员表示，美国必须公布伊朗参与袭击的证据。",
        "委内瑞拉政府宣布，两名美国雇佣兵被判入狱，并公布了相关证据。",
    ],
)
def test_proof_withheld_or_asked_for_is_no_charge(text: str) -> None:
    assert not {a for a in broadcast(text, DAY) if a[1] == "11" and a[0] != a[2]}
