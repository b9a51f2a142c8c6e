"""Constructions the fifteenth English batch left (coder-en25's section of eval/README.md), in
wire sentences of our own: a formal name written without its article (the Republic of Congo,
the Democratic Republic of Congo) is the state the table names with it; a ship or aircraft that
comes within a distance of a state's ground (sailed within 12 nautical miles of an island China
has built) shows force as one that sails near it does; joint drills two states open, start or
kick off are held together as the drills they stage or begin; more of a good or of capital sent
to a state (would increase its oil supplies to China) is economic cooperation, or its intent;
a predicate joined by ", and" with no subject of its own after an "after" clause belongs to
the main clause, and so does the "it" of its reported clause; and two predicates of one root
joined by "and", each with its own object ("firmly opposed" the test and had lodged a protest),
are two acts, the generic code no longer giving way to the specific one; an agreement or deal
reached by a pair one phrase names (the two governments reached an agreement to…) is theirs, as
one they sign was; asset freezes or visa bans imposed on a state's officials, the last of a
list of measures, are a sanction on it, as travel bans were; a state suspended from the G8 is
sanctioned as one suspended from a council.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a formal name without its article",
     "BRAZZAVILLE, March 10 (Dipwatch) - Xi Jinping held talks with the president of the "
     "Republic of Congo on Wednesday.",
     [("CHN", "040", "COG", "2021-03-10")], []),
    ("the longer name without its article is the other state",
     "KINSHASA, March 10 (Dipwatch) - Japan sent food aid to the Democratic Republic of Congo "
     "on Wednesday.",
     [("JPN", "07", "COD", "2021-03-10")], [("JPN", "07", "COG")]),
    ("a distance instead of near: a show of force",
     "BEIJING, March 10 (Dipwatch) - A U.S. destroyer sailed within 12 nautical miles of an "
     "island China has built on Wednesday.",
     [("USA", "150", "CHN", "2021-03-10")], []),
    ("a distance instead of near, by air and in kilometres",
     "RIGA, March 10 (Dipwatch) - Two Russian bombers flew within 20 kilometres of Latvia on "
     "Wednesday, the Latvian military said.",
     [("RUS", "150", "LVA", "2021-03-10")], []),
    ("control: a distance negated is no show of force",
     "BEIJING, March 10 (Dipwatch) - China said it would not sail within 12 miles of Japan.",
     [], [("CHN", "15", "JPN")]),
    ("joint drills opened",
     "ZHANJIANG, March 10 (Dipwatch) - China and Russia opened eight days of joint naval "
     "exercises in the South China Sea on Wednesday.",
     [("CHN", "062", "RUS", "2021-03-10")], []),
    ("joint drills kicked off",
     "TEHRAN, March 10 (Dipwatch) - Iran and Russia kicked off joint naval drills in the Gulf "
     "of Oman on Wednesday.",
     [("IRN", "062", "RUS", "2021-03-10")], []),
    ("more of a good sent to a state, promised",
     "MOSCOW, March 10 (Dipwatch) - Russia will boost gas deliveries to India next year, its "
     "energy minister said on Wednesday.",
     [("RUS", "031", "IND", "2021-03-10")], []),
    ("more capital sent to a state, done",
     "LUSAKA, March 10 (Dipwatch) - Japan raised its investment in Zambia to $2 billion on "
     "Wednesday.",
     [("JPN", "061", "ZMB", "2021-03-10")], []),
    ("control: supplies cut are no cooperation",
     "MOSCOW, March 10 (Dipwatch) - Russia said on Wednesday it would cut its gas supplies to "
     "Poland.",
     [], [("RUS", "03", "POL"), ("RUS", "06", "POL")]),
    ("a predicate joined by a comma and 'and' after an after clause is the main subject's",
     "TOKYO, March 10 (Dipwatch) - Japan protested to China on Wednesday after Chinese ships "
     "entered its waters, and warned that it would take firm measures.",
     [("JPN", "130", "CHN", "2021-03-10")], [("CHN", "13", "JPN")]),
    ("control: the same, no menace read from the after clause's doer",
     "HANOI, March 10 (Dipwatch) - Vietnam lodged a protest with China after Chinese vessels "
     "rammed a fishing boat, and warned that it would defend its sovereignty.",
     [("VNM", "114", "CHN", "2021-03-10")], [("CHN", "13", "VNM"), ("VNM", "13", "CHN")]),
    ("control: a clause with its own subject after the comma",
     "SEOUL, March 10 (Dipwatch) - Seoul summoned Japan's envoy after Tokyo renewed its claim, "
     "and Japan warned that it would respond.",
     [("KOR", "114", "JPN", "2021-03-10")], [("KOR", "13", "JPN")]),
    ("two predicates of one root, each with its object, are two acts",
     "BEIJING, March 10 (Dipwatch) - China said on Wednesday it firmly opposed the new U.S. "
     "sanctions and had lodged stern representations with Washington.",
     [("CHN", "110", "USA", "2021-03-10"), ("CHN", "114", "USA", "2021-03-10")], []),
    ("the same, in the present, with an adverb before the second verb",
     "NEW DELHI, March 10 (Dipwatch) - India opposes Pakistan's move and strongly protested to "
     "Islamabad on Wednesday.",
     [("IND", "110", "PAK", "2021-03-10"), ("IND", "114", "PAK", "2021-03-10")], []),
    ("an agreement reached by a pair one phrase names",
     "NAIROBI, March 10 (Dipwatch) - Chinese Premier Li Qiang held talks with Kenya's president "
     "on Wednesday. The two governments reached an agreement to expand the port of Mombasa.",
     [("CHN", "057", "KEN", "2021-03-10")], []),
    ("a deal struck by a pair one phrase names",
     "ANKARA, March 10 (Dipwatch) - Turkey's president met Azerbaijan's president on Wednesday. "
     "The two leaders struck a deal on gas, officials said.",
     [("TUR", "057", "AZE", "2021-03-10")], []),
    ("control: an agreement not reached",
     "ANKARA, March 10 (Dipwatch) - Turkey's president met Azerbaijan's president on Wednesday. "
     "The two sides failed to reach an agreement on gas.",
     [], [("TUR", "05", "AZE")]),
    ("assets frozen, the last of a list of measures",
     "BRUSSELS, March 10 (Dipwatch) - The European Union imposed travel bans and asset freezes "
     "on Belarusian officials on Wednesday.",
     [("EEC", "163", "BLR", "2021-03-10")], []),
    ("an asset freeze alone",
     "LONDON, March 10 (Dipwatch) - Britain imposed an asset freeze on Iran's central bank on "
     "Wednesday.",
     [("GBR", "163", "IRN", "2021-03-10")], []),
    ("control: an asset freeze ruled out",
     "BRUSSELS, March 10 (Dipwatch) - The EU said it would not impose asset freezes on Russian "
     "officials.",
     [], [("EEC", "16", "RUS")]),
    ("a state suspended from the G8",
     "LONDON, March 10 (Dipwatch) - The Group of Seven suspended Russia from the G8 on "
     "Wednesday, officials said.",
     [("GOS", "163", "RUS", "2021-03-10")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_the_fifteenth_batch_left(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
