"""The countries table: coverage of GDELT's codes, Taiwan usage, lookups, and bad user files."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.countries import COLUMNS, REGIONS, TERM_KINDS, countries
from dipwatch.reference.fold import fold, fold_key
from dipwatch.reference.people import organisations

G20 = {
    "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
    "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
}  # fmt: skip
# CAMEO country codes that name no ISO 3166 state or territory, so the table has no row for them.
REGIONAL_CODES = (
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
)  # fmt: skip
NOT_COUNTRIES = {
    **dict.fromkeys(("WSB", "GZS", "BAG"), "a place inside a state (West Bank, Gaza, Baghdad)"),
    **dict.fromkeys(REGIONAL_CODES, "a region of several states (Africa, Balkans, the West…)"),
}
# Where GDELT's CAMEO country code is not the ISO 3166 alpha-3 code.
CAMEO_NOT_ISO = {"TMP": "TLS", "ROM": "ROU", "MTN": "MNE", "IMY": "IMN"}


def table_file(path: Path, *rows: dict[str, str]) -> Path:
    """A countries CSV with ``rows`` (missing columns left empty)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(**values: str) -> dict[str, str]:
    base = dict(
        iso3="NZL", iso2="NZ", cameo="NZL", fips="NZ", name_en="New Zealand",
        name_zh_hant="紐西蘭", name_zh_hans="新西兰", aliases="Aotearoa", short_zh="紐",
        capitals="Wellington", demonyms="New Zealander", region="Oceania", g20="false",
        kind="state", population_m="5.1",
    )  # fmt: skip
    return base | values


def cameo_codes(shared_data: Path) -> list[str]:
    text = (shared_data / "cameo" / "cameoCountry.txt").read_text(encoding="latin-1")
    return [line.split("\t")[0] for line in text.splitlines()[1:] if line.strip()]


# --- coverage of GDELT's lookups ----------------------------------------------------------


def test_at_least_240_rows_and_200_states():
    table = countries()
    assert len(table) >= 240
    assert Counter(c.kind for c in table)["state"] >= 195


@pytest.mark.shared
def test_every_cameo_country_code_resolves(shared_data):
    unresolved = []
    for code in cameo_codes(shared_data):
        if code in NOT_COUNTRIES:
            continue
        found = countries().by_cameo(code)
        if found is None or found.iso3 != CAMEO_NOT_ISO.get(code, code):
            unresolved.append(code)
    assert unresolved == []


@pytest.mark.shared
def test_skipped_cameo_codes_are_exactly_the_non_countries(shared_data):
    skipped = {code for code in cameo_codes(shared_data) if countries().by_cameo(code) is None}
    assert skipped == set(NOT_COUNTRIES)


@pytest.mark.shared
def test_every_code_of_geonames_country_info_resolves(shared_data):
    text = (shared_data / "cameo" / "countryInfo.txt").read_text(encoding="latin-1")
    lines = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    table = countries()
    wrong = []
    for iso2, iso3, _, fips, *_ in lines:
        if table.by_iso3(iso3) is None or table.by_iso2(iso2).iso3 != iso3:
            wrong.append(iso3)
        elif fips and table.by_fips(fips).iso3 != iso3:
            wrong.append(f"{iso3}/{fips}")
    assert wrong == [] and len(lines) >= 250


def test_codes_are_well_formed_and_unique():
    table = list(countries())
    for column, shape in (("iso3", "[A-Z]{3}"), ("iso2", "[A-Z]{2}"), ("cameo", "[A-Z]{3}")):
        values = [getattr(c, column) for c in table if getattr(c, column)]
        assert all(re.fullmatch(shape, v) for v in values), column
        assert len(values) == len(set(values)), column
    fips = [c.fips for c in table if c.fips]
    assert len(fips) == len(set(fips)) >= 240


def test_lookups_by_code_ignore_case_and_actor_roles():
    table = countries()
    assert table.by_iso3("twn").name_en == "Taiwan"
    assert table.by_cameo("USAGOV").iso3 == "USA"
    assert table.by_cameo("ROM").iso3 == "ROU" and table.by_iso3("ROU").actor_code == "ROM"
    assert table.by_fips("GM").iso3 == "DEU" and table.by_iso2("GM").iso3 == "GMB"
    assert table.by_iso3("XXX") is None and table.by_cameo("EUR") is None


# --- names in Taiwan and PRC usage --------------------------------------------------------


@pytest.mark.parametrize(
    ("iso3", "hant"),
    [
        ("HND", "宏都拉斯"), ("NRU", "諾魯"), ("SLB", "索羅門群島"), ("PLW", "帛琉"),
        ("SWZ", "史瓦帝尼"), ("NZL", "紐西蘭"), ("AUS", "澳洲"), ("ITA", "義大利"),
        ("SAU", "沙烏地阿拉伯"), ("LAO", "寮國"), ("KHM", "柬埔寨"), ("SGP", "新加坡"),
        ("LTU", "立陶宛"), ("NIC", "尼加拉瓜"), ("GTM", "瓜地馬拉"), ("BLZ", "貝里斯"),
        ("PRY", "巴拉圭"), ("HTI", "海地"), ("KNA", "聖克里斯多福及尼維斯"), ("LCA", "聖露西亞"),
        ("VCT", "聖文森及格瑞那丁"), ("MHL", "馬紹爾群島"), ("TUV", "吐瓦魯"), ("PRK", "北韓"),
        ("KOR", "韓國"), ("TWN", "臺灣"), ("CHN", "中國"),
    ],
)  # fmt: skip
def test_traditional_names_follow_taiwan_usage(iso3, hant):
    assert countries().by_iso3(iso3).name_zh_hant == hant


@pytest.mark.parametrize(
    ("iso3", "hans"),
    [("HND", "洪都拉斯"), ("NRU", "瑙鲁"), ("SLB", "所罗门群岛"), ("PLW", "帕劳"),
     ("SWZ", "斯威士兰"), ("PRK", "朝鲜"), ("KOR", "韩国"), ("NZL", "新西兰"), ("TWN", "台湾")],
)  # fmt: skip
def test_simplified_names_follow_prc_usage(iso3, hans):
    assert countries().by_iso3(iso3).name_zh_hans == hans


def test_simplified_names_are_already_simplified():
    assert [c.iso3 for c in countries() if fold(c.name_zh_hans) != c.name_zh_hans] == []


def test_second_names_of_korea_vatican_and_eswatini():
    table = countries()
    assert {"南韓", "南韩"} <= set(table.by_iso3("KOR").aliases)
    assert "朝鮮" in table.by_iso3("PRK").aliases
    assert {"梵蒂岡", "Vatican"} <= set(table.by_iso3("VAT").aliases)
    assert "埃斯瓦蒂尼" in table.by_iso3("SWZ").aliases


def test_taiwan_china_hong_kong_and_macao():
    table = countries()
    twn = table.by_iso3("TWN")
    assert (twn.cameo, twn.region, twn.kind) == ("TWN", "Northeast Asia", "state")
    assert {"台灣", "中華民國", "Republic of China"} <= set(twn.aliases)
    chn = table.by_iso3("CHN")
    assert {"中華人民共和國", "中国大陆", "中國大陸", "北京", "中共", "PRC", "Beijing"} <= set(
        chn.aliases
    )
    assert {"中", "中方"} <= set(chn.short_zh)
    assert table.by_iso3("HKG").kind == table.by_iso3("MAC").kind == "territory"


# --- aliases, short forms, capitals, demonyms ---------------------------------------------


def test_many_states_have_aliases_or_short_forms_and_demonyms():
    states = [c for c in countries() if c.kind == "state"]
    assert sum(bool(c.aliases or c.short_zh) for c in states) >= 60
    assert sum(bool(c.demonyms) for c in states) >= 60


@pytest.mark.parametrize(
    ("iso3", "forms"),
    [
        ("USA", {"美", "美方"}), ("RUS", {"俄", "俄方"}), ("JPN", {"日", "日方"}),
        ("GBR", {"英", "英方"}), ("FRA", {"法", "法方"}), ("DEU", {"德", "德方"}),
        ("KOR", {"韓", "韓方", "韩方"}), ("TWN", {"臺", "台"}),
    ],
)  # fmt: skip
def test_short_forms(iso3, forms):
    assert forms <= set(countries().by_iso3(iso3).short_zh)


def test_short_forms_are_one_character_or_x_fang_and_never_common_words():
    common_words = {"立方", "西方", "比方", "以方", "土方", "新方", "巴方", "加方", "意方"}
    for c in countries():
        for form in c.short_zh:
            assert len(form) == 1 or (len(form) == 2 and form[1] == "方"), (c.iso3, form)
            assert form not in common_words, (c.iso3, form)
            assert form not in c.aliases, (c.iso3, form)


def test_organisations_are_not_countries():
    assert countries().lookup("歐盟") is None and countries().lookup("EU") is None


def test_capitals_and_demonyms():
    table = countries()
    assert {"華府", "华盛顿", "Washington"} <= set(table.by_iso3("USA").capitals)
    assert "莫斯科" in table.by_iso3("RUS").capitals
    assert table.by_iso3("CHN").demonyms == ("Chinese",)
    # Capitals that are common English words or another body's metonym stay out.
    assert table.lookup("Male") is None and table.lookup("Brussels") is None


def test_no_form_names_two_countries():
    owners: dict[str, set[str]] = {}
    for form, iso3, _ in countries().terms():
        owners.setdefault(fold_key(form), set()).add(iso3)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_term_finds_its_country_and_kinds_are_known():
    table = countries()
    terms = list(table.terms())
    assert len(terms) > 2000
    for form, iso3, kind in terms:
        assert kind in TERM_KINDS
        assert table.lookup(form).iso3 == iso3, form
    assert {("華府", "USA", "capital"), ("美", "USA", "short"), ("TWN", "TWN", "code")} <= set(
        terms
    )


def test_terms_hold_all_three_scripts():
    forms = {form for form, iso3, _ in countries().terms() if iso3 == "USA"}
    assert {"美國", "美国", "United States"} <= forms


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("美國", "USA"), ("美国", "USA"), ("United States", "USA"), ("U.S.", "USA"),
        ("華府", "USA"), ("华盛顿", "USA"), ("臺灣", "TWN"), ("台灣", "TWN"), ("台湾", "TWN"),
        ("taiwan", "TWN"), ("TWN", "TWN"), ("TW", "TWN"), ("中國大陸", "CHN"), ("中共", "CHN"),
        ("俄羅斯", "RUS"), ("俄罗斯", "RUS"), ("莫斯科", "RUS"), ("Russia", "RUS"),
        ("宏都拉斯", "HND"), ("洪都拉斯", "HND"), ("Honduras", "HND"), ("朝鲜", "PRK"),
        ("北韓", "PRK"), ("首爾", "KOR"), ("紐西蘭", "NZL"), ("新西兰", "NZL"),
        ("Swaziland", "SWZ"), ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("Ｕ.Ｓ.", "USA"),
    ],
)  # fmt: skip
def test_lookup_in_three_scripts(text, iso3):
    assert countries().lookup(text).iso3 == iso3


def test_every_country_in_the_seed_chapter_resolves():
    named = (
        "美國", "中國大陸", "臺灣", "法國", "德國", "英國", "俄羅斯", "日本", "韓國", "立陶宛",
        "柬埔寨", "寮國", "新加坡", "阿富汗", "敘利亞", "黎巴嫩", "以色列", "巴勒斯坦",
        "尼加拉瓜", "宏都拉斯", "喀布爾", "華府",
    )  # fmt: skip
    assert [n for n in named if countries().lookup(n) is None] == []


# --- regions, G20, population -------------------------------------------------------------


def test_g20_is_the_nineteen_states():
    assert {c.iso3 for c in countries() if c.g20} == G20


def test_every_region_is_used_and_every_state_has_one():
    states = [c for c in countries() if c.kind == "state"]
    assert {c.region for c in states} == set(REGIONS)
    assert all(c.region in REGIONS for c in states)
    assert all(c.region in (*REGIONS, "") for c in countries())


@pytest.mark.parametrize(
    ("iso3", "region"),
    [("RUS", "Northeast Asia"), ("AFG", "Central Asia"), ("LTU", "Europe"), ("NIC",
     "Latin America and the Caribbean"), ("SYR", "Middle East"), ("KHM", "Southeast Asia"),
     ("IND", "South Asia"), ("USA", "North America"), ("SLB", "Oceania"), ("EGY", "Africa")],
)  # fmt: skip
def test_regions_follow_the_chapter(iso3, region):
    assert countries().by_iso3(iso3).region == region


def test_population_of_states():
    table = countries()
    missing = [c.iso3 for c in table if c.kind == "state" and c.population_m is None]
    assert missing == ["SCG"]  # Serbia and Montenegro, dissolved in 2006
    assert 1300 < table.by_iso3("CHN").population_m < 1500
    assert 300 < table.by_iso3("USA").population_m < 350
    assert table.by_iso3("TUV").population_m < 0.1


# --- agreement with the other reference tables --------------------------------------------


def test_organisation_members_are_in_the_table():
    unknown = {m for o in organisations() for m in o.members if countries().by_iso3(m) is None}
    assert unknown == set()


def test_the_package_gives_the_loader_even_after_the_module_is_imported():
    import dipwatch.reference.countries  # noqa: F401  binds the submodule on the package
    from dipwatch.reference import REGIONS as regions
    from dipwatch.reference import countries as loader

    assert callable(loader) and len(loader()) == len(countries()) and regions == REGIONS


# --- user files and malformed files -------------------------------------------------------


def test_users_file_replaces_the_bundled_one(tmp_path):
    mine = countries(table_file(tmp_path / "mine.csv", row()))
    assert len(mine) == 1
    assert mine.lookup("紐西蘭").iso3 == "NZL" and mine.lookup("美國") is None
    assert len(countries()) >= 240


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(iso3="US"), "iso3 'US' is not a code"),
        (row(iso2="usa"), "iso2 'usa'"),
        (row(region="Asia"), "region 'Asia' is not one of"),
        (row(region=""), "region '' is not one of"),
        (row(g20="yes"), "g20 'yes' is not true or false"),
        (row(kind="country"), "kind 'country'"),
        (row(population_m="many"), "population_m 'many'"),
        (row(name_zh_hant="New Zealand"), "name_zh_hant 'New Zealand' has no Chinese"),
        (row(name_en=""), "empty value in name_en"),
        (row(iso3="AUS", iso2="AU", cameo="AUS", fips="AS", aliases="Aotearoa"), "also names NZL"),
        (row(iso2="AU", cameo="AUS", fips="AS", aliases=""), "duplicate iso3 NZL"),
        (row(iso3="AUS", iso2="NZ", cameo="AUS", fips="AS", aliases=""), "duplicate iso2 NZ"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path, bad, message):
    path = table_file(tmp_path / "bad.csv", row(), bad)
    with pytest.raises(ReferenceDataError) as err:
        countries(path)
    assert f"{path}: line 3: " in str(err.value)
    assert message in str(err.value)


def test_territory_may_have_no_region(tmp_path):
    path = table_file(tmp_path / "ata.csv", row(iso3="ATA", iso2="AQ", kind="region", region=""))
    assert countries(path).by_iso3("ATA").region == ""


def test_file_without_a_column_is_refused(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("iso3,iso2,name_en\nNZL,NZ,New Zealand\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"short\.csv: header: missing column\(s\): cameo"):
        countries(path)
