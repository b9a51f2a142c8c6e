"""Acts the coder left silent on unseen CCTV days, found by ranking the corpus's silent
sentences (eval/README.md, "Where recall is lost, by corpus frequency"; coder-zh136): sympathy
told after 对, congratulations whose senders are listed after the message, mourning at an
embassy, arms received from their provider. Tried on wordings of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast_codes

_AIRED = date(2022, 10, 24)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast_codes(text, _AIRED)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # 对 X … 表示诚挚的慰问, 表示哀悼和慰问: sympathy offered X, as after 向 (018).
        ("李强代表中国政府对智利政府和人民抗击森林火灾表示诚挚的慰问。", ("CHN", "018", "CHL")),
        ("马来西亚总理卡里姆再次对中方遇难人员表示哀悼和慰问。", ("MYS", "018", "CHN")),
        ("习近平向古巴人民表示深切的慰问。", ("CHN", "018", "CUB")),
        # 来到 X 驻华使馆，吊唁…: condolence to X (018).
        ("王岐山来到日本驻华使馆，吊唁日本前首相安倍晋三逝世。", ("CHN", "018", "JPN")),
        # X 收到 Y 提供的 <arms>, Y 向 X 提供的 <arms> … 运抵: Y's military aid to X (072).
        ("波兰国防部称，波兰已收到韩国提供的首批坦克。", ("KOR", "072", "POL")),
        ("立陶宛接收了德国提供的一批防空系统。", ("DEU", "072", "LTU")),
        ("英国向乌克兰提供的导弹已经运抵乌克兰。", ("GBR", "072", "UKR")),
        # 泰国总理发来贺信: the sender before the message, read as before (message_hither).
        ("泰国总理巴育发来贺信，对中共二十大召开表示祝贺。", ("THA", "051", "CHN")),
    ],
)
def test_acts_the_corpus_left_silent(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("李强对受伤人员表示诚挚的慰问。", "01"),  # the injured at home are no state
        ("美国没有对古巴表示慰问。", "01"),  # negated
        ("俄军摧毁了西方向乌军提供的武器。", "07"),  # struck, not received
        ("俄方展示了缴获的美国向乌克兰提供的坦克。", "07"),  # seized
        ("乌克兰尚未收到美国提供的战机。", "07"),  # not yet come
        ("英国向乌克兰提供的坦克已经运抵欧洲。", "07"),  # on their way: no state after 运抵
        ("英国向乌克兰提供的坦克已运抵波兰，将转运乌克兰。", "07"),  # a transit
    ],
)
def test_no_act_where_none_is_done(text, root):
    assert not {a for a in _acts(text) if a[1].startswith(root)}


def test_senders_listed_after_the_message_each_congratulate_the_home_state():
    """发来贺电贺函的还有 A…，B…，C…等: each listed sender congratulates China (051)."""
    text = ("此外，发来贺电贺函的还有越南共产党中央书记处常务书记武文赏，老挝人民革命党中央总书记通伦，"
            "南非非洲人国民大会总书记姆巴卢拉等。")  # fmt: skip
    acts = _acts(text)
    assert {("VNM", "051", "CHN"), ("LAO", "051", "CHN"), ("ZAF", "051", "CHN")} <= acts


def test_mourning_at_the_embassy_is_no_visit():
    acts = _acts("王岐山来到日本驻华使馆，吊唁日本前首相安倍晋三逝世。")
    assert not {a for a in acts if a[1].startswith("04")}
