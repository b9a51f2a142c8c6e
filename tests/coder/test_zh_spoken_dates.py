"""What a speaker says about a thing 近日 or 日前 dates (…近日遭到的网络袭击是由…发动的) is said on
his day, not on the broadcast's: the date names when the thing came about
(``event_dates._THING_DATED``). Our own sentences, read as items of a broadcast of 12 March
2024."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document

D = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "叙利亚外长10日表示，炼油厂近日遭到的无人机袭击是由以色列发动的。",
            ("SYR", "ISR", "112"),
        ),
        (
            "乌克兰外长10日称，首都近日遭到的导弹袭击是由俄罗斯发动的。",
            ("UKR", "RUS", "112"),
        ),
    ],
)
def test_words_about_a_thing_dated_recently_keep_the_speakers_day(text, act):
    events = code_document(Document(text, published=D, kind="xwlb", source="xwlb"))
    days = {
        e.date
        for e in events
        if (e.source_actor[:3], e.target_actor[:3], e.code[:2]) == (act[0], act[1], act[2][:2])
    }
    assert days == {date(2024, 3, 10)}
