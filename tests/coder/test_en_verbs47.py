"""English verbs wire news uses for an act that the patterns lacked (coder-en47, its section of
eval/README.md): sentences of our own, one for each verb or frame added, and near neighbours
(the same verb in domestic, figurative or negated use) that must stay uncoded.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be (None: any).
CASES = [
    ("061: teamed up with a state",
     "BEIJING, March 10 (Dipwatch) - China teamed up with Russia on Wednesday to build a "
     "nuclear plant.",
     [("CHN", "061", "RUS", D)], []),
    ("061: two states joined forces",
     "ISLAMABAD, March 10 (Dipwatch) - China and Pakistan joined forces to build a port in "
     "Gwadar.",
     [("CHN", "061", "PAK", D)], []),
    ("061: a team-up inside one country is none",
     "WASHINGTON, March 10 (Dipwatch) - The Democrats teamed up with the Republicans to pass "
     "the budget.",
     [], [(None, "061", None)]),
    ("061: a team-up never made is none",
     "BEIJING, March 10 (Dipwatch) - China did not team up with Russia on the resolution.",
     [], [("CHN", "061", "RUS")]),
    ("070: a loan rolled over",
     "ISLAMABAD, March 10 (Dipwatch) - China rolled over a $2 billion loan to Pakistan on "
     "Wednesday.",
     [("CHN", "070", "PAK", D)], []),
    ("070: visas granted are no aid",
     "TOKYO, March 10 (Dipwatch) - Japan granted 2 million visas to Chinese tourists last year.",
     [], [("JPN", "070", "CHN")]),
    ("074: peacekeepers dispatched",
     "BEIJING, March 10 (Dipwatch) - China dispatched peacekeepers to Lebanon on Wednesday.",
     [("CHN", "074", "LBN", D)], []),
    ("087: the particle after the forces withdrawn",
     "BEIJING, March 10 (Dipwatch) - China pulled its warships back from the Japanese islands "
     "on Wednesday.",
     [("CHN", "087", "JPN", D)], []),
    ("0841: detained fishermen returned to their state",
     "HANOI, March 10 (Dipwatch) - China returned the detained Vietnamese fishermen to Vietnam "
     "on Wednesday.",
     [("CHN", "0841", "VNM", D)], []),
    ("0841: fishermen who came home are no release",
     "HANOI, March 10 (Dipwatch) - The detained fishermen returned to Vietnam on Wednesday.",
     [], [(None, "0841", "VNM")]),
    ("040: two sides that consulted",
     "BEIJING, March 10 (Dipwatch) - Chinese and Russian officials consulted on the Korean "
     "peninsula on Wednesday.",
     [("CHN", "040", "RUS", D)], []),
    ("057: a deal sealed",
     "NEW DELHI, March 10 (Dipwatch) - Russia sealed an arms deal with India on Wednesday.",
     [("RUS", "057", "IND", D)], []),
    ("057: a border sealed is no deal",
     "BEIJING, March 10 (Dipwatch) - China sealed its border with Myanmar on Wednesday.",
     [], [("CHN", "057", "MMR")]),
    ("043: the red carpet rolled out for a visitor",
     "TOKYO, March 10 (Dipwatch) - Japan rolled out the red carpet for Chinese Premier Li Qiang "
     "on Wednesday.",
     [("JPN", "043", "CHN", D)], []),
    ("161: a mission ordered shut, its noun read into the actor",
     "BEIJING, March 10 (Dipwatch) - China ordered the American consulate in Chengdu to close "
     "on Wednesday.",
     [("CHN", "161", "USA", D)], []),
    ("161: a shop ordered shut is none",
     "NEW YORK, March 10 (Dipwatch) - The mayor ordered the Chinese restaurant in Manhattan to "
     "close.",
     [], [(None, "161", "CHN")]),
    ("042: touched down in a state",
     "CANBERRA, March 10 (Dipwatch) - Wang Yi touched down in Australia on Wednesday.",
     [("CHN", "042", "AUS", D)], []),
    ("046: a pair resumed talks, their subject between",
     "BEIJING, March 10 (Dipwatch) - China and the United States resumed trade talks on "
     "Wednesday.",
     [("CHN", "046", "USA", D)], []),
    ("046: talks not resumed are none",
     "BEIJING, March 10 (Dipwatch) - China and Japan have not resumed trade talks since 2019.",
     [], [("CHN", "046", "JPN")]),
    ("057: a deal clinched",
     "LIMA, March 10 (Dipwatch) - China and Peru clinched a trade deal on Wednesday.",
     [("CHN", "057", "PER", D)], []),
    ("111: chided a state",
     "BEIJING, March 10 (Dipwatch) - China chided Japan on Wednesday over the shrine visit.",
     [("CHN", "111", "JPN", D)], []),
    ("111: took aim at a state",
     "BEIJING, March 10 (Dipwatch) - China took aim at the United States on Wednesday over its "
     "chip curbs.",
     [("CHN", "111", "USA", D)], []),
    ("112: faulted a state for an act",
     "TOKYO, March 10 (Dipwatch) - Japan faulted China for the collapse of the talks.",
     [("JPN", "112", "CHN", D)], []),
    ("112: the noun fault is no charge",
     "WASHINGTON, March 10 (Dipwatch) - It was not China's fault, the United States said.",
     [], [(None, "112", None)]),
    ("163: a state hit with sanctions",
     "WASHINGTON, March 10 (Dipwatch) - The United States hit Chinese firms with sanctions on "
     "Wednesday.",
     [("USA", "163", "CHN", D)], []),
    ("163: a state hit by weather is none",
     "BEIJING, March 10 (Dipwatch) - The storm hit Chinese fishermen with heavy rain on "
     "Wednesday.",
     [], [(None, "163", None)]),
    ("163: exports to a state curbed",
     "BEIJING, March 10 (Dipwatch) - China curbed rare earth exports to Japan on Wednesday.",
     [("CHN", "163", "JPN", D)], []),
    ("163: the noun curbs is no new act",
     "TOKYO, March 10 (Dipwatch) - Qin urged Tokyo not to join U.S. curbs on chip exports to "
     "China.",
     [], [("USA", "163", "CHN")]),
    ("173: taken into custody",
     "BEIJING, March 10 (Dipwatch) - China took a Canadian businessman into custody on "
     "Wednesday.",
     [("CHN", "173", "CAN", D)], []),
    ("181: people taken hostage, named between",
     "ABUJA, March 10 (Dipwatch) - Militants took three Chinese engineers hostage in Nigeria on "
     "Wednesday.",
     [("NGA", "181", "CHN", D)], []),
    ("042: jetted off to a state",
     "BEIJING, March 10 (Dipwatch) - Li Qiang jetted off to Singapore on Wednesday.",
     [("CHN", "042", "SGP", D)], []),
    ("042: protesters headed to an embassy pay no visit",
     "MANILA, March 10 (Dipwatch) - Thousands of protesters headed to the Chinese embassy on "
     "Wednesday.",
     [], [(None, "042", None)]),
    ("046: a pair held negotiations",
     "TOKYO, March 10 (Dipwatch) - China and Japan held negotiations on fishing rights on "
     "Wednesday.",
     [("CHN", "046", "JPN", D)], []),
    ("057: pen put to paper",
     "MANAGUA, March 10 (Dipwatch) - China and Nicaragua put pen to paper on a trade deal on "
     "Wednesday.",
     [("CHN", "057", "NIC", D)], []),
    ("111: fired back at a state",
     "BEIJING, March 10 (Dipwatch) - China fired back at the United States on Wednesday over "
     "the report.",
     [("CHN", "111", "USA", D)], []),
    ("112: pointed the finger at a state",
     "BEIJING, March 10 (Dipwatch) - China pointed the finger at the United States for the "
     "crisis.",
     [("CHN", "112", "USA", D)], []),
    ("193: two armies traded fire",
     "NEW DELHI, March 10 (Dipwatch) - Chinese and Indian troops traded fire on the border on "
     "Wednesday.",
     [("CHN", "193", "IND", D)], []),
    ("193: two armies came to blows",
     "NEW DELHI, March 10 (Dipwatch) - Chinese and Indian troops came to blows on the border on "
     "Wednesday.",
     [("CHN", "193", "IND", D)], []),
    ("193: barbs traded are no fighting",
     "BEIJING, March 10 (Dipwatch) - China and Japan traded barbs on Wednesday.",
     [], [(None, "19", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_verbs_code_by_code(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
