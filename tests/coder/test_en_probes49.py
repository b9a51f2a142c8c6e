"""English misreadings the round's probes left (coder-en49, its section of eval/README.md):
sentences of our own for each structure mended, and near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
# Coded on test_en_batch22.DAY (2021-03-10). Each case: why, the story, the events that must be
# found, and the (source, code prefix, target) that must not be (None: any actor).
CASES = [
    ("130: a vow to crush is a threat",
     "BEIJING, March 10 (Dipwatch) - China vowed to crush any attempt by Taiwan at "
     "independence.",
     [("CHN", "130", "TWN", D)], [("CHN", "03", None)]),
    ("130: a vow to punish is a threat",
     "BEIJING, March 10 (Dipwatch) - China vowed to punish Lithuania.",
     [("CHN", "130", "LTU", D)], [("CHN", "03", None)]),
    ("138: a vow to retaliate keeps its own rule",
     "BEIJING, March 10 (Dipwatch) - China vowed to retaliate against Japan.",
     [("CHN", "138", "JPN", D)], []),
    ("032: a vow to support stays an intent",
     "BEIJING, March 10 (Dipwatch) - China pledged to support Pakistan.",
     [("CHN", "032", "PAK", D)], [(None, "13", None)]),
    ("030: a vow to cooperate stays an intent",
     "BEIJING, March 10 (Dipwatch) - China vowed to cooperate with Russia.",
     [("CHN", "030", "RUS", D)], [(None, "13", None)]),
    ("051: an honour to come is not given",
     "MOSCOW, March 10 (Dipwatch) - Putin will award Xi the Order of St Andrew.",
     [], [(None, "05", None)]),
    ("051: an honour to come, told with 'is to'",
     "MOSCOW, March 10 (Dipwatch) - Putin is to award Xi the Order of St Andrew.",
     [], [(None, "05", None)]),
    ("051: an honour given stays praise",
     "MOSCOW, March 10 (Dipwatch) - Putin awarded Xi the Order of St Andrew.",
     [("RUS", "051", "CHN", D)], []),
    ("114: a state's protest is its complaint",
     "HANOI, March 10 (Dipwatch) - Vietnam protested against China's deployment of an oil rig.",
     [("VNM", "114", "CHN", D)], [(None, "14", None)]),
    ("114: a ministry's protest is its state's complaint",
     "HANOI, March 10 (Dipwatch) - Vietnam's foreign ministry protested against China's "
     "deployment of an oil rig.",
     [("VNM", "114", "CHN", D)], [(None, "14", None)]),
    ("140: students protesting stay a demonstration",
     "HANOI, March 10 (Dipwatch) - Vietnamese students protested against China's deployment of "
     "an oil rig.",
     [("VNM", "140", "CHN", D)], [(None, "114", None)]),
    ("141: crowds protesting stay a demonstration",
     "HANOI, March 10 (Dipwatch) - Thousands protested against China's deployment in Hanoi.",
     [("VNM", "141", "CHN", D)], [(None, "114", None)]),
    ("040: scientists by nationality are no states",
     "TOKYO, March 10 (Dipwatch) - Chinese and Japanese scientists met in Tokyo.",
     [], [(None, "04", None)]),
    ("040: scholars on each side are no states",
     "TOKYO, March 10 (Dipwatch) - Chinese scientists met Japanese scientists in Tokyo.",
     [], [(None, "04", None)]),
    ("057: scholars' pact is none",
     "TOKYO, March 10 (Dipwatch) - Chinese scholars signed a pact with Japanese scholars.",
     [], [(None, "05", None)]),
    ("040: officials by nationality stay their states",
     "TOKYO, March 10 (Dipwatch) - Chinese and Japanese officials met in Tokyo.",
     [("CHN", "040", "JPN", D)], []),
    ("040: named leaders stay their states",
     "TOKYO, March 10 (Dipwatch) - Chinese President Xi Jinping met Japanese Prime Minister "
     "Fumio Kishida in Tokyo.",
     [("CHN", "040", "JPN", D)], []),
    ("111: a blame word in a phrase of time after the object is no judgement of it",
     "MANILA, March 10 (Dipwatch) - The Philippines called the Chinese envoy an hour after the "
     "illegal manoeuvre.",
     [], [(None, "11", None)]),
    ("111: the object's own complement of blame stays a judgement",
     "MANILA, March 10 (Dipwatch) - The Philippines called the Chinese deployment illegal.",
     [("PHL", "111", "CHN", D)], []),
    ("111: a possessed act judged 'as' stays a judgement",
     "ATHENS, March 10 (Dipwatch) - Greece described Turkey's move as dangerous.",
     [("GRC", "111", "TUR", D)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_probe_misreadings_mended(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
