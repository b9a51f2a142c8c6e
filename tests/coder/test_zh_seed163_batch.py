"""What the seed-163 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction: conduct a speaker
says can only prolong or inflame things is criticised (只会延长|激化|恶化|升级), a state's advice
to its own nationals to leave a place demands nothing of any state, and 北马方 is North
Macedonia's side, not Malaysia's. Our own sentences, as items of a broadcast of 12 March 2025."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        ("俄驻美大使11日称，美方行为只会延长冲突。", {("RUS", "USA")}),
        ("佩斯科夫11日表示，英国的做法只会激化矛盾。", {("RUS", "GBR")}),
        ("伊朗外长11日说，以色列的行径只会升级冲突。", {("IRN", "ISR")}),
    ],
)
def test_conduct_said_only_to_prolong_or_inflame_is_criticised(text, criticised):
    assert {(s, t) for s, r, t in broadcast(text, DAY) if r == "11"} == criticised


@pytest.mark.parametrize(
    "text",
    [
        # a state named before lent no one to advise the Americans
        "黎巴嫩总理11日取消前往纽约的行程。他说，当前最重要的是阻止以色列发动战争。"
        "美国国务院11日发布旅行警告，敦促美国公民离开黎巴嫩。",
        "印尼外长11日访问基辅。美国驻乌克兰大使馆11日发布安全警告，敦促美国公民不要前往乌克兰。",
    ],
)
def test_advice_to_own_nationals_is_no_demand(text):
    assert not [r for s, r, t in broadcast(text, DAY) if r == "10"]


def test_bei_ma_fang_is_north_macedonia():
    events = broadcast("彭达罗夫斯基表示，北马方愿同中方加强合作。", DAY)
    assert ("MKD", "03", "CHN") in set(events)
    assert not [s for s, r, t in events if s == "MYS"]


@pytest.mark.parametrize(
    "text",
    [
        "阿拉伯国家联盟11日在开罗召开外长级特别会议。会议发表的公报指出，以色列必须立即停止在加沙地带的军事行动。",
        "海湾国家11日举行峰会。峰会通过的宣言强调，伊朗必须停止干涉地区国家内政。",
    ],
)
def test_a_communique_a_gathering_issued_is_not_the_home_states_voice(text):
    assert not [s for s, r, t in broadcast(text, DAY) if s == "CHN"]


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        ("黎巴嫩总理11日说，当前最重要的是制止以色列的屠杀。", {("LBN", "ISR")}),
        ("胡塞武装领导人11日说，将支持黎巴嫩抵抗以色列侵略。", {("YEM", "ISR")}),
        # history's invaders, and unnamed states' ministers: no criticism of the day
        ("王沪宁11日表示，中国人民奋起抵抗日本侵略者。", set()),
        ("中东国家外长11日呼吁制止以色列侵略加沙。", set()),
    ],
)
def test_calling_to_stop_anothers_aggression_criticises_it(text, criticised):
    assert {(s, t) for s, r, t in broadcast(text, DAY) if r == "11"} == criticised
