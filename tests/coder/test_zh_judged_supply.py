"""A state's arms or aid to a third that a speaker says escalates or prolongs the war, or calls
dangerous or wrong, is his criticism of that state, the supply only its object
(``zh.111.said_supply_harmful``). Our own sentences, read as items of a broadcast of 12 March
2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "俄罗斯外长11日表示，英国持续向乌克兰提供远程导弹，将导致局势升级。",
            ("RUS", "11", "GBR"),
        ),
        ("白俄罗斯总统11日说，美国向乌克兰提供坦克只会延长冲突。", ("BLR", "11", "USA")),
        (
            "俄罗斯外交部发言人11日称，德国恢复向乌克兰提供武器，无助于政治解决危机。",
            ("RUS", "11", "DEU"),
        ),
    ],
)
def test_supply_judged_harmful_is_criticism_of_the_supplier(text, act):
    found = broadcast(text, D)
    assert act in found
    assert not {a for a in found if a[1] == "07"}
