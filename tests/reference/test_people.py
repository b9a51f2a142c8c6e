"""The people and organisations tables: contents, term logic, user files and bad files."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.actor_codes import actor_codes
from dipwatch.reference.people import (
    ACTOR_KINDS,
    ORG_COLUMNS,
    OVERLAP_NOTE,
    PEOPLE_COLUMNS,
    lookup_organisation,
    organisations,
    people,
)

CJK = re.compile(r"[\u3400-\u9fff]")
# Offices held by one person at a time; spokespeople and officials come several at once.
SINGLE_OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
# The states the brief names, each of which must have a leader on the seed chapter's last day.
REQUIRED = (
    "CHN USA GBR FRA RUS ARG AUS BRA CAN DEU IND IDN ITA JPN KOR MEX SAU ZAF TUR PRK MNG KAZ",
    "KGZ TJK UZB TKM AFG PAK NPL MMR LAO VNM PHL MYS BRN KHM SGP THA IRN ARE QAT KWT BHR OMN",
    "ISR EGY NGA KEN ETH CHL CUB VEN NIC HND LTU HUN SRB UKR TWN PRY GTM BLZ HTI KNA LCA VCT",
    "MHL PLW TUV SWZ VAT",
)
REQUIRED_SET = frozenset(" ".join(REQUIRED).split())


def names(found) -> list[tuple[str, str, str]]:
    return [(p.name_en, p.country, p.role) for p in found]


def write_csv(path: Path, header: tuple[str, ...], *rows: str) -> Path:
    path.write_text(",".join(header) + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


# --- the bundled people table -------------------------------------------------------------


def test_terms_are_unique_and_one_id_is_one_person():
    seen: set[tuple[str, str, date]] = set()
    name_of: dict[str, str] = {}
    for p in people():
        key = (p.person_id, p.role, p.start)
        assert key not in seen, key
        seen.add(key)
        assert name_of.setdefault(p.person_id, p.name_en) == p.name_en, p.person_id


def test_codes_are_iso3_and_cameo_actor_codes():
    for p in people():
        assert re.fullmatch(r"[A-Z]{3}", p.country), p
        assert re.fullmatch(r"[A-Z]{3}(GOV|OPP|REB)", p.actor_code), p
        if p.actor_code.endswith(("GOV", "REB")):
            assert p.actor_code[:3] == p.country, p


def test_every_row_has_an_english_name_and_chinese_names_in_chinese():
    for p in people():
        assert p.name_en and not CJK.search(p.name_en), p.person_id
        for zh in (p.name_zh_hant, p.name_zh_hans):
            assert zh == "" or CJK.search(zh), p.person_id


def test_rows_in_office_since_2010_have_names_in_three_scripts():
    """The Chinese sets are about the 2010s and 2020s: their leaders must be found in Chinese."""
    for p in people():
        if p.role in SINGLE_OFFICES and p.start >= date(2010, 1, 1) and p.country in REQUIRED_SET:
            assert CJK.search(p.name_zh_hant) and CJK.search(p.name_zh_hans), p.person_id


def test_no_chinese_name_is_a_single_character():
    # One character (劳 for Rau, 豪 for Howe) occurs inside every other word.
    for p in people():
        for name in (p.name_zh_hant, p.name_zh_hans, *p.aliases):
            if CJK.search(name):
                assert len(name) >= 2, (p.person_id, name)


def test_names_skip_empty_chinese_names():
    muskie = people().resolve("Edmund Muskie")[0]
    assert "" not in muskie.names() and muskie.name_zh_hans == ""
    assert people().resolve("") == []


def test_at_least_sixty_countries_and_every_required_state_has_a_leader():
    table = people()
    assert len({p.country for p in table}) >= 60
    day = date(2021, 12, 31)
    missing = [
        c
        for line in REQUIRED
        for c in line.split()
        if not table.in_office(c, "head_of_state", day)
        and not table.in_office(c, "head_of_government", day)
    ]
    assert missing == []


def test_start_is_never_after_end():
    for p in people():
        assert p.end is None or p.start <= p.end, p


def test_terms_of_one_office_never_overlap_unless_documented():
    offices: dict[tuple[str, str], list] = defaultdict(list)
    for p in people():
        if p.role in SINGLE_OFFICES:
            offices[(p.country, p.role)].append(p)
    clashes = []
    for terms in offices.values():
        terms.sort(key=lambda p: p.start)
        for a, b in pairwise(terms):
            documented = OVERLAP_NOTE in (a.note[: len(OVERLAP_NOTE)], b.note[: len(OVERLAP_NOTE)])
            if (a.end is None or a.end > b.start) and not documented:
                clashes.append((a.person_id, b.person_id))
    assert clashes == []


def test_documented_overlaps_exist_and_are_explained():
    overlapping = [p for p in people() if p.note.startswith(OVERLAP_NOTE)]
    assert {p.person_id for p in overlapping} >= {"guaido", "murillo"}
    assert all(len(p.note) > len(OVERLAP_NOTE) + 10 for p in overlapping)


# --- resolving names on a date ------------------------------------------------------------


@pytest.mark.parametrize("name", ["普丁", "普京", "Putin", "vladimir putin", "弗拉基米爾·普丁"])
def test_putin_in_both_scripts_and_english(name):
    found = people().resolve(name, date(2021, 12, 25))
    assert names(found) == [("Vladimir Putin", "RUS", "head_of_state")]
    assert found[0].actor_code == "RUSGOV"


def test_biden_only_while_in_office():
    assert names(people().resolve("拜登", date(2021, 11, 16))) == [
        ("Joe Biden", "USA", "head_of_state")
    ]
    assert people().resolve("拜登", date(2019, 1, 1)) == []
    assert len(people().resolve("拜登")) == 1


@pytest.mark.parametrize("name", ["川普", "特朗普", "Trump"])
def test_trump_second_term(name):
    assert names(people().resolve(name, date(2025, 6, 1))) == [
        ("Donald Trump", "USA", "head_of_state")
    ]


def test_end_day_belongs_to_the_successor():
    table = people()
    on_handover = table.in_office("USA", "head_of_state", date(2021, 1, 20))
    assert [p.name_en for p in on_handover] == ["Joe Biden"]
    assert [p.name_en for p in table.in_office("USA", "head_of_state", date(2021, 1, 19))] == [
        "Donald Trump"
    ]


def test_xi_is_head_of_state_throughout():
    table = people()
    for year in range(2017, 2027):
        for month in range(1, 13):
            day = date(year, month, 1)
            if day > date(2026, 11, 1):
                break
            assert [p.person_id for p in table.in_office("CHN", "head_of_state", day)] == [
                "xi_jinping"
            ], day


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("岸田文雄", date(2022, 1, 1), ("Fumio Kishida", "JPN", "head_of_government")),
        ("岸田文雄", date(2015, 1, 1), ("Fumio Kishida", "JPN", "foreign_minister")),
        ("蕭茲", date(2022, 6, 1), ("Olaf Scholz", "DEU", "head_of_government")),
        ("朔尔茨", date(2025, 5, 5), ("Olaf Scholz", "DEU", "head_of_government")),
        ("梅克爾", date(2021, 12, 7), ("Angela Merkel", "DEU", "head_of_government")),
        ("马克龙", date(2021, 12, 1), ("Emmanuel Macron", "FRA", "head_of_state")),
        ("尹錫悅", date(2023, 1, 1), ("Yoon Suk-yeol", "KOR", "head_of_state")),
        ("強生", date(2021, 1, 1), ("Boris Johnson", "GBR", "head_of_government")),
        ("特鲁多", date(2021, 1, 1), ("Justin Trudeau", "CAN", "head_of_government")),
        ("王毅", date(2021, 12, 1), ("Wang Yi", "CHN", "foreign_minister")),
        ("秦剛", date(2023, 3, 1), ("Qin Gang", "CHN", "foreign_minister")),
        ("趙立堅", date(2021, 12, 1), ("Zhao Lijian", "CHN", "spokesperson")),
        ("Landsbergis", date(2021, 8, 10), ("Gabrielius Landsbergis", "LTU", "foreign_minister")),
        ("奧蒂嘉", date(2021, 12, 10), ("Daniel Ortega", "NIC", "head_of_state")),
        ("卡蕬楚", date(2023, 3, 26), ("Xiomara Castro", "HND", "head_of_state")),
    ],
)
def test_leaders_by_their_usual_names(name, day, expected):
    assert expected in names(people().resolve(name, day))


def test_merkel_hands_over_to_scholz():
    table = people()
    handover = date(2021, 12, 8)
    assert [p.name_en for p in table.in_office("DEU", "head_of_government", handover)] == [
        "Olaf Scholz"
    ]
    assert table.resolve("Merkel", handover) == []


def test_taliban_leaders_from_the_fall_of_kabul():
    table = people()
    assert [p.name_en for p in table.in_office("AFG", "head_of_state", date(2021, 8, 14))] == [
        "Ashraf Ghani"
    ]
    assert [p.name_en for p in table.in_office("AFG", "head_of_state", date(2021, 8, 15))] == [
        "Hibatullah Akhundzada"
    ]
    assert names(table.resolve("穆塔基", date(2022, 1, 1))) == [
        ("Amir Khan Muttaqi", "AFG", "foreign_minister")
    ]


def test_every_listed_spokesperson_is_present():
    listed = ["华春莹", "耿爽", "陆慷", "赵立坚", "汪文斌", "毛宁", "林剑", "郭嘉昆"]
    for name in listed:
        assert [p.role for p in people().resolve(name)] == ["spokesperson"], name


def test_taiwan_and_prc_usage_are_both_kept():
    by_id = {p.person_id: p for p in people()}
    pairs = {"trump": ("川普", "特朗普"), "putin": ("普丁", "普京"), "macron": ("馬克宏", "马克龙")}
    for pid, (hant, hans) in pairs.items():
        assert (by_id[pid].name_zh_hant, by_id[pid].name_zh_hans) == (hant, hans)


def test_surface_forms_cover_both_scripts():
    forms = people().surface_forms()
    assert {"普丁", "普京", "Vladimir Putin", "川普", "特朗普"} <= forms.keys()
    assert {p.person_id for p in forms["習近平"]} == {"xi_jinping"}


def test_same_name_in_two_offices_gives_every_term():
    roles = sorted(p.role for p in people().resolve("習近平", date(2022, 1, 1)))
    assert roles == ["head_of_state", "official"]


# --- user files and malformed files -------------------------------------------------------


def test_users_people_file_replaces_the_bundled_one(tmp_path):
    path = write_csv(
        tmp_path / "mine.csv",
        PEOPLE_COLUMNS,
        "doe,NZL,foreign_minister,Foreign Minister,NZLGOV,2020-01-01,,Jane Doe,多伊,多伊,Doe",
    )
    mine = people(path)
    assert len(mine) == 1
    assert names(mine.resolve("Doe", date(2021, 1, 1))) == [("Jane Doe", "NZL", "foreign_minister")]
    assert mine.resolve("普丁") == []
    assert len(people()) > 300


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,NZL,official,T,NZLGOV,2020-13-01,,A,甲,甲,", "start '2020-13-01'"),
        ("x,NZL,official,T,NZLGOV,2020-01-01,2019-01-01,A,甲,甲,", "before start"),
        ("x,NZ,official,T,NZLGOV,2020-01-01,,A,甲,甲,", "alpha-3"),
        ("x,NZL,minister,T,NZLGOV,2020-01-01,,A,甲,甲,", "role 'minister'"),
        ("x,NZL,official,T,NZLGOV,2020-01-01,,,甲,甲,", "name_en"),
        ("x,NZL,official,T,NZLMIL,2020-01-01,,A,甲,甲,", "actor_code 'NZLMIL'"),
    ],
)
def test_bad_people_row_names_file_and_line(tmp_path, row, message):
    good = "ok,NZL,official,T,NZLGOV,2020-01-01,,B,乙,乙,"
    path = write_csv(tmp_path / "bad.csv", PEOPLE_COLUMNS, good, row)
    with pytest.raises(ReferenceDataError) as err:
        people(path)
    assert str(path) in str(err.value) and "line 3" in str(err.value)
    assert message in str(err.value)


def test_people_file_without_a_column_is_refused(tmp_path):
    header = tuple(c for c in PEOPLE_COLUMNS if c != "end")
    path = write_csv(tmp_path / "short.csv", header, "x,NZL,official,T,NZLGOV,2020-01-01,A,甲,甲,")
    with pytest.raises(ReferenceDataError, match=r"short\.csv: header: missing column\(s\): end"):
        people(path)


def test_missing_file_is_a_reference_error(tmp_path):
    with pytest.raises(ReferenceDataError, match="cannot read"):
        people(tmp_path / "absent.csv")


# --- organisations ------------------------------------------------------------------------


def test_organisation_ids_unique_and_codes_well_formed():
    orgs = organisations()
    assert len({o.org_id for o in orgs}) == len(orgs) >= 30
    for o in orgs:
        assert all(re.fullmatch(r"[A-Z]{3}", m) for m in o.members), o
        if o.kind in ACTOR_KINDS:  # a side of a state: AGOREB, PSE, IMG
            assert re.fullmatch(r"[A-Z]{3}(REB|SEP|INS|UAF|OPP|MIL)?", o.cameo), o
            continue
        assert o.cameo == "" or re.fullmatch(r"(UNO)?[A-Z]{3}", o.cameo), o  # UNOWHO
        assert CJK.search(o.name_zh_hant) and CJK.search(o.name_zh_hans), o


def test_armed_groups_are_sides_of_their_state_in_the_lexicon():
    from dipwatch.coder.reference import default_reference

    lexicon = default_reference().actors
    for name, code in (("UNITA", "AGOREB"), ("Khmer Rouge", "KHMREB"), ("Hamas", "PSEREB")):
        entries = lexicon.latin.get(name.lower())[1]
        assert ("fixed", code, code[:3]) in [(e.kind, e.code, e.country) for e in entries], name


def test_a_group_needs_a_state_side_code(tmp_path):
    path = write_csv(
        tmp_path / "orgs.csv", ORG_COLUMNS,
        "x,NAT,Some Front,,,,armed_group,,", "y,AGOXYZ,Other Front,,,,armed_group,,",
    )  # fmt: skip
    with pytest.raises(ReferenceDataError, match=r"line 2.*not an actor code like AGOREB"):
        organisations(path)


def test_every_name_of_every_organisation_resolves_to_it():
    for o in organisations():
        for name in o.names():
            assert lookup_organisation(name) == o, name


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("民主峰會", "summit_for_democracy"),
        ("民主峰会", "summit_for_democracy"),
        ("Summit for Democracy", "summit_for_democracy"),
        ("中拉論壇", "china_celac_forum"),
        ("中拉论坛", "china_celac_forum"),
        ("中國─拉共體論壇", "china_celac_forum"),
        ("中非合作論壇", "focac"),
        ("中非合作论坛", "focac"),
        ("10+1", "asean_china"),
        ("東協", "asean"),
        ("东盟", "asean"),
        ("北約", "nato"),
        ("上合组织", "sco"),
        ("金磚國家", "brics"),
        ("rcep", "rcep"),
    ],
)
def test_organisations_by_name_in_both_scripts(name, org_id):
    assert lookup_organisation(name).org_id == org_id


def test_organisation_members_and_codes():
    by_id = {o.org_id: o for o in organisations()}
    assert len(by_id["asean"].members) == 10 and by_id["asean"].cameo == "ASN"
    assert set(by_id["aukus"].members) == {"AUS", "GBR", "USA"}
    assert set(by_id["quad"].members) == {"AUS", "IND", "JPN", "USA"}
    assert by_id["summit_for_democracy"].kind == "event"
    assert (by_id["un"].cameo, by_id["eu"].cameo, by_id["nato"].cameo) == ("UNO", "EEC", "NAT")


def test_users_organisation_file_and_its_errors(tmp_path):
    row = "x,,Example Forum,範例論壇,范例论坛,EF,forum,NZL|AUS,Oceania"
    mine = write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, row)
    assert [o.org_id for o in organisations(mine)] == ["x"]
    assert lookup_organisation("范例論壇", mine).members == ("NZL", "AUS")
    clash = write_csv(tmp_path / "clash.csv", ORG_COLUMNS, row, row.replace("x,", "y,", 1))
    with pytest.raises(ReferenceDataError, match=r"clash\.csv: line 3: .*also used by x"):
        organisations(clash)
    bad_kind = write_csv(tmp_path / "kind.csv", ORG_COLUMNS, row.replace("forum", "club"))
    with pytest.raises(ReferenceDataError, match=r"kind\.csv: line 2: kind 'club'"):
        organisations(bad_kind)


# --- agreement with other tables and with GDELT's lookups ---------------------------------


def test_countries_agree_with_the_country_table():
    countries = pytest.importorskip("dipwatch.reference.countries").countries()
    if len(countries) == 0:
        pytest.skip("the country table is empty")
    unknown = sorted({p.country for p in people() if countries.by_iso3(p.country) is None})
    assert unknown == []


@pytest.mark.shared
def test_codes_exist_in_gdelt_lookups(shared_data):
    def codes(name: str) -> set[str]:
        text = (shared_data / "cameo" / name).read_text(encoding="latin-1")
        return {line.split("\t")[0] for line in text.splitlines()[1:] if line}

    country_codes = codes("cameoCountry.txt")
    assert sorted({p.actor_code[:3] for p in people()} - country_codes) == []
    group_codes = codes("cameoGroup.txt")
    groups = [o for o in organisations() if o.kind not in ACTOR_KINDS]
    parts = {part for o in groups for part in (o.cameo[:3], o.cameo[3:]) if part}
    # an armed group, movement or party is a country's side: UNITA is AGO + REB
    sides = [o.cameo for o in organisations() if o.kind in ACTOR_KINDS]
    type_codes = codes("cameoType.txt")
    assert sorted({c[:3] for c in sides} - country_codes - type_codes) == []
    assert sorted({c[3:] for c in sides if c[3:]} - type_codes) == []
    regions = {c.code for c in actor_codes().regions()}  # CAMEO's regions, in the country file
    assert regions <= country_codes
    # each part of UNOWHO is a GDELT group; a body with no group code is its region (CELAC: LAM)
    assert sorted(parts - group_codes - regions) == []


G20 = REQUIRED[0].split()[:19]  # the G20 states, as the brief lists them first


@pytest.mark.parametrize("year", range(1976, 2025))
def test_every_g20_state_has_a_leader_on_every_new_year_since_1976(year):
    """Soviet Russia had its leader in the party, not the state: the general secretary."""
    day, table = date(year, 1, 1), people()
    missing = [
        c
        for c in G20
        if not table.in_office(c, "head_of_state", day)
        and not table.in_office(c, "head_of_government", day)
        and not (c == "RUS" and year < 1992 and table.in_office(c, "official", day))
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Gorbachev", date(1988, 5, 29), ("RUS", "official")),
        ("Reagan", date(1988, 5, 29), ("USA", "head_of_state")),
        ("Thatcher", date(1985, 1, 1), ("GBR", "head_of_government")),
        ("Kohl", date(1990, 10, 3), ("DEU", "head_of_government")),
        ("Menem", date(1995, 6, 1), ("ARG", "head_of_state")),
        ("江泽民", date(1998, 1, 1), ("CHN", "head_of_state")),
        ("Mandela", date(1995, 1, 1), ("ZAF", "head_of_state")),
        ("Savimbi", date(1993, 1, 1), ("AGO", "official")),
    ],
)
def test_leaders_of_the_past_are_found_in_office(name, day, expected):
    assert expected in [(p.country, p.role) for p in people().resolve(name, day)]


def test_one_word_aliases_of_past_leaders_name_no_one_of_another_state():
    """A surname alias (Castro, Chun) of a term ended before 2000 that is a word of another
    state's person's name would give that person's acts to the wrong state."""
    words: dict[str, set[str]] = defaultdict(set)
    for p in people():
        for name in (p.name_en, *p.aliases):
            if not CJK.search(name):
                for w in re.split(r"[\s\-]+", name):
                    words[w.lower()].add(p.country)
    clashes = {
        (p.person_id, a)
        for p in people()
        if p.end is not None and p.end < date(2000, 1, 1)
        for a in p.aliases
        if " " not in a
        and not CJK.search(a)
        and words[a.lower()] - {p.country}
        and p.person_id != "shevardnadze"  # one person, Soviet then Georgian
    }
    assert clashes == set()
