"""Constructions the fifteenth English batch (en-d348…en-d359) showed, in wire sentences of our
own (none of the batch's): a time inside a ``since`` clause or phrase is the start of what it
measures, not the day of an act outside it (his first trip since taking office last week, and
the two leaders signed…); a bare "accepted" after an invitation to its subject is the guest's
intent to visit the inviter (invited Lula to visit China, and Lula accepted), not an agreement;
an act in the past perfect inside a non-restrictive relative clause with no time of its own
(…, which Germany had criticised) is background, no act of the day; a reaction in a clause
joined by ", and" to the clause that tells the act it names (fired a missile…, and the Security
Council condemned the launch) reacts to that clause's subject; a list after the preposition
that names the author of what a reaction answers (rejected the criticism from Washington and
Tokyo) is a target each; "it" after a predicate joined by "and said" is the subject, unless a
reported clause before named a thing it takes up; measures a state says it will take against a
named state (would take new measures against North Korea) are a menace; a noun phrase owned by
an actor and set off by commas after the speaker (China, the North's main ally, said…)
describes the speaker, as one with "of" (a close ally of Pakistan) did; the state threatened
with sanctions is their target (threatened Russia with sanctions over Ukraine: not Ukraine), and
a verb form after a word of amount (more sanctions, further tariffs) is a noun.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be.
CASES = [
    ("a time in a since phrase is not the joined clause's day",
     "HANOI, March 10 (Dipwatch) - Vietnam's president held talks with Chinese President Xi "
     "Jinping on Wednesday on his first trip abroad since taking office last month, and the two "
     "leaders signed an agreement on rail links.",
     [("VNM", "057", "CHN", "2021-03-10")], []),
    ("control: an act told inside the since clause keeps its time",
     "CANBERRA, March 10 (Dipwatch) - Trade has slumped since China imposed tariffs on "
     "Australian barley in May last year.",
     [("CHN", "163", "AUS", "2020-05-01")], []),
    ("a bare acceptance of an invitation, in the same sentence",
     "BEIJING, March 10 (Dipwatch) - Xi invited Brazilian President Luiz Inacio Lula da Silva "
     "to visit China, and Lula accepted, the foreign ministry said.",
     [("BRA", "036", "CHN", "2021-03-10")], [("CHN", "030", "BRA")]),
    ("a bare acceptance in the next sentence, with its own day",
     "PARIS, March 10 (Dipwatch) - French President Emmanuel Macron invited Indian Prime "
     "Minister Narendra Modi to visit Paris. Modi accepted on Tuesday, his office said.",
     [("IND", "036", "FRA", "2021-03-09")], []),
    ("control: a proposal accepted is no visit",
     "TOKYO, March 10 (Dipwatch) - Japan proposed a truce on Wednesday, and Russia accepted.",
     [], [("RUS", "036", "JPN")]),
    ("an undated pluperfect in a who clause is background",
     "TOKYO, March 10 (Dipwatch) - Japanese Prime Minister Yoshihide Suga, who had accused China "
     "of coercion, met Indian Prime Minister Narendra Modi on Wednesday.",
     [("JPN", "040", "IND", "2021-03-10")], [("JPN", "112", "CHN")]),
    ("control: a pluperfect relative clause with its own day is an act",
     "TOKYO, March 10 (Dipwatch) - Suga, who on Monday had accused China of coercion, met Modi "
     "on Wednesday.",
     [("JPN", "112", "CHN", "2021-03-08")], []),
    ("control: a pluperfect in reported speech is the day's act",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it had lodged a protest with China.",
     [("JPN", "114", "CHN", "2021-03-10")], []),
    ("a reaction in a clause joined to the act it names",
     "SEOUL, March 10 (Dipwatch) - North Korea fired a missile over Japan on Wednesday, and the "
     "Security Council condemned the launch hours later.",
     [("UNO", "111", "PRK", "2021-03-10")], []),
    ("a reaction in a joined clause, a description between",
     "TEHRAN, March 10 (Dipwatch) - Iran seized a tanker in the Gulf on Wednesday, ignoring "
     "warnings from Britain, and France condemned the seizure.",
     [("FRA", "111", "IRN", "2021-03-10")], []),
    ("control: a joined clause whose object names no act",
     "SEOUL, March 10 (Dipwatch) - North Korea fired a missile on Wednesday, and Japan condemned "
     "violence.",
     [], [("JPN", "11", "PRK")]),
    ("a list after the author's preposition of what is rejected",
     "BEIJING, March 10 (Dipwatch) - China rejected the accusations from Australia and Canada "
     "on Wednesday.",
     [("CHN", "120", "AUS", "2021-03-10"), ("CHN", "120", "CAN", "2021-03-10")], []),
    ("control: a list that does not follow the target",
     "BEIJING, March 10 (Dipwatch) - China rejected the accusations from Australia on Wednesday "
     "and praised Canada and Mexico.",
     [("CHN", "120", "AUS", "2021-03-10")], [("CHN", "12", "CAN")]),
    ("'it' after a joined 'and said' is the subject, not the first predicate's object",
     "BEIJING, March 10 (Dipwatch) - China dismissed the remarks from Canberra on Wednesday and "
     "said it had summoned the Australian ambassador.",
     [("CHN", "114", "AUS", "2021-03-10")], [("AUS", "114", "AUS")]),
    ("control: 'it' as the thing a reported clause named before",
     "BEIJING, March 10 (Dipwatch) - China said the decision was wrong and warned that it "
     "would harm relations with Japan.",
     [("CHN", "13", "JPN", "2021-03-10")], []),
    ("measures a state says it will take against another: a menace",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it would take new measures against "
     "North Korea.",
     [("JPN", "130", "PRK", "2021-03-10")], []),
    ("a body that will begin work on steps against a state",
     "NEW YORK, March 10 (Dipwatch) - The Security Council said on Wednesday it would begin "
     "work on new steps against Iran.",
     [("UNO", "130", "IRN", "2021-03-10")], []),
    ("control: measures it will not take",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it would not take measures against "
     "North Korea.",
     [], [("JPN", "13", "PRK")]),
    ("control: measures only considered",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it would consider taking measures "
     "against North Korea.",
     [], [("JPN", "13", "PRK")]),
    ("a possessive apposition describes the speaker before it",
     "DAMASCUS, March 10 (Dipwatch) - Israel struck targets in Syria on Wednesday. Russia, "
     "Syria's closest backer, said on Wednesday it condemned the strikes.",
     [("RUS", "111", "ISR", "2021-03-10")], [("SYR", "11", "ISR")]),
    ("control: an apposition with 'of' as before",
     "DAMASCUS, March 10 (Dipwatch) - Israel struck targets in Syria on Wednesday. Russia, a "
     "close ally of Syria, said on Wednesday it condemned the strikes.",
     [("RUS", "111", "ISR", "2021-03-10")], [("SYR", "11", "ISR")]),
    ("the state threatened with sanctions is their target, not the issue after 'over'",
     "LONDON, March 10 (Dipwatch) - Britain threatened Russia with more sanctions over "
     "Ukraine.",
     [("GBR", "1312", "RUS", "2021-03-10")], [("GBR", "13", "UKR")]),
    ("control: sanctions threatened against a state",
     "LONDON, March 10 (Dipwatch) - Britain threatened sanctions against Russia on Wednesday.",
     [("GBR", "1312", "RUS", "2021-03-10")], []),
    ("a verb form after a word of amount is a noun (more sanctions)",
     "LONDON, March 10 (Dipwatch) - The talks come as Western governments threaten Iran with "
     "more sanctions over Yemen.",
     [], [("IRN", "16", "YEM")]),
    ("control: the verb after its subject",
     "WASHINGTON, March 10 (Dipwatch) - The United States sanctions Iran's oil minister.",
     [("USA", "163", "IRN", "2021-03-10")], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_constructions_of_the_fifteenth_batch(
    why: str, text: str, found: list, absent: list
) -> None:
    # the fourteenth batch's test reads its cases the same way (found, then absent)
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
