"""Fighters that intercept or escort another state's military aircraft with nothing fired show
force toward that state (150, eval/README.md "Aircraft met in the air"): the strike rules'
matches on a manned or watching aircraft intercepted are recoded, and 伴飞 is read in its own
rule, active and passive; an escort of a guest's plane (护航) and missiles, drones or aircraft
shot down stay as they were. Our own sentences."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots, _rows

#: The show of force the sentence tells: root, source, target and our own sentence.
_SHOWN = r"""
15 RUS USA 俄罗斯国防部12日称，俄军战机当天在黑海上空拦截了两架美国战略轰炸机。
15 RUS GBR 俄罗斯南部军区的战机12日升空拦截了3架英国军机，并对其进行了伴飞。
15 RUS USA 俄方12日称，俄军一架战机在日本海上空拦截了一架美军无人侦察机。
15 RUS USA 俄罗斯国防部12日称，一架俄军苏-35战机对美军侦察机进行伴飞。
15 NOR RUS 俄罗斯国防部12日称，俄军两架反潜机当天在挪威海上空执行飞行任务，其间遭到挪威战机伴飞。
"""

#: No show of force of the pair: what was fired is struck, a guest's plane is honoured.
_NOT_SHOWN = r"""
15 RUS UKR 俄罗斯防空部队12日拦截并击落了4架乌克兰战机。
15 ISR YEM 以色列军方12日拦截了一枚从也门发射的导弹。
15 RUS UKR 俄罗斯国防部12日称，俄军拦截了30架乌克兰无人机。
15 SRB CHN 中国国家主席乘坐的专机12日进入塞尔维亚领空后，塞尔维亚两架空军战机升空护航。
"""


_CASES = [(*row, True) for row in _rows(_SHOWN)] + [(*row, False) for row in _rows(_NOT_SHOWN)]


@pytest.mark.parametrize(("text", "root", "pair", "shown"), _CASES)
def test_aircraft_met_show_force_toward_their_state(text, root, pair, shown):
    """Each sentence of ``_SHOWN`` shows force toward the aircraft's state; none of
    ``_NOT_SHOWN`` does."""
    assert (pair in _roots(text, root)) is shown


def test_an_aircraft_shot_down_stays_force():
    assert ("RUS", "UKR") in _roots("俄罗斯防空部队12日拦截并击落了4架乌克兰战机。", "19")
