"""Classes met judging random CCTV days no gold holds (issue 10, eval/README.md "Judging output
no gold holds", seed 137), each fixed as a rule about the language (``slots._told_doer``); the
sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _events, _roots


@pytest.mark.parametrize(
    ("text", "doer", "teller", "target"),
    [
        ("美国国防部13日称，俄军继续推进，对乌克兰城市实施打击。", "RUS", "USA", "UKR"),
        ("联合国13日称，以军在加沙北部展开行动，对加沙城实施空袭。", "ISR", "UNO", "PSE"),
    ],
)
def test_forces_that_open_the_told_clause_strike_not_the_teller(text, doer, teller, target):
    """X称，Y军…，对Z实施打击: the act's clause has no subject and goes on from the clause the
    forces open inside the telling, so they strike; the teller only reports it."""
    pairs = _roots(text, "19")
    assert (doer, target) in pairs
    assert (teller, target) not in pairs


def test_a_state_telling_of_its_own_forces_gives_the_forces_as_doer():
    """乌克兰方面称，乌军…，对俄军…实施打击: the army acts (UKRMIL), not the side that tells."""
    text = "乌克兰方面13日称，乌军在多个方向发起进攻，对俄军阵地实施打击。"
    assert [s for s, code, _ in _events(text) if code[:2] == "19"] == ["UKRMIL"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("黎巴嫩真主党13日称，作为回击，攻击了以色列北部4个哨所。", ("LBN", "ISR")),
        ("乌军13日攻击了俄军在前线的指挥所和弹药库。", ("UKR", "RUS")),
    ],
)
def test_an_attack_on_military_things_of_the_target_is_force(text, pair):
    """攻击 followed by what is attacked, a military thing of the target (哨所, 阵地, 指挥所…),
    is force (19)."""
    assert pair in _roots(text, "19")


def test_an_attack_in_words_is_no_force():
    """攻击中国的…政策: no military thing follows, so 攻击 stays words (the rule needs one)."""
    assert not _roots("美国一些政客13日借疫情恶意攻击中国的防疫政策和发展道路。", "19")
