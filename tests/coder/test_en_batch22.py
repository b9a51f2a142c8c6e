"""English constructions the fourteenth English batch (en-d336…en-d347) showed, in wire sentences
of our own (none of the batch's): a verb of calling whose object is a pronoun with a complement
after it (calling them "very exciting") names, it does not telephone; a verb joined by "and" to a
denial (denied that its jets had entered …, and accused the pilots) is asserted, not denied; the
people or states of a region as an appeal's object (urged leaders across the region) are no
actor, so the appeal is aimed at no state the story names; blame of a contact one side made (called
the visit a provocation) or whose doer follows the judgement ("a petty move" by Taiwan) is aimed
at that side; the governor of an infinitive stands before its named object however long the name
(invited Foreign Minister … to meet him next week: no meeting); a capital naming a document (the
Paris climate agreement) is no party; the time right after a possessed act's noun (the tribunal's
ruling in July) is that act's, not the sentence's verb's; "him" in a "who" clause is not that
clause's head (Obama, who cancelled a meeting with him: not Obama); "warning" heading a compound
(warning shots, an early warning plane) is no warning; a break of relations told with no partner
(a day after Egypt broke off relations) breaks with the partner of the break told last.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded

DAY = date(2021, 3, 10)  # a Wednesday

# Each case: why, the story, the events that must be found, and the (source, root, target)
# that must not be (the date and code of a found event as in ``coded``).
CASES = [
    ("a pronoun object named by a quoted complement",
     "PARIS, March 10 (Dipwatch) - Germany and Poland signed a border pact on Wednesday. French "
     "President Emmanuel Macron praised the two governments, calling them \"courageous\".",
     [("FRA", "051", "DEU", "2021-03-10")], [("FRA", "04", "DEU"), ("FRA", "04", "POL")]),
    ("a pronoun object named by a degree word and an adjective",
     "PARIS, March 10 (Dipwatch) - Germany and Poland signed a border pact on Wednesday. French "
     "President Emmanuel Macron praised the two governments, calling them very brave.",
     [], [("FRA", "04", "DEU"), ("FRA", "04", "POL")]),
    ("control: a pronoun object called on a day is a call",
     "PARIS, March 10 (Dipwatch) - Germany and Poland signed a border pact on Wednesday. French "
     "President Emmanuel Macron called them on Wednesday to congratulate them.",
     [("FRA", "041", "DEU", "2021-03-10")], []),
    ("a verb joined to a denial by 'and'",
     "TOKYO, March 10 (Dipwatch) - China denied that its coast guard ships had entered Japanese "
     "waters and accused the Japanese government of hyping the incident.",
     [("CHN", "112", "JPN", "2021-03-10")], []),
    ("control: an accusation inside the denied clause",
     "TOKYO, March 10 (Dipwatch) - China denied that it had accused Japan of spying.",
     [], [("CHN", "11", "JPN")]),
    ("the leaders of a region as an appeal's object",
     "DOHA, March 10 (Dipwatch) - Qatar and Bahrain cut diplomatic ties with Chad on Wednesday. "
     "Russia offered to mediate, and Washington urged leaders across the region to take steps to "
     "calm tensions.",
     [("QAT", "161", "TCD", "2021-03-10")], [("USA", "02", "QAT"), ("USA", "02", "BHR")]),
    ("the countries of a region as an appeal's object",
     "DOHA, March 10 (Dipwatch) - Qatar cut diplomatic ties with Chad on Wednesday. Britain called "
     "on countries in the region to show restraint.",
     [], [("GBR", "02", "QAT"), ("GBR", "02", "TCD")]),
    ("control: an appeal to a named state",
     "DOHA, March 10 (Dipwatch) - Qatar cut diplomatic ties with Chad on Wednesday. Britain urged "
     "Qatar to show restraint.",
     [("GBR", "0256", "QAT", "2021-03-10")], []),
    ("blame of a visit one side made",
     "MANILA, March 10 (Dipwatch) - Japan's defence minister arrived in Manila on Wednesday. China "
     "called the visit a provocation.",
     [("CHN", "111", "JPN", "2021-03-10")], []),
    ("blame of a contact whose doer follows 'by'",
     "MANILA, March 10 (Dipwatch) - Japan's prime minister spoke by phone with the Philippine "
     "president on Wednesday. China called the call \"a reckless move\" by Tokyo.",
     [("CHN", "111", "JPN", "2021-03-10")], [("CHN", "11", "PHL")]),
    ("control: praise of a meeting is aimed at no one",
     "MANILA, March 10 (Dipwatch) - Japan's prime minister met the Philippine president on "
     "Wednesday. China called the meeting \"constructive\".",
     [], [("CHN", "05", "JPN"), ("CHN", "05", "PHL")]),
    ("an infinitive's governor before a long named object",
     "WASHINGTON, March 10 (Dipwatch) - U.S. Secretary of State Antony Blinken said he had invited North Korean "
     "Foreign Minister Ri Son Gwon to meet him in Geneva next month.",
     [("USA", "036", "PRK", "2021-03-10")], [("USA", "040", "PRK")]),
    ("control: a meeting done after a named object, no governor",
     "WASHINGTON, March 10 (Dipwatch) - U.S. Secretary of State Antony Blinken flew to Seoul to meet South Korean "
     "Foreign Minister Chung Eui-yong on Wednesday.",
     [("USA", "04", "KOR", "2021-03-10")], []),
    ("a capital naming a document is no party",
     "WASHINGTON, March 10 (Dipwatch) - Brazil and India joined the Paris climate agreement on "
     "Wednesday, and Canada praised the Paris accord.",
     [], [("BRA", "05", "FRA"), ("IND", "05", "FRA"), ("CAN", "05", "FRA")]),
    ("control: a capital as its government stays an actor",
     "WASHINGTON, March 10 (Dipwatch) - Canada praised Paris for its leadership on climate.",
     [("CAN", "051", "FRA", "2021-03-10")], []),
    ("the time of a possessed act's noun, after the trigger",
     "MANILA, March 10 (Dipwatch) - The Philippine president told China that "
     "it must respect the tribunal's ruling in February.",
     [("PHL", "10", "CHN", "2021-03-10")], []),
    ("the time of a possessed act's noun, before the trigger",
     "MANILA, March 10 (Dipwatch) - Japan urged China to abide by the tribunal's ruling in "
     "February, the ministry said, and voiced concern about the drills.",
     [("JPN", "012", "CHN", "2021-03-10")], []),
    ("control: an act told inside the noun keeps the noun's time",
     "WASHINGTON, March 10 (Dipwatch) - The U.S. president's speech on Monday, in which he "
     "accused China of stealing secrets, drew protests.",
     [("USA", "112", "CHN", "2021-03-08")], []),
    ("'him' in a who clause is not the clause's head",
     "MANILA, March 10 (Dipwatch) - Philippine President Rodrigo Duterte has often mocked U.S. "
     "President Barack Obama, who cancelled a meeting with him in Laos last month.",
     [("USA", "160", "PHL", "2021-02-01")], [("USA", "16", "USA")]),
    ("control: 'him' after 'and' is the object named before",
     "BEIJING, March 10 (Dipwatch) - Chinese President Xi Jinping met Russian President Vladimir "
     "Putin on Wednesday and praised him.",
     [("CHN", "051", "RUS", "2021-03-10")], []),
    ("'warning' heading a compound is no warning",
     "SEOUL, March 10 (Dipwatch) - Japan lodged a protest with South Korea and Russia on "
     "Wednesday, saying Seoul had no right to fire warning shots there.",
     [("JPN", "114", "RUS", "2021-03-10")], [("JPN", "13", "RUS"), ("JPN", "13", "KOR")]),
    ("control: a warning given is a warning",
     "SEOUL, March 10 (Dipwatch) - Japan lodged a protest with Russia on Wednesday, warning "
     "Moscow of consequences.",
     [("JPN", "13", "RUS", "2021-03-10")], []),
    ("a break with no partner, after a break told with one",
     "KUWAIT CITY, March 10 (Dipwatch) - Kuwait severed ties with Chad on Wednesday, two days "
     "after Egypt broke off relations over the killing of a diplomat.",
     [("KWT", "161", "TCD", "2021-03-10"), ("EGY", "161", "TCD", "2021-03-08")], []),
    ("a break with no partner, in the next sentence",
     "KUWAIT CITY, March 10 (Dipwatch) - Kuwait severed ties with Chad on Wednesday. Oman also cut "
     "ties on Tuesday.",
     [("OMN", "161", "TCD", "2021-03-09")], []),
    ("control: a break with no partner after no break",
     "KUWAIT CITY, March 10 (Dipwatch) - Kuwait hosted Chad's foreign minister on Wednesday. Oman "
     "cut ties on Tuesday.",
     [], [("OMN", "16", "TCD")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_fourteenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    events = coded(text, DAY)
    for event in found:
        if len(event[1]) == 2:  # a root only: any code of it
            assert any(
                (s, t, d) == (event[0], event[2], event[3]) and code.startswith(event[1])
                for s, code, t, d in events
            ), (why, event, events)
        else:
            assert event in events, (why, event, events)
    for source, root, target in absent:
        assert not any(
            (s, t) == (source, target) and code.startswith(root) for s, code, t, _ in events
        ), (why, source, root, target, events)


def probe_holds(why: str, text: str, found: list, absent: list) -> None:
    """A probe story (coded on ``DAY``) finds each of ``found`` (source, code, target, day) and
    no event of an ``absent`` (source, root, target); a None there stands for any actor: a
    neighbour must code no such act at all."""
    events = coded(text, DAY)
    for event in found:
        assert event in events, (why, event, events)
    for source, code, target in absent:
        assert not any(
            source in (None, s) and target in (None, t) and c.startswith(code)
            for s, c, t, _ in events
        ), (why, source, code, target, events)
