"""Menaces and judgements told without a verb of threat or of criticism, in wire sentences of
our own (rules ``en.130.resolve``, ``en.130.not_idle``): a sayer's words of what its state will
do against the act the story told ("would make necessary responses", "would not sit idly by",
"all options were on the table") are a threat aimed at that act's doer; not when negated,
asked about, or said of a thing no state did. And judgements with no verb of criticism or praise
("called the Greek deployment illegal", "said Greece's deployment was a threat to peace", "said
Aliyev was a very experienced statesman"): not when negated, asked about, said of no state or of
the speaker's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

DAY = date(2021, 5, 4)  # a Tuesday
LEAD = "ANKARA, May 4 (Dipwatch) - Greece sent two frigates to the area on Monday. "
MENACE = ("TUR", "130", "GRC", "2021-05-04")

# (why, text, what must hold of the events found)
CASES = [
    ("necessary responses", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara "
     "would make \"necessary responses\".", [_holds(MENACE)]),
    ("fight to the end", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara would "
     "\"fight to the end\".", [_holds(MENACE)]),
    ("not sit idly by", LEAD + "Turkey's foreign ministry said on Tuesday that the government "
     "would not sit idly by.", [_holds(MENACE)]),
    ("options on the table", LEAD + "Turkey's foreign ministry said on Tuesday that all "
     "options were on the table.", [_holds(MENACE)]),
    ("the sayer, not the state named between", LEAD + "Turkey's embassy condemned the decision on "
     "Tuesday, said it had lodged a protest with Greece, and warned that it would make "
     "\"necessary responses\".", [_holds(MENACE),
      lambda found: not any(src == "GRC" for src, _, _, _ in found)]),
    ("negated", LEAD + "Turkey's foreign ministry said on Tuesday that Ankara would not make "
     "any response.", [_lacks_root("13")]),
    ("asked", LEAD + "Asked whether Ankara would take countermeasures, Turkey's foreign "
     "ministry said on Tuesday it had nothing to add.", [_lacks_root("13")]),
    # two reported clauses joined by "and that": the "not" of the first is not the second's
    # (coder/en_that_clauses.py); a "not" in the second still negates
    ("first clause negated", LEAD + "Turkey's foreign minister said on Tuesday that his "
     "country would not be cowed and that the government was preparing \"countermeasures\".",
     [_holds(MENACE)]),
    ("second clause negated", LEAD + "Turkey's foreign minister said on Tuesday that his "
     "country was ready for talks and that the government was not preparing countermeasures.",
     [_lacks_root("13")]),
    ("no state's act", "ANKARA, May 4 (Dipwatch) - Turkey's foreign ministry said on Tuesday "
     "that Ankara would fight to the end against the pandemic.", [_lacks_root("13")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), CASES)
def test_menace_without_verb(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)


JUDGED = ("TUR", "111", "GRC", "2021-05-04")
PRAISED = ("TUR", "051", "AZE", "2021-05-04")
SAID = "ANKARA, May 4 (Dipwatch) - Turkey's foreign minister "

# Judgements with no verb of criticism or praise (rules ``en.111.judged_act``,
# ``en.111.said_judged``, ``en.051.said_praised``; checks in ``coder/en_judgements.py``).
JUDGEMENTS = [
    ("called, adjective", SAID + "called the Greek deployment illegal on Tuesday.",
     [_holds(JUDGED), _lacks_root("04")]),
    ("called, possessive", SAID + "called Greece's deployment \"a provocation\" on Tuesday.",
     [_holds(JUDGED)]),
    ("described as", SAID + "described the Greek move as dangerous on Tuesday.",
     [_holds(JUDGED)]),
    ("a call stays a call", SAID + "called Greek Prime Minister Kyriakos Mitsotakis on Tuesday "
     "over the illegal drills.", [_holds(("TUR", "041", "GRC", "2021-05-04"))]),
    ("said was a threat", SAID + "said on Tuesday that Greece's deployment was a clear threat "
     "to regional peace.", [_holds(JUDGED)]),
    ("said would be wrong", SAID + "said on Tuesday that Greece would be wrong to send more "
     "frigates.", [_holds(JUDGED)]),
    ("a precedent", LEAD + "Turkey's foreign minister said on Tuesday that the hasty move "
     "would set a dangerous precedent.", [_holds(JUDGED)]),
    ("said, negated", SAID + "said on Tuesday that the Greek deployment was not a threat to "
     "regional peace.", [_lacks_root("11")]),
    ("asked", "ANKARA, May 4 (Dipwatch) - Asked whether the Greek deployment was illegal, "
     "Turkey's foreign minister said on Tuesday he had nothing to add.", [_lacks_root("11")]),
    ("no state judged", SAID + "said on Tuesday that the pandemic was a threat to regional "
     "peace.", [_lacks_root("11")]),
    ("own state", SAID + "said on Tuesday that Ankara's decision was wrong.",
     [_lacks_root("11")]),
    ("praised statesman", SAID + "told reporters on Tuesday that Aliyev was \"a very "
     "experienced statesman\".", [_holds(PRAISED)]),
    ("constructive role", SAID + "said on Tuesday that Azerbaijan had played a constructive "
     "role in the talks.", [_holds(PRAISED)]),
    ("praise negated", SAID + "said on Tuesday that Azerbaijan was not a reliable partner.",
     [_lacks_root("05")]),
    ("no state praised", SAID + "said on Tuesday that the talks had played a positive role.",
     [_lacks_root("05")]),
]  # fmt: skip


# Intents whose verb no rule had (rules ``en.031.trade_intent``, ``en.030.reopen_office``).
INTENTS = [
    ("trade agreement wanted", SAID + "said on Tuesday that Ankara wanted to upgrade its free "
     "trade agreement with Malaysia.", [_holds(("TUR", "031", "MYS", "2021-05-04"))]),
    ("import more", SAID + "said on Tuesday that Ankara would import more Malaysian palm oil.",
     [_holds(("TUR", "031", "MYS", "2021-05-04"))]),
    ("reopen an embassy", SAID + "said on Tuesday that Ankara will reopen its embassy in "
     "Damascus.", [_holds(("TUR", "030", "SYR", "2021-05-04"))]),
    ("asked", "ANKARA, May 4 (Dipwatch) - Asked whether Ankara would reopen its embassy in "
     "Damascus, Turkey's foreign minister said on Tuesday it was too early to say.",
     [_lacks_root("03")]),
    ("another allowed to open", "VILNIUS, May 4 (Dipwatch) - Lithuania allowed Taiwan to open "
     "a representative office in Vilnius on Tuesday.", [_lacks(("TWN", "030", "LTU",
                                                                "2021-05-04"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "checks"), JUDGEMENTS + INTENTS)
def test_judgement_or_intent_without_verb(why, text, checks):
    found = coded(text, DAY)
    assert all(check(found) for check in checks), (why, found)
