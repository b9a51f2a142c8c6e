"""Regions and towns of states (reference/places.py): where force is used, never who acts."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference import countries, places
from tests.coder.conftest import broadcast, triples

D = date(2025, 3, 21)


def test_every_place_names_a_state_of_the_country_table():
    table = countries()
    assert {p.iso3 for p in places()} <= {c.iso3 for c in table}


def test_a_place_is_found_in_three_scripts():
    assert places().lookup("頓涅茨克") is places().lookup("顿涅茨克")
    assert places().lookup("Khan Younis").iso3 == "PSE"
    assert places().lookup("荷台达省").iso3 == "YEM"


def test_places_add_no_second_name_to_a_country():
    """A form that already names a country keeps the country's kind (East Jerusalem: a capital)."""
    shared = {f for p in places() for f in p.forms() if countries().lookup(f)}
    assert shared == {"East Jerusalem"}


def test_contested_places_say_how_they_were_decided():
    contested = {p.name_en for p in places() if p.contested}
    assert {"Donetsk", "Zaporizhzhia", "East Jerusalem"} <= contested
    assert places().lookup("克里米亚").iso3 == "RUS"  # held since 2014: as the gold codes it
    assert places().lookup("戈兰高地") is None  # left out: see the module docstring


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        ("UKR,city,Aaa,甲乙,甲乙,,\nRUS,city,Bbb,丙丁,丙丁,甲乙,\n", "also names"),
        ("UKR,village,A,甲乙,甲乙,,\n", "kind"),
        ("XXX,city,A,甲乙,甲乙,,\n", "no state"),
    ],
)  # fmt: skip
def test_a_malformed_table_is_refused(tmp_path, rows, reason):
    """Two places of one name, an unknown kind, a state the country table lacks."""
    path = tmp_path / "places.csv"
    path.write_text("iso3,kind,name_en,name_zh_hans,name_zh_hant,aliases,status\n" + rows,
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ReferenceDataError, match=reason):
        places(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄军当天打击了顿涅茨克地区。", ("RUS", "19", "UKR")),
        ("以军21日空袭了汗尤尼斯。", ("ISR", "19", "PSE")),
        ("荷台达省21日再次遭美军多次空袭。", ("USA", "19", "YEM")),
        ("乌军无人机当天袭击了别尔哥罗德。", ("UKR", "19", "RUS")),
        ("俄军当天在红利曼夺取了3个据点。", ("RUS", "19", "UKR")),
        ("以军当天在东耶路撒冷打死了两名巴勒斯坦青年。", ("ISR", "19", "PSE")),
        ("美军当天对胡塞武装控制的荷台达港发动空袭。", ("USA", "19", "YEM")),
        ("萨达省、贝达省等地当天遭美国空袭。", ("USA", "19", "YEM")),
        ("克里米亚大桥当天凌晨遭到两艘乌克兰水面无人艇袭击。", ("UKR", "19", "RUS")),
        ("汗尤尼斯当天遭数十架以军战机空袭。", ("ISR", "19", "PSE")),
        ("美军当天袭击了霍尔木兹甘省米纳卜市的一处检查站。", ("USA", "19", "IRN")),
    ],
)  # fmt: skip
def test_force_used_on_a_place_is_used_on_its_state(text, expected):
    assert expected in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("哈尔科夫州州长表示，愿同中方加强合作。", ("UKR", "03", "CHN")),  # no office of its state
        ("库尔斯克州当天宣布对美国实施制裁。", ("RUS", "16", "USA")),  # a place does no act
        ("俄罗斯当天宣布制裁哈尔科夫。", ("RUS", "16", "UKR")),  # nor suffers one but force
    ],
)  # fmt: skip
def test_a_place_is_never_who_acts(text, not_expected):
    assert not_expected not in broadcast(text, D)


def test_ground_held_long_since_is_no_seizure():
    found = broadcast("以军当天从其所占领的据点向汗尤尼斯发动空袭。", D)
    assert found == {("ISR", "19", "PSE")}
    codes = {e.code for e in _coding("以军当天从其所占领的据点向汗尤尼斯发动空袭。").events}
    assert "192" not in codes


def _coding(text: str):
    from dipwatch.coder import coding
    from dipwatch.models import Document

    return coding(Document(text, published=D, kind="xwlb", source="xwlb"))


def test_a_name_that_runs_on_is_no_place():
    """拉法兰 is Raffarin, not Rafah; 彼得·提尔 a person, not Tyre."""
    c = _coding("法国前总理拉法兰和彼得·提尔当天在北京出席论坛。")
    assert not any(m.country in ("PSE", "LBN") for m in c.mentions)


def test_a_place_part_after_a_name_character_is_still_the_place():
    """苏梅西部: 西 is a name character, but a side of the place."""
    assert ("RUS", "19", "UKR") in broadcast("俄军当天袭击了苏梅西部。", D)


def test_ground_a_state_holds_is_where_force_is_used():
    """对俄方控制区…打击: 俄方 names the ground, not a doer striking the town named after."""
    found = broadcast("乌方当天称，对俄方控制区纵深目标实施远程打击，范围覆盖扎波罗热州。", D)
    assert ("RUS", "19", "UKR") not in found


def test_a_conjunction_is_no_short_form_before_a_province():
    """以及德拉省: 以 begins 以及, no Israel to strike."""
    found = broadcast("以军当天还对叙大马士革农村省、苏韦达以及德拉省等多地发动空袭。", D)
    assert found == {("ISR", "19", "SYR")}


def test_one_days_attacks_in_one_sentence_are_one_event():
    """控制了…居民点，打击了…: ground taken and strikes of one day are one 19x each way."""
    c = _coding("俄罗斯国防部21日称，俄军控制了顿涅茨克地区的两个居民点，打击了乌军无人机组装点。")
    force = [t for t in triples(c) if t[1][:2] == "19"]
    assert len(force) == 1 and force[0][0].startswith("RUS")


def test_a_crossing_kept_shut_is_a_blockade_of_the_places_state():
    assert ("ISR", "19", "PSE") in broadcast("以色列当天称暂不开放拉法口岸。", D)


def test_a_crossing_of_a_states_own_border_is_no_blockade():
    found = broadcast("芬兰当天决定关闭与俄罗斯接壤的一处口岸。", D)
    assert not any(r == "19" for _, r, _ in found)


def test_who_supplied_the_weapon_neither_uses_it_nor_is_struck():
    """使用美国提供的导弹: America supplied the missiles; Ukraine fired them at Crimea."""
    found = broadcast("乌军当天使用美国提供的导弹对克里米亚发动攻击。", D)
    assert ("UKR", "19", "RUS") in found
    assert not any("USA" in (s, t) for s, _, t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("叙利亚军方称，以军当晚向位于霍姆斯北部郊区的叙利亚政府军仓库发射了数枚导弹。",
         ("ISR", "19", "SYR")),
        ("胡塞武装称，当天向位于亚丁湾的美军补给舰发射了无人机。", ("YEM", "19", "USA")),
        ("黎真主党武装称，向位于加利利地区的以军营地发起了袭击。", ("LBN", "19", "ISR")),
    ],
)  # fmt: skip
def test_force_aimed_at_what_a_clause_places_falls_on_its_head(text, expected):
    """向位于…的X发射: the relative clause says where X is; X, after 的, is struck."""
    assert expected in broadcast(text, D)


def test_a_strike_told_in_the_passive_is_the_forces_the_item_names():
    """…一辆汽车遭空袭: no doer in its clause; the forces named around it struck."""
    text = "汗尤尼斯西部一处帐篷营地遭空袭，造成三人死亡。以色列总理称，以军将继续行动。"
    assert ("ISR", "19", "PSE") in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "喀土穆南部一处市场遭空袭，造成多人死亡。",  # no forces named: of unknown origin
        "俄罗斯国防部称，哈尔科夫一处仓库遭炮击。",  # a ministry reports, it does not fire
    ],
)
def test_a_strike_told_in_the_passive_with_no_forces_named_is_no_event(text):
    assert not [t for t in broadcast(text, D) if t[1] == "19"]
