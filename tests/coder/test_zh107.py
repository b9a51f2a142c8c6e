"""The wrong classes of the sixteenth round's third hand check (eval/README.md, "The wrong
classes of the sixteenth round's third hand check", coder-zh107). Sentences of our own, not
the gold's."""

from datetime import date

import pytest


def _triples(c):
    return sorted((e.source_actor, e.code, e.target_actor) for e in c.events)


_FRAMES = {
    # 在 X 的支援下 frames the subject's act: X helps the subject, not the object after it
    "俄国防部10日称，顿涅茨克武装在俄军的支援下突破乌军防线。": [],
    "俄國防部10日稱，頓涅茨克武裝在俄軍的支援下突破烏軍防線。": [],
    # with no subject before the frame the actor after it is the one helped, kept
    "俄罗斯支援乌克兰。": [("RUS", "051", "UKR")],
}


@pytest.mark.parametrize(("text", "triples"), _FRAMES.items())
def test_a_support_frame_helps_its_subject(code, text, triples):
    assert [t for t in _triples(code(text, date(2022, 5, 11))) if t[1] == "051"] == triples


_TOPICS = {
    "联合国、非洲联盟和东非政府间发展组织三方代表2日召开苏丹危机扩大机制会议。": [],
    "聯合國、非洲聯盟和東非政府間發展組織三方代表2日召開蘇丹危機擴大機制會議。": [],
    "俄罗斯、土耳其和伊朗三国外长举行会谈。": [
        ("RUS", "040", "IRN"),
        ("RUS", "040", "TUR"),
        ("TUR", "040", "IRN"),
    ],
}


@pytest.mark.parametrize(("text", "triples"), _TOPICS.items())
def test_a_state_in_a_meetings_name_is_its_topic(code, text, triples):
    assert [t for t in _triples(code(text, date(2023, 5, 3))) if t[1] == "040"] == triples


_TELLERS = {
    "南苏丹外交部2日表示，苏丹武装部队和快速支援部队原则上同意停火并展开谈判。": [],
    "美国国务院说，阿富汗政府与塔利班在多哈举行谈判。": [],
    # the sides of two states keep their pair
    "俄罗斯外交部表示，俄罗斯同乌克兰举行谈判。": [("RUS", "046", "UKR")],
}


@pytest.mark.parametrize(("text", "triples"), _TELLERS.items())
def test_the_teller_of_one_states_talks_is_no_party(code, text, triples):
    got = [t for t in _triples(code(text, date(2023, 5, 3))) if t[1] == "046"]
    assert [(s[:3], k, t[:3]) for s, k, t in got] == triples


_PRAISED = {
    # the praised state's conduct hoped for is the praiser's appeal, not the praised's intent
    "中方赞赏法方坚持战略自主，希望法方推动欧盟同中方相向而行，深化合作。": [],
    "中方讚賞法方堅持戰略自主，希望法方推動歐盟同中方相向而行，深化合作。": [],
    # the praised state's own intent after the comma, kept
    "中方赞赏法方坚持战略自主，法方愿同中方深化合作。": [("FRA", "030", "CHN")],
}


@pytest.mark.parametrize(("text", "triples"), _PRAISED.items())
def test_the_praised_is_not_the_doer_of_the_hope_after(code, text, triples):
    got = [t for t in _triples(code(text, date(2022, 5, 11))) if t[1] == "030" and t[0] == "FRA"]
    assert got == triples
