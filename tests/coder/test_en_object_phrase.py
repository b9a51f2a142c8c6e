"""The object's noun phrase and the lead of reported speech decide the act (coder-en40's section
of eval/README.md, "The twenty-second batch"), in wire sentences of our own (none of the
articles'): credentials accepted or presented are a meeting, not an agreement; a called object
given a noun of praise is praised, not telephoned; an invitation to hold a meeting in a state is
a visit to come; the sayer's displeasure, a possessed thing judged inappropriate or
unsatisfactory, and readiness to help told in reported speech are acts of the sayer; a name no
table knows takes the state of its apposition (Alan Gross, a U.S. aid contractor); a journey
in the present whose day stands before its destination (flies on Friday to Vientiane) is a
schedule, as "flies to Vientiane on Friday" is.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("credentials accepted: the head of state meets the envoy's state (040), no agreement",
     "LIMA, March 10 (Dipwatch) - Peru's president accepted the credentials of Chile's new "
     "ambassador on Tuesday.",
     [("PER", "040", "CHL", "2021-03-09")], [("PER", "03", "CHL")]),
    ("credentials presented to a state's leader: a meeting, the envoy's state its source",
     "QUITO, March 10 (Dipwatch) - Ecuador's ambassador, Maria Vega, presented her credentials "
     "to the Bolivian president in La Paz on Tuesday.",
     [("ECU", "040", "BOL", "2021-03-09")], []),
    ("control: an offer accepted is still no pledge of the taker's, a proposal still agreed",
     "LIMA, March 10 (Dipwatch) - Peru accepted Chile's offer of help on Tuesday. Bolivia "
     "accepted Paraguay's proposal on Wednesday.",
     [("BOL", "030", "PRY", "2021-03-10")], [("PER", "03", "CHL")]),
    ("a called pair given a noun of praise: praise of the other (051), no phone call",
     "HANOI, March 10 (Dipwatch) - Vietnam's defence minister called Vietnam and Laos "
     "\"unbreakable brothers\" on Tuesday. Thailand's premier called Malaysia Thailand's "
     "\"closest partner\" on Wednesday.",
     [("VNM", "051", "LAO", "2021-03-09"), ("THA", "051", "MYS", "2021-03-10")],
     [("VNM", "041", "LAO"), ("THA", "041", "MYS")]),
    ("control: a call whose object no noun of praise follows is still a call",
     "HANOI, March 10 (Dipwatch) - Vietnam's president called Laos's president on Tuesday to "
     "discuss their friendship. Thailand's premier called Malaysia and Singapore on Wednesday "
     "about their partners in the region.",
     [("VNM", "041", "LAO", "2021-03-09"), ("THA", "041", "MYS", "2021-03-10")],
     [("VNM", "051", "LAO")]),
    ("an invitation to hold a meeting in a state accepted: a visit to come (036)",
     "HANOI, March 10 (Dipwatch) - Vietnam's president accepted an invitation to hold the next "
     "summit in Laos.",
     [("VNM", "036", "LAO", "2021-03-10")], []),
    ("the sayer's displeasure with a state's act told in reported speech: criticism (111)",
     "OSLO, March 10 (Dipwatch) - Norway's foreign minister told Sweden's envoy on Tuesday that "
     "Norway was \"deeply dissatisfied\" with Stockholm's reply. Denmark said on Wednesday that "
     "it was unhappy with Finland's decision.",
     [("NOR", "111", "SWE", "2021-03-09"), ("DNK", "111", "FIN", "2021-03-10")], []),
    ("displeasure told with \"by\": a state of mind, no passive; denied or satisfied: none",
     "OSLO, March 10 (Dipwatch) - Denmark said on Wednesday that it was not unhappy with "
     "Finland's decision. Norway said it was satisfied with Sweden's reply. Iceland said it was "
     "dissatisfied by Estonia's answer.",
     [("ISL", "111", "EST", "2021-03-10")],
     [("DNK", "11", "FIN"), ("NOR", "11", "SWE"), ("EST", "11", "ISL")]),
    ("a possessed thing judged inappropriate or unsatisfactory in reported speech: criticism",
     "OSLO, March 10 (Dipwatch) - Norway said on Tuesday that the Swedish envoy's remarks were "
     "inappropriate. Denmark said on Wednesday that Finland's explanation had been "
     "unsatisfactory.",
     [("NOR", "111", "SWE", "2021-03-09"), ("DNK", "111", "FIN", "2021-03-10")], []),
    ("control: the same words negated, or of no state's thing, are no criticism",
     "OSLO, March 10 (Dipwatch) - Norway said on Tuesday that Sweden's remarks were not "
     "inappropriate. Denmark said the weather had been unsatisfactory.",
     [], [("NOR", "11", "SWE")]),
    ("readiness to help a state told in reported speech, after a joined meeting: an intent",
     "HANOI, March 10 (Dipwatch) - Vietnam's president met Laos's prime minister on Tuesday "
     "and said Vietnam was ready to help Laos build railways. Thailand said on Wednesday it was "
     "willing to help Cambodia.",
     [("VNM", "040", "LAO", "2021-03-09"), ("VNM", "030", "LAO", "2021-03-09"),
      ("THA", "030", "KHM", "2021-03-10")], []),
    ("a name no table knows, its state in the apposition after it: a person of that state",
     "HAVANA, March 10 (Dipwatch) - Venezuela freed Mark Ellison, a U.S. oil engineer, on "
     "Tuesday. Belarus detained Tomas Novak, a former Czech diplomat, on Wednesday.",
     [("VEN", "0841", "USA", "2021-03-09"), ("BLR", "173", "CZE", "2021-03-10")], []),
    ("control: an apposition that names no state, or a name the tables know, is unchanged",
     "HAVANA, March 10 (Dipwatch) - Cuba hosted Prime Minister Narendra Modi, a former Indian "
     "tea seller, on Tuesday. Venezuela freed Mark Ellison, an oil engineer, on Wednesday.",
     [("CUB", "04", "IND", "2021-03-09")], [("VEN", "08", "USA")]),
    ("a journey in the present with its day before its destination: a schedule, dated today",
     "HANOI, March 10 (Dipwatch) - Vietnam's president flies on Friday to Vientiane, where he "
     "will meet Laos's prime minister. Thailand's premier travels on Monday to Malaysia.",
     [("VNM", "036", "LAO", "2021-03-10"), ("THA", "036", "MYS", "2021-03-10")],
     [("VNM", "04", "LAO"), ("THA", "04", "MYS")]),
    ("control: the past of the journey with its day before the destination is the visit",
     "HANOI, March 10 (Dipwatch) - Thailand's premier flew on Monday to Malaysia.",
     [("THA", "042", "MYS", "2021-03-08")], [("THA", "03", "MYS")]),
    ("control: readiness denied is no intent",
     "HANOI, March 10 (Dipwatch) - Thailand said on Wednesday it was not ready to help "
     "Cambodia.",
     [], [("THA", "03", "KHM")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_object_phrase_and_reported_lead(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
