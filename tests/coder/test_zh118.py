"""Faults of the seventeenth round's integration check (eval/README.md, "Faults of the
seventeenth round's integration check", coder-zh118). Sentences of our own, not the gold's."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import triples

_DAY = date(2021, 6, 15)


def _dated(text: str) -> list[tuple[str | None, str, str | None, str]]:
    c = coding(Document(text, published=_DAY, kind="xwlb", source="xwlb"))
    return [(e.source_actor, e.code[:2], e.target_actor, e.date.isoformat()) for e in c.events]


_FRAMED = {
    # the frame's day dates the reproach; 近日 inside the words dates the act reproached
    "14日，伊朗外交部发言人表示，近日美国试图对伊朗重新实施制裁毫无法律依据，是非法的。": "2021-06-14",
    "伊朗外交部发言人14日表示，近日美国试图对伊朗重新实施制裁毫无法律依据，是非法的。": "2021-06-14",
    "14日，伊朗外交部发言人表示，美国近日试图对伊朗重新实施制裁毫无法律依据，是非法的。": "2021-06-14",
    # 近日 the speaker's own: the broadcast's day
    "伊朗外交部发言人近日表示，美国试图对伊朗重新实施制裁毫无法律依据，是非法的。": "2021-06-15",
}


@pytest.mark.parametrize(("text", "day"), _FRAMED.items())
def test_a_recent_time_inside_the_words_said_does_not_date_the_saying(text, day):
    found = [e for e in _dated(text) if e[:3] == ("IRNGOV", "11", "USA")]
    assert [e[3] for e in found] == [day]


def test_a_recent_act_the_speaker_reports_keeps_its_time():
    """巴方14日称，近日在拉法对以军发动伏击: the ambush told is of 近日, the broadcast's day."""
    found = [e for e in _dated("巴方14日称，近日在拉法对以军发动伏击。") if e[1] == "19"]
    assert [e[3] for e in found] == ["2021-06-15"]


_VISITS = {
    "伊朗方面14日表示，格罗西访问伊朗与美方试图重启制裁无关。": [("IAE", "042", "IRN")],
    "伊朗方面14日表示，格罗西访问伊朗同美国没有任何关系。": [("IAE", "042", "IRN")],
    "伊朗方面14日表示，格罗西访问伊朗跟美国毫无关系。": [("IAE", "042", "IRN")],
    # two states visited stay two
    "格罗西14日访问伊朗和美国。": [("IAE", "042", "IRN"), ("IAE", "042", "USA")],
    "王毅14日访问伊朗与埃及。": [("CHNGOV", "042", "IRN"), ("CHNGOV", "042", "EGY")],
}


@pytest.mark.parametrize(("text", "events"), _VISITS.items())
def test_what_a_visit_has_nothing_to_do_with_is_not_visited(code, text, events):
    c = code(text, _DAY, source="xwlb")
    assert [t for t in triples(c) if t[1] == "042"] == events


_ALLOWED = {
    "匈牙利外长14日呼吁欧盟允许乌使用西方武器打击俄境内。": [],
    "英国首相14日表示，应支持乌克兰使用西方提供的远程武器打击俄罗斯腹地。": [],
    "美国总统14日同意让乌克兰使用美国提供的武器打击俄罗斯境内目标。": [],
    "美国14日授权乌克兰使用美国远程武器打击俄罗斯纵深。": [],
    # strikes made stay
    "乌克兰14日使用美国提供的导弹打击俄罗斯境内目标。": [("UKR", "190", "RUS")],
    "在美国支持下，乌克兰14日使用西方武器打击俄罗斯境内目标。": [("UKR", "190", "RUS")],
}


@pytest.mark.parametrize(("text", "events"), _ALLOWED.items())
def test_a_strike_allowed_or_backed_is_no_strike(code, text, events):
    c = code(text, _DAY, source="xwlb")
    assert [t for t in triples(c) if t[1][:2] in ("18", "19", "20")] == events


def test_an_appeal_to_allow_a_strike_stays_an_appeal(code):
    c = code("匈牙利外长14日呼吁欧盟允许乌使用西方武器打击俄境内。", _DAY, source="xwlb")
    assert ("HUNGOV", "020", "EEC") in triples(c)
