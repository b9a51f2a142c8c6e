"""English faults the seventeenth round left (coder-en51, its section of eval/README.md):
sentences of our own for each structure, and near neighbours that must not change."""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"  # test_en_batch22.DAY, a Wednesday
TUE, THU, FRI = "2021-03-09", "2021-03-04", "2021-03-05"
B = "BEIJING, March 10 (Dipwatch) - "
# Each case: why, the story, the events that must be found, and the (source, code prefix,
# target) that must not be (None: any actor).
CASES = [
    # an expectation is speculation, no event; a schedule or "will" is a plan (036)
    ("expected to visit: none",
     B + "Italian Prime Minister Giorgia Meloni is expected to visit China next month.",
     [], [(None, "0", None)]),
    ("expected to meet: none",
     B + "Xi is expected to meet Indian Prime Minister Narendra Modi in Qingdao on Saturday.",
     [], [(None, "0", None)]),
    ("scheduled to visit: a plan",
     B + "Chinese President Xi Jinping is scheduled to visit France next month.",
     [("CHN", "036", "FRA", D)], []),
    ("will visit: a plan",
     B + "Chinese President Xi Jinping will visit France next month.",
     [("CHN", "036", "FRA", D)], []),
    # the two: the pair named before
    ("the two announced",
     B + "Xi held talks with Syrian President Bashar al-Assad on Friday. The two announced a "
     "strategic partnership.",
     [("CHN", "057", "SYR", FRI)], []),
    ("the two issued",
     B + "Chinese Premier Li Qiang met German Chancellor Olaf Scholz on Tuesday. The two issued "
     "a joint statement.",
     [("CHN", "057", "DEU", TUE)], []),
    # a state counted into a group that acted
    ("among N states that condemned",
     B + "Australia was among 20 countries that condemned North Korea on Friday.",
     [("AUS", "111", "PRK", FRI)], []),
    ("one of N countries that praised",
     B + "Pakistan was one of 37 countries that praised China's policies in Xinjiang.",
     [("PAK", "051", "CHN", D)], []),
    ("a list among the countries",
     B + "Australia, Japan and India were among the countries that condemned the missile test "
     "by North Korea.",
     [("AUS", "111", "PRK", D), ("JPN", "111", "PRK", D), ("IND", "111", "PRK", D)], []),
    ("among member states that voted for duties: a measure",
     B + "Spain was among 12 member states that voted for the duties on Chinese electric cars "
     "on Friday.",
     [("ESP", "163", "CHN", FRI)], []),
    ("a firm among firms is no state",
     B + "The company was among 20 firms that signed the deal with China.",
     [], [(None, "05", None)]),
    ("a restrictive clause after a group stays none",
     B + "The countries that condemned North Korea met in Paris.",
     [], [(None, "111", None)]),
    ("voted for a resolution: none",
     B + "Germany voted for the resolution on Monday.", [], [(None, "16", None)]),
    # a passive whose subject is an act: its doer is what was criticised
    ("an act's passive: the possessor",
     B + "Thailand's deportation of 109 Uighurs to China was condemned by the United States.",
     [("USA", "111", "THA", D)], [(None, "111", "CHN")]),
    ("an act's passive: support for",
     B + "America's support for Taiwan was criticised by China on Friday.",
     [("CHN", "111", "USA", FRI)], [(None, "111", "TWN")]),
    ("an act's passive, unnamed doer: none",
     B + "Its sale of arms to Taiwan was condemned by China.", [], [(None, "111", None)]),
    ("a person's passive stays",
     B + "Japanese Prime Minister Fumio Kishida was criticised by China on Friday.",
     [("CHN", "111", "JPN", FRI)], []),
    # "had" of a perfect is no "had talks"
    ("nested clause: the main verb keeps its own (no) day",
     B + "Chinese President Xi Jinping, who arrived in Dushanbe on Thursday evening from Astana, "
     "where he had met Russian President Vladimir Putin on Tuesday, held talks with Tajik "
     "President Emomali Rahmon.",
     [("CHN", "040", "TJK", D), ("CHN", "040", "RUS", TUE)], []),
    ("had talks stays a meeting",
     B + "Chinese Foreign Minister Wang Yi had talks with Japanese Foreign Minister Yoko "
     "Kamikawa on Tuesday.",
     [("CHN", "040", "JPN", TUE)], []),
    ("had accused … summit with: no meeting",
     B + "North Korean leader Kim Jong Un had accused the United States of bad faith at his "
     "summit with Trump in Hanoi.",
     [], [(None, "04", None)]),
    # a first since is no habit
    ("first trip since: no habit",
     "SAMARKAND, March 10 (Dipwatch) - Xi arrived in Uzbekistan on Tuesday. He had held talks "
     "with Kazakh President Kassym-Jomart Tokayev earlier that day on his first trip abroad "
     "since the pandemic.",
     [("CHN", "040", "KAZ", TUE)], []),
    ("has protested since: a habit",
     "MANILA, March 10 (Dipwatch) - The Philippines met China on Tuesday. Manila has "
     "protested against China since 2016.",
     [], [("PHL", "14", "CHN"), ("PHL", "114", "CHN")]),
    # verbs: accusations traded, a boycott announced
    ("traded accusations: each way",
     B + "China and India traded accusations over the border clash on Tuesday.",
     [("CHN", "112", "IND", TUE), ("IND", "112", "CHN", TUE)], []),
    ("blamed each other: each way",
     B + "Washington and Beijing blamed each other for the collapse of talks.",
     [("USA", "112", "CHN", D), ("CHN", "112", "USA", D)], []),
    ("traded goals: none",
     B + "The two teams traded goals in the second half.", [], [(None, "1", None)]),
    ("a state's boycott: reduced relations",
     B + "The United States announced a boycott of the Beijing Winter Olympics on Monday.",
     [("USA", "160", "CHN", "2021-03-08")], []),
    ("consumers' boycott: their protest",
     B + "Indian consumers announced a boycott of Chinese goods on Monday.",
     [("IND", "143", "CHN", "2021-03-08")], [(None, "160", None)]),
    ("a diplomatic boycott stays",
     B + "Britain announced a diplomatic boycott of the Beijing Winter Olympics on Wednesday.",
     [("GBR", "160", "CHN", D)], []),
    # root 01: a refusal to comment is no event (eval/README, coder-en51)
    ("declined to comment: none",
     B + "China's foreign ministry declined to comment on Japan's report.",
     [], [(None, "0", None), (None, "1", None)]),
    ("made no comment: none",
     B + "The Chinese embassy made no comment on the arrest of the Canadian.",
     [], [(None, "0", None), (None, "1", None)]),
    # probe misfires mended
    ("eased visa rules for visitors from: eased",
     B + "Japan eased visa rules for visitors from China on Friday.",
     [("JPN", "081", "CHN", FRI)], []),
    ("relaxed entry rules for tourists: eased",
     B + "Thailand relaxed entry rules for Chinese tourists on Friday.",
     [("THA", "081", "CHN", FRI)], []),
    ("would ease visa rules: still an intent",
     B + "Japan would ease visa rules for Chinese visitors.",
     [("JPN", "030", "CHN", D)], [(None, "081", None)]),
    ("eased tensions: none",
     B + "Tokyo eased tensions with Beijing on Friday.", [], [(None, "08", None)]),
    ("lifted sanctions: no sanction",
     B + "The United States lifted sanctions on Chinese firms on Friday.",
     [("USA", "085", "CHN", FRI)], [(None, "163", None)]),
    ("imposed sanctions stays",
     B + "The United States imposed sanctions on Chinese firms on Friday.",
     [("USA", "163", "CHN", FRI)], []),
    ("drills near a state",
     B + "China held live-fire drills near Taiwan on Monday.",
     [("CHN", "150", "TWN", "2021-03-08")], []),
    ("drills in a sea: no target",
     B + "China held drills in the South China Sea on Monday.", [], [(None, "15", None)]),
    ("an infinitive's object is not the passive's doer",
     B + "The decision by Japan to release the water was criticised by China on Monday.",
     [("CHN", "111", "JPN", "2021-03-08")], [("JPN", "0", None)]),
    ("released by: the doer stays",
     B + "Two Canadians were released by China on Friday.",
     [("CHN", "0841", "CAN", FRI)], [(None, "0", "CHN")]),
    ("retaliated with tariffs: the measure",
     B + "China retaliated against Canada with tariffs on canola oil on Saturday.",
     [("CHN", "163", "CAN", "2021-03-06")], []),
    ("retaliated against a move: none",
     B + "China retaliated against the U.S. move on Friday.", [], [(None, "163", None)]),
    ("expelled each other's diplomats: each way",
     B + "China and Canada expelled each other's diplomats on Friday.",
     [("CHN", "166", "CAN", FRI), ("CAN", "166", "CHN", FRI)], []),
    ("a relative clause's passive with its doers",
     B + "The agreement, which was signed by China and Iran on Saturday, covers 25 years.",
     [("CHN", "057", "IRN", "2021-03-06")], []),
    ("a relative clause on a thing, no doer: none",
     B + "The resolution, which was drafted last year, bans exports to North Korea.",
     [], [(None, "16", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_en51_structures(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
