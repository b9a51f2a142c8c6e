"""What the seed-172 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, each class mended by a rule about its construction: a war launched that is
named by the state it was waged on (2001年，美国发动阿富汗战争) is force on that state in the year
the sentence gives it, and recited without a year it is background; a state a speaker says
obstructs, even for years (多年来阻碍), is the speaker's accusation of the day; and who speaks
after attending an organisation's meeting (在参加欧佩克…会议后表示) is the attendee. Our own
sentences, as items of a broadcast of 16 August 2021."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document

DAY = date(2021, 8, 16)


def _events(text: str, roots: tuple[str, ...]) -> set[tuple[str, str, str]]:
    events = code_document(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {
        (e.source_actor[:3], e.target_actor[:3], e.date.isoformat())
        for e in events
        if e.root in roots and e.source_actor and e.target_actor
    }


FORCE, ACC = ("19",), ("11", "12")
D15 = "2021-08-15"

#: Each sentence, the roots read, and the event it tells (source, target, date), or the target
#: no event of those roots may have: a war recited with no year, an anniversary, a war told as
#: the object of a criticism; a sufferer inside a noun phrase, a recipient after 向, an
#: accusation only recalled.
CASES = [
    ("20年前，美国发动了阿富汗战争，推翻了塔利班政权。", FORCE, ("USA", "AFG", "2001-01-01")),
    (
        "美国2001年以反恐为名发动阿富汗战争，阿富汗局势持续动荡。",
        FORCE,
        ("USA", "AFG", "2001-01-01"),
    ),
    (
        "2003年3月20日，美国悍然发动伊拉克战争，导致大量平民死亡。",
        FORCE,
        ("USA", "IRQ", "2003-03-20"),
    ),
    (
        "阿富汗前总统近日批评美国发动阿富汗战争以及在阿富汗长期的军事存在没有带来稳定。",
        FORCE,
        "AFG",
    ),
    ("美国发动阿富汗战争后，大量阿富汗人沦为难民。", FORCE, "AFG"),
    ("10月7日是美国发动阿富汗战争20周年。", FORCE, "AFG"),
    ("伊方15日称，美国的过分要求阻碍了协议的达成。", ACC, ("IRN", "USA", D15)),
    (
        "俄罗斯驻美国大使15日指出，美国自始至终都在阻碍俄欧能源合作。",
        ACC,
        ("RUS", "USA", D15),
    ),
    ("伊朗外长15日表示，美国多年来阻碍伊朗出口石油。", ACC, ("IRN", "USA", D15)),
    (
        "伊朗石油部长15日在参加欧佩克等国会议后表示，美国多年来阻碍伊朗出口石油。",
        ACC,
        ("IRN", "USA", D15),
    ),
    ("中方15日指出，单边强制措施已经成为叙利亚重振经济的最主要阻碍。", ACC, "SYR"),
    ("俄罗斯15日表示，西方向乌克兰提供武器阻碍局势的调解。", ACC, "UKR"),
    ("俄罗斯方面此前曾表示，美国多年来阻碍俄欧能源合作。", ACC, "USA"),
]


@pytest.mark.parametrize(("text", "roots", "expected"), CASES)
def test_each_construction_of_the_batch(text, roots, expected):
    found = _events(text, roots)
    if isinstance(expected, str):
        assert not {e for e in found if e[1] == expected}
    else:
        assert expected in found
