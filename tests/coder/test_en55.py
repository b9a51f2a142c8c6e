"""English faults the eighteenth round left, mended at their structure (issue 10; coder-en55),
in wire sentences of our own: a state told again in an object's place ("the country", "China's
neighbour", "urged it to"), supporters or critics of a state, a rival of a person, an intent
told in the past ("said it intended to visit") and a plan's words stopped by "but", a readiness
"stood" in and told to another, letters whose kind their name tells, acts a relative clause
reports with their own time, a passive after a relative clause, a conversation had, and a
leader named bare after his full name. Each fault has a neighbour that must stay as it was.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

D = "2021-03-10"
Y = "2021-03-09"
# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found, and the (source, code prefix, target) that must not be (None: any).
CASES = [
    ("'the country' after a preposition is the state told before the subject",
     "TOKYO, March 10 (Dipwatch) - China detained a Japanese businessman on Tuesday. Japan "
     "protested to the country on Wednesday.",
     [("JPN", "114", "CHN", D)], []),
    ("'the country' as an appeal's object",
     "TOKYO, March 10 (Dipwatch) - China detained a Japanese businessman on Tuesday. Japan "
     "urged the country to free him on Wednesday.",
     [("JPN", "100", "CHN", D)], []),
    ("a described country with an adjective",
     "SEOUL, March 10 (Dipwatch) - North Korea fired two missiles on Tuesday. On Wednesday Japan "
     "imposed new sanctions on the isolated country.",
     [("JPN", "163", "PRK", D)], []),
    ("'it' asked to act is a state, not the act told before",
     "TOKYO, March 10 (Dipwatch) - China detained a Japanese businessman on Tuesday. Japan urged "
     "it to free him on Wednesday.",
     [("JPN", "100", "CHN", D)], []),
    ("a state's neighbour is another state, told before",
     "SEOUL, March 10 (Dipwatch) - North Korea fired a missile on Tuesday. Japan condemned "
     "China's neighbour on Wednesday.",
     [("JPN", "111", "PRK", D)], [("JPN", "11", "CHN")]),
    ("neighbour: 'the whole country' names no state told before",
     "TOKYO, March 10 (Dipwatch) - China detained a Japanese businessman on Tuesday. Japan "
     "imposed sanctions on the whole country on Wednesday.",
     [], [("JPN", "163", "CHN")]),
    ("control: 'it' as the object of a reaction stays the act",
     "TOKYO, March 10 (Dipwatch) - North Korea fired a missile on Tuesday. Japan condemned it "
     "on Wednesday.",
     [("JPN", "111", "PRK", D)], []),
    ("supporters of two states are no states",
     "MANILA, March 10 (Dipwatch) - Supporters of China and the Philippines traded accusations "
     "online.",
     [], [("CHN", "112", "PHL"), ("PHL", "112", "CHN")]),
    ("critics of a state are not that state",
     "BEIJING, March 10 (Dipwatch) - Critics of Japan in South Korea accused Tokyo of "
     "whitewashing history.",
     [], [("JPN", "112", "JPN"), ("JPN", "112", "KOR")]),
    ("control: the two states trade accusations",
     "MANILA, March 10 (Dipwatch) - China and the Philippines traded accusations on Wednesday.",
     [("CHN", "112", "PHL", D), ("PHL", "112", "CHN", D)], []),
    ("control: the foreign ministers of two states are theirs",
     "NEW DELHI, March 10 (Dipwatch) - The foreign ministers of China and India met on "
     "Wednesday.",
     [("CHN", "040", "IND", D)], []),
    ("a rival of a person is no office of his state",
     "TAIPEI, March 10 (Dipwatch) - Lai's rival in the election visited China on Wednesday.",
     [], [("TWN", "04", "CHN")]),
    ("a rival named after the noun",
     "TAIPEI, March 10 (Dipwatch) - Lai's main rival Hou Yu-ih met Chinese officials on "
     "Wednesday.",
     [], [("TWN", "04", "CHN")]),
    ("control: a person's spokesman speaks for his office",
     "TAIPEI, March 10 (Dipwatch) - Lai's spokesman criticised China on Wednesday.",
     [("TWN", "111", "CHN", D)], []),
    ("an intent told in the past is an intent, not the act",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it intended to visit China.",
     [("JPN", "036", "CHN", D)], [("JPN", "042", "CHN")]),
    ("control: a visit done",
     "TOKYO, March 10 (Dipwatch) - Japan's foreign minister visited China on Wednesday.",
     [("JPN", "042", "CHN", D)], []),
    ("a letter of thanks is praise",
     "BEIJING, March 10 (Dipwatch) - Xi sent a letter of thanks to Putin on Wednesday.",
     [("CHN", "051", "RUS", D)], []),
    ("a bare letter tells nothing done",
     "BEIJING, March 10 (Dipwatch) - Xi sent a letter to Putin on Wednesday.",
     [], [("CHN", "0", "RUS")]),
    ("a leader named bare after his full name, with no state beside it",
     "BEIJING, March 10 (Dipwatch) - Xi Jinping met President Rafael Correa on Monday. Correa "
     "thanked China for its loans on Wednesday.",
     [("ECU", "051", "CHN", D)], []),
    ("an act a relative clause reports with its own time is no object of the main verb",
     "BEIJING, March 10 (Dipwatch) - China on Wednesday condemned the United States, which "
     "imposed sanctions on China on Monday.",
     [("CHN", "111", "USA", D), ("USA", "163", "CHN", "2021-03-08")], []),
    ("neighbour: with no time of its own the clause's act stays the object",
     "BEIJING, March 10 (Dipwatch) - China on Wednesday condemned the United States, which "
     "has imposed sanctions on China.",
     [("CHN", "111", "USA", D)], [("USA", "163", "CHN")]),
    ("a passive's subject is the head of a relative clause closed before it",
     "BEIJING, March 10 (Dipwatch) - The United States, which imposed sanctions on China on "
     "Monday, was criticised by Beijing on Wednesday.",
     [("CHN", "111", "USA", D), ("USA", "163", "CHN", "2021-03-08")], [("USA", "111", "CHN")]),
    ("a conversation had with a leader is talks",
     "BEIJING, March 10 (Dipwatch) - Wang Yi had a brief conversation with Antony Blinken on "
     "Wednesday.",
     [("CHN", "040", "USA", D)], []),
    ("control: by phone it is a call",
     "BEIJING, March 10 (Dipwatch) - Wang Yi had a phone conversation with Antony Blinken on "
     "Wednesday.",
     [("CHN", "041", "USA", D)], []),
    ("control: informal talks are talks",
     "BEIJING, March 10 (Dipwatch) - Xi had informal talks with Modi on Wednesday.",
     [("CHN", "040", "IND", D)], []),
    ("an agentless passive has no doer to code",
     "MANILA, March 10 (Dipwatch) - A Philippine supply boat was rammed near Second Thomas "
     "Shoal on Wednesday.",
     [], [(None, "1", "PHL")]),
    ("an agentless summons names no summoner",
     "MANILA, March 10 (Dipwatch) - The Chinese ambassador was summoned on Wednesday.",
     [], [(None, "11", "CHN")]),
    ("a judgement reported is no act it judges",
     "LONDON, March 10 (Dipwatch) - A British court judged that Russia had poisoned a defector.",
     [], [("RUS", "1", "GBR")]),
    ("a plan's words do not carry past 'but' to a verb done",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it had planned to visit China but "
     "called off the trip.",
     [("JPN", "160", "CHN", D)], [("JPN", "13", "CHN")]),
    ("control: 'but also' carries the plan",
     "TOKYO, March 10 (Dipwatch) - Japan said on Wednesday it would impose tariffs on China but "
     "also expel two Chinese diplomats.",
     [], [("JPN", "16", "CHN"), ("JPN", "17", "CHN")]),
    ("'the country's' is as often the subject's own: no state told before",
     "MOSCOW, March 10 (Dipwatch) - Ukraine struck a Russian refinery on Tuesday. Russia imposed "
     "martial law on the country's border regions on Wednesday.",
     [], [("RUS", "17", "UKR")]),
    ("a description with two states before it names none",
     "TOKYO, March 10 (Dipwatch) - Japan criticised China on Tuesday. The United States urged "
     "it to show restraint on Wednesday.",
     [], [("USA", "02", "CHN"), ("USA", "02", "JPN")]),
    ("'stood ready' is readiness: the state before it is its doer, not the one written to",
     "BEIJING, March 10 (Dipwatch) - Xi sent a letter to Putin on Wednesday, saying China stood "
     "ready to deepen cooperation.",
     [("CHN", "030", "RUS", D)], [("RUS", "03", "CHN")]),
    ("a readiness told to another is aimed at the one told",
     "BEIJING, March 10 (Dipwatch) - Xi told Putin on Wednesday that China was ready to deepen "
     "cooperation.",
     [("CHN", "030", "RUS", D)], []),
    ("neighbour: a readiness told to no actor has no target",
     "BEIJING, March 10 (Dipwatch) - Wang told reporters on Wednesday that China was ready to "
     "deepen cooperation.",
     [], [("CHN", "03", None)]),
    ("neighbour: the one met of the same state is no target",
     "BEIJING, March 10 (Dipwatch) - Xi met Putin on Wednesday, saying Russia was ready to "
     "deepen cooperation.",
     [], [(None, "03", None)]),
    ("neighbour: inviting to 'the country' is as often to one's own",
     "ULAANBAATAR, March 10 (Dipwatch) - China protested on Tuesday against the visit. Mongolia "
     "said on Wednesday that it would invite the Dalai Lama to the country again.",
     [], [("MNG", "0", "CHN")]),
    ("a passive whose doer and subject are one state is domestic, no other state taken",
     "WASHINGTON, March 10 (Dipwatch) - Biden, who met Xi on Monday, was criticised by Trump on "
     "Wednesday.",
     [("USA", "040", "CHN", "2021-03-08")], [(None, "11", None)]),
    ("the passive's subject is the relative clause's head, not the state inside it",
     "TAIPEI, March 10 (Dipwatch) - Taiwan, which China claims as its own, was visited by a U.S. "
     "delegation on Wednesday.",
     [("USA", "042", "TWN", D)], [("USA", "04", "CHN")]),
    ("supporters of a leader are not his state",
     "WASHINGTON, March 10 (Dipwatch) - Supporters of Trump criticised China on Wednesday.",
     [], [("USA", "11", "CHN")]),
    ("'will not only … but also' asserts both: intents, no refusals",
     "BEIJING, March 10 (Dipwatch) - Xi will not only visit Russia but also sign a deal with "
     "Putin.",
     [("CHN", "036", "RUS", D), ("CHN", "030", "RUS", D)], [("CHN", "12", "RUS")]),
    ("control: 'will not' alone refuses",
     "BEIJING, March 10 (Dipwatch) - Xi will not visit Russia this year.",
     [], [("CHN", "036", "RUS"), ("CHN", "042", "RUS")]),
    ("'but' joins the sayer's own verb, as 'and' does",
     "BEIJING, March 10 (Dipwatch) - China said the talks had been useful but urged Washington "
     "to lift the tariffs.",
     [("CHN", "100", "USA", D)], []),
    ("a readiness told to one met at a place",
     "BEIJING, March 10 (Dipwatch) - Xi met Biden in Bali on Monday, saying China was ready to "
     "improve relations.",
     [("CHN", "030", "USA", "2021-03-08")], []),
    ("neighbour: an act named further on after 'but' stays in the plan",
     "BEIJING, March 10 (Dipwatch) - China said it would retaliate but gave no details on "
     "sanctions against Lithuania.",
     [], [("CHN", "163", "LTU")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_faults_the_eighteenth_round_left(why: str, text: str, found: list, absent: list) -> None:
    batch22.probe_holds(why, text, found, absent)
