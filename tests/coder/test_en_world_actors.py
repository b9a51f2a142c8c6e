"""English actors from the reference tables' knowledge of the world: leaders and ministers of
1975-2024 by name and surname, armed groups and movements as a side of their state, and names
that are also common words or other things (Major, Begin, the Hague, a library) left alone."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document


def triples(text: str, day: date = date(2000, 1, 1)) -> list[tuple[str | None, str, str | None]]:
    """(source, code, target) of each event of one English text."""
    c = coding(Document(text, published=day))
    return [(e.source_actor, e.code, e.target_actor) for e in c.events]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a leader in office on the text's day gives his government; out of it, his country
        (
            "Reagan criticized Gorbachev over Afghanistan.",
            date(1987, 3, 2),
            ("USAGOV", "111", "RUSGOV"),
        ),
        ("Menem criticized Britain over the Falklands.", date(2000, 1, 1), ("ARG", "111", "GBR")),
        ("Thatcher met Kohl in Bonn.", date(1989, 5, 2), ("GBRGOV", "040", "DEUGOV")),
        ("Prime Minister Begin met Sadat.", date(1978, 9, 6), ("ISRGOV", "040", "EGYGOV")),
        ("Yeltsin met Clinton in Moscow.", date(1994, 1, 13), ("RUSGOV", "040", "USAGOV")),
    ],
)
def test_leaders_of_the_past_are_known_by_their_surnames(text, day, expected):
    assert expected in triples(text, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNITA rebels attacked government troops in Angola.", ("AGOREB", "19", "AGOGOV")),
        ("The Khmer Rouge attacked Vietnamese troops.", ("KHMREB", "19", "VNMMIL")),
        ("Guerrillas of the Shining Path killed five policemen.", ("PERREB", "19", "PERCOP")),
        ("The Contras attacked a Sandinista army post.", ("NICREB", "19", None)),
    ],
)
def test_armed_groups_act_as_a_side_of_their_state(text, expected):
    """(The code is a CAMEO root: an attack or a killing.)"""
    source, code, target = expected
    found = triples(text)
    assert any(s == source and c.startswith(code) and (target is None or t == target)
               for s, c, t in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Major powers criticized the plan.",  # John Major is known by his full name only
        "The talks will begin in Cairo on Monday.",  # Menachem Begin: a verb
        "The delegation arrived in The Hague on Monday.",  # William Hague: a city
        "China sanctioned the Ronald Reagan Presidential Library.",  # named after a person
    ],
)
def test_names_that_are_words_or_places_name_no_leader(text):
    c = coding(Document(text, published=date(2000, 1, 1)))
    assert [c.text[m.start : m.end] for m in c.mentions if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare sector words of a sentence set in one state are that state's
        ("Gunmen killed three policemen in southern Lebanon.", ("LBNUAF", "19", "LBNCOP")),
        ("Striking miners clashed with police near Johannesburg.", ("ZAFLAB", "14", "ZAFCOP")),
        ("Kidnappers seized two policemen in northern Nigeria.", ("NGACRM", None, "NGACOP")),
        ("Tribal elders in Nigeria accused the police of torture.", ("NGAELI", "11", "NGACOP")),
    ],
)
def test_sector_words_take_the_state_the_sentence_happens_in(text, expected):
    source, code, target = expected
    found = triples(text)
    assert any(s == source and (code is None or c.startswith(code))
               and (target is None or t == target) for s, c, t in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck targets in southern Lebanon.",  # the jets are Israel's
        "Troops opened fire on a crowd, Thai officials said in Bangkok about Burma.",
        "Police arrested five men after the talks.",  # no place at all
    ],
)
def test_sector_words_stay_unattributed_without_one_place(text):
    c = coding(Document(text, published=date(2000, 1, 1)))
    bare = {"jets", "Troops", "Police", "troops", "police"}
    assert [m.code for m in c.mentions if c.text[m.start : m.end] in bare] == []


@pytest.mark.parametrize(
    ("name", "state"),
    [("the Soviet Union", "RUS"), ("Zaire", "COD"), ("Rhodesia", "ZWE"), ("Kampuchea", "KHM")],
)
def test_former_names_of_states_give_their_successor(name, state):
    c = coding(Document(f"The United States criticized {name}.", published=date(1985, 1, 2)))
    assert ("USA", state) in [(e.source_actor, e.target_actor) for e in c.events]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ECOMOG peacekeepers attacked rebel positions in Liberia.", "WAS"),
        ("The Commonwealth suspended Nigeria.", "CWN"),
        ("The Organization of African Unity condemned the coup.", "OAU"),
    ],
)
def test_bodies_of_the_period_are_organisations(text, code):
    c = coding(Document(text, published=date(1995, 11, 20)))
    assert code in [m.code for m in c.mentions], [(m.code, m.kind) for m in c.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese Communist Party General Secretary Bao Tran met Xi Jinping in Beijing.",
        "Lao People's Revolutionary Party General Secretary Bao Tran met Xi Jinping in Beijing.",
        "Cuba's Communist Party leader Bao Tran met Xi Jinping in Beijing.",
    ],
)
def test_a_party_officer_named_with_the_party_is_his_states(text):
    """A ruling party's name between a state and its officer (General Secretary, leader) joins
    them into one actor, the state's government, as "party chief" right after the state does."""
    source = triples(text, date(2024, 8, 20))[0][0]
    assert source in ("VNMGOV", "LAOGOV", "CUBGOV"), triples(text, date(2024, 8, 20))


def test_a_description_stands_for_a_state_named_as_one_before_a_persons_state():
    """The Nordic country after "Finland's bid" and a Norwegian official named since: Finland,
    the state the story names as a state, not the official's."""
    text = ("HELSINKI, May 18 (Dipwatch) - Hungary said on Wednesday it would back Finland's bid "
            "to join NATO, former Norwegian Prime Minister Jens Stoltenberg said, lifting the "
            "last obstacle to the Nordic country's membership. Turkey praised the Nordic country "
            "on Thursday.")  # fmt: skip
    found = triples(text, date(2022, 5, 18))
    assert any(t[1].startswith("051") and (t[2] or "").startswith("FIN") for t in found), found


def test_a_group_an_actors_verb_is_aimed_at_leaves_the_actor_out():
    """Japan praised the courage of both leaders, after sentences about two others: the two
    leaders are those others, not Japan with one of them."""
    lead = ("ADDIS ABABA, July 10 (Dipwatch) - Ethiopia and Eritrea signed a peace declaration "
            "on Monday in a deal brokered by the United Arab Emirates. Eritrean President Isaias "
            "Afwerki embraced Ethiopian Prime Minister Abiy Ahmed in Asmara.")  # fmt: skip
    found = triples(f"{lead} Japan praised the courage of both leaders.", date(2018, 7, 10))
    praised = {t for s, c, t in found if (s or "").startswith("JPN") and c.startswith("051")}
    assert {t[:3] for t in praised} == {"ETH", "ERI"}, found
