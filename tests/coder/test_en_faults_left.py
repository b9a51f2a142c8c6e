"""English faults the twentieth batch left (eval/README.md, "English faults left by the
twentieth batch, mended"), in wire sentences of our own (none of the dev articles'): a word of
blame no list had (an act called blasphemous or sacrilegious is criticised, its doer the
target); a state saying another state's troops opened fire on it, or shelled it, accuses that
state (the claim, not the act, is what the sentence tells of the speaker); "its" after a verb
of reproach is the possessor named before the reproacher, not the reproacher (no state condemns
its own launch), and a reproach is no "decision" a later reaction answers; an appeal to stop the
fighting is an appeal for de-escalation, as one for restraint; a pair's act told after clashes
that began on a day of their own is force between the pair on that day; a state offering the
help of its police or rescuers, no addressee named, pledges aid to the story's stricken party.
The faults the fourteenth round left (coder-en36): a comma before "and" closes a list only after
a comma between its earlier members (France, Germany, and Spain); with none before it, ", and"
opens a new clause whose subject is no member of the list before it; a verb joined by "and"
that recalls the doer's own envoy reduces relations with the first verb's object, and ties
suspended with a state are relations reduced; "both sides" after a subject list of three or
more is the story's pair, no two of the list; a minister or an envoy who will go to a state or its capital visits it; a release demanded is a demand that the target yield (1053), one called for an
appeal (0253).
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("an act the story told, called blasphemous: its doer criticised",
     "OSLO, March 10 (Dipwatch) - A Danish newspaper printed the cartoons on Monday. Iran "
     "called Denmark's decision blasphemous on Tuesday.",
     [("IRN", "111", "DNK", "2021-03-09")], []),
    ("a state's act called sacrilegious: the state criticised",
     "CAIRO, March 10 (Dipwatch) - Egypt called the Dutch ban sacrilegious on Tuesday.",
     [("EGY", "111", "NLD", "2021-03-09")], []),
    ("another state's troops said to have opened fire: the sayer accuses that state",
     "YEREVAN, March 10 (Dipwatch) - Armenia said on Tuesday that Azerbaijani troops had "
     "opened fire on its border posts.",
     [("ARM", "112", "AZE", "2021-03-09")], []),
    ("another state's forces said to have shelled villages: the same accusation",
     "YEREVAN, March 10 (Dipwatch) - Armenia said Azerbaijani forces shelled two villages on "
     "Tuesday.",
     [("ARM", "112", "AZE", "2021-03-09")], []),
    ("control: the sayer's own troops opening fire is the act, no accusation",
     "YEREVAN, March 10 (Dipwatch) - Armenia said its troops had opened fire on Azerbaijani "
     "positions on Tuesday.",
     [("ARM", "19", "AZE", "2021-03-09")], [("ARM", "112", "AZE")]),
    ("its after a verb of reproach in an after clause: the state named before the reproacher",
     "SEOUL, March 10 (Dipwatch) - Iran restarted its reactor on Tuesday, a day after Norway "
     "condemned its rocket launch.",
     [("NOR", "111", "IRN", "2021-03-08")], []),
    ("the same with a body as the reproacher and another verb",
     "SEOUL, March 10 (Dipwatch) - Iran said on Tuesday it would quit the talks, a day after "
     "the European Union denounced its missile programme.",
     [("EEC", "111", "IRN", "2021-03-08")], []),
    ("the decision reacted to after a reproach: the decider's, not the reproacher's",
     "SEOUL, March 10 (Dipwatch) - Iran said on Tuesday it would quit the talks, a day after "
     "Norway condemned Iran's rocket launch. Sweden called the decision regrettable.",
     [("SWE", "111", "IRN", "2021-03-09")], [("SWE", "11", "NOR")]),
    ("control: its after the object is the object's, as before",
     "SEOUL, March 10 (Dipwatch) - Norway criticised Iran on Tuesday for its rocket launch.",
     [("NOR", "111", "IRN", "2021-03-09")], [("NOR", "11", "NOR")]),
    ("parties urged to stop the fighting: an appeal for de-escalation to each",
     "BAKU, March 10 (Dipwatch) - Turkey urged Armenia and Azerbaijan on Tuesday to stop the "
     "fighting.",
     [("TUR", "0256", "ARM", "2021-03-09"), ("TUR", "0256", "AZE", "2021-03-09")], []),
    ("control: urged to stop something else is no such appeal",
     "BAKU, March 10 (Dipwatch) - Turkey urged Armenia on Tuesday to stop buying Western arms.",
     [], [("TUR", "0256", "ARM")]),
    ("a pair's act after clashes that began on a day of their own: force that day",
     "BAKU, March 10 (Dipwatch) - Armenia and Azerbaijan agreed on Tuesday to a ceasefire after "
     "clashes that began on Saturday.",
     [("ARM", "190", "AZE", "2021-03-06")], []),
    ("control: after talks that began, no force",
     "BAKU, March 10 (Dipwatch) - Armenia and Azerbaijan agreed on Tuesday to a ceasefire after "
     "talks that began on Saturday.",
     [], [("ARM", "19", "AZE")]),
    ("the help of its rescue teams offered, no addressee: aid to the story's stricken state",
     "ANKARA, March 10 (Dipwatch) - An earthquake struck eastern Turkey on Monday. Japan offered "
     "the help of its rescue teams on Tuesday.",
     [("JPN", "033", "TUR", "2021-03-09")], []),
    # The fourteenth round's faults (coder-en36): a serial comma and a clause join.
    ("a comma and and after a two-member object: a new clause, its subject no co-object",
     "MADRID, March 10 (Dipwatch) - Algeria and Morocco held joint exercises with France, and "
     "Spain lodged a protest on Tuesday.",
     [("DZA", "062", "FRA", "2021-03-10")], [("FRA", "114", "DZA")]),
    ("the same join after an object of one: the second clause's doer acts alone",
     "RABAT, March 10 (Dipwatch) - Morocco criticised Algeria, and Tunisia condemned Libya "
     "on Tuesday.",
     [("TUN", "111", "LBY", "2021-03-09")], [("DZA", "111", "LBY"), ("MAR", "111", "TUN")]),
    ("control: a serial comma closes a list of three, each a target",
     "MADRID, March 10 (Dipwatch) - Spain criticised Algeria, Morocco, and Tunisia on Tuesday.",
     [("ESP", "111", "DZA", "2021-03-09"), ("ESP", "111", "MAR", "2021-03-09"),
      ("ESP", "111", "TUN", "2021-03-09")], []),
    ("control: a serial comma closes a list of three subjects, each a doer",
     "MADRID, March 10 (Dipwatch) - Algeria, Morocco, and Tunisia criticised Spain on Tuesday.",
     [("DZA", "111", "ESP", "2021-03-09"), ("TUN", "111", "ESP", "2021-03-09")], []),
    ("a second verb joined by and recalls the doer's own envoy: relations reduced with the "
     "first verb's object",
     "KHARTOUM, March 10 (Dipwatch) - Sudan expelled Chad's ambassador and recalled its own "
     "envoy on Tuesday.",
     [("SDN", "166", "TCD", "2021-03-09"), ("SDN", "161", "TCD", "2021-03-09")], []),
    ("the same with a plural, the day told before the joined verb",
     "RIGA, March 10 (Dipwatch) - Latvia expelled two Belarusian diplomats on Tuesday and "
     "recalled its own ambassadors.",
     [("LVA", "166", "BLR", "2021-03-09"), ("LVA", "161", "BLR", "2021-03-09")], []),
    ("ties suspended with a state: relations reduced",
     "NAIROBI, March 10 (Dipwatch) - Somalia suspended diplomatic ties with Kenya on Tuesday.",
     [("SOM", "161", "KEN", "2021-03-09")], []),
    ("a list of three subjects urging both sides: the story's pair, not the list's last two",
     "HANOI, March 10 (Dipwatch) - Cambodia accused Thailand on Tuesday of shelling a temple. "
     "Vietnam, Laos and Malaysia urged both sides to show restraint.",
     [("VNM", "0256", "KHM", "2021-03-09"), ("MYS", "0256", "THA", "2021-03-09")],
     [("VNM", "0256", "LAO"), ("LAO", "0256", "MYS")]),
    ("control: the pair named before the group phrase in its own sentence",
     "HANOI, March 10 (Dipwatch) - Vietnam urged Cambodia and Thailand on Tuesday to talk, and "
     "said both sides should show restraint.",
     [("VNM", "0256", "KHM", "2021-03-09")], []),
    ("a minister who will go to a capital: a visit to come",
     "CAIRO, March 10 (Dipwatch) - The Greek foreign minister will go to Cairo on Friday for "
     "talks.",
     [("GRC", "036", "EGY", "2021-03-10")], []),
    ("an envoy who goes to two states: a visit to each",
     "AMMAN, March 10 (Dipwatch) - The Italian envoy goes to Jordan and Lebanon next week.",
     [("ITA", "036", "JOR", "2021-03-10"), ("ITA", "036", "LBN", "2021-03-10")], []),
    ("control: a case that will go to a court is no visit",
     "CAIRO, March 10 (Dipwatch) - Greece said on Tuesday the dispute with Egypt will go to the "
     "International Court of Justice.",
     [], [("GRC", "04", "EGY"), ("GRC", "036", "EGY")]),
    ("a release demanded: a demand (1053), no appeal",
     "MANILA, March 10 (Dipwatch) - The Philippines arrested three Chinese officials on Monday. "
     "Beijing condemned the arrests on Tuesday and demanded the officials' immediate release, "
     "while Manila said the officials had spied on it.",
     [("CHN", "1053", "PHL", "2021-03-09")], [("CHN", "02", "PHL")]),
    ("control: a release called for stays an appeal",
     "OTTAWA, March 10 (Dipwatch) - China detained two Canadians on Monday. Canada called for "
     "their immediate release on Tuesday.",
     [("CAN", "0253", "CHN", "2021-03-09")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_left_by_the_twentieth_batch(why: str, text: str, found: list, absent: list) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
