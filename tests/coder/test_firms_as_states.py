"""A firm named with its home state acts as that state (issue 10, the integrator's decision;
eval/README.md, Actors), in Chinese and English, as a ministry does; what a firm does that is
no CAMEO event (sales, results, products) stays none, and a firm acting on its own state's
government is domestic. The sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import countries

D = date(2024, 3, 12)


def _zh(text: str) -> list[tuple[str, str, str]]:
    """(source country, root, target country) of ``text`` read as a broadcast item."""
    return countries(coding(Document(text, published=D, kind="xwlb", source="xwlb")))


def _en(text: str) -> list[tuple[str, str, str]]:
    """(source country, root, target country) of ``text`` read as English news."""
    return countries(coding(Document(text, published=D, lang="en", source="en_news")))


#: (our sentence, the act of the firm's state it must give)
_ZH_ACTS = [
    ("日本一家钢铁公司12日对美国政府提起诉讼。", ("JPN", "11", "USA")),
    (
        "日本制铁公司和美国钢铁公司12日对美国政府提起诉讼，指控美国总统非法干涉收购。",
        ("JPN", "11", "USA"),
    ),
    ("美国一家芯片公司12日起诉中国政府。", ("USA", "11", "CHN")),
    ("中国一家造船集团12日与卡塔尔一家能源公司签署建造合同。", ("CHN", "05", "QAT")),
    ("德国一家汽车集团12日同中国一家电池企业签署合作协议。", ("DEU", "05", "CHN")),
    ("俄罗斯国家航天集团公司12日致电祝贺中国神舟飞船发射成功。", ("RUS", "05", "CHN")),
    ("日本一家公司12日向乌克兰捐赠发电机。", ("JPN", "07", "UKR")),
    # Gas or power cut off to a state, or to a firm named after it (供气, 供电 as one word).
    ("俄罗斯一家能源公司12日宣布暂停向波兰供气。", ("RUS", "16", "POL")),
    ("俄罗斯能源公司12日停止向荷兰一家贸易公司供气。", ("RUS", "16", "NLD")),
    ("俄罗斯12日停止向芬兰供电。", ("RUS", "16", "FIN")),
    # Exports to a state halted, by a firm named with its state or by the state.
    ("韩国一家电子企业12日宣布暂停向俄罗斯出口产品。", ("KOR", "16", "RUS")),
    ("德国12日宣布暂停向以色列出口军事装备。", ("DEU", "16", "ISR")),
    # 集团军 is an army group, never a firm.
    ("俄罗斯第58集团军12日对乌克兰发动进攻。", ("RUS", "19", "UKR")),
]

_EN_ACTS = [
    ("A Japanese steelmaker sued the U.S. government on Tuesday over the blocked takeover.",
     ("JPN", "11", "USA")),
    ("Chinese companies halted purchases of U.S. farm products on Tuesday.", ("CHN", "16", "USA")),
    ("A U.S. chipmaker on Tuesday signed a supply deal with a Chinese carmaker.",
     ("USA", "05", "CHN")),
    ("A German carmaker sued the European Commission on Tuesday over the tariffs.",
     ("DEU", "11", "EEC")),
    # A name the state owns (State's Name) is its firm or body, the doer as its office is.
    ("Japan's Nippon Steel sued the U.S. government on Tuesday over the blocked takeover.",
     ("JPN", "11", "USA")),
    ("Russia's Gazprom halted gas supplies to Poland on Tuesday.", ("RUS", "16", "POL")),
    ("China's COSCO signed a deal with Greece on Tuesday to run a port.", ("CHN", "05", "GRC")),
]  # fmt: skip

#: A firm's commercial acts, and a firm acting on its own government: no event.
_ZH_NONE = [
    "美国一家芯片公司12日公布第二季度销售额大幅增长。",
    "美国多家企业12日起诉美国政府，要求退还已缴纳的关税。",
    "日本一家汽车公司12日在中国发布新款电动车。",
    "中国一家汽车企业12日向俄罗斯出口整车一万辆。",
]

_EN_NONE = [
    "A US chipmaker reported record quarterly sales on Tuesday.",
    "U.S. companies sued the U.S. government on Tuesday over tariffs.",
    # what a state owns in lower case is a thing, no doer
    "Japan's plan met international safety standards, the IAEA said on Tuesday.",
]


@pytest.mark.parametrize(("text", "act"), _ZH_ACTS)
def test_a_chinese_sentences_firm_acts_as_its_state(text, act):
    assert act in _zh(text)


@pytest.mark.parametrize(("text", "act"), _EN_ACTS)
def test_an_english_sentences_firm_acts_as_its_state(text, act):
    assert act in _en(text)


@pytest.mark.parametrize("text", _ZH_NONE)
def test_a_chinese_firms_commerce_or_home_suit_is_no_event(text):
    assert _zh(text) == []


@pytest.mark.parametrize("text", _EN_NONE)
def test_an_english_firms_commerce_or_home_suit_is_no_event(text):
    assert _en(text) == []


def test_firms_of_a_pair_signing_during_a_visit_agree_for_the_pair():
    text = "美国总统12日对中国进行国事访问，两国企业签署总额超过2500亿美元的经贸合作协议。"
    assert ("USA", "05", "CHN") in _zh(text)


def test_a_total_counted_up_is_still_no_act_of_the_day():
    assert _zh("本届美国政府向乌克兰提供的武器装备总计已超过193亿美元。") == []
