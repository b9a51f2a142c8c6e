"""Judgements a speaker states without a verb of criticism or praise (issue 10; the anatomy of
the ``xwlb_docs`` misses in eval/README.md): another state's act the speaker finds wrong or
ruinous is his criticism of its owner, another state he says sets an example is his praise,
a price or a response he says a state will meet his threat to it (coder-zh115).
The sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast, countries

D = date(2023, 5, 10)

JUDGED = """
# an act found without basis in law, harmful to sovereignty or peace, or doomed
PHL 11 VNM  菲律宾外交部10日称，越南在南海的主权主张没有国际法依据。
IRQ 11 TUR  伊拉克外长10日表示，土耳其在伊拉克北部的军事存在严重破坏伊拉克主权。
PRK 11 USA  朝鲜外务省发言人10日说，美国的对朝政策注定失败。
# (the act's doer is before 对, not the state it falls on)
IRQ 11 TUR  伊拉克外长表示，土耳其对伊拉克北部的军事行动严重破坏伊拉克主权。
# an act warned to bring ruin
SRB 11 EEC  塞尔维亚总统10日表示，欧盟对塞尔维亚能源企业的制裁将导致地区局势动荡。
# an act named by 这一 or 该: the state named before the speaker, else the sentence before's
EEC 11 USA  美国新法案向本国企业提供高额补贴，欧盟方面认为这一政策涉嫌贸易保护主义。
JPN 16 KOR; KOR 11 JPN  日本10日宣布对韩国实施出口管制。韩国外交部表示，该措施无助于两国关系发展。
# (a judgement inside a criticism the sentence tells is part of it: one act, on the doer)
GBR 11 USA  美国总统10日签署入境禁令。英国首相当天对禁令提出批评，认为这一做法无益于全球反恐。
# harm blamed on an act as done accuses its owner; a damage ascribed to a state too
IRN 11 USA  伊朗外长10日表示，美国对伊朗的制裁导致伊朗平民伤亡。
SYR 11 ISR  叙利亚外长10日称，大马士革一处电站受损是以色列空袭造成的。
# a word that holds an unless word but means otherwise stops no rule (不可避免 is no 避免)
ITA 11 USA  意大利外长10日表示，美国沉迷贸易保护主义会不可避免地导致全球经济衰退。
# a stance or scheme the speaker in force calls doomed; a threat said to persist
CHN 11 TWN  国台办发言人10日表示，两岸同属一个中国。民进党当局顽固坚持“台独”立场，注定失败。
RUS 11 NAT  俄罗斯外长10日表示，尽管北约承诺对话，但北约在东欧的军事威胁仍然存在。
# an act whose aim the speaker says is a schemer's; a scheme in a clause going on with the
# subject of the clause before
KOR 11 PRK  韩国国防部10日称，朝方此举目的是挑拨韩美关系。
CUB 11 USA  古巴外长10日表示，美国对古巴实施封锁，与此同时，企图在古巴国内制造动荡。
# a state said to set an example, in the sentence after its speaker's
FJI 05 CHN  斐济总理10日表示，中国在减贫方面为发展中国家树立了榜样。
FJI 05 CHN  斐济总理10日表示，斐中友谊源远流长。中国在减贫方面为发展中国家树立了榜样。
# by lexicon (coder-zh115): an act called a breach of law, unacceptable, dangerous or unlawful
DEU 11 USA  德国政府发言人10日表示，美国的做法不符合国际法。
HUN 11 USA  匈牙利外长10日称，美国的相关决定是极其危险的举动。
RUS 11 JPN  俄罗斯外交部发言人10日表示，日本首相的涉台言论非常危险。
SYR 11 USA  叙利亚外长10日表示，美国在叙利亚的军事存在违反国际法。
ZAF 11 ISR  南非政府10日说，以色列轰炸加沙地带医院的做法令人失望。
# a price, a punishment or a response a state will meet is a threat to it
PSE 13 ISR  巴勒斯坦外长10日表示，以色列将付出沉重代价。
IRN 13 ISR  伊朗外长10日警告称，以色列任何冒险行为都将面临伊朗严厉回应。
ISR 13 YEM  以色列国防部长10日称，也门将为此付出惨重代价。
"""

#: Root 11, 13 or 05 must not be found: negated, conditional, asked, an act the judged state only
#: suffered, unnamed voices, the narrator's own words with no speaker before them or in force,
#: a kind response, the speaker's own state, a word inside another (非法补贴).
NOT_JUDGED = """
11  菲律宾外交部10日称，越南的主权主张并非没有国际法依据。
11  菲律宾外交部10日称，如果越南的这一主张得到承认，将严重损害地区稳定。
11  记者10日问，越南的政策是否严重破坏地区和平。
11  伊拉克外长10日表示，伊拉克遭到的制裁严重损害了伊拉克人民的利益。
11  意大利外长10日表示，美国应避免奉行贸易保护主义。
11  有专家10日表示，美国的关税政策将导致全球经济衰退。
05  俄罗斯在抗疫方面为各国树立了榜样。
11  民进党当局顽固坚持“台独”立场，注定失败。
11  中国通过了一项法律。俄罗斯外交部表示，该法有助于地区稳定。
11  有专家10日表示，美国的做法不符合国际法。
11  世贸组织10日认为，美欧双方均存在非法补贴问题。
13  有分析人士10日表示，以色列将付出沉重代价。
13  伊朗外长10日表示，伊朗的合理关切将得到积极回应。
13  以色列国防部长10日表示，攻击以色列的人将为此付出沉重代价。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(JUDGED))
def test_a_judgement_stated_is_the_speakers_act(text, acts):
    assert broadcast(text, D) == acts


@pytest.mark.parametrize("row", NOT_JUDGED.strip().splitlines())
def test_no_judgement_of_another_state_is_no_event(row):
    root, text = row.split("  ", 1)
    assert root not in {r for _, r, _ in broadcast(text, D)}


def test_the_host_of_the_occasion_is_not_the_speaker():
    found = broadcast(
        "古巴外长10日在参加墨西哥主办的地区论坛时表示，美国对古巴实施的封锁导致古巴经济损失数十亿美元。",
        D,
    )
    assert ("CUB", "11", "USA") in found
    assert ("MEX", "11", "USA") not in found


def test_a_judgement_beside_a_summons_is_part_of_it():
    """One speaker's summons and the judgement he gives with it are one root-11 act."""
    text = "日本10日宣布对韩国实施出口管制。韩国外交部当天召见了日本大使，认为这一决定严重损害两国关系。"
    found = countries(coding(Document(text, published=D, kind="xwlb", source="xwlb")))
    assert found.count(("KOR", "11", "JPN")) == 1
