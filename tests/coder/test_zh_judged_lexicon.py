"""Judgements and threats a speaker states with no act verb, read by lexicon (issue 10;
eval/README.md, "Judgements told as views, by lexicon"): a predicate of the ``judged_wrong``
word class after another state's act is his criticism of it; a price, a punishment or a
response he says a state will meet (``price_borne``, ``response_met``) is his threat to it.
The sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

D = date(2023, 5, 10)

JUDGED = """
# an act called a breach of law, unacceptable, dangerous or unlawful
DEU 11 USA  德国政府发言人10日表示，美国的做法不符合国际法。
HUN 11 USA  匈牙利外长10日称，美国的相关决定是极其危险的举动。
RUS 11 JPN  俄罗斯外交部发言人10日表示，日本首相的涉台言论非常危险。
SYR 11 USA  叙利亚外长10日表示，美国在叙利亚的军事存在违反国际法。
# a price, a punishment or a response a state will meet
PSE 13 ISR  巴勒斯坦外长10日表示，以色列将付出沉重代价。
IRN 13 ISR  伊朗外长10日警告称，以色列任何冒险行为都将面临伊朗严厉回应。
ISR 13 YEM  以色列国防部长10日称，也门将为此付出惨重代价。
"""

#: Root 11 or 13 must not be found: unnamed voices, a condition, a kind response, the
#: speaker's own state, a word only inside another (非法补贴 is no judgement of an act).
NOT_JUDGED = """
11  有专家10日表示，美国的做法不符合国际法。
11  世贸组织10日认为，美欧双方均存在非法补贴问题。
13  有分析人士10日表示，以色列将付出沉重代价。
13  伊朗外长10日表示，伊朗的合理关切将得到积极回应。
13  以色列国防部长10日表示，攻击以色列的人将为此付出沉重代价。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(JUDGED))
def test_a_judgement_or_threat_by_lexicon_is_the_speakers_act(text, acts):
    assert broadcast(text, D) == acts


@pytest.mark.parametrize("row", NOT_JUDGED.strip().splitlines())
def test_no_judgement_of_another_state_is_no_event(row):
    root, text = row.split("  ", 1)
    assert root not in {r for _, r, _ in broadcast(text, D)}
