"""What the seed-189 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended at its construction: a state credited by a named
speaker with what its course gives the world (中国的发展为世界提供了宝贵经验) is praised
(``zh.051.said_gift``), a hope that it will is not; 该组织 after a condition's clause names the
group that speaks, not a place the condition names (``zh_actors._supposed``). Our own
sentences, as items of a broadcast of 3 May 2024."""

from datetime import date

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


def test_what_a_states_course_gives_the_world_praises_it() -> None:
    assert ("BRA", "05", "CHN") in _acts("巴西总统卢拉表示，中国的发展为世界提供了宝贵经验。")


def test_credit_given_beside_an_intent_keeps_both() -> None:
    acts = _acts("智利总统表示，中国经济稳定发展为世界经济注入了动力，并期待推动智中两国务实合作。")
    assert {("CHL", "05", "CHN"), ("CHL", "03", "CHN")} <= acts


def test_a_hope_that_it_will_is_no_credit() -> None:
    assert ("BRA", "05", "CHN") not in _acts("卢拉表示，期待中国的发展为世界带来更多机遇。")


def test_unnamed_voices_credit_no_one() -> None:
    assert _acts("多国人士表示，中国的发展为世界注入新动能。") == set()


def test_the_group_named_again_after_a_condition_is_the_speaker() -> None:
    acts = _acts("也门胡塞武装2日称，如果以色列继续袭击加沙地带，该组织将对以色列发动攻击。")
    assert ("YEM", "13", "ISR") in acts
    assert not any(source == "PSE" for source, _, _ in acts)


def test_the_group_named_again_without_a_condition_is_still_the_last_named() -> None:
    assert ("LBN", "19", "ISR") in _acts("据黎巴嫩真主党武装消息，该武装向以色列发射火箭弹。")
