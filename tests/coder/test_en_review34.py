"""The fourteenth round's new English rules (coder-en31, coder-en32) probed with sentences of
our own in each rule's construction, other wordings than the batch's (eval/README.md, "Review of
the fourteenth round's new English rules"): an offer accepted whose noun carries a modifier
(the Japanese offer, China's generous offer) is no pledge of the taker's, as a bare one is none;
"the two" of a dated contact named by their office (the two foreign ministers, the two prime
ministers) act on its day, as "the two leaders" do; a helper team that will arrive is aid
promised, not given; an apology refused or declined is no rejection, as one not to come is none;
a state that possesses the warning defied (defied Washington's warnings) is no party defied, as
one after "from" is none; a contact or a drill named as a noun before its parties (Joint
exercises by Russia and Belarus, Talks between Iran and Oman) is what the verb after them says:
none if called off, the rule's intent if to come; one of two joined doers of an act no rule
coded (Uganda and Tanzania …; Tanzania regretted the decision) reacts against its object, not
its partner; helpers named by their head noun with their state after "from" (Rescue teams from
Greece arrived in Izmir) are no visitors.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("an offer accepted with a modifier before its noun: no pledge of the taker's",
     "HANOI, March 10 (Dipwatch) - Vietnam accepted the Japanese offer of patrol boats on "
     "Monday. Laos accepted China's generous offer of loans. Cambodia accepted a Chinese offer "
     "to build a port.",
     [], [("VNM", "03", "JPN"), ("LAO", "03", "CHN"), ("KHM", "03", "CHN")]),
    ("control: a plan accepted with a modifier is still coded",
     "HANOI, March 10 (Dipwatch) - Vietnam accepted the Japanese plan on Monday.",
     [("VNM", "03", "JPN", "2021-03-08")], []),
    ("the two of a dated contact named by their office act on its day",
     "MOSCOW, March 10 (Dipwatch) - Lavrov met Wang Yi in Moscow on Tuesday. The two foreign "
     "ministers signed a visa agreement. Modi met Albanese in Delhi on Wednesday. The two prime "
     "ministers signed a defence pact.",
     [("RUS", "057", "CHN", "2021-03-09"), ("IND", "057", "AUS", "2021-03-10")],
     []),
    ("a helper team that will arrive: aid promised, not given",
     "ANKARA, March 10 (Dipwatch) - An Israeli medical team will arrive in Ankara on Friday.",
     [("ISR", "033", "TUR", "2021-03-10")], [("ISR", "073", "TUR")]),
    ("control: a helper team that arrived is aid given",
     "ANKARA, March 10 (Dipwatch) - An Israeli medical team arrived in Ankara on Tuesday.",
     [("ISR", "073", "TUR", "2021-03-09")], []),
    ("an apology refused or declined is no rejection",
     "BELGRADE, March 10 (Dipwatch) - Serbia refused to apologise to Croatia on Tuesday. Israel "
     "declined to apologize for the raid on the Turkish ship.",
     [], [("SRB", "12", "HRV"), ("ISR", "12", "TUR")]),
    ("control: a demand for an apology rejected stays a rejection",
     "BEIJING, March 10 (Dipwatch) - China rejected Japan's demand for an apology on Tuesday.",
     [("CHN", "12", "JPN", "2021-03-09")], []),
    ("a state that possesses the warning defied is no party defied",
     "TEHRAN, March 10 (Dipwatch) - Iran defied Washington's warnings on Tuesday. Beijing "
     "defied Tokyo's protests and sent ships to the islands on Tuesday.",
     [], [("IRN", "128", "USA"), ("CHN", "128", "JPN")]),
    ("control: a state defied itself stays a party",
     "CARACAS, March 10 (Dipwatch) - Venezuela defied the United States again on Tuesday.",
     [("VEN", "128", "USA", "2021-03-09")], []),
    ("a contact or drill named as a noun before its parties, called off or to come",
     "MINSK, March 10 (Dipwatch) - Joint patrols by Chinese and Russian bombers will begin next "
     "month. Joint exercises by Russia and Belarus were cancelled on Tuesday. Talks between Iran "
     "and Oman have been postponed. Talks between Belarus and Serbia will begin next month.",
     [("CHN", "0312", "RUS", "2021-03-10")],
     [("RUS", "06", "BLR"), ("IRN", "04", "OMN"), ("CHN", "062", "RUS"), ("BLR", "04", "SRB")]),
    ("control: one held, or with a clause to come inside it, stays an act",
     "MINSK, March 10 (Dipwatch) - Joint exercises by Russian and Belarusian troops began on "
     "Tuesday. Talks between India and Pakistan, which will resume next week, broke down on "
     "Monday. Talks between Iran and Oman ended on Tuesday and both will meet again in April.",
     [("RUS", "062", "BLR", "2021-03-09"), ("IND", "040", "PAK", "2021-03-08"),
      ("IRN", "040", "OMN", "2021-03-09")], []),
    ("one of two joined doers of an act no rule coded reacts against its object",
     "KAMPALA, March 10 (Dipwatch) - Uganda and Tanzania suspended ties with Rwanda on Monday. "
     "Tanzania later regretted the decision.",
     [("TZA", "11", "RWA", "2021-03-08")], [("TZA", "11", "UGA")]),
    ("control: a third state reacts against the first doer",
     "KAMPALA, March 10 (Dipwatch) - Uganda and Tanzania suspended ties with Rwanda on Monday. "
     "Kenya regretted the decision.",
     [("KEN", "11", "UGA", "2021-03-08")], []),
    ("helpers named by their head noun, their state after \"from\": no visit",
     "ANKARA, March 10 (Dipwatch) - Rescue teams from Greece arrived in Izmir on Tuesday. A "
     "medical team from Qatar landed in Ankara on Monday.",
     [], [("GRC", "04", "TUR"), ("QAT", "04", "TUR")]),
    ("control: a minister from a state who arrived is a visitor",
     "ANKARA, March 10 (Dipwatch) - Greece's foreign minister arrived in Izmir on Tuesday.",
     [("GRC", "04", "TUR", "2021-03-09")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_the_rounds_rules_in_other_wordings(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
