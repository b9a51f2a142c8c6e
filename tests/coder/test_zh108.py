"""Misses of the sixteenth round's third hand check, seed 184 (eval/README.md, "The misses of
the sixteenth round's third hand check", coder-zh108). Sentences of our own, not the gold's."""

from datetime import date

import pytest

_LAID = {
    "外交部发言人表示，中方将采取必要措施，由此产生的一切后果由美日承担。": {"USA", "JPN"},
    "外交部發言人表示，中方將採取必要措施，由此產生的一切後果由美日承擔。": {"USA", "JPN"},
    "外交部发言人表示，中方将采取必要措施，由此产生的一切后果由美方承担。": {"USA"},
}


@pytest.mark.parametrize(("text", "targets"), _LAID.items())
def test_consequences_laid_on_a_pair_threaten_both(code, text, targets):
    c = code(text, date(2023, 3, 2))
    assert {e.target_actor[:3] for e in c.events if e.code == "130"} == targets


_HARMS = {
    "商务部发言人今天表示，美方单边加征关税严重违反世贸组织规则。": [("CHNGOV", "USA")],
    "俄外交部发言人表示，英国向乌克兰提供贫铀弹严重破坏地区稳定。": [("RUSGOV", "GBR")],
    # a state not opening what is said (the place of the deed); unnamed speakers
    "俄外交部发言人表示，在日本部署中程导弹严重破坏地区稳定。": [],
    "国际人士表示，日本的错误言论严重破坏地区稳定。": [],
}


@pytest.mark.parametrize(("text", "pairs"), _HARMS.items())
def test_a_deed_said_to_do_grave_harm_is_criticised(code, text, pairs):
    c = code(text, date(2023, 3, 2), source="xwlb")
    got = [(e.source_actor, e.target_actor) for e in c.events if e.code == "111"]
    assert got == pairs


def test_the_one_praised_does_not_hope_after_the_comma(code):
    text = "中方赞赏德方坚持独立自主，希望德方推动欧盟同中方相向而行，深化互利合作。"
    c = code(text, date(2023, 3, 2))
    assert not [e for e in c.events if e.source_actor[:3] == "DEU" and e.code[:2] == "03"]
    assert [
        (e.source_actor[:3], e.code, e.target_actor[:3]) for e in c.events if e.code == "051"
    ] == [("CHN", "051", "DEU")]


def test_the_praised_deed_in_its_own_clause_is_left_alone(code):
    text = "中方赞赏法德为斡旋乌克兰局势所作努力，愿同各方保持沟通。"
    c = code(text, date(2022, 3, 8))
    assert not [e for e in c.events if e.code == "045"]


_PRESSES = {
    "俄罗斯外交部发言人表示，北约不断加大对俄罗斯的军事压力。": [("RUSGOV", "NAT")],
    "伊朗外长表示，美国持续对伊朗施压，企图迫使伊朗让步。": [("IRNGOV", "USA")],
    # advice, not an accusation; unnamed speakers
    "俄罗斯议员表示，美国应该不断向乌克兰施加压力。": [],
    "国际人士表示，美国不断向盟友施压。": [],
}


@pytest.mark.parametrize(("text", "pairs"), _PRESSES.items())
def test_a_state_said_to_keep_pressing_is_accused(code, text, pairs):
    c = code(text, date(2023, 5, 3), source="xwlb")
    got = [(e.source_actor, e.target_actor[:3]) for e in c.events if e.code == "112"]
    assert got == pairs


_NOT_CONSTRUCTIVE = {
    "俄罗斯副外长表示，美国在战略稳定问题上的立场不具有建设性。": [("RUSGOV", "USA")],
    "伊朗外交部发言人说，欧盟通过的有关决议没有建设性。": [("IRNGOV", "EEC")],
    # a condition; no author named in the sentence
    "俄罗斯外长表示，如果美国提出的建议没有建设性，俄方将作出回应。": [],
    "捷克部长强调，这一措施不具有建设性。": [],
}


@pytest.mark.parametrize(("text", "pairs"), _NOT_CONSTRUCTIVE.items())
def test_a_stand_called_not_constructive_is_criticised(code, text, pairs):
    c = code(text, date(2023, 5, 3), source="xwlb")
    got = [(e.source_actor, e.target_actor) for e in c.events if e.code == "111"]
    assert got == pairs
