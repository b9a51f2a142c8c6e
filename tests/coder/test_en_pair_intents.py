"""English intents of a pair told in reported speech, in wire sentences of our own: what both
parties will do together, with both as the clause's subject (said the two countries would
manage their differences through dialogue; told Lavrov that China and Russia would maintain
close coordination), is an intent of cooperation of each toward the other (``en.030.pair_will``);
when the sayer is one of "the two sides", the sayer's side is the source, and a pair whose one
half only its own sentence names takes the other from the story's last act. A future leave given
to another party (would allow Taiwan to open an office) is an intent of cooperation too. A
trailing attribution after a comma (…with Washington, foreign ministry spokesman Zhao Lijian
told a briefing) names the sayer, no member of a list with the act's target.
"""

from __future__ import annotations

import pytest

from tests.coder.test_en_batch20 import test_constructions_of_the_thirteenth_batch as _check

# Each case: why, the story, the events that must be found, and the (source, root, target)
# that must not be (the date and code of a found event as in ``coded``).
CASES = [
    ("a named pair's future cooperation, told to one of them",
     "MOSCOW, June 9 (Dipwatch) - Lavrov told Wang on Friday that Russia and China would "
     "deepen their strategic coordination.",
     [("RUS", "030", "CHN", "2023-06-09")], []),
    ("one state's future coordination with a partner after 'with'",
     "HANOI, June 9 (Dipwatch) - Vietnam said it would strengthen coordination with Laos.",
     [("VNM", "030", "LAO", "2023-06-09")], []),
    ("'the two countries' told by the one named second in the story: the sayer leads",
     "CANBERRA, June 9 (Dipwatch) - Australian Prime Minister Anthony Albanese hosted Indian "
     "Prime Minister Narendra Modi on Friday. Modi said after their talks that the two "
     "countries would manage their differences through dialogue.",
     [("IND", "030", "AUS", "2023-06-09")], [("AUS", "03", "IND")]),
    ("'the two sides' whose sayer the last act does not name",
     "NAIROBI, June 9 (Dipwatch) - Ethiopia and Kenya signed a border agreement on Thursday. "
     "Kenya's president later flew to Uganda. Ethiopia's foreign ministry said the two sides "
     "would keep in touch.",
     [("ETH", "030", "KEN", "2023-06-08")], [("KEN", "03", "UGA"), ("UGA", "03", "KEN")]),
    ("control: two states saying it together, neither leads",
     "SEOUL, June 9 (Dipwatch) - Japan and South Korea signed a trade pact on Friday. Japan "
     "and South Korea said the two countries would stay in touch.",
     [("JPN", "030", "KOR", "2023-06-09")], [("KOR", "03", "JPN")]),
    ("control: one state's future coordination with no partner",
     "HANOI, June 9 (Dipwatch) - Vietnam said it would maintain close coordination.",
     [], [("VNM", "03", "")]),
    ("a future leave given to another state",
     "ULAANBAATAR, June 9 (Dipwatch) - Mongolia said it would allow Chinese banks to open "
     "branches in the capital.",
     [("MNG", "030", "CHN", "2023-06-09")], []),
    ("a future leave given, after a verb of telling",
     "NAIROBI, June 9 (Dipwatch) - Kenya's transport minister told reporters that Kenya would "
     "permit Indian airlines to fly to Mombasa.",
     [("KEN", "030", "IND", "2023-06-09")], []),
    ("control: a leave the sayer gets, not gives",
     "TEHRAN, June 9 (Dipwatch) - Iran said the deal would allow it to keep its centrifuges.",
     [], [("IRN", "03", "IRN")]),
    ("a protest's target before a trailing attribution with a bare title",
     "HANOI, June 9 (Dipwatch) - Vietnam lodged a protest with Beijing, foreign ministry "
     "spokeswoman Pham Thu Hang told a briefing on Friday.",
     [("VNM", "114", "CHN", "2023-06-09")], []),
    ("control: an appeal to a list holding the sayer's own state",
     "BEIJING, June 9 (Dipwatch) - Wang urged Japan, China and South Korea to strengthen "
     "dialogue.",
     [], [("CHN", "02", "JPN"), ("CHN", "10", "JPN")]),
    ("control: a future that is no cooperation",
     "TOKYO, June 9 (Dipwatch) - Japan said it would keep its tariffs on Chinese steel.",
     [], [("JPN", "03", "CHN")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_pair_intents(why: str, text: str, found: list, absent: list) -> None:
    _check(why, text, found, absent)  # (the same reading of found and absent events)
