"""English roles read from how a clause is built, in wire sentences of our own: the members of
a subject list are not each other's targets, a second verb of a coordinated predicate keeps the
first one's subject, and the verbs inside a non-restrictive relative clause are its antecedent's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded

Event = tuple[str, str, str, str]


def events(text: str, day: date) -> list[Event]:
    """(source country, root, target country, date) of each event of a news story."""
    return [(s, code[:2], t, d) for s, code, t, d in coded(text, day)]


@pytest.mark.parametrize(
    ("text", "day", "expected", "absent"),
    [
        # a list of expelling states: each expels the diplomats' state, none another member
        ("OSLO, May 5 (Dipwatch) - Norway, Denmark and Finland each expelled two Russian "
         "diplomats on Tuesday.", date(2021, 5, 5),
         [("NOR", "16", "RUS", "2021-05-04"), ("FIN", "16", "RUS", "2021-05-04")],
         [("NOR", "16", "DNK", "2021-05-04"), ("DNK", "16", "FIN", "2021-05-04")]),
        # an object read as a list member (the Gulf state) is aimed at the one outside the list
        ("DOHA, March 3 (Dipwatch) - Kuwait was isolated on Monday when Saudi Arabia, Bahrain "
         "and Oman recalled their envoys from the Gulf state.", date(2020, 3, 3),
         [("SAU", "16", "KWT", "2020-03-02"), ("OMN", "16", "KWT", "2020-03-02")],
         [("SAU", "16", "BHR", "2020-03-02"), ("SAU", "16", "OMN", "2020-03-02")]),
        # …accusing it of…: "it" is the object, its antecedent outside the list, not Iran after
        ("DOHA, March 3 (Dipwatch) - Kuwait was isolated on Monday when Saudi Arabia, Bahrain "
         "and Oman severed ties with the Gulf state, accusing it of being too close to Iran.",
         date(2020, 3, 3),
         [("SAU", "16", "KWT", "2020-03-02"), ("OMN", "11", "KWT", "2020-03-02")],
         [("SAU", "11", "IRN", "2020-03-02"), ("SAU", "11", "OMN", "2020-03-02")]),
    ],
)  # fmt: skip
def test_list_members_are_not_targets(text, day, expected, absent):
    found = events(text, day)
    assert all(e in found for e in expected), found
    assert not any(e in found for e in absent), found


def test_two_listed_states_still_act_on_each_other():
    text = "BAKU, Sept 14 (Dipwatch) - Armenia and Azerbaijan clashed on Tuesday."
    found = events(text, date(2022, 9, 14))
    assert ("ARM", "19", "AZE", "2022-09-13") in found, found


def test_said_it_after_a_joined_predicate_is_the_subject():
    """ "called on Belarus to release … and said it": "release" after "to" is a verb, no thing
    "it" could take up; "it" is the one who calls and says."""
    text = ("BRUSSELS, Oct 5 (Dipwatch) - The European Union called on Belarus on Monday to "
            "release the detained journalists and said it strongly supported Lithuania.")  # fmt: skip
    found = events(text, date(2021, 10, 5))
    assert ("EEC", "05", "LTU", "2021-10-04") in found, found
    assert not any(s == "BLR" and t == "LTU" for s, _, t, _ in found), found


def test_a_verb_joined_inside_a_relative_clause_is_the_antecedents():
    """ "Germany, which expelled … and accused Tehran": the second verb is still in the
    relative clause, and Germany's, not the sentence subjects'."""
    text = ("PARIS, Jan 9 (Dipwatch) - Italy and Spain voiced support on Monday for Germany, "
            "which expelled two Iranian diplomats on Friday and accused Tehran of plotting "
            "attacks.")  # fmt: skip
    found = events(text, date(2019, 1, 9))
    assert ("DEU", "11", "IRN", "2019-01-04") in found, found
    assert not any(s in ("ITA", "ESP") and r == "11" for s, r, _, _ in found), found


def test_a_state_named_in_an_apposition_is_not_the_speaker():
    """ "Iran, a close ally of Syria, said…": Syria only describes the speaker."""
    text = ("TEHRAN, May 5 (Dipwatch) - Iran, a close ally of Syria, said on Monday that "
            "Israel's strikes near Damascus were \"illegal\".")  # fmt: skip
    found = events(text, date(2021, 5, 5))
    assert ("IRN", "11", "ISR", "2021-05-03") in found, found
    assert not any(s == "SYR" for s, _, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD, Aug 3 (Dipwatch) - Iraq launched a full-scale invasion of Kuwait on Thursday.",
        "BAGHDAD, Aug 3 (Dipwatch) - Kuwaiti troops fell back on Friday after Iraq began an "
        "incursion into Kuwait on Thursday.",
    ],
)
def test_an_attack_told_as_a_noun_after_a_light_verb(text):
    """launched an invasion of X, began an incursion into X: the noun is the act."""
    found = events(text, date(1990, 8, 3))
    assert ("IRQ", "19", "KWT", "1990-08-02") in found, found


@pytest.mark.parametrize(
    "agents",
    ["by Japan, South Korea and Australia", "by Japan, by South Korea and by Australia"],
)
def test_coordinated_doers_of_a_passive(agents):
    """was condemned by X, Y and Z: each of them condemned."""
    text = f"TOKYO, Oct 5 (Dipwatch) - China's missile test was condemned {agents} on Monday."
    found = events(text, date(2021, 10, 5))
    for doer in ("JPN", "KOR", "AUS"):
        assert (doer, "11", "CHN", "2021-10-04") in found, found


ANY = None  # a field of a pattern that any value matches


def _has(found: list[Event], pattern: tuple[str | None, ...]) -> bool:
    return any(all(p is ANY or p == f for p, f in zip(pattern, e, strict=True)) for e in found)


@pytest.mark.parametrize(
    ("text", "day", "present", "absent"),
    [
        # a participle after a determiner and an adverb is an adjective: no recognition
        ("TRIPOLI, Jan 9 (Dipwatch) - Libya's internationally recognised government and Tunisia "
         "condemned Egypt on Monday.", date(2020, 1, 9), [], [(ANY, "05", ANY, ANY)]),
        # a perfect of habit (has long accused) is background, in the lead too
        ("TOKYO, March 2 (Dipwatch) - China halted fisheries talks with Japan on Friday, a day "
         "after Japan said it was leaving the fisheries pact, which it has long accused Beijing "
         "of breaching.", date(2021, 3, 6), [], [(ANY, "11", ANY, ANY)]),
        # naming an act a provocation is disapproval, as naming it provocative is
        ("TAIPEI, Aug 5 (Dipwatch) - China fired missiles into waters near Taiwan on Thursday. "
         "Taiwan called the drills a provocation.", date(2022, 8, 5),
         [("TWN", "11", "CHN", "2022-08-04")], []),
        # force on a base housing another state's forces is on them; the base's state a place
        ("DAMASCUS, May 4 (Dipwatch) - Rebels in Idlib fired rockets at a Syrian airfield used "
         "by Russian forces on Monday, and Turkey shelled a Syrian base housing Iranian "
         "advisers.", date(2021, 5, 4),
         [("TUR", "19", "IRN", "2021-05-03")], [("TUR", ANY, "SYR", ANY)]),
        # a memorandum is an agreement another state may suspend, as a pact or a treaty is
        ("ANKARA, Feb 2 (Dipwatch) - Turkey condemned the raid on Friday and suspended a "
         "memorandum with Greece on air safety.", date(2018, 2, 2),
         [("TUR", "16", "GRC", "2018-02-02")], []),
        # a reaction to an act named as a noun with its doer after "by" is aimed at that doer
        ("BEIJING, May 6 (Dipwatch) - Japan expelled two Chinese diplomats on Monday. Britain "
         "expelled a Chinese diplomat on Tuesday. China said on Wednesday it would respond to "
         "the expulsions by Tokyo.", date(2021, 5, 6),
         [("CHN", "13", "JPN", "2021-05-05")], [("CHN", "13", "GBR", ANY)]),
        # gapping: a state with only a number after the counted object is another subject
        ("OSLO, May 4 (Dipwatch) - Norway and Denmark each expelled three Russian diplomats on "
         "Monday, Sweden two, and Finland one.", date(2021, 5, 4),
         [("SWE", "16", "RUS", "2021-05-03"), ("FIN", "16", "RUS", "2021-05-03")],
         [(ANY, ANY, "SWE", ANY), (ANY, ANY, "FIN", ANY)]),
        # a document signed is an agreement, as documents are
        ("HANOI, Feb 28 (Dipwatch) - Vietnam's president held talks with the Laotian premier "
         "on Thursday. The two men signed a document on border trade.", date(2019, 2, 28),
         [("VNM", "05", "LAO", "2019-02-28")], []),
        # an event noun as subject: the time of its predicate (ended on Thursday) is its date
        ("GENEVA, May 7 (Dipwatch) - Talks between the foreign ministers of Armenia and "
         "Azerbaijan ended on Thursday without a deal.", date(2021, 5, 7),
         [("ARM", "04", "AZE", "2021-05-06")], []),
        # inviting a leader to a place is an intent to meet, as inviting one to visit is
        ("SEOUL, May 4 (Dipwatch) - South Korea's president said on Monday he would invite "
         "Japanese Prime Minister Fumio Kishida to Seoul.", date(2022, 5, 4),
         [("KOR", "03", "JPN", "2022-05-02")], []),
        # gapping of objects with their own times: each meeting on its own day
        ("SEOUL, May 4 (Dipwatch) - South Korea's foreign minister met Chinese Foreign Minister "
         "Wang Yi on Sunday and Japanese Foreign Minister Yoshimasa Hayashi on Monday.",
         date(2022, 5, 4),
         [("KOR", "04", "CHN", "2022-05-01"), ("KOR", "04", "JPN", "2022-05-02")], []),
        # ", and" with an actor and a finite verb opens a clause: its subject is no object
        ("LISBON, March 3 (Dipwatch) - Portugal halted arms sales to Myanmar on Tuesday, and "
         "Spain said it was reviewing its own.", date(2021, 3, 3),
         [("PRT", "16", "MMR", "2021-03-02")], [("PRT", ANY, "ESP", ANY)]),
        ("LISBON, March 3 (Dipwatch) - Portugal halted arms sales to Myanmar, and Spain said "
         "it would follow.", date(2021, 3, 3), [("PRT", "16", "MMR", ANY)],
         [("PRT", ANY, "ESP", ANY)]),
        # a high commissioner is an envoy: expelling one is expelling a mission's staff
        ("NEW DELHI, Feb 5 (Dipwatch) - India expelled Pakistan's high commissioner on "
         "Monday.", date(2019, 2, 5), [("IND", "16", "PAK", "2019-02-04")],
         [("IND", "17", "PAK", ANY)]),
        # "the three Gulf states" after three states acted on a fourth: those three, not it
        ("DOHA, June 6 (Dipwatch) - Kuwait, Oman and Bahrain cut ties with Qatar on Monday. "
         "The three Gulf states also closed their borders to Qatar.", date(2017, 6, 6),
         [("KWT", "19", "QAT", ANY), ("OMN", "19", "QAT", ANY), ("BHR", "19", "QAT", ANY)],
         [(ANY, "19", "KWT", ANY)]),
        # the speakers of the U.S. House by their terms (general knowledge, office by office)
        ("BEIJING, Aug 6 (Dipwatch) - China on Friday announced sanctions on Pelosi over her "
         "visit to Taiwan.", date(2022, 8, 6), [("CHN", "16", "USA", "2022-08-05")], []),
        # an act named as a possessed noun, object of a reaction, is what the reaction is about
        ("NEW DELHI, May 4 (Dipwatch) - The minister welcomed the Chinese premier's visit to "
         "India.", date(2021, 5, 4), [], [(ANY, "04", ANY, ANY)]),
        # a passive whose subject is a kind of act told before is aimed at that act's doer
        ("CAIRO, Oct 15 (Dipwatch) - Ethiopia launched an offensive against Eritrea on Oct. 9. "
         "The offensive was condemned by the African Union on Saturday.", date(2019, 10, 15),
         [("OAU", "11", "ETH", "2019-10-12")], []),
        # opposing a practice (the use or threat of nuclear weapons) is aimed at no one
        ("BRASILIA, Feb 25 (Dipwatch) - Brazil urged Russia and Ukraine on Friday to resume "
         "talks and opposed the use or threat of nuclear weapons.", date(2023, 2, 25),
         [("BRA", "02", "RUS", "2023-02-24")], [(ANY, "11", ANY, ANY)]),
    ],
)  # fmt: skip
def test_clause_readings(text, day, present, absent):
    found = events(text, day)
    assert all(_has(found, p) for p in present), found
    assert not any(_has(found, p) for p in absent), found
