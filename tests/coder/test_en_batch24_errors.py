"""The twenty-fourth English batch's errors at their structure (coder-en48), in wire sentences
of our own: a passive relative clause after an act noun's phrase, an arrival's time before
"from", a relative clause nested in the subject's, and the day of a statement with no time of
its own that a dated sentence introduces; each with a near neighbour that must stay as it was.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
TUE = "2021-03-09"
MON = "2021-03-08"
# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a passive relative clause after an act noun's phrase judges no state inside it",
     "BANGKOK, March 10 (Dipwatch) - Thailand on Wednesday defended its deportation of 109 "
     "migrants to China, which was condemned by the United States.",
     [], [("USA", "111", "CHN")]),
    ("the same with a sale of arms to a place",
     "TAIPEI, March 10 (Dipwatch) - Washington approved the sale of arms to Taiwan, which was "
     "condemned by China.",
     [], [("CHN", "111", "TWN")]),
    ("control: a person's passive relative clause, the person suffered the act",
     "MOSCOW, March 10 (Dipwatch) - Xi, who was welcomed by Putin at the airport, held talks "
     "with Medvedev.",
     [("RUS", "043", "CHN", D)], []),
    ("control: a state named as an office's owner, not an act's phrase",
     "TOKYO, March 10 (Dipwatch) - Kishida met the envoy of China, which was criticised by the "
     "United States.",
     [("USA", "111", "CHN", D)], []),
    ("an arrival's time before 'from': the origin is no destination",
     "DUSHANBE, March 10 (Dipwatch) - Xi arrived on Tuesday evening from Kazakhstan.",
     [], [("CHN", "042", "KAZ")]),
    ("control: an arrival in a place, then where from",
     "DUSHANBE, March 10 (Dipwatch) - Xi arrived on Tuesday in Kazakhstan from Russia.",
     [("CHN", "042", "KAZ", TUE)], []),
    ("a relative clause nested in the subject's: the subject is the outer antecedent",
     "DUSHANBE, March 10 (Dipwatch) - Xi, who arrived on Tuesday evening from Astana, where he "
     "had attended a summit of the Shanghai Cooperation Organisation, held talks with Rahmon.",
     [("CHN", "040", "TJK", D)], [("KAZ", "040", "TJK"), ("CHN", "042", "KAZ")]),
    ("a quotation, then the speaker going on: the speaker's dated sentence's day",
     'WASHINGTON, March 10 (Dipwatch) - China on Wednesday rejected U.S. accusations of spying. '
     'Pentagon spokeswoman Dana White said on Monday that Washington had lodged a protest with '
     'Beijing. "These are very serious incidents," White told reporters, adding that the United '
     'States had asked the Chinese government to investigate.',
     [("USA", "020", "CHN", MON)], []),
    ("a reaction 'also' joins to the statement told before: its day",
     "BANGKOK, March 10 (Dipwatch) - Thailand on Wednesday defended its deportation of 109 "
     "migrants to China. The U.N. refugee agency said on Tuesday that it was shocked by the "
     "deportation. The U.S. State Department also condemned it and called on Thailand to let "
     "the others leave.",
     [("USA", "111", "THA", TUE), ("USA", "020", "THA", TUE)], []),
    ("control: no 'also', no join: the lead's day",
     "BANGKOK, March 10 (Dipwatch) - Thailand on Wednesday defended its deportation of 109 "
     "migrants to China. The U.N. refugee agency said on Tuesday that it was shocked by the "
     "deportation. The U.S. State Department condemned it and called on Thailand to let the "
     "others leave.",
     [("USA", "111", "THA", D)], []),
    ("what one tells the other after a contact with its place and day: that day",
     "SHANGHAI, March 10 (Dipwatch) - Spanish Prime Minister Pedro Sanchez called on the "
     "European Union on Wednesday to reconsider its tariffs. Sanchez spoke in Kunshan at the end "
     "of a four-day visit, during which he met President Xi Jinping in Beijing on Monday. Xi "
     "told him that China was ready to deepen cooperation with Spain.",
     [("CHN", "030", "ESP", MON)], []),
    ("'the two leaders' after a relative clause's contacts: the main clause's pair, its day",
     "DUSHANBE, March 10 (Dipwatch) - Xi and Rahmon signed a joint statement on Wednesday. Xi, "
     "who arrived on Tuesday evening from Astana, where he had met Russian President Vladimir "
     "Putin and Turkish President Tayyip Erdogan on Monday, held talks with Tajik President "
     "Emomali Rahmon. The two leaders pledged to work together against terrorism.",
     [("CHN", "030", "TJK", D)], [("CHN", "030", "RUS"), ("CHN", "030", "KAZ")]),
    ("control: 'the two leaders' after one contact with its day",
     "MOSCOW, March 10 (Dipwatch) - Xi met Putin in Moscow on Monday. The two leaders pledged to "
     "work together against terrorism.",
     [("CHN", "030", "RUS", MON)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_errors_of_the_twenty_fourth_batch(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
