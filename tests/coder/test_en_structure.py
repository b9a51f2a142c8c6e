"""English constructions that hold whatever the story, in sentences of our own: acts named as
nouns (the visit of X to Y, X's visit to Y), states named by their former names, the verbs of
the classes event data codes, and refusals of cooperative acts."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.api.evaluate_plover import fold_coder
from dipwatch.coder.doc import Document
from dipwatch.evaluation import default_gold_dir
from dipwatch.evaluation.folds import load_tuning
from tests.coder.conftest import countries, triples

D = date(1995, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told as a noun, its visitor after "of" or before "'s"
        ("The visit of the Chinese premier to India was the first in a decade.",
         ("CHN", "04", "IND")),
        ("The Chinese premier's visit to India ended on Sunday.", ("CHN", "04", "IND")),
        # states by the names they had (Yugoslavia's successor in event data is Serbia)
        ("Yugoslavia condemned the NATO air strikes.", ("SRB", "11", "NAT")),
        ("The Yugoslav army shelled Albanian villages.", ("SRB", "19", "ALB")),
        ("Czechoslovakia expelled two American diplomats.", ("CZE", "16", "USA")),
    ],
)  # fmt: skip
def test_structure(code, text, expected):
    assert expected in countries(code(text, D))


def test_a_visit_told_as_a_noun_needs_its_visitor_named(code):
    text = "The ministers said on Wednesday, following a visit to Taiwan by a US delegation, that"
    assert ("USA", "04", "TWN") not in countries(code(text + " they were concerned.", D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of the classes event data codes (violence, repression, retreat, sanctions…)
        ("Iraqi troops stormed the Kuwaiti embassy.", ("IRQ", "19", "KWT")),
        ("Iraq executed two Iranian spies.", ("IRQ", "19", "IRN")),
        ("Iran hanged two Iraqi spies.", ("IRN", "19", "IRQ")),
        ("Police broke up a demonstration by opposition supporters in Kenya.",
         ("KEN", "17", "KEN")),
        ("Iraq complained to the UN about the flights.", ("IRQ", "11", "UNO")),
        ("Israel vetoed the resolution.", ("ISR", "12", "")),
        ("Farmers blocked highways in Thailand.", ("THA", "14", "")),
        ("Mubarak conferred with Assad in Damascus.", ("EGY", "04", "SYR")),
        ("The United States closed its embassy in Sudan.", ("USA", "16", "SDN")),
        ("The United States halted arms sales to Pakistan.", ("USA", "16", "PAK")),
        ("Iraq defied the UN.", ("IRQ", "12", "UNO")),
        ("Vietnam pulled out of Cambodia.", ("VNM", "08", "KHM")),
        ("Iraqi troops massed on the border with Kuwait.", ("IRQ", "15", "KWT")),
        ("Saudi Arabia gave Jordan 100 million dollars in economic aid.", ("SAU", "07", "JOR")),
        ("Japan will grant China a loan of 800 million dollars.", ("JPN", "03", "CHN")),
        # a cooperative act refused or said never to come is its rejection
        ("Iraq refused to release the Kuwaiti prisoners.", ("IRQ", "12", "KWT")),
        ("Japan will never give aid to North Korea.", ("JPN", "12", "PRK")),
        ("Syria declined to attend the talks with Israel.", ("SYR", "12", "ISR")),
    ],
)  # fmt: skip
def test_verb_classes(code, text, expected):
    assert expected in countries(code(text, D))


@pytest.mark.parametrize(
    "text",
    [
        "Iraq pulled out of the talks with Iran.",  # talks left: no withdrawal from a state
        "The United States did not sign the treaty with Japan.",  # not done: nothing
        "Yellen warned that Washington would not accept cheap Chinese exports.",  # a warning
    ],
)
def test_no_withdrawal_or_rejection(code, text):
    assert not [f for f in countries(code(text, D)) if f[1] in ("08", "12")]


def test_giving_with_the_receiver_first_is_not_used_on_the_fold_it_came_from(code):
    """Listed under PLOVER fold 1 (eval/plover_tuning.yaml), whose record suggested it."""
    text = "Saudi Arabia gave Jordan 100 million dollars in economic aid."
    tuned = load_tuning(default_gold_dir() / "plover_tuning.yaml")
    doc = Document(text=text, source="plover", lang="en", published=D, location="t")
    assert ("SAU", "07", "JOR") in countries(code(text, D))
    assert not fold_coder(tuned[1])(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ceasefire Violations Committee has completed its investigation into the killing "
         "of Liberian soldiers.", ("NGO", "090", "LBRMIL")),
        ("Members of the Association of African Jurists investigated the treatment of Libyans.",
         ("NGO", "090", "LBY")),
    ],
)  # fmt: skip
def test_a_body_no_table_holds_is_an_organisation(code, text, expected):
    assert expected in triples(code(text, D))


@pytest.mark.parametrize(
    "text",
    [
        "China's Central Military Commission ordered drills near Taiwan.",  # a state's own
        "The State Council approved the plan.",
        "The Liberian Peace Council attacked Monrovia.",  # a state in its name: the state's
    ],
)
def test_a_state_body_is_no_organisation_of_its_own(code, text):
    assert "NGO" not in {e.source_actor for e in code(text, D).events}


def test_bodies_are_not_recognised_on_the_folds_they_came_from():
    """The body heads are listed under PLOVER folds 1 and 3, whose records suggested them."""
    text = "The Ceasefire Violations Committee has completed its investigation into the killing."
    tuned = load_tuning(default_gold_dir() / "plover_tuning.yaml")
    doc = Document(text=text, source="plover", lang="en", published=D, location="t")
    for fold in (1, 3):
        assert "NGO" not in {e.source_actor for e in fold_coder(tuned[fold])(doc)}
    assert "NGO" in {e.source_actor for e in fold_coder(tuned[2])(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "China criticized Canada's decision to expel a Chinese diplomat.",
        "Iraq criticized Kuwait's refusal to accept the plan.",
    ],
)
def test_an_act_after_a_noun_of_deciding_or_refusing_is_not_done(code, text):
    """Canada's decision to expel: the expulsion is told where it is done, and not by China."""
    assert [f[1] for f in countries(code(text, D))] == ["11"]


def test_a_doer_saying_it_could_do_harm_threatens_it(code):
    found = countries(code("The United States said it could impose sanctions on India.", D))
    assert found == [("USA", "13", "IND")]
    assert countries(code("Analysts said China could impose sanctions on Japan.", D)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Tehran, students attacked the British embassy.", ("IRN", "14", "GBR")),
        ("Students demonstrated outside the Japanese embassy in Seoul.", ("KOR", "14", "JPN")),
        ("Protesters set fire to the US embassy in Belgrade.", ("SRB", "14", "USA")),
    ],
)  # fmt: skip
def test_the_places_own_people_act_where_another_state_is_named(code, text, expected):
    assert expected in countries(code(text, D))


def test_forces_where_another_state_is_named_stay_unplaced(code):
    found = countries(code("Soldiers fired on the Lebanese border post near Israel.", D))
    assert not [f for f in found if f[0] == "ISR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croat forces attacked Moslem villages in Bosnia.", "HRV"),
        ("Azeri troops shelled Armenian positions.", "AZE"),
        ("Kampuchean guerrillas attacked a Thai border post.", "KHM"),
        ("SWAPO guerrillas attacked a South African army base.", "NAM"),
        ("GIA militants killed 30 villagers in Algeria.", "DZA"),
        ("The Islamic Salvation Front condemned the Algerian army.", "DZA"),
        ("Amal militia fighters attacked Palestinian camps.", "LBN"),
        ("The Kuomintang condemned China.", "TWN"),
    ],
)  # fmt: skip
def test_movements_and_demonyms_of_the_period(code, text, expected):
    assert expected in {f[0] for f in countries(code(text, D))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested ten opposition activists in Tatarstan.", ("RUS", "17", "RUS")),
        ("Rebels attacked an army post in Helmand.", ("AFG", "19", "AFG")),
        ("Police detained dozens of workers in Guangdong.", ("CHN", "17", "CHN")),
        ("Serb forces shelled Srebrenica.", ("SRB", "19", "BIH")),
    ],
)  # fmt: skip
def test_provinces_and_towns_name_their_state(code, text, expected):
    assert expected in countries(code(text, D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guerrillas blew up an oil pipeline in northeastern Colombia.", ("COL", "19", "")),
        ("The Pope spoke out against the Cuban government.", ("VAT", "11", "CUB")),
        ("Egypt sided with Iraq.", ("EGY", "05", "IRQ")),
        ("Israel intensified its air strikes against Hezbollah.", ("ISR", "19", "LBN")),
        ("Germany extradited the suspect to Spain.", ("DEU", "06", "ESP")),
        ("Opposition supporters picketed the parliament in Nairobi.", ("KEN", "14", "KEN")),
        ("The Zambian government closed down two opposition newspapers.", ("ZMB", "17", "")),
    ],
)  # fmt: skip
def test_phrasal_verbs(code, text, expected):
    assert expected in countries(code(text, D))


def test_air_strikes_are_no_labour_strike(code):
    found = countries(code("Israel intensified its air strikes against Hezbollah.", D))
    assert ("ISR", "14", "LBN") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # intent voiced, readiness, assurance
        ("Japan expressed willingness to provide economic aid to Vietnam.", ("JPN", "03", "VNM")),
        ("Syria said it was ready to resume peace talks with Israel.", ("SYR", "03", "ISR")),
        ("The United States assured Taiwan of its support.", ("USA", "03", "TWN")),
        # praise of another's move, aid approved, relief to victims
        ("Britain welcomed the Israeli decision to withdraw.", ("GBR", "05", "ISR")),
        ("The World Bank approved a 200 million dollar loan to Kenya.", ("WBK", "07", "KEN")),
        ("Japan provided emergency relief to earthquake victims in Turkey.", ("JPN", "07", "TUR")),
    ],
)  # fmt: skip
def test_intent_praise_and_aid(code, text, expected):
    assert expected in countries(code(text, D))


def test_willingness_to_act_is_no_act(code):
    found = countries(code("Japan expressed willingness to provide economic aid to Vietnam.", D))
    assert [f[1] for f in found] == ["03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt expressed displeasure at the Israeli raids.", ("EGY", "11", "ISR")),
        ("China voiced strong opposition to the arms sale to Taiwan.", ("CHN", "11", "TWN")),
        ("Israel sealed off the Gaza Strip.", ("ISR", "19", "PSE")),
        ("The Chinese government confiscated the passports of dissidents.", ("CHN", "17", "CHN")),
        ("Kenyan police teargassed opposition supporters in Nairobi.", ("KEN", "17", "KEN")),
        ("A UN team inspected Iraqi weapons sites.", ("UNO", "09", "IRQ")),
        ("Syria rejected the Israeli offer.", ("SYR", "12", "ISR")),
    ],
)  # fmt: skip
def test_disapproval_coercion_and_inspection(code, text, expected):
    assert expected in countries(code(text, D))


def test_a_noun_after_a_demonym_in_i_is_no_verb(code):
    """The Israeli offer: a noun after a determiner and a demonym, no offer made by Syria."""
    found = countries(code("Syria questioned the sincerity of the Israeli offer.", D))
    assert ("SYR", "03", "") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened to use its veto.", ("RUS", "13", "")),
        ("Syria gave Turkey a deadline to stop the raids.", ("SYR", "13", "TUR")),
        ("Demonstrators burned American flags outside the US embassy in Karachi.",
         ("PAK", "14", "USA")),
        ("Angry crowds stoned the Indian embassy in Dhaka.", ("BGD", "14", "IND")),
        ("Palestinian youths hurled stones at Israeli troops in Hebron.", ("PSE", "14", "ISR")),
        ("Rioters looted shops in Jakarta.", ("IDN", "14", "IDN")),
        ("Gunmen fired on a bus carrying tourists in Egypt.", ("EGY", "19", "")),
        ("A bomb exploded outside the US embassy in Nairobi.", ("KEN", "18", "USA")),
        ("Attackers hacked to death 20 villagers in Algeria.", ("DZA", "18", "")),
        ("Rebels hijacked a plane in India.", ("IND", "18", "")),
        ("Separatists bombed a train in Spain.", ("ESP", "19", "")),
    ],
)  # fmt: skip
def test_threats_riots_and_attacks(code, text, expected):
    assert expected in countries(code(text, D))


def test_any_act_threatened_is_not_used_on_the_fold_it_came_from():
    """Listed under PLOVER fold 2, whose record it turns right."""
    tuned = load_tuning(default_gold_dir() / "plover_tuning.yaml")
    doc = Document(text="Russia threatened to use its veto.", source="plover", lang="en",
                   published=D, location="t")  # fmt: skip
    assert not fold_coder(tuned[2])(doc)
    assert fold_coder(tuned[3])(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador and Peru exchanged prisoners of war on Friday.", ("PER", "08", "ECU")),
        ("Iraq allowed a UN humanitarian convoy to enter the northern city.", ("IRQ", "08", "UNO")),
        ("Russia ended its blockade of Georgia.", ("RUS", "08", "GEO")),
        ("Thai and Burmese officials discussed the border dispute.", ("THA", "04", "MMR")),
        ("Chile's government granted an amnesty to political prisoners.", ("CHL", "08", "")),
    ],
)  # fmt: skip
def test_releases_access_and_talks(code, text, expected):
    assert expected in countries(code(text, D))


def test_snubs_are_rejections(code):
    found = countries(code("North Korea snubbed South Korea's offer of talks.", D))
    assert ("PRK", "12", "KOR") in found


def test_an_act_demanded_is_not_done(code):
    found = countries(code("Israel ignored a UN demand to withdraw from southern Lebanon.", D))
    assert not [f for f in found if f[1] == "08"]


@pytest.mark.parametrize(
    ("text", "reactor", "doers"),
    [
        # a reaction aimed back at an act whose subject was a list of states: at each of them
        ("Kenya, Uganda and Tanzania closed their borders to Somalia on Monday. Somalia's "
         "government called the measures regrettable.", "SOM", {"KEN", "UGA", "TZA"}),
        # a document a list of states issued, judged later: at each author
        ("Norway, Sweden and Denmark published a joint declaration on Tuesday faulting Iran "
         "over its arrests. Iran said the declaration was interference in its affairs.",
         "IRN", {"NOR", "SWE", "DNK"}),
    ],
)  # fmt: skip
def test_a_reaction_to_an_act_of_listed_states_is_aimed_at_each(code, text, reactor, doers):
    aimed = {t for s, r, t in countries(code(text, D)) if s == reactor and r == "11"}
    assert aimed == doers


def test_a_reaction_to_one_states_act_stays_with_it(code):
    text = (
        "Kenya closed its border with Somalia on Monday, and Uganda sent troops to the area. "
        "Somalia called the measures regrettable."
    )
    aimed = {t for s, r, t in countries(code(text, D)) if s == "SOM" and r == "11"}
    assert aimed == {"KEN"}


def test_a_reduced_relative_passive_has_its_doer_after_by(code):
    """A participle with no auxiliary, "by" and an actor after it (entities added by X, the
    diplomats expelled by Y): a reduced relative passive, its doer after "by"."""
    text = (
        "Six firms in Syria were among 30 entities added by Canada on Tuesday to a sanctions list."
    )
    assert countries(code(text, D)) == [("CAN", "16", "SYR")]
    found = countries(code("Two Cuban diplomats expelled by Argentina on Friday left Havana.", D))
    assert ("ARG", "17", "CUB") in found and ("CUB", "17", "ARG") not in found


def test_a_participle_after_a_thing_or_by_a_measure_is_no_passive(code):
    """A report released by X: a thing suffered it; raised tariffs by ten percent: no actor
    after "by", an active verb and its measure."""
    found = countries(code("Chile rejected a report released by Peru on Monday.", D))
    found += countries(code("Brazil raised tariffs on Argentine steel by ten percent.", D))
    assert not [f for f in found if f[0] == "PER" or f[2] == "BRA"]


def test_an_actor_of_an_opening_phrase_is_no_subject_of_the_list(code):
    """At a forum on Syria, France's minister warned…: the commas around the opening phrase
    join no list (a list of subjects has its "and"); the minister alone warns."""
    text = ("At a meeting on Lebanon, Egyptian Foreign Minister Sameh Shoukry warned Israel on "
            "Monday not to widen the war.")  # fmt: skip
    assert {s for s, r, t in countries(code(text, D)) if r == "13"} == {"EGY"}
    listed = countries(code("Peru, Chile and Bolivia warned Ecuador on Monday.", D))
    assert {s for s, r, t in listed if r == "13"} == {"PER", "CHL", "BOL"}


def test_a_former_leader_with_a_body_officials_title_speaks_for_the_body(code):
    """Named with the title of an alliance's official after a word for the alliance, a state's
    former prime minister (the people table's row) speaks for the alliance, and so does his
    surname later in the story."""
    text = ("RIGA, May 4 (Dipwatch) - Latvia will host more allied troops, alliance "
            "Secretary-General Jens Stoltenberg said on Thursday.\n\n"
            "Lithuanian President Gitanas Nauseda met Stoltenberg in Vilnius on Friday.")  # fmt: skip
    found = countries(code(text, date(2019, 5, 4)))
    assert ("LTU", "04", "NAT") in found
    assert not [f for f in found if "NOR" in (f[0], f[2])]


def test_he_after_said_and_a_time_adverbial_is_the_one_who_says(code):
    """… said last week that he was disappointed: "he" is the sayer whatever the adverbial
    between (last week, earlier), not the subject of the sentence before."""
    text = ("GENEVA, Jan 6 (Dipwatch) - A UN human rights team has not been able to enter "
            "Myanmar.\n\nThe visit had been held up for weeks because Myanmar authorities had "
            "not granted the experts visas. UN human rights chief Volker Turk said last week "
            'that he was "very disappointed" by the delay.')  # fmt: skip
    found = countries(code(text, date(2024, 1, 6)))
    assert ("UNO", "11", "MMR") in found
    assert not [f for f in found if f[0] == "MMR"]
