"""Force whose own clause names only its doer is used where an earlier clause of its sentence
set the scene (``coder/zh_scene.py``). Our own sentences, read as items of a broadcast of 14
August 2025 (``broadcast``)."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2025, 8, 14)


#: Our sentences, each with the act its scene gives: a place in a frame clause before the
#: doer's own, or the state whose land the doer entered in the clause before.
SCENES = {
    "另据当地媒体报道，在哈尔科夫以北方向，俄罗斯军队正在推进。": ("RUS", "19", "UKR"),
    "以色列国防军12日称，在加沙地带南部，以军继续推进。": ("ISR", "19", "PSE"),
    "俄方12日表示，俄军士兵已越过边界，进入了乌克兰领土，俄军正沿战线推进。": ("RUS", "19", "UKR"),
}


@pytest.mark.parametrize("text", sorted(SCENES))
def test_force_is_used_where_an_earlier_clause_set_the_scene(text):
    assert SCENES[text] in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        # the one who tells of the act (its speech verb before the act's clause) is no scene
        "美国媒体12日报道称，以军正在推进。",
        # a clause that opens with another actor than the doer is not the doer's alone
        "在哈尔科夫以北方向，乌军称俄罗斯军队正在推进。",
        # no place or state named before: nowhere to take the scene from
        "俄罗斯国防部12日称，俄军正在推进。",
    ],
)
def test_no_scene_from_a_speaker_a_crowded_clause_or_nothing(text):
    assert not {a for a in broadcast(text, D) if a[1] == "19"}
