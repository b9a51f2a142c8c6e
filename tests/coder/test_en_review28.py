"""English rules of the tenth round, probed by a reviewer with wire sentences of our own: a
venue's state after a verb of coming (flew to a Thai airport) is the state visited, not a mere
place; two states said jointly not to deepen their ties reject neither; a group counted by its
number but with its members named after it (several countries, including Fiji) keeps the named
partner; "said it would use force" is the sayer's menace only with the pronoun by its modal
(said it feared China would use force: China's); "landed in" is an arrival, "landed contracts
in" none; an outsider who says "the two countries would…" is no side of the pair; a quoted
object naming words said ("irresponsible remarks") is no practice but a reply to their sayer; "refused to call off" is
a refusal of an act, no judgement withheld.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

DAY = date(2024, 5, 17)  # a Friday
THU = "2024-05-16"

# (why, text, what must hold of the events found)
CASES = [
    ("a venue reached by a flight", "HANOI, May 17 (Dipwatch) - U.S. Secretary of State Antony "
     "Blinken flew to a Thai airport on Thursday.", [_holds(("USA", "042", "THA", THU))]),
    ("a venue reached on arrival", "HANOI, May 17 (Dipwatch) - U.S. Secretary of State Antony "
     "Blinken arrived at a Bangkok hotel on Thursday for talks with Chinese Foreign Minister "
     "Wang Yi.", [_holds(("USA", "042", "THA", THU)), _lacks(("USA", "042", "VNM", THU))]),
    ("a venue of a meeting (control)", "HANOI, May 17 (Dipwatch) - U.S. Secretary of State "
     "Antony Blinken met Chinese Foreign Minister Wang Yi at a Bangkok hotel on Thursday.",
     [_holds(("USA", "040", "CHN", THU)), _lacks(("USA", "04", "THA", THU))]),
    ("a joint subject's ties not deepened", "BEIJING, May 17 (Dipwatch) - China and Brazil "
     "will not deepen cooperation, Chinese President Xi Jinping said on Thursday.",
     [_lacks_root("12")]),
    ("a pair's ties not strengthened", "BEIJING, May 17 (Dipwatch) - Chinese President Xi "
     "Jinping met Brazilian President Luiz Inacio Lula da Silva on Thursday. The two sides "
     "would not strengthen exchanges, he said.", [_lacks_root("12")]),
    ("a listed subject refusing a third", "BEIJING, May 17 (Dipwatch) - China and Russia said "
     "on Thursday they would not meet Japan.", [_lacks(("CHN", "12", "RUS", THU))]),
    ("one state's ties not deepened (control)", "BEIJING, May 17 (Dipwatch) - China said on "
     "Thursday it would not deepen relations with Japan.", [_holds(("CHN", "120", "JPN", THU))]),
    ("a counted group with a member named", "BEIJING, May 17 (Dipwatch) - Chinese President "
     "Xi Jinping met leaders of several countries, including Fiji, on Thursday.",
     [_holds(("CHN", "040", "FJI", THU))]),
    ("a counted group, none named (control)", "BEIJING, May 17 (Dipwatch) - China met Japan on "
     "Wednesday. On Thursday Chinese President Xi Jinping held talks with the leaders of eight "
     "Pacific island states.", [_lacks(("CHN", "040", "JPN", THU))]),
    ("force feared of another", "TOKYO, May 17 (Dipwatch) - Japan said on Thursday it feared "
     "China would use force against Taiwan.", [_lacks_root("13")]),
    ("force said of itself (control)", "ABUJA, May 17 (Dipwatch) - Nigeria said on Thursday it "
     "would use force against Niger if the junta did not step down.",
     [_holds(("NGA", "138", "NER", THU))]),
    ("contracts landed", "TOKYO, May 17 (Dipwatch) - A Japanese firm landed contracts in India "
     "on Thursday.", [_lacks_root("04")]),
    ("a landing with its day between", "TOKYO, May 17 (Dipwatch) - Japan's prime minister "
     "landed on Thursday in New Delhi.", [_holds(("JPN", "042", "IND", THU))]),
    ("an outsider on the two countries", "BEIJING, May 17 (Dipwatch) - Chinese President Xi "
     "Jinping met Russian President Vladimir Putin on Wednesday. On Thursday, U.S. Secretary of "
     "State Antony Blinken said the two countries would deepen cooperation against the West.",
     [_lacks(("USA", "030", "CHN", THU)), _lacks(("USA", "030", "RUS", THU))]),
    ("a quoted object that is words said", "BEIJING, May 17 (Dipwatch) - Japan criticised "
     "China on Wednesday. On Thursday China criticised \"irresponsible remarks\".",
     [_holds(("CHN", "111", "JPN", THU))]),
    ("a quoted practice (control)", "BEIJING, May 17 (Dipwatch) - Japan criticised China on "
     "Wednesday. On Thursday China criticised \"exclusive cliques\".",
     [_lacks(("CHN", "111", "JPN", THU))]),
    ("an act refused, no judgement", "JERUSALEM, May 17 (Dipwatch) - Israel refused on "
     "Thursday to call off the offensive demanded by the United States.",
     [_holds(("ISR", "12", "USA", THU))]),
    ("a judgement withheld (control)", "BRASILIA, May 17 (Dipwatch) - Brazil refused on "
     "Thursday to condemn Russia's invasion of Ukraine.", [_lacks_root("12"), _lacks_root("11")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_review28_construction(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
