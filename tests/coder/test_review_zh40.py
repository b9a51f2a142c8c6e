"""Misfires of the nineteenth round's new Chinese rules found by probing them (review-zh40),
mended at their construction: a consensus of the participants of a gathering the item's lead
tells as held is the day's, not recalled; a threat a state faces is no act of its own; ties of
two others one is open to are no intent of one's own; a regret is told in the clause of its 对;
where wanted persons are is not whose they are; a warning of a craft to be downed is no
downing; a strike done to what 针对 names is no act answered; a dated strike with its toll in a
war's round is the day's. Our own sentences, as items of a broadcast of 3 May 2024, with the
near forms that must still fire."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

DAY = date(2024, 5, 3)

#: Sentences and an act each must hold.
_KEPT = acts_table("""
# the participants of a gathering the lead tells as held reach a consensus on the day
CHN 01 USA  中美经贸高层会谈在瑞士日内瓦举行。国务院副总理何立峰与美国财政部长贝森特就双边经贸问题达成重要共识。
CHN 01 RUS  中俄总理定期会晤在莫斯科举行。李强同米舒斯京就深化务实合作达成广泛共识。
CHN 01 JPN  中日韩领导人会议在首尔召开。李强同日本首相石破茂就推进三国合作达成共识。
# ties with a named state one is open to
ISR 03 LBN  以色列对与黎巴嫩建立外交关系持开放态度。
SAU 03 ISR  沙特王储表示，沙特对今后与以色列建立外交关系持开放态度。
# a threat another state makes, judged
FIN 11 RUS  芬兰总统表示，俄罗斯的威胁令人不安。
# a warrant against another state's officials
RUS 17 EST  俄罗斯内务部对爱沙尼亚总理发布通缉令。
# a sanction done to what 针对 names
CHN 16 USA  中方决定，针对美国军工企业实施制裁，冻结其在华资产。
# one dated strike and its toll, in a war's round
ISR 19 PSE  本轮冲突中，以军5月1日空袭加沙城一所学校已造成至少20人死亡。
ISR 19 PSE  本轮冲突中，以军当天空袭加沙城一所学校已造成至少20人死亡。
# a craft told before, downed
IRN 19 USA  一架美军无人机进入伊朗领空。伊方将其击落。
""")


@pytest.mark.parametrize("text, acts", _KEPT)
def test_the_rules_reach_stands(text: str, acts: set[tuple[str, ...]]) -> None:
    assert acts <= broadcast(text, DAY)


#: Sentences and an act none of them may hold.
_GONE = acts_table("""
# a consensus recalled in another official's item, the rule's own case, stays gone
CHN 01 MYS  韩正会见马来西亚总理安瓦尔。韩正表示，习近平主席同总理先生就构建中马命运共同体达成重要共识。
# a threat a state faces is no act of that state
TUR 11 SYR  土耳其外长表示，叙利亚面临的安全威胁令人担忧。
RUS 11 UKR  俄罗斯外长表示，乌克兰面临的威胁令人遗憾。
# ties between two others
USA 03 SAU  美国总统表示，对以色列同沙特建立外交关系持开放态度。
USA 03 ISR  美国对以色列与沙特建交持开放态度。
# where the wanted persons are
CHN 17 GBR  香港警方对身处英国、美国的19名反中乱港分子发出通缉令并悬红。
CHN 17 USA  香港警方对多名逃往美国的反中乱港分子发出通缉令。
CHN 17 GBR  香港警方对潜逃至英国的反中乱港分子发出通缉令。
# a warning of what will be done
IRN 19 USA  伊朗警告称，任何侵犯其领空的美国无人机，伊方都将把它击落。
# the sum of a war's round, no act of the day
ISR 19 LBN  新一轮冲突中，以军空袭黎巴嫩南部已造成上千人死亡。
""")


@pytest.mark.parametrize("text, acts", _GONE)
def test_a_misfire_stays_gone(text: str, acts: set[tuple[str, ...]]) -> None:
    assert not acts & broadcast(text, DAY)


def _apologies(text: str) -> set[tuple[str, str]]:
    """(source country, target country) of ``text``'s apologies (055: 051 shares the root)."""
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {((e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in c.events
            if e.code == "055"}  # fmt: skip


def test_thanks_in_one_clause_lend_no_regret_to_the_thanked() -> None:
    text = "以色列对美国的斡旋表示感谢，并对误炸加沙平民表示歉意。"
    assert ("ISR", "USA") not in _apologies(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("日本首相对韩国民众表示歉意，并对中国表示感谢。", ("JPN", "KOR")),
        ("普京对阿塞拜疆航空公司客机在俄罗斯领空发生的悲剧性事件表示歉意。", ("RUS", "AZE")),
    ],
)
def test_a_regret_in_the_clause_of_its_object_stands(text: str, pair: tuple[str, str]) -> None:
    assert pair in _apologies(text)
