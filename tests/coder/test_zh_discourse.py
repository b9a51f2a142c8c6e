"""Who speaks in a readout, and to whom (our own sentences in the style of a broadcast)."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 7, 9)


def _events(text: str, day: date = DAY) -> set[tuple[str, str, str]]:
    return broadcast(text, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker goes on in the sentences after the one that names them.
        (
            "习近平会见新加坡总统。新加坡总统表示，很荣幸来华。祝贺中国赢得首枚金牌。",
            ("SGP", "05", "CHN"),
        ),
        (
            "李强会见厄瓜多尔总统。李强表示，双方关系良好。欢迎厄方参与全球发展倡议。",
            ("CHN", "05", "ECU"),
        ),
        # 我 is the speaker's state, 你 and 总统先生 the other party of the lead.
        ("习近平会见菲律宾总统。菲律宾总统表示，我愿同中方深化各领域合作。", ("PHL", "03", "CHN")),
        (
            "习近平同玻利维亚总统互致贺电。习近平指出，我愿同总统先生一道努力，深化合作。",
            ("CHN", "03", "BOL"),
        ),
        (
            "习近平会见乌兹别克斯坦总统。习近平指出，今年1月，你对中国进行国事访问。",
            ("UZB", "04", "CHN"),
        ),
    ],
)
def test_the_speaker_and_the_party_spoken_to(text, expected):
    assert expected in _events(text)


def test_the_party_spoken_to_is_that_of_its_own_item():
    """A transcript holds many items: 总统先生 in the second is its own lead's partner."""
    found = _events(
        "习近平会见菲律宾总统\n习近平在北京会见菲律宾总统。\n"
        "习近平同智利总统互致贺电\n习近平同智利总统互致贺电。习近平指出，我愿同总统先生一道努力。"
    )
    assert ("CHN", "03", "CHL") in found
    assert ("CHN", "03", "PHL") not in found


def test_a_name_after_a_title_stands_for_its_actor_later():
    found = _events(
        "《高端访谈》播出对东盟秘书长高金洪的专访。高金洪表示，东盟期待同中国加强合作。"
    )
    assert ("ASN", "03", "CHN") in found


@pytest.mark.parametrize(
    "text",
    [
        # A subject of its own, even one that is no actor, is not the speaker.
        "土耳其部长表示，两国已达成协议。当地居民批评美国枪支暴力问题已经失控。",
        # Proposals in a speech are no acts of the speaker's.
        "习近平表示，各方应团结合作。习近平提出3点建议。支持阿富汗国内各方通过对话达成政治安排。",
        # An unnamed voice speaks for no state.
        "国际人士指出，美国应停止干涉。他们高度赞赏中国的贡献。",
        # 我 that is no subject acts for no one.
        "厄瓜多尔总统表示，感谢习近平主席邀请我访华。",
    ],
)
def test_no_speaker_where_the_text_names_none(text):
    found = _events(text)
    assert not {e for e in found if e[1] in ("05", "11", "04") and e[0] in ("TUR", "CHN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The party spoken to may be a body the lead congratulates.
        (
            "习近平致电祝贺他当选欧洲理事会主席。习近平指出，我愿同主席先生一道努力，深化合作。",
            {("CHN", "03", "EEC")},
        ),
        # A wish for the pair that names neither has the partner from the sentence before.
        (
            "习近平同法国总统互致贺电。法国总统表示，中国是法国重要伙伴。祝愿两国间合作继续蓬勃发展。",
            {("FRA", "03", "CHN")},
        ),
        # 伯顿 (顿) after a title is a name, found again before its title.
        (
            "习近平同多米尼克总统伯顿互致贺电。习近平指出，我愿同伯顿总统一道努力，深化合作。",
            {("CHN", "03", "DMA")},
        ),
        # 两国 after two speakers of two states is both of them.
        (
            "李强同赞比亚总统希奇莱马、坦桑尼亚副总统恩钦比出席仪式。"
            "希奇莱马和恩钦比表示，两国愿同中方通力协作。",
            {("ZMB", "03", "CHN"), ("TZA", "03", "CHN")},
        ),
    ],
)
def test_speech_that_goes_on_keeps_its_parties(text, expected):
    assert expected <= _events(text)
