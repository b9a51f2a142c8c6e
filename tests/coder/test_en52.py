"""English misses the twenty-third to twenty-fifth batches share (coder-en52, its section of
eval/README.md): a joined subject with an apposition, a second verb sharing its partner with a
contact verb, and a cause ascribed to another state in reported speech. Sentences of our own,
with near neighbours that must not change.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-09"  # the Tuesday before test_en_batch22.DAY (2021-03-10)
CASES = [
    ("057: the second party of a joined subject past its apposition",
     "OTTAWA, March 10 (Dipwatch) - Canadian Foreign Minister Melanie Joly and her Indian "
     "counterpart, Subrahmanyam Jaishankar, signed a trade agreement on Tuesday.",
     [("CAN", "057", "IND", D)], []),
    ("057: a title after the first party, a name of no table in the apposition",
     "LIMA, March 10 (Dipwatch) - Peru's foreign minister and his Chilean counterpart, Alberto "
     "van Klaveren, signed a border accord on Tuesday.",
     [("PER", "057", "CHL", D)], []),
    ("control: an apposition of the same state's person makes no partner",
     "SEOUL, March 10 (Dipwatch) - Yoon and his defence minister, Lee Jong-sup, signed a decree "
     "on Tuesday.",
     [], [(None, "05", None)]),
    ("control: a relative clause is no apposition",
     "TOKYO, March 10 (Dipwatch) - Kishida and his wife, who arrived from India, signed a "
     "visitors' book on Tuesday.",
     [], [(None, "05", None)]),
    ("057: the agreement's partner is the one the talks were held with",
     "NEW DELHI, March 10 (Dipwatch) - Japanese Prime Minister Fumio Kishida held talks with "
     "Narendra Modi on Tuesday and signed a deal on high-speed rail.",
     [("JPN", "040", "IND", D), ("JPN", "057", "IND", D)], []),
    ("057: met the president of a state named by its adjective, and signed",
     "ABU DHABI, March 10 (Dipwatch) - Modi met the Emirati president on Tuesday and signed a "
     "bilateral investment treaty.",
     [("IND", "057", "ARE", D)], []),
    ("control: a partner named with the second verb keeps its place",
     "ASHGABAT, March 10 (Dipwatch) - Xi held talks with Vladimir Putin on Tuesday and signed an "
     "agreement with Kazakhstan on Wednesday.",
     [("CHN", "057", "KAZ", "2021-03-10")], [("CHN", "05", "RUS")]),
    ("control: a clause of its own after a comma has its own subject",
     "BEIJING, March 10 (Dipwatch) - Lula met Xi Jinping on Tuesday, and Argentina signed a swap "
     "agreement with Brazil.",
     [("ARG", "057", "BRA", D)], [("BRA", "05", "CHN")]),
    ("control: met people of no state, then a domestic decree",
     "BRASILIA, March 10 (Dipwatch) - Lula met with union leaders on Tuesday and signed a decree "
     "raising the minimum wage.",
     [], [(None, "05", None)]),
    ("112: harm the sayer ascribes to another state's means",
     "WASHINGTON, March 10 (Dipwatch) - The Pentagon said on Tuesday that lasers from a Chinese "
     "base had caused eye injuries to two American pilots.",
     [("USA", "112", "CHN", D)], []),
    ("112: a rupture caused by another state, in the passive",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday that the tension had been caused by "
     "the United States.",
     [("CHN", "112", "USA", D)], []),
    ("control: damage caused by a quake names no state",
     "TOKYO, March 10 (Dipwatch) - Japan said on Tuesday that the earthquake had caused damage "
     "to roads in Fukushima.",
     [], [(None, "11", None)]),
    ("control: a cause that is no state",
     "BEIJING, March 10 (Dipwatch) - China said on Tuesday that the floods had been caused by "
     "heavy rain.",
     [], [(None, "11", None)]),
    ("control: the sayer's own mistakes, the other state after the verb",
     "SEOUL, March 10 (Dipwatch) - Seoul said on Tuesday that its own mistakes had caused the "
     "dispute with Japan.",
     [], [(None, "11", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_batch23_25_structures(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
