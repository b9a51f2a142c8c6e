"""A bloc's retaliation promised by a member's official is that state's threat
(``zh_bloc_threats``; eval/README.md "Dev misses by construction"); the sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 他强调，否则欧盟将会…: the minister who spoke before threatens, for his state
        (
            "德国财政部长12日表示，美欧关税协议必须公平。他强调，否则欧盟将会对美国采取反制措施。",
            [("DEU", "USA")],
        ),
        # the bloc's own voice keeps the threat the bloc's
        (
            "欧盟委员会发言人12日表示，美欧关税协议必须公平，否则欧盟将会对美国采取反制措施。",
            [("EEC", "USA")],
        ),
    ],
)
def test_the_blocs_threat_is_its_speakers(text, expected):
    assert _roots(text, "13") == expected


def test_an_outsiders_official_reports_the_blocs_threat():
    """A state outside the bloc that speaks of its threat makes none."""
    text = "俄罗斯外长12日表示，美欧关税协议必须公平，否则欧盟将会对美国采取反制措施。"
    assert ("RUS", "USA") not in _roots(text, "13")
