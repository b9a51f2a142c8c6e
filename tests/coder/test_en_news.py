"""The English coder on whole wire stories written for these tests (not the gold sets):
datelines, weekday and relative dates, people taken up again, plans and hypotheticals."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.en_dates import dateline, find_timexes
from dipwatch.models import Document


def events(text: str, day: date) -> list[tuple[str | None, str, str | None, str, str]]:
    """(source, code, target, date, precision) of each event of a news story."""
    c = coding(Document(text, published=day, genre="news"))
    return [(e.source_actor, e.code, e.target_actor, e.date.isoformat(), e.date_precision)
            for e in c.events]  # fmt: skip


def test_a_dateline_is_read_and_its_place_is_no_actor():
    line = dateline("MANILA, Aug 9 (Dipwatch) - The Philippines summoned")
    assert line is not None and (line.month, line.day) == (8, 9)
    found = events("MANILA, Aug 9 (Dipwatch) - The Philippines summoned China's ambassador on "
                   "Monday.", date(2023, 8, 9))  # fmt: skip
    assert [(s, c, t) for s, c, t, _, _ in found] == [("PHL", "114", "CHNGOV")]


def test_a_weekday_is_the_last_one_on_or_before_the_story_and_last_week_is_a_month():
    found = events(
        "MANILA, Aug 9 (Dipwatch) - The Philippines summoned China's ambassador on Monday after "
        "a Chinese coast guard ship fired a water cannon at a Philippine supply boat last week.",
        date(2023, 8, 9),  # a Wednesday
    )
    assert ("PHL", "114", "CHNGOV", "2023-08-07", "day") in found
    assert [(d, p) for s, _, _, d, p in found if s == "CHNMIL"] == [("2023-08-01", "month")]


def test_two_days_later_counts_from_the_act_before_even_opening_a_sentence():
    found = events(
        "NEW DELHI, Sept 12 (Dipwatch) - Indian Foreign Minister Subrahmanyam Jaishankar met "
        "Chinese Foreign Minister Wang Yi in Moscow on Thursday. Two days later, India accused "
        "China of massing troops on the border.",
        date(2020, 9, 12),
    )
    assert [(c, d) for _, c, _, d, _ in found] == [("040", "2020-09-10"), ("112", "2020-09-12")]


def test_timexes_have_roles():
    text = "Xi met Biden on Monday and will visit Paris next week."
    roles = [(text[t.start : t.end], t.role) for t in find_timexes(text, [(0, len(text))],
                                                                   date(2021, 11, 16))]  # fmt: skip
    assert roles == [("on Monday", "act"), ("next week", "future")]


def test_said_it_would_impose_sanctions_is_a_threat_and_could_is_nothing():
    found = events(
        "BEIJING, Jan 5 (Dipwatch) - China said on Thursday it would impose sanctions on two "
        "U.S. defence companies over arms sales to Taiwan.\n\nThe sanctions could take effect "
        "next month, analysts said.",
        date(2023, 1, 5),
    )
    assert found == [("CHN", "1312", "USA", "2023-01-05", "day")]


def test_a_visit_to_come_is_an_intent_dated_when_it_was_said():
    found = events("BEIJING, Dec 10 (Dipwatch) - Chinese Premier Li Keqiang will visit Cambodia "
                   "next week, the Foreign Ministry said on Friday.", date(2021, 12, 10))  # fmt: skip
    assert found == [("CHNGOV", "036", "KHM", "2021-12-10", "day")]


def test_speculation_is_no_event():
    assert events("TOKYO, July 1 (Dipwatch) - Japan could send more warships to the region next "
                  "year, officials said on Friday.", date(2022, 7, 1)) == []  # fmt: skip


def test_a_passive_with_its_doer_is_the_doers_act():
    found = events("WASHINGTON, June 4 (Dipwatch) - Two Chinese technology firms were sanctioned "
                   "by the United States on Friday.", date(2022, 6, 4))  # fmt: skip
    assert found == [("USA", "163", "CHN", "2022-06-03", "day")]


def test_he_takes_up_the_minister_named_before():
    found = events(
        "CANBERRA, May 13 (Dipwatch) - China suspended beef imports from four Australian "
        "meatpackers on Tuesday.\n\nAustralian Trade Minister Simon Birmingham said he was "
        "disappointed by the decision. He urged Beijing to resolve the matter through dialogue.",
        date(2020, 5, 13),
    )
    assert [(s, t) for s, c, t, _, _ in found if c.startswith("02")] == [("AUSGOV", "CHN")]


def test_the_two_leaders_are_the_pair_the_story_named():
    found = events(
        "SEOUL, March 14 (Dipwatch) - South Korean President Yoon Suk Yeol met Japanese Prime "
        "Minister Fumio Kishida in Seoul on Tuesday.\n\nYoon said the two leaders agreed to "
        "resume regular visits.",
        date(2023, 3, 14),
    )
    assert {(s, t) for s, _, t, _, _ in found} == {("KORGOV", "JPNGOV")}


def test_in_reported_speech_the_saying_is_the_act():
    found = events(
        "BEIJING, May 19 (Dipwatch) - China's Foreign Ministry spokesman Zhao Lijian said on "
        "Tuesday that the United States was trying to shift the blame for its own failures.",
        date(2020, 5, 19),
    )
    assert found == [("CHNGOV", "112", "USA", "2020-05-19", "day")]


@pytest.mark.parametrize(
    ("lead", "sayer"),
    [  # a predicate joined by "and" shares the subject of the first, not its object's actor,
        # nor that of an opening clause
        ("China's foreign ministry condemned the United States on Thursday for hosting "
         "Taiwan's president", "CHNGOV"),
        ("After Taiwan's president met U.S. lawmakers, China condemned the United States on "
         "Thursday", "CHN"),
    ],
)  # fmt: skip
def test_a_predicate_joined_by_and_shares_the_subject_of_the_main_clause(lead, sayer):
    found = events(f"BEIJING, April 6 (Dipwatch) - {lead} and said it would take resolute "
                   "measures.", date(2023, 4, 6))  # fmt: skip
    assert {s for s, c, _, _, _ in found if c == "130"} == {sayer}


def test_will_hold_drills_and_reserving_the_right_to_respond_are_threats_fought_is_force():
    found = events(
        "TAIPEI, Aug 3 (Dipwatch) - China's military said on Tuesday it would hold live-fire "
        "drills in six zones around Taiwan from Thursday. Indian and Chinese soldiers fought "
        "with rocks and clubs on Monday night. China said on Tuesday it reserved the right to "
        "make further necessary responses.",
        date(2022, 8, 3),
    )
    assert [(s[:3], c, t[:3], d) for s, c, t, d, _ in found] == [
        ("CHN", "138", "TWN", "2022-08-02"),
        ("IND", "193", "CHN", "2022-08-01"),
        ("CHN", "130", "TWN", "2022-08-02"),  # the story's other state
    ]


def test_a_deputy_secretary_is_an_official_taken_up_by_surname_and_pronoun():
    found = events(
        "TIANJIN, China, July 27 (Dipwatch) - U.S. Deputy Secretary of State Wendy Sherman held "
        "talks with Chinese Foreign Minister Wang Yi on Monday. Sherman said she had raised "
        "concerns about Beijing's conduct in Hong Kong.",
        date(2021, 7, 27),
    )
    assert ("USAGOV", "012", "CHN", "2021-07-26", "day") in found


def test_an_act_counted_days_before_another_is_dated_not_background():
    counted = "Modi and Xi held talks on Wednesday, two days after India said it had reached"
    vague = "Days after China imposed sanctions on Lithuania, Japan protested to China."
    story = f"KAZAN, Russia, Oct 23 (Dipwatch) - {counted} an agreement with China. {vague}"
    found = events(story, date(2024, 10, 23))
    assert ("IND", "057", "CHN", "2024-10-21", "day") in found
    assert not [e for e in found if e[2] == "LTU"]  # a vague "days after": background


@pytest.mark.parametrize(
    ("said", "pair"),
    [
        ("Putin said Russia would help North Korea build satellites.", ("RUS", "PRK")),
        ("Tajani said on Wednesday that Italy would remain open to trade with China.",
         ("ITA", "CHN")),
        ("Oli told Xi that Nepal would not allow its territory to be used against China.",
         ("NPL", "CHN")),
    ],
)  # fmt: skip
def test_a_cooperation_said_to_come_is_an_intent_not_the_act(said, pair):
    found = events(f"ROME, Sept 14 (Dipwatch) - {said}", date(2023, 9, 14))
    assert [(s[:3], t[:3]) for s, c, t, _, _ in found if c == "030"] == [pair]


def test_a_plan_in_the_past_perfect_did_not_happen_but_its_calling_off_did():
    found = events(
        "WASHINGTON, June 15 (Dipwatch) - Blinken will travel to Beijing this weekend. U.S. "
        "Secretary of State Antony Blinken had been due to travel to Beijing in February but "
        "called off the trip after a Chinese balloon flew over the United States.",
        date(2023, 6, 15),
    )
    assert "042" not in [c for _, c, _, _, _ in found]


def test_warning_that_a_deal_would_violate_resolutions_is_a_warning_not_a_criticism():
    found = events("SEOUL, Sept 14 (Dipwatch) - South Korea warned that Russia would violate "
                   "U.N. Security Council resolutions by arming North Korea.", date(2023, 9, 14))  # fmt: skip
    assert [(s, c) for s, c, t, _, _ in found if t and t.startswith("RUS")] == [("KOR", "130")]


@pytest.mark.parametrize(
    ("trip", "host"),
    [
        ("Modi arrived in Johannesburg on Tuesday for a summit.", "ZAF"),
        ("Macron travelled on Friday to the southern city of Guangzhou.", "CHN"),
        ("Lula flew on Monday to Shanghai to visit a bank.", "CHN"),
    ],
)
def test_arriving_in_a_city_other_than_the_capital_is_visiting_its_state(trip, host):
    found = events(f"PARIS, April 7 (Dipwatch) - {trip}", date(2023, 4, 7))
    assert [(c, t[:3]) for _, c, t, _, _ in found] == [("042", host)]


def test_told_a_named_person_that_reports_and_a_subject_relative_only_names_a_noun():
    story = ("TEHRAN, Jan 4 (Dipwatch) - Wang told his Iranian counterpart Mohammad Javad Zarif "
             "that China opposed U.S. sanctions. He said the U.S. operation that killed Iranian "
             "commander Qassem Soleimani was wrong.")  # fmt: skip
    found = events(story, date(2020, 1, 4))
    assert ("CHN", "USA") in [(s, t) for s, c, t, _, _ in found if c.startswith("11")]
    assert not [c for _, c, _, _, _ in found if c.startswith("19")]


def test_a_forum_without_a_code_of_its_own_is_no_party_in_a_story():
    found = events("NEW DELHI, Aug 19 (Dipwatch) - Modi accepted an invitation to attend a "
                   "summit of the Shanghai Cooperation Organisation.", date(2025, 8, 19))  # fmt: skip
    assert not [e for e in found if "IGO" in (e[0], e[2])]


def test_accepting_an_invitation_to_visit_is_an_intent_to_meet():
    found = events("MOSCOW, May 9 (Dipwatch) - Putin accepted Xi's invitation to visit China "
                   "next year.", date(2025, 5, 9))  # fmt: skip
    assert [(s, c, t) for s, c, t, _, _ in found] == [("RUSGOV", "036", "CHN")]


def test_raising_the_tariff_on_goods_from_a_state_is_a_sanction_on_it():
    found = events("BEIJING, April 11 (Dipwatch) - Trump on Wednesday raised the tariff on goods "
                   "from China to 125%.", date(2025, 4, 11))  # fmt: skip
    assert [(s[:3], c, t, d) for s, c, t, d, _ in found] == [("USA", "163", "CHN", "2025-04-09")]


def test_a_visit_planned_on_two_days_is_dated_on_the_day_it_was_announced():
    found = events("WASHINGTON, July 24 (Dipwatch) - U.S. envoy Wendy Sherman will visit the "
                   "northern city of Tianjin on Sunday and Monday, the State Department said on "
                   "Wednesday.", date(2021, 7, 24))  # fmt: skip
    assert [(c, t, d) for _, c, t, d, _ in found] == [("036", "CHN", "2021-07-21")]


def test_a_team_arriving_with_relief_gives_aid_rather_than_visits():
    found = events("ROME, March 12 (Dipwatch) - A Chinese medical team arrived in Rome on "
                   "Thursday with tons of medical supplies.", date(2020, 3, 12))  # fmt: skip
    assert [(s, c, t) for s, c, t, _, _ in found] == [("CHN", "073", "ITA")]


def test_his_after_a_verb_is_the_object_named_before_it():
    found = events(
        "BEIJING, Jan 8 (Dipwatch) - Chinese President Xi Jinping sent a message to Kazakh "
        "President Kassym-Jomart Tokayev on Friday praising his measures to restore order.",
        date(2022, 1, 8),
    )
    assert [(s, c, t) for s, c, t, _, _ in found if c == "051"] == [("CHNGOV", "051", "KAZGOV")]


def test_agreeing_to_set_up_a_mechanism_for_talks_is_an_intent_to_meet():
    found = events("GENEVA, May 12 (Dipwatch) - U.S. Treasury Secretary Scott Bessent said the "
                   "United States and China had agreed to set up a mechanism to continue "
                   "discussions.", date(2025, 5, 12))  # fmt: skip
    assert "036" in [c for _, c, _, _, _ in found]


def test_the_act_named_in_a_phrase_of_retaliation_is_no_act_of_the_sentence():
    found = events("BEIJING, July 24 (Dipwatch) - China imposed sanctions on Friday on a former "
                   "U.S. commerce secretary, in retaliation for U.S. sanctions over Hong Kong.",
                   date(2021, 7, 24))  # fmt: skip
    assert [(s, c, t) for s, c, t, _, _ in found] == [("CHN", "163", "USA")]


def test_failing_to_agree_on_a_position_about_a_state_is_no_rejection_of_it():
    story = ("SEOUL, May 27 (Dipwatch) - The leaders of China, Japan and South Korea met on "
             "Monday. They failed to agree on a common position on North Korea's programme.")  # fmt: skip
    assert not [c for _, c, _, _, _ in events(story, date(2024, 5, 27)) if c.startswith("12")]


def test_a_reaction_to_the_story_aims_at_the_leads_doer_not_at_an_earlier_reactor():
    found = events(
        "BEIJING, Sept 26 (Dipwatch) - China test-fired a ballistic missile into the Pacific "
        "Ocean on Wednesday.\n\nJapan expressed concern to Beijing. Australia and New Zealand "
        'called the test "unwelcome and concerning".',
        date(2024, 9, 26),
    )
    assert sorted((s, t) for s, c, t, _, _ in found if c == "111") == [
        ("AUS", "CHN"),
        ("NZL", "CHN"),
    ]


def test_what_one_party_tells_the_other_after_a_dated_call_has_the_calls_day():
    found = events(
        "NEW DELHI, June 17 (Dipwatch) - Indian and Chinese soldiers clashed on Monday night.\n\n"
        "Indian Foreign Minister S. Jaishankar and Chinese Foreign Minister Wang Yi spoke by "
        "phone on Wednesday. Wang urged India to severely punish those responsible.",
        date(2020, 6, 17),
    )
    assert [d for _, c, _, d, _ in found if c == "100"] == ["2020-06-17"]


def test_indias_external_affairs_minister_is_one_official_of_india():
    found = events("MOSCOW, Sept 11 (Dipwatch) - Chinese Foreign Minister Wang Yi and Indian "
                   "External Affairs Minister Subrahmanyam Jaishankar held talks on Thursday.",
                   date(2020, 9, 11))  # fmt: skip
    assert [(s, c, t) for s, c, t, _, _ in found] == [("CHNGOV", "040", "INDGOV")]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, June 7 (Dipwatch) - The United States backed down from its threat to impose "
        "tariffs on Mexico on Friday.",
        "WASHINGTON, June 7 (Dipwatch) - Washington shelved its plan to impose tariffs on Mexico "
        "on Friday.",
        "WASHINGTON, June 7 (Dipwatch) - Washington abandoned a plan to sanction Turkey on Friday.",
    ],
)
def test_a_plan_or_threat_given_up_is_no_act(text):
    assert [c for _, c, _, _, _ in events(text, date(2019, 6, 7))] == []


@pytest.mark.parametrize(
    "text",
    [
        "On December 20, British Foreign Secretary Liz Truss criticised China over the Hong Kong "
        "Legislative Council election held the day before.",
        "On December 20, British Foreign Secretary Liz Truss criticised China over the election "
        "held on December 19.",
    ],
)
def test_a_time_after_a_nouns_participle_dates_the_participle_not_the_act(text):
    c = coding(Document(text, published=date(2021, 12, 31)))
    assert [str(e.date) for e in c.events] == ["2021-12-20"]


def test_opposing_any_attempt_is_aimed_at_no_one_in_the_story():
    text = ("Xi told Biden that China would take decisive measures. On Taiwan, Biden said "
            "Washington opposes any unilateral attempt to alter the status quo.")  # fmt: skip
    c = coding(Document(text, published=date(2021, 11, 16)))
    assert ("USA", "110", "CHNGOV") not in [
        (e.source_actor, e.code, e.target_actor) for e in c.events
    ]


def test_abuses_cited_as_a_reason_are_a_noun_not_an_assault():
    text = ("On December 10, the U.S. Treasury sanctioned two Chinese officials in Xinjiang, "
            "citing serious human rights abuses against Uyghurs.")  # fmt: skip
    c = coding(Document(text, published=date(2021, 12, 31)))
    assert [(e.source_actor, e.code, e.target_actor) for e in c.events] == [
        ("USAGOV", "163", "CHNGOV")
    ]
