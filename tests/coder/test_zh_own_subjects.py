"""Two precision faults of the Chinese coder, fixed by construction (our own sentences): a
carry from the sentence before over a clause that opens with a body of its own no actor list
knows (coder/carry.py ``own_subject``), and a short form before an arms deal (对乌军售) read as
the state's army (coder/actors.py, zh_actors.py ``_arms_buyer``)."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2023, 7, 30)
_LEAD = "央视网消息（新闻联播）："


def test_a_body_of_its_own_takes_no_doer_from_the_sentence_before():
    text = (_LEAD + "日本和韩国的议员代表29日在东京举行座谈，强烈反对日本政府的排海计划。"
            "另据媒体报道，福岛县渔业协会29日在与日本经济产业大臣会谈时，再次表达了反对立场。")  # fmt: skip
    got = broadcast(text, D)
    assert ("KOR", "11", "JPN") in got  # the sentence before keeps its own act
    assert not [e for e in got if e[1] == "04"]  # the association met the minister, no state


def test_a_body_spoken_for_by_a_known_state_keeps_it():
    text = _LEAD + "77国集团主席国圭亚那表示，77国集团全力支持中国政府抗击疫情所作努力。"
    assert ("GUY", "05", "CHN") in broadcast(text, D)


@pytest.mark.parametrize(
    ("sentence", "buyer"),
    [("美国国务院24日宣布，批准3亿美元对乌军售。", "UKR"),
     ("美媒称，美国政府初步批准向以军售价值6亿美元的武器。", "ISR")],
)  # fmt: skip
def test_a_short_form_before_an_arms_sale_is_the_state(sentence, buyer):
    assert ("USA", "07", buyer) in broadcast(_LEAD + sentence, D)


def test_an_army_before_another_word_is_still_the_army():
    text = _LEAD + "俄军对乌军阵地发动进攻。"
    assert ("RUS", "19", "UKR") in broadcast(text, D)
