"""English constructions the thirteenth English batch (en-d324…en-d335) showed, in wire sentences
of our own (none of the batch's): a welcome of a state's move named by a possessive (welcomed
Honduras's decision) is praise of that state, not the hosting of a guest; an actor in an adjunct of
circumstance after the verb (amid friction with China, despite pressure from Washington) is no
party of the act, nor is the one who asked for it (detained in Vancouver at the request of the
United States); a verb phrase joined by "and" with a day of its own after its verb (met Biden on
Monday and spoke with Modi on Wednesday) is dated by that day, not by the first one's; a group of
states told by its number (the leaders of eight Pacific island states) names no actor, and the act
is aimed at no state the sentence before lent or the story names; a judgement of a practice
(criticised protectionism, opposed "closed blocs") is aimed at no state, not at the story's other
party; a refusal to judge (refused to condemn the invasion) is a judgement not made, no rejection;
a concern told to someone (told Xi of his deep concern over…) is voiced to them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded

DAY = date(2023, 6, 9)  # a Friday

# Each case: why, the story, the events that must be found, and the (source, root, target)
# that must not be (the date and code of a found event as in ``coded``).
CASES = [
    ("a state's decision welcomed",
     "NEW DELHI, June 9 (Dipwatch) - India welcomed Bhutan's decision on Friday to join the grid.",
     [("IND", "051", "BTN", "2023-06-09")], [("IND", "04", "BTN")]),
    ("a state's return welcomed, in reported speech",
     "BEIJING, June 9 (Dipwatch) - The foreign minister said China welcomed Nicaragua's return "
     "to the one-China principle.",
     [("CHN", "051", "NIC", "2023-06-09")], [("CHN", "04", "NIC")]),
    ("control: a guest welcomed in a place is hosted",
     "BEIJING, June 9 (Dipwatch) - Xi welcomed Lula at the Great Hall of the People on Friday.",
     [("CHN", "043", "BRA", "2023-06-09")], []),
    ("a partner across 'amid'",
     "LONDON, June 9 (Dipwatch) - Modi and Sunak agreed on Friday to expand trade amid friction "
     "with China.",
     [("IND", "030", "GBR", "2023-06-09")], [("IND", "03", "CHN"), ("GBR", "03", "CHN")]),
    ("a partner across 'despite'",
     "MOSCOW, June 9 (Dipwatch) - Russia and Iran pledged to deepen ties despite pressure from "
     "the United States.",
     [("RUS", "030", "IRN", "2023-06-09")], [("RUS", "03", "USA"), ("IRN", "03", "USA")]),
    ("control: the object before 'despite' stays the target",
     "TOKYO, June 9 (Dipwatch) - Japan imposed sanctions on Russia despite pressure from China.",
     [("JPN", "163", "RUS", "2023-06-09")], [("JPN", "16", "CHN")]),
    ("a joined verb phrase with its own day after it",
     "LONDON, June 9 (Dipwatch) - Britain's prime minister met Biden on Monday and spoke with "
     "Modi on Wednesday.",
     [("GBR", "040", "USA", "2023-06-05"), ("GBR", "040", "IND", "2023-06-07")], []),
    ("a joined verb phrase with its own day, an act of another code",
     "BEIJING, June 9 (Dipwatch) - China summoned the U.S. ambassador on Monday and lodged a "
     "protest with Japan on Wednesday.",
     [("CHN", "114", "USA", "2023-06-05"), ("CHN", "114", "JPN", "2023-06-07")], []),
    ("control: a joined verb phrase with no day of its own keeps the first one's",
     "LONDON, June 9 (Dipwatch) - Britain's prime minister met Biden on Monday and spoke with "
     "Modi.",
     [("GBR", "040", "IND", "2023-06-05")], []),
    ("a group told by its number, after a sentence that lends a target",
     "SUVA, June 9 (Dipwatch) - Fiji's prime minister criticised the United States on Friday. "
     "Chinese President Xi Jinping held talks on Thursday with the leaders of eight Pacific "
     "island states.",
     [("FJI", "111", "USA", "2023-06-09")], [("CHN", "04", "USA"), ("CHN", "04", "FJI")]),
    ("a group told by its number as a direct object, in a story about another state",
     "TOKYO, June 9 (Dipwatch) - Japan protested to China on Friday. Japan's foreign minister "
     "met representatives of five African countries on Thursday.",
     [("JPN", "114", "CHN", "2023-06-09")], [("JPN", "04", "CHN")]),
    ("control: the group's members named",
     "SUVA, June 9 (Dipwatch) - Chinese President Xi Jinping held talks with the leaders of "
     "Fiji and Samoa on Thursday.",
     [("CHN", "040", "FJI", "2023-06-08")], []),
    ("a practice judged, in a story of another state's act",
     "BEIJING, June 9 (Dipwatch) - The United States raised tariffs on Chinese steel on Friday. "
     "Chinese Premier Li Qiang criticised protectionism in a speech on Friday.",
     [("USA", "163", "CHN", "2023-06-09")], [("CHN", "11", "USA")]),
    ("a practice in quotes",
     "BEIJING, June 9 (Dipwatch) - Japan and Australia signed a defence pact on Friday. China's "
     "foreign ministry said it opposed \"closed blocs\" in the region.",
     [("JPN", "057", "AUS", "2023-06-09")], [("CHN", "11", "JPN"), ("CHN", "11", "AUS")]),
    ("control: the act the story told, pointed back at",
     "BEIJING, June 9 (Dipwatch) - The United States raised tariffs on Chinese steel on Friday. "
     "China condemned the move.",
     [("CHN", "111", "USA", "2023-06-09")], []),
    ("control: a pronoun object before a gerund",
     "ADDIS ABABA, June 9 (Dipwatch) - Ethiopia expelled seven U.N. officials on Friday, "
     "accusing them of meddling in its affairs.",
     [("ETH", "112", "UNO", "2023-06-09")], []),
    ("control: a number after an article points back at named states",
     "AMMAN, June 9 (Dipwatch) - The United States and Jordan agreed on Friday on a new trade "
     "pact between the two countries.",
     [("USA", "030", "JOR", "2023-06-09")], []),
    ("a judgement withheld, in a story of the act",
     "KYIV, June 9 (Dipwatch) - Russia invaded Ukraine on Thursday. Brazil refused to condemn "
     "the invasion.",
     [("RUS", "190", "UKR", "2023-06-08")], [("BRA", "12", "RUS"), ("BRA", "12", "UKR")]),
    ("a judgement withheld, its object named",
     "NEW DELHI, June 9 (Dipwatch) - India declined on Friday to criticise Moscow over the war.",
     [], [("IND", "12", "RUS"), ("IND", "11", "RUS")]),
    ("control: a refusal to meet is a rejection",
     "BEIJING, June 9 (Dipwatch) - China refused on Friday to meet U.S. officials.",
     [("CHN", "125", "USA", "2023-06-09")], []),
    ("control: a refusal to accept is a rejection",
     "BUDAPEST, June 9 (Dipwatch) - Hungary refused on Friday to accept the European Union's "
     "proposal.",
     [("HUN", "120", "EEC", "2023-06-09")], []),
    ("the requester named after a passive arrest",
     "OTTAWA, June 9 (Dipwatch) - China protested on Friday against the arrest of a Huawei "
     "executive. The executive was detained in Vancouver on June 1 at the request of the "
     "United States.",
     [], [("CAN", "17", "USA")]),
    ("control: the requester after an arrest whose object is named",
     "OTTAWA, June 9 (Dipwatch) - Canada detained a Chinese businessman on Friday at the "
     "request of the United States.",
     [("CAN", "173", "CHN", "2023-06-09")], [("CAN", "17", "USA")]),
    ("a concern told to its addressee, in reported speech",
     "CANBERRA, June 9 (Dipwatch) - Australian Prime Minister Anthony Albanese said he had told "
     "Chinese President Xi Jinping of his deep concern over the detentions.",
     [("AUS", "012", "CHN", "2023-06-09")], []),
    ("control: a concern that is no telling's object",
     "TOKYO, June 9 (Dipwatch) - Japan told China of plans to ease its concern.",
     [], [("JPN", "01", "CHN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_thirteenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    events = coded(text, DAY)
    for event in found:
        assert event in events, (why, event, events)
    for source, root, target in absent:
        assert not any(
            (s, t) == (source, target) and code.startswith(root) for s, code, t, _ in events
        ), (why, source, root, target, events)
