"""The wrong events the twentieth round's helpers left on free CCTV text (coder-zh143): an act
called illegal is the doer's, not the victim's after 对 or 占领; the held a detention describes
(其扣押的…人员) are no arrest; 打击 opening a coalition's name strikes no one; an air defence
whose subject slot reached back to the state an earlier strike was aimed at has no known
doer; citizens who come to China under a visa rule make no visit of their state. Our own
sentences, as items of a broadcast of 15 June 2024, with the near forms that
must still fire."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

DAY = date(2024, 6, 15)

#: Sentences and an act each must hold.
_KEPT = acts_table("""
# the doer of the illegal act is criticised, by the speaker or the one in force
CUB 11 USA  古巴外交部长14日表示，古巴反对外国军舰驶入。他重申，美国占领古巴领土是非法的。
IRN 11 USA  伊朗外长表示，美国借协议对伊朗进行制裁是非法的。
# an act called illegal with no victim named: the state before it, as before
RUS 11 EEC  俄罗斯央行当天指责欧盟的相关计划是非法的。
# a release, and an arrest told as the day's act
PSE 08 ISR  哈马斯当天释放了5名其扣押的以色列人员。
ISR 17 PSE  以色列军队当天扣押了20名巴勒斯坦人。
# a strike told with its doer and object
RUS 19 UKR  俄军对乌克兰军用机场进行打击。
RUS 19 UKR  俄罗斯国防部称，俄军对乌方军用机场等军事目标进行打击，俄防空系统击落83架无人机。
IRQ 19 TUR  伊拉克军队打击土耳其军队。
# the state struck defends itself with its own short form's defence
SYR 19 ISR  以色列军方称，以军对叙利亚首都周边地点发动袭击，叙防空系统实施拦截。
# a leader's visit
THA 04 CHN  泰国总理当天来华访问。
""")


@pytest.mark.parametrize("text, acts", _KEPT)
def test_the_act_is_coded(text: str, acts: set[tuple[str, ...]]) -> None:
    assert acts <= broadcast(text, DAY)


#: Sentences and an act none of them may hold.
_GONE = acts_table("""
# the victim of the illegal act is not the one criticised
USA 11 CUB  古巴外交部长14日表示，古巴反对外国军舰驶入。他重申，美国占领古巴领土是非法的。
IRN 11 IRN  伊朗外长表示，美国借协议对伊朗进行制裁是非法的。
# the held, described, are no arrest of the day
PSE 17 ISR  哈马斯当天释放了5名其扣押的以色列人员。
# a coalition's name
IRQ 19 FRA  撤军涉及参与培训伊拉克部队和在打击极端组织国际联盟参谋部工作的100多名法军士兵。
# the state struck by an earlier act is no defender
UKR 19 RUS  俄罗斯国防部称，俄军对乌方军用机场等军事目标进行打击，俄防空系统击落83架无人机。
# citizens coming under a visa rule make no visit of their state
THA 04 CHN  自即日起，泰国公民可适用过境免签政策便捷来华。
""")


@pytest.mark.parametrize("text, acts", _GONE)
def test_no_such_act(text: str, acts: set[tuple[str, ...]]) -> None:
    assert not acts & broadcast(text, DAY)
