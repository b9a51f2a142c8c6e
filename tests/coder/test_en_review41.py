"""Misfires review-en41 found by probing the eighteenth round's new English rules (its section
of eval/README.md), in wire sentences of our own: each fault the new rule caused, and a control
that the rule still reads what it was written for.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a cause the sayer ascribes to itself is no accusation",
     "BEIJING, March 10 (Dipwatch) - China said it had caused harm to Vietnam.",
     [], [("CHN", "112", "VNM")]),
    ("a state inside a relative clause of the cause is not the causer",
     "MANILA, March 10 (Dipwatch) - Japan said the typhoon that hit the Philippines caused "
     "damage to its embassy.",
     [], [("JPN", "112", "PHL")]),
    ("a state after a preposition of the cause is not the causer",
     "WASHINGTON, March 10 (Dipwatch) - The United States said aid to Ukraine had caused harm "
     "to its own stocks.",
     [], [("USA", "112", "UKR")]),
    ("the state that built the cause is not the causer",
     "NAIROBI, March 10 (Dipwatch) - Kenya said the Chinese-built railway had caused disruption "
     "to wildlife.",
     [], [("KEN", "112", "CHN")]),
    ("a harm told as none is no accusation",
     "MOSCOW, March 10 (Dipwatch) - Russia said Ukrainian drones had caused no damage.",
     [], [("RUS", "112", "UKR")]),
    ("control: a state heading the causer is accused",
     "CANBERRA, March 10 (Dipwatch) - Australia said on Wednesday that lasers from the Chinese "
     "base had caused eye injuries to two airmen.",
     [("AUS", "112", "CHN", D)], []),
    ("control: the passive's doer is accused",
     "TOKYO, March 10 (Dipwatch) - Japan said the accident was caused by a Chinese fishing boat.",
     [("JPN", "112", "CHN", D)], []),
    ("a word in -ed before the talks is their adjective, no perfect's auxiliary",
     "BEIJING, March 10 (Dipwatch) - Xi had detailed talks with Modi on Wednesday.",
     [("CHN", "040", "IND", D)], []),
    ("control: had and a participle is the perfect",
     "BEIJING, March 10 (Dipwatch) - Xi, who had met Putin on Tuesday, held talks with Rahmon "
     "on Wednesday.",
     [("CHN", "040", "RUS", "2021-03-09"), ("CHN", "040", "TJK", D)], []),
    ("an adjective in -ed after 'and' opens no clause after the act noun",
     "OTTAWA, March 10 (Dipwatch) - Canada condemned the decision and continued detention of "
     "its citizens by China.",
     [("CAN", "111", "CHN", D)], []),
    ("control: 'and' and a verb in -ed open their own clause",
     "TAIPEI, March 10 (Dipwatch) - Taiwan condemned the decision on Wednesday and accused "
     "Beijing of luring away its allies.",
     [("TWN", "112", "CHN", D)], [("TWN", "111", "CHN")]),
    ("a nationality's boycott is its people's protest",
     "BEIJING, March 10 (Dipwatch) - Chinese retailers joined a boycott of Swedish goods.",
     [], [("CHN", "160", "SWE")]),
    ("control: a state named announces its boycott",
     "BEIJING, March 10 (Dipwatch) - Beijing announced a boycott of Lithuanian goods.",
     [("CHN", "160", "LTU", D)], []),
    ("a pair of nationalities before private persons trades no states' accusations",
     "NEW DELHI, March 10 (Dipwatch) - Chinese and Indian traders blamed each other for the "
     "losses.",
     [], [("CHN", "112", "IND"), ("IND", "112", "CHN")]),
    ("control: the two states trade accusations",
     "NEW DELHI, March 10 (Dipwatch) - China and India traded accusations over the clash.",
     [("CHN", "112", "IND", D), ("IND", "112", "CHN", D)], []),
    ("analysts' guess of a pair's act is none",
     "NEW DELHI, March 10 (Dipwatch) - Analysts said China and India would trade accusations at "
     "the summit.",
     [], [("CHN", "112", "IND"), ("IND", "112", "CHN")]),
    ("a possessor's mention that opens before the act phrase is its doer",
     "TOKYO, March 10 (Dipwatch) - The Chinese ambassador's remarks on Taiwan were criticised "
     "by Japan.",
     [("JPN", "111", "CHN", D)], [("JPN", "111", "TWN")]),
    ("a second verb with its own partner named takes not the one met",
     "PARIS, March 10 (Dipwatch) - Macron visited China and signed deals with Airbus.",
     [], [("FRA", "057", "CHN")]),
    ("neighbour: a second verb whose own words name another state takes not the one met",
     "BEIJING, March 10 (Dipwatch) - Xi met Putin and then travelled to Kazakhstan to sign a "
     "deal.",
     [], [("CHN", "057", "RUS")]),
    ("control: a second verb with no partner takes the one talked with",
     "TOKYO, March 10 (Dipwatch) - Kishida held talks with Modi on Wednesday and signed a deal "
     "with strong support from business.",
     [("JPN", "057", "IND", D)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_misfires_of_the_eighteenth_round(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
