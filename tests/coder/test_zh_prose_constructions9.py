"""Constructions of analysts' prose found by the eighth prose batch (eval/README.md, 2001-2008):
the short name a president of that decade went by in both scripts (布希, 布什), the chairman of
the NPC of the decade, and the dates of narrative text the batch was written for."""

from datetime import date

import pytest

from tests.coder.conftest import countries

NAMES = [
    # Taiwan's and the mainland's short names for the president of 2001-2009
    (
        "布希 11 月 19 日至 21 日訪問北京，20 日與胡錦濤會談。",
        date(2006, 1, 20),
        ("USA", "04", "CHN"),
    ),
    ("10 月 19 日，江泽民在上海会见布什。", date(2002, 1, 20), ("CHN", "04", "USA")),
    # the chairman of the NPC Standing Committee of 2003-2013
    ("10 月底，吴邦国访问朝鲜，30 日同金正日会谈。", date(2004, 1, 15), ("CHN", "04", "PRK")),
    ("10 月底，吳邦國訪問北韓，30 日與金正日會談。", date(2004, 1, 15), ("CHN", "04", "PRK")),
]


@pytest.mark.parametrize(("text", "day", "told"), NAMES)
def test_a_leader_of_the_decade_is_his_state(code, text, day, told):
    assert told in countries(code(text, day, genre="narrative"))
