"""English constructions a reviewer found in the sixteenth round, each probed with wire
sentences of our own: an act told in the past perfect with a day of its own (said on Thursday
he had called Wang on Wednesday) has that day, not the telling's; an act inside a motive
clause's finding by others (after investigators found they had supplied…) is no act of the
main clause's subject; a response promised to "any" attack names no one to aim at, not the
story's last actor; "called on X to pay his respects" is a courtesy call, not an appeal.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

DAY = date(2024, 5, 17)  # a Friday

# (why, text, what must hold of the events found)
CASES = [
    ("a past perfect with its own day", "WASHINGTON, May 17 (Dipwatch) - U.S. Secretary of "
     "State Antony Blinken said on Thursday he had called Chinese Foreign Minister Wang Yi on "
     "Wednesday.", [_holds(("USA", "041", "CHN", "2024-05-15"))]),
    ("a past perfect with its own day, a bare weekday", "TOKYO, May 17 (Dipwatch) - Japan's "
     "foreign ministry said Friday that it had lodged a protest with Beijing on Tuesday.",
     [_holds(("JPN", "114", "CHN", "2024-05-14"))]),
    ("a past perfect whose later day is another clause's (control)", "TOKYO, May 17 "
     "(Dipwatch) - Japan said on Thursday it had protested to China over the ships that "
     "entered its waters on Monday.", [_holds(("JPN", "114", "CHN", "2024-05-16"))]),
    ("a finding of others in a motive clause", "WASHINGTON, May 17 (Dipwatch) - The United "
     "States sanctioned three Chinese firms on Thursday after investigators found they had "
     "supplied drones to Russia.",
     [_holds(("USA", "163", "CHN", "2024-05-16")), _lacks(("USA", "072", "RUS", "2024-05-16"))]),
    ("a saying of others in a motive clause", "WASHINGTON, May 17 (Dipwatch) - Washington "
     "imposed sanctions on two Chinese companies on Thursday after officials said they had "
     "sent weapons to Iran.", [_lacks(("USA", "072", "IRN", "2024-05-16"))]),
    ("a response to any attack", "TEHRAN, May 17 (Dipwatch) - Israel struck targets in Syria "
     "on Thursday. China said on Friday it would respond firmly to any provocation.",
     [_lacks(("CHN", "13", "ISR", "2024-05-17"))]),
    ("a response to any attack, after a party's act", "MANILA, May 17 (Dipwatch) - The "
     "Philippines rammed a Chinese vessel on Thursday. Russia warned on Friday of a strong "
     "response to any attack on its ships.", [_lacks(("RUS", "13", "PHL", "2024-05-17"))]),
    ("a response to any act by a named doer", "MANILA, May 17 (Dipwatch) - The Philippines "
     "rammed a Chinese vessel on Thursday. Beijing said on Friday it would respond firmly to "
     "any provocation by Manila.", [_holds(("CHN", "13", "PHL", "2024-05-17"))]),
    ("a warning to a named state (control)", "TEHRAN, May 17 (Dipwatch) - Iran warned Israel "
     "on Friday of a strong response to any attack on its territory.",
     [_holds(("IRN", "13", "ISR", "2024-05-17"))]),
    ("a courtesy call with its errand", "MOSCOW, May 17 (Dipwatch) - Chinese Foreign Minister "
     "Wang Yi called on Russian President Vladimir Putin on Friday to pay his respects.",
     [_holds(("CHN", "04", "RUS", "2024-05-17")), _lacks_root("02")]),
    ("a courtesy call on an office", "TOKYO, May 17 (Dipwatch) - The new Chinese ambassador "
     "called on the Japanese foreign minister on Friday to pay his respects.",
     [_holds(("CHN", "04", "JPN", "2024-05-17")), _lacks_root("02")]),
    ("an appeal to pay attention (control)", "TOKYO, May 17 (Dipwatch) - Japan called on "
     "China on Friday to pay attention to the safety of Japanese citizens.",
     [_holds(("JPN", "02", "CHN", "2024-05-17"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_review16_construction(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
