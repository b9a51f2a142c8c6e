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


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("一旦以色列对伊朗发动袭击，伊朗将予以回击。", ("IRN", "13", "ISR")),
        ("如果哈马斯拒绝释放人质，以色列将采取军事行动。", ("ISR", "13", "PSE")),
        ("若日本武力介入台海，中方将坚决行使自卫权。", ("CHN", "13", "JPN")),
    ],
)
def test_with_no_speaker_the_consequents_subject_threatens(text, event):
    """如果 X …，Y 将 + force, with no speaker: Y threatens X (not the home state), and a
    rebuff promised so (予以回击) is no rebuttal done."""
    got = broadcast(text, DAY)
    assert event in got
    assert not any(r == "11" for _, r, _ in got)
    assert event[0] == "CHN" or not any(s == "CHN" for s, _, _ in got)
