"""English constructions the thirteenth en_news batch (en-d287…en-d293) showed, in wire
sentences of our own: a verb of calling whose object a possessive complement follows ("called
Putin his best friend") names the object (praise), it does not telephone him; "in charge of"
is responsibility, no charge brought against anyone; a month after a participle and its
prepositional object ("the sentence handed to an Australian writer last month") dates that
reduced relative clause, not the verb the sentence reports; a reaction to an agreement ("the
pact") is aimed at both its parties, a reaction to a visit at the visitor only; "it was ready
to take necessary measures" is the sayer's menace (the adjective of readiness is no thing
subject); a state's firms barred from selling to another state's company is an export ban on
that state; a civil claim filed against a state's government is a lawsuit; duties "removed"
ease the story's sanction, "imposed the ban" is the story's ban; a pause of duties on dozens of
unnamed countries is aimed at none; tariffs "proposed" on a state's goods are a threat of
them; two leaders who do something "together by video link" are in a video contact; an act
done "in defiance of" U.N. resolutions is no protest against the U.N.; "announced plans to
impose tariffs" is a threat of them, "announced tariffs on" the act; a memorandum signed
"directing his administration" to act is an order, no agreement; "budget support to X" is
a noun, no act of support; travellers from a state barred is an entry ban on it; relations
"destroyed" are no property damaged; troops that arrive are deployed, they pay no visit; a
"should" that binds the sayer's own state is no demand of anyone; a state's airlines barred
from a place is a sanction on it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

DAY = date(2024, 7, 10)  # a Wednesday

# (why, text, what must hold of the events found)
CASES = [
    ("named with a possessive", "MOSCOW, July 10 (Dipwatch) - Chinese President Xi Jinping "
     "called Russian President Vladimir Putin his \"best friend\" on Wednesday.",
     [_lacks_root("04"), _holds(("CHN", "051", "RUS", "2024-07-10"))]),
    ("called, a phone call", "MOSCOW, July 10 (Dipwatch) - Chinese President Xi Jinping called "
     "Russian President Vladimir Putin on Wednesday.", [_holds(("CHN", "041", "RUS",
                                                                "2024-07-10"))]),
    ("in charge of", "COLOMBO, July 10 (Dipwatch) - Sri Lanka signed a deal on Wednesday to "
     "lease its port to a Chinese company. Ports Minister Mahinda Samarasinghe said the Sri "
     "Lankan navy would be in charge of the port's security.", [_lacks_root("11")]),
    ("charged", "NEW DELHI, July 10 (Dipwatch) - India charged China on Wednesday with "
     "violating the border agreement.", [_holds(("IND", "112", "CHN", "2024-07-10"))]),
    ("participle with an object, a month", "CANBERRA, July 10 (Dipwatch) - Australian Foreign "
     "Minister Penny Wong held talks with Chinese Foreign Minister Wang Yi on Wednesday. Wong "
     "said she had raised Australia's concerns about the death sentence handed to an "
     "Australian writer last month.", [_holds(("AUS", "012", "CHN", "2024-07-10"))]),
    ("participle with a place, a weekday", "BEIJING, July 10 (Dipwatch) - Chinese Foreign "
     "Minister Wang Yi met a Taliban delegation led by Mullah Baradar in the city of Tianjin on "
     "Monday.", [_holds(("CHN", "040", "AFG", "2024-07-08"))]),
    ("a reaction to a pact", "MANILA, July 10 (Dipwatch) - Japan and the Philippines signed a "
     "defence pact on Monday. Japan's defence minister also held talks with Philippine "
     "officials. China criticised the pact on Tuesday.",
     [_holds(("CHN", "111", "JPN", "2024-07-09")), _holds(("CHN", "111", "PHL", "2024-07-09"))]),
    ("a reaction to a visit", "BUDAPEST, July 10 (Dipwatch) - Hungarian Prime Minister Viktor "
     "Orban met Russian President Vladimir Putin in Moscow on Friday. European Union leaders "
     "criticised the trip on Monday.", [_holds(("EEC", "111", "HUN", "2024-07-08")),
                                        _lacks(("EEC", "111", "RUS", "2024-07-08"))]),
    ("ready to take measures", "BEIJING, July 10 (Dipwatch) - The United States banned "
     "American firms from selling parts to ZTE on Monday. China said on Wednesday it was ready "
     "to take \"necessary measures\".", [_holds(("CHN", "130", "USA", "2024-07-10"))]),
    ("firms barred from selling", "WASHINGTON, July 10 (Dipwatch) - The United States banned "
     "American firms from selling parts to China's ZTE on Monday.",
     [_holds(("USA", "163", "CHN", "2024-07-08"))]),
    ("civil claim", "VANCOUVER, July 10 (Dipwatch) - Huawei's finance chief Meng Wanzhou filed "
     "a civil claim against Canada's government on Monday.",
     [_holds(("CHN", "115", "CAN", "2024-07-08"))]),
    ("duties removed", "CANBERRA, July 10 (Dipwatch) - China imposed tariffs on Australian "
     "barley in 2020. Beijing removed the barley duties last August.",
     [_holds(("CHN", "085", "AUS", "2023-08-01"))]),
    ("the ban imposed", "BEIJING, July 10 (Dipwatch) - China said on Wednesday it opposed the "
     "U.S. ban on sales to China's ZTE. The U.S. Commerce Department imposed the ban on Monday.",
     [_holds(("USA", "163", "CHN", "2024-07-08"))]),
    ("a pause for unnamed states", "BEIJING, July 10 (Dipwatch) - China raised its tariffs on "
     "U.S. goods on Wednesday. Trump on Monday raised the tariff on goods from China while "
     "pausing higher duties on dozens of other countries.", [_lacks_root("08")]),
    ("tariffs proposed", "BEIJING, July 10 (Dipwatch) - Washington proposed tariffs on $50 "
     "billion of Chinese goods on Monday.", [_holds(("USA", "1312", "CHN", "2024-07-08"))]),
    ("together by video link", "MOSCOW, July 10 (Dipwatch) - Russian President Vladimir Putin "
     "and Chinese President Xi Jinping opened a gas pipeline together by video link on Monday.",
     [_holds(("RUS", "041", "CHN", "2024-07-08"))]),
    ("in defiance of", "BEIJING, July 10 (Dipwatch) - China suspended imports of coal from "
     "North Korea on Monday, a week after Pyongyang tested a ballistic missile in defiance of "
     "United Nations resolutions.", [_lacks_root("14"), _holds(("CHN", "163", "PRK",
                                                                "2024-07-08"))]),
    ("announced plans", "BEIJING, July 10 (Dipwatch) - China on Monday announced plans to "
     "impose tariffs of up to 25% on 128 U.S. products.",
     [_holds(("CHN", "1312", "USA", "2024-07-08")), _lacks_root("16")]),
    ("announced tariffs", "BEIJING, July 10 (Dipwatch) - China on Monday announced tariffs on "
     "U.S. products.", [_holds(("CHN", "163", "USA", "2024-07-08"))]),
    ("signed a directive", "WASHINGTON, July 10 (Dipwatch) - U.S. President Donald Trump "
     "signed a memorandum on Monday directing his administration to put tariffs on Chinese "
     "imports.", [_lacks_root("05"), _holds(("USA", "163", "CHN", "2024-07-08"))]),
    ("signed an agreement", "TOKYO, July 10 (Dipwatch) - Japan signed an agreement on Monday "
     "with China.", [_holds(("JPN", "057", "CHN", "2024-07-08"))]),
    ("kind of support", "PARIS, July 10 (Dipwatch) - France said on Monday it had suspended "
     "all development aid and budget support to Niger.", [_lacks_root("05")]),
    ("support, the verb", "PARIS, July 10 (Dipwatch) - France said on Monday it supported "
     "Niger.", [_holds(("FRA", "051", "NER", "2024-07-08"))]),
    ("travellers barred", "CANBERRA, July 10 (Dipwatch) - Australia barred foreign travellers "
     "from China on Monday.", [_holds(("AUS", "163", "CHN", "2024-07-08"))]),
    ("relations destroyed", "MOSCOW, July 10 (Dipwatch) - Russia's ambassador in Washington, "
     "Anatoly Antonov, said on Monday that the United States was destroying what little remained of relations between the two "
     "countries.", [_lacks_root("17")]),
    ("property destroyed", "KYIV, July 10 (Dipwatch) - Russian forces destroyed Ukrainian "
     "grain depots on Monday.", [_holds(("RUS", "171", "UKR", "2024-07-08"))]),
    ("troops arrive", "ALMATY, July 10 (Dipwatch) - Russian paratroopers arrived in "
     "Kazakhstan on Monday as part of a force sent at the president's request.",
     [_lacks_root("04")]),
    ("a minister arrives", "ALMATY, July 10 (Dipwatch) - Russian Foreign Minister Sergei "
     "Lavrov arrived in Kazakhstan on Monday.", [_holds(("RUS", "042", "KAZ", "2024-07-08"))]),
    ("own state should", "TEHRAN, July 10 (Dipwatch) - A senior Iranian official, Mohsen "
     "Rezaei, said on Monday that Iran should seize a British oil tanker if the Grace 1 was not "
     "released.", [_lacks_root("10")]),
    ("another state should", "TEHRAN, July 10 (Dipwatch) - Iran said on Monday that Britain "
     "should release the tanker.", [_holds(("IRN", "100", "GBR", "2024-07-08"))]),
    ("airlines barred", "BRUSSELS, July 10 (Dipwatch) - European Union leaders agreed on "
     "Monday to ban Belarusian airlines from the bloc's airspace.",
     [_holds(("EEC", "163", "BLR", "2024-07-08")), _lacks_root("17")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_batch13_construction(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
