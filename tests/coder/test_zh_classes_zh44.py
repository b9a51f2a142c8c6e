"""Classes noticed in last round's checks of Chinese output (coder-zh44), each fixed as a rule
about its construction; the sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 3, 16)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("乌克兰外交部14日召见俄驻乌克兰临时代办，提出强烈抗议。", ("UKR", "11", "RUS")),
        ("乌克兰外交部14日召见俄驻乌大使，提出强烈抗议。", ("UKR", "11", "RUS")),
        ("韩国外交部14日召见日驻韩国大使，提出抗议。", ("KOR", "11", "JPN")),
    ],
)
def test_a_short_form_before_驻_and_its_host_is_the_envoys_state(text, event):
    """X驻Y + envoy with X a short form (俄, 日) and Y the host, in full or short: the envoy is
    X's, as with 俄罗斯驻乌克兰大使, never Y's."""
    got = broadcast(text, DAY)
    assert event in got
    assert not any(s == t for s, _, t in got)
