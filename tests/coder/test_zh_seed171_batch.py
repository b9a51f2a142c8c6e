"""What the seed-171 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong in war reports: a second strike told after a comma (…对以色列军事目标实施
打击，并打击美国…航母) was given to the state struck in the clause before, the object after 对,
instead of the sentence's doer. Our own sentences, as items of a broadcast of 12 March 2025."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 3, 12)


def _force(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == "19"}


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "伊朗革命卫队12日称，该部队使用导弹对以色列军事基地实施打击，并打击了美国一艘驱逐舰。",
            ("IRN", "USA"),
            ("ISR", "USA"),
        ),
        # the second act's object a place (the rule reads its target there)
        (
            "也门胡塞武装12日称，该武装在红海对英国一艘军舰发动了袭击，11日还出动无人机袭击了以色列埃拉特的目标。",
            ("YEM", "ISR"),
            ("GBR", "ISR"),
        ),
    ],
)
def test_object_after_dui_is_not_the_next_clauses_striker(text, right, wrong):
    coded = _force(text)
    assert right in coded
    assert wrong not in coded


def test_an_act_without_its_own_object_keeps_out_of_it():
    # no object after the verb: the target would be sought elsewhere (the weapon's maker)
    text = (
        "乌方还称，使用英国导弹对俄境内的军事设施实施精确打击，并将持续使用此类武器进行远程打击。"
    )
    assert ("UKR", "GBR") not in _force(text)
