"""Misfires review-en40 found by probing the seventeenth round's new English rules (its section
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
    ("a denial: a partner named in the denied clause accuses nobody",
     "BEIJING, March 10 (Dipwatch) - China denied that it had supplied weapons to Russia.",
     [], [("CHN", "016", "RUS")]),
    ("a denial: the denied clause's subject accuses nobody",
     "NEW DELHI, March 10 (Dipwatch) - India denied that Chinese troops had crossed the border.",
     [], [("IND", "016", "CHN")]),
    ("a denial: a state the clause's act did not harm (the attackers came from it)",
     "ISLAMABAD, March 10 (Dipwatch) - Pakistan denied that the attackers had come from "
     "Afghanistan.",
     [], [("PAK", "016", "AFG")]),
    ("control: a denial aimed at the state the clause's act harmed",
     "MANILA, March 10 (Dipwatch) - The Philippines denied that its navy had rammed a Chinese "
     "coast guard ship.",
     [("PHL", "016", "CHN", D)], []),
    ("a denial negated before its verb is none",
     "BEIJING, March 10 (Dipwatch) - China did not deny that its ships had entered Philippine "
     "waters.",
     [], [("CHN", "016", "PHL"), ("CHN", "016", None)]),
    ("a guess: the modal belongs to a done act's verb, not to the doer",
     "MOSCOW, March 10 (Dipwatch) - Experts say Russia has begun to deploy troops to Belarus.",
     [("RUS", "154", "BLR", D)], []),
    ("control: a guess of an act to come is none",
     "BEIJING, March 10 (Dipwatch) - Observers expect China to mediate between Russia and "
     "Ukraine.",
     [], [("CHN", "045", "RUS")]),
    ("a medal given to a firm is no praise of its state",
     "ASTANA, March 10 (Dipwatch) - Kazakhstan awarded a Chinese company a medal for its work "
     "on the railway.",
     [], [("KAZ", "051", "CHN")]),
    ("the honour of doing a thing is no decoration",
     "MOSCOW, March 10 (Dipwatch) - Putin awarded Xi the honour of opening the forum.",
     [], [("RUS", "051", "CHN")]),
    ("control: an order awarded to a leader is praise",
     "MOSCOW, March 10 (Dipwatch) - Putin awarded Xi the Order of St Andrew.",
     [("RUS", "051", "CHN", D)], []),
    ("ground broken near a military site is no military project",
     "VIENTIANE, March 10 (Dipwatch) - Laos and China broke ground on a railway station near a "
     "military airport.",
     [("LAO", "061", "CHN", D)], [("LAO", "062", "CHN")]),
    ("control: ground broken on a naval base together",
     "PHNOM PENH, March 10 (Dipwatch) - Cambodia and China broke ground on an upgrade of the Ream "
     "naval base.",
     [("KHM", "062", "CHN", D)], []),
    ("readiness to settle a problem with a state's goods names no partner",
     "BRUSSELS, March 10 (Dipwatch) - The EU is ready to handle the problem with Chinese electric "
     "vehicles.",
     [], [("EEC", "030", "CHN")]),
    ("readiness to settle a problem with a state's help names no partner",
     "CANBERRA, March 10 (Dipwatch) - Australia said it was prepared to manage the issue with "
     "Beijing's help.",
     [], [("AUS", "030", "CHN")]),
    ("control: readiness to manage differences with a state",
     "TOKYO, March 10 (Dipwatch) - Japan is ready to manage its differences with China over the "
     "islands.",
     [("JPN", "030", "CHN", D)], []),
    ("people captured who are the doer's own are no accusation",
     "KYIV, March 10 (Dipwatch) - Ukraine said Russian forces had captured two of their own "
     "soldiers who tried to desert.",
     [], [("UKR", "112", "RUS")]),
    ("control: the sayer's people captured",
     "KYIV, March 10 (Dipwatch) - Ukraine said Russian forces had captured two of its soldiers.",
     [("UKR", "112", "RUS", D)], []),
    ("a letter a guest delivered in a clause after him leaves the reception",
     "BEIJING, March 10 (Dipwatch) - Xi received the South Korean envoy, who delivered a letter "
     "from President Yoon.",
     [("CHN", "043", "KOR", D)], []),
    ("control: a letter received is no guest",
     "PYONGYANG, March 10 (Dipwatch) - Kim received a letter from Xi.",
     [], [("PRK", "043", "CHN")]),
    ("talks the host managed to hold were held",
     "BEIJING, March 10 (Dipwatch) - China helped to broker talks between Iran and Saudi Arabia "
     "in Beijing.",
     [("IRN", "040", "SAU", D)], []),
    ("control: talks offered are not held",
     "DOHA, March 10 (Dipwatch) - Qatar offered to host talks between the United States and "
     "Iran.",
     [], [("USA", "040", "IRN")]),
    ("had a phone call: the simple past of have, no past perfect",
     "BEIJING, March 10 (Dipwatch) - Xi had a phone call with Biden.",
     [("CHN", "041", "USA", D)], []),
    ("a past perfect told as earlier in the day is the day's act",
     "BEIJING, March 10 (Dipwatch) - Earlier, Beijing had lodged a protest with Tokyo.",
     [("CHN", "114", "JPN", D)], []),
    ("control: an undated past perfect in narration is background",
     "BEIJING, March 10 (Dipwatch) - Wang Yi had met Blinken in Munich.",
     [], [("CHN", "040", "USA")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_misfires_of_the_seventeenth_round(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
