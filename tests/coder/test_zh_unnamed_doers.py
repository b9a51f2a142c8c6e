"""A deed a speaker tells with a subject that names no state (西方, 西方国家, 一些国家) is that
group's, not the speaker's (coder/zh_unnamed_doers.py). Our own sentences, read as items of a
broadcast of 12 March 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("匈牙利外长11日表示，西方国家向乌克兰提供武器只会延长冲突。", "HUN"),
        ("俄罗斯总统新闻秘书11日说，西方向乌克兰提供各种武器，这将使局势升级。", "RUS"),
        ("白俄罗斯外长称，西方正计划向立陶宛提供远程导弹。", "BLR"),
        ("伊朗外交部发言人表示，一些国家向以色列提供武器，助长了加沙的暴力。", "IRN"),
        # a headline's colon after its speaker
        ("匈外长：西方向乌提供武器无助于和平", "HUN"),
    ],
)
def test_the_speaker_is_not_the_doer_of_an_unnamed_groups_deed(text, speaker):
    assert not {a for a in broadcast(text, D) if a[0] == speaker and a[1] in ("03", "07")}
