"""English constructions of the seventeenth round, in wire sentences of our own: a contact told
in the past perfect (`had spoken with`), measures promised for a purpose that menaces no one
(`whatever action is needed to help`), and a judgement of measures named with the state they
fall on (`criticised the measures against China`: of whoever took them); a pair that shook
hands, dined or opened something together met, and one that cut short its summit held it; a
person in another state on a day, or at its leader's inauguration, visited it; a condition
after a later clause of saying (`imposed sanctions…, warning that … if`) is what is said; "the
deal" approved points back to a sale told earlier in its own sentence too, and "the package of
rocket launchers" approved to an arms package told "for" a state; craft shot down or intercepted
in the passive are force against whoever launched them, a meeting in the passive is not aimed
at the story's party; an accusation with its own verb joined by "and" after a judgement is an
act of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events

DAY = date(2024, 5, 16)  # a Thursday
PERFECT_CALL = "TOKYO, May 16 (Dipwatch) - Kishida met Biden on Thursday. The two leaders had "
HANOI = "HANOI, May 16 (Dipwatch) - U.S. President Donald Trump "
PARIS = "PARIS, May 16 (Dipwatch) - "
SANCTIONS = "BERLIN, May 16 (Dipwatch) - The {} imposed sanctions on {} on Wednesday. "

# (text, event, whether it is found)
CASES = [
    # a contact reported in the past perfect, its own day after it
    ("BEIJING, May 16 (Dipwatch) - Wang Yi told reporters on Thursday that he had spoken with "
     "Russian Foreign Minister Sergei Lavrov on Wednesday.", ("CHN", "040", "RUS", "2024-05-15"),
     True),
    (PERFECT_CALL + "spoken by phone on Monday.", ("JPN", "041", "USA", "2024-05-13"), True),
    # a speaker with reporters talked to no state (a control)
    ("TOKYO, May 16 (Dipwatch) - Kishida said he had spoken with reporters on Wednesday.",
     ("JPN", "040", "", "2024-05-15"), False),
    # measures promised to help, support, evacuate or work with: no menace
    ("TOKYO, May 16 (Dipwatch) - Japan said on Thursday it would take whatever action is needed "
     "to help Turkey after the earthquake.", ("JPN", "130", "TUR", "2024-05-16"), False),
    ("TOKYO, May 16 (Dipwatch) - Japan said on Thursday it would take all actions necessary to "
     "evacuate its nationals from Sudan.", ("JPN", "130", "SDN", "2024-05-16"), False),
    ("TOKYO, May 16 (Dipwatch) - The United States said on Thursday it would take whatever "
     "action is needed to work with China on climate.", ("USA", "130", "CHN", "2024-05-16"),
     False),
    # controls: measures to defend or to answer stay a menace, an adverb between or not
    ("BEIJING, May 16 (Dipwatch) - China said on Thursday it would take all necessary measures "
     "to resolutely safeguard its sovereignty, after Japan's drills.",
     ("CHN", "130", "JPN", "2024-05-16"), True),
    ("TOKYO, May 16 (Dipwatch) - Japan said on Thursday it would take whatever action is needed "
     "to respond to China's drills.", ("JPN", "130", "CHN", "2024-05-16"), True),
    # a judgement of measures is of whoever took them, not of the state they fall on
    ("BERLIN, May 16 (Dipwatch) - Germany on Thursday criticised the measures against China.",
     ("DEU", "111", "CHN", "2024-05-16"), False),
    (SANCTIONS.format("United States", "China") + "Russia on Thursday criticised the sanctions "
     "against China.", ("RUS", "111", "USA", "2024-05-16"), True),
    (SANCTIONS.format("European Union", "Russia") + "Hungary criticised the sanctions on Russia "
     "on Thursday.", ("HUN", "111", "RUS", "2024-05-16"), False),
    # controls: measures still to come fall on the one they name; a possessive names the doer
    ("BERLIN, May 16 (Dipwatch) - Germany on Thursday called for sanctions against Russia.",
     ("DEU", "111", "RUS", "2024-05-16"), True),
    ("BERLIN, May 16 (Dipwatch) - Hungary on Thursday criticised the EU's sanctions against "
     "Russia.", ("HUN", "111", "EEC", "2024-05-16"), True),
    # co-presence told by what the pair did: a meeting (one actor alone met no one)
    (PARIS + "Chinese President Xi Jinping and Taiwan's President Ma Ying-jeou shook hands at a "
     "Singapore hotel on Thursday.", ("CHN", "040", "TWN", "2024-05-16"), True),
    (HANOI + "met North Korean leader Kim Jong Un on Thursday. The two leaders had dinner "
     "together on Wednesday evening.", ("USA", "040", "PRK", "2024-05-15"), True),
    (PARIS + "On Thursday, Macron and Xi opened the China International Import Expo together "
     "in Shanghai.", ("FRA", "040", "CHN", "2024-05-16"), True),
    (HANOI + "and North Korean leader Kim Jong Un cut short their second summit on Thursday.",
     ("USA", "040", "PRK", "2024-05-16"), True),
    (PARIS + "Xi visited France on Thursday. He and his wife toured the Louvre together.",
     ("CHN", "040", "FRA", "2024-05-16"), False),
    (PARIS + "Xi and Putin visited the exhibition together by video link on Thursday.",
     ("CHN", "040", "RUS", "2024-05-16"), False),
    # a person's presence in a place is a visit; a ship's in a state's waters, or a state's, none
    (PARIS + "Chinese Foreign Minister Wang Yi was in Manila for talks with Philippine "
     "officials on Wednesday.", ("CHN", "042", "PHL", "2024-05-15"), True),
    (PARIS + "Samoa and China signed an agreement on Thursday during Wang Yi's visit to Apia, "
     "and Wang was in Kiribati on Wednesday.", ("WSM", "042", "KIR", "2024-05-15"), False),
    ("WASHINGTON, Jan 20 (Dipwatch) - Chinese Vice President Han Zheng attended Donald Trump's "
     "inauguration on Monday.", ("CHN", "042", "USA", "2024-05-13"), True),
    (PARIS + "The Chinese ship was in Philippine waters on Wednesday.",
     ("CHN", "042", "PHL", "2024-05-15"), False),
    (PARIS + "The two Canadians were in Chinese custody on Wednesday.",
     ("CAN", "042", "CHN", "2024-05-15"), False),
    # the sanctions were imposed; only the warning after them is conditional
    ("ABUJA, May 16 (Dipwatch) - ECOWAS imposed sanctions on Niger on Thursday, warning that it "
     "could use force if the junta did not restore Bazoum.", ("WAS", "163", "NER", "2024-05-16"),
     True),
    ("ABUJA, May 16 (Dipwatch) - ECOWAS would impose sanctions on Niger if the junta did not "
     "restore Bazoum, it said on Thursday.", ("WAS", "1312", "NER", "2024-05-16"), True),
    # the deal approved is the sale to Taiwan the same sentence told
    ("BEIJING, May 16 (Dipwatch) - China said on Wednesday it would impose sanctions on U.S. "
     "companies involved in a planned $8 billion sale of F-16 fighter jets to Taiwan, after the "
     "U.S. State Department approved the deal on Tuesday.", ("USA", "072", "TWN", "2024-05-14"),
     True),
    # the package of arms approved is the one the lead told for the island
    ("TAIPEI, May 16 (Dipwatch) - China launched drills around Taiwan on Thursday, days after "
     "Washington approved a record arms package for the island. The U.S. State Department "
     "approved the $11.1 billion package of rocket launchers and missiles on Tuesday.",
     ("USA", "072", "TWN", "2024-05-14"), True),
    ("TAIPEI, May 16 (Dipwatch) - The U.S. Congress approved the $11.1 billion package of "
     "reforms on Tuesday.", ("USA", "072", "TWN", "2024-05-14"), False),
    # force in the passive on the story's craft: against their launcher
    ("JERUSALEM, May 16 (Dipwatch) - Iran launched more than 300 drones and missiles at Israel "
     "late on Wednesday. Most of the missiles were intercepted by Israel's Arrow system late on "
     "Wednesday, the military said.", ("ISR", "190", "IRN", "2024-05-15"), True),
    ("WASHINGTON, May 16 (Dipwatch) - China said on Thursday the balloon was a civilian "
     "airship. The balloon was shot down by a U.S. F-22 fighter jet on Wednesday.",
     ("USA", "190", "CHN", "2024-05-15"), True),
    # a control: a meeting in the passive is no act on the story's other party
    ("OTTAWA, May 16 (Dipwatch) - China released Michael Kovrig and Michael Spavor on "
     "Wednesday. The two men landed in Calgary on Thursday and were met by Canadian Prime "
     "Minister Justin Trudeau.", ("CAN", "040", "CHN", "2024-05-16"), False),
    # a judgement, then "and accused": two acts; "accusing" says what the condemnation was for
    ("WASHINGTON, May 16 (Dipwatch) - China's embassy said on Thursday that the U.S. statement "
     "was \"completely unjustified\" and accused the United States of stirring up tension.",
     ("CHN", "112", "USA", "2024-05-16"), True),
    ("WASHINGTON, May 16 (Dipwatch) - China on Thursday condemned the United States, accusing "
     "it of stirring up tension.", ("CHN", "112", "USA", "2024-05-16"), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "found"), CASES)
def test_round17(text: str, event: tuple[str, str, str, str], found: bool) -> None:
    assert (event in events(text, DAY)) is found
