"""A clause after a reaction, its subject elided and no 并 before it, that opens with 宣布 or
决定 (coder-zh93, eval/README.md "Faults of the fifteenth round's integration check" (e)): the
reactor's own further act, done, not an object of the reaction."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 4, 6)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("阿根廷政府对此强烈谴责，宣布与委内瑞拉断绝外交关系。", ("ARG", "16", "VEN")),
        ("秘鲁对此表示抗议，当天宣布召回驻墨西哥大使。", ("PER", "16", "MEX")),
        ("俄方批评日方的做法，决定对日本官员实施入境禁令。", ("RUS", "16", "JPN")),
    ],
)
def test_an_act_announced_after_a_reaction_without_bing_is_done(text, act):
    assert act in broadcast(text, D)


def test_a_demand_going_on_after_a_comma_is_still_asked_for():
    """Only 宣布 or 决定 opens the doer's own clause: the demand's content goes on otherwise."""
    found = broadcast("美国要求欧盟保持克制，对伊朗实施制裁。", D)
    assert not {a for a in found if a[1] == "16"}
