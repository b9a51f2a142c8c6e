"""The CAMEO actor type and known-group table: coverage of GDELT's lookups, labels, links to
organisations, describe(), and users' bad files."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from dipwatch.errors import InputError, ReferenceDataError
from dipwatch.reference import actor_codes as actor_codes_from_package
from dipwatch.reference.actor_codes import COLUMNS, EXTRA_TYPES, KINDS, actor_codes
from dipwatch.reference.fold import fold
from dipwatch.reference.people import ACTOR_KINDS, organisations

CJK = re.compile(r"[\u3400-\u9fff]")
LOOKUPS = {"type": "cameoType.txt", "group": "cameoGroup.txt", "region": "cameoCountry.txt"}


def gdelt_codes(shared_data: Path, kind: str) -> list[str]:
    """The codes of one of GDELT's lookup files, in order, repeats included; for regions, the
    block of cameoCountry.txt from AFR (Africa) to WST (the West), before the countries."""
    lines = (shared_data / "cameo" / LOOKUPS[kind]).read_text(encoding="utf-8").splitlines()
    codes = [line.split("\t")[0].strip() for line in lines[1:] if line.strip()]
    return codes[codes.index("AFR") : codes.index("WST") + 1] if kind == "region" else codes


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text(",".join(COLUMNS) + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


# --- coverage of GDELT's lookups ------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_every_gdelt_code_is_present(shared_data, kind):
    codes = gdelt_codes(shared_data, kind) + (list(EXTRA_TYPES) if kind == "type" else [])
    mine = {c.code for c in actor_codes() if c.kind == kind}
    assert sorted(set(codes) - mine) == []
    assert sorted(mine - set(codes)) == []


def test_gdelt_repeats_are_the_known_ones(shared_data):
    # cameoType.txt lists UIS twice; cameoGroup.txt CEM (two bodies) and WTO. One row each here.
    repeats = {k: sorted(c for c, n in Counter(gdelt_codes(shared_data, k)).items() if n > 1)
               for k in KINDS}  # fmt: skip
    assert repeats == {"type": ["UIS"], "group": ["CEM", "WTO"], "region": []}
    assert "COMESA" in actor_codes().get("CEM").label_en
    assert "CEMAC" in actor_codes().get("CEM").label_en


def test_counts_and_uniqueness_per_kind():
    table = actor_codes()
    assert (len(table.types()), len(table.groups()), len(table.regions())) == (40, 115, 25)
    assert len(table) == 40 + 115 + 25
    keys = [(c.kind, c.code) for c in table]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[A-Z]{3}", c.code) for c in table)
    # GDELT has these three in both files; they must mean the same thing in both.
    for code in ("AMN", "IRC", "UNO"):
        assert table.get(code, "type").label_en == table.get(code, "group").label_en


# --- labels ---------------------------------------------------------------------------------


def test_labels_are_filled_in_three_scripts():
    for c in actor_codes():
        assert c.label_en.strip() and not CJK.search(c.label_en), c
        assert CJK.search(c.label_zh_hant) and CJK.search(c.label_zh_hans), c
        # No Traditional character left in a Simplified label (a copy-paste slip).
        hans = "".join(CJK.findall(c.label_zh_hans))
        assert fold(hans) == hans, c


@pytest.mark.parametrize(
    ("code", "kind", "en", "hant", "hans"),
    [
        ("GOV", "type", "government", "政府", "政府"),
        ("MIL", "type", "military", "軍方", "军方"),
        ("OPP", "type", "political opposition", "反對派", "反对派"),
        ("REB", "type", "rebels", "叛軍", "叛军"),
        ("MED", "type", "media", "媒體", "媒体"),
        ("BUS", "type", "business", "商界", "商界"),
        ("IGO", "type", "intergovernmental organisation", "國際組織", "国际组织"),
        ("NGO", "type", "non-governmental organisation", "非政府組織", "非政府组织"),
        ("UNO", "type", "United Nations", "聯合國", "联合国"),
        ("ADB", "group", "Asian Development Bank", "亞洲開發銀行", "亚洲开发银行"),
        ("KID", "group", "United Nations Children's Fund (UNICEF)", "聯合國兒童基金會", "联合国儿童基金会"),
        ("HEZ", "group", "Hezbollah", "真主黨", "真主党"),
    ],
)  # fmt: skip
def test_known_labels(code, kind, en, hant, hans):
    entry = actor_codes().get(code, kind)
    assert (entry.label("en"), entry.label("zh-Hant"), entry.label("zh-Hans")) == (en, hant, hans)


def test_get_prefers_type_and_accepts_any_case():
    table = actor_codes()
    assert table.get("uno").kind == "type"
    assert table.get("ASN").kind == "group"
    assert table.get("XYZ") is None
    with pytest.raises(ValueError, match="kind"):
        table.get("GOV", "role")
    with pytest.raises(ValueError, match="lang"):
        table.get("GOV").label("fr")


# --- links to organisations.csv -------------------------------------------------------------


def test_org_ids_exist_and_agree_with_organisations():
    orgs = {o.org_id: o for o in organisations()}
    linked = [c for c in actor_codes() if c.org_id]
    assert len(linked) >= 12
    for c in linked:
        assert c.org_id in orgs, c
        assert orgs[c.org_id].cameo[-3:] == c.code, c  # UNOWHO is UNO's WHO


def test_every_group_named_by_organisations_is_linked():
    groups = {c.code: c for c in actor_codes().groups()}
    regions = {c.code for c in actor_codes().regions()}
    for org in organisations():
        if org.cameo in regions or org.kind in ACTOR_KINDS:
            continue  # a body with no group code of its own stands for its region: CELAC is LAM
        if org.cameo:
            group = org.cameo[-3:]  # the body itself: WHO in UNOWHO
            assert group in groups, org.org_id
            assert groups[group].org_id is not None, org.cameo


# --- describe() -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("USAGOV", "en", "United States government"),
        ("USAGOV", "zh-Hant", "美國政府"),
        ("USAGOV", "zh-Hans", "美国政府"),
        ("CHNMIL", "en", "China military"),
        ("CHNMIL", "zh-Hant", "中國軍方"),
        ("IGOUNO", "en", "United Nations"),
        ("IGOUNO", "zh-Hant", "聯合國"),
        ("NGO", "en", "Non-governmental organisation"),
        ("NGOAMN", "zh-Hans", "国际特赦组织"),
        ("IGOUNOKID", "en", "United Nations Children's Fund (UNICEF)"),
        ("ROMGOV", "en", "Romania government"),  # CAMEO's own code for Romania
        ("ROUOPP", "zh-Hant", "羅馬尼亞反對派"),
        ("PSEHMS", "en", "Palestine Hamas"),  # PSE first is the country, not the group
        ("usamed", "en", "United States media"),
        ("TWNXYZ", "en", "Taiwan XYZ"),  # an unknown part stays as written
    ],
)
def test_describe(code, lang, expected):
    assert actor_codes().describe(code, lang) == expected


def test_describe_refuses_what_is_not_a_code():
    with pytest.raises(InputError, match="USAGOV"):
        actor_codes().describe("USA-GOV")
    with pytest.raises(InputError):
        actor_codes().describe("")
    with pytest.raises(ValueError, match="lang"):
        actor_codes().describe("USAGOV", "zh")


def test_package_exports_the_loader():
    assert actor_codes_from_package() is actor_codes()


# --- users' files ---------------------------------------------------------------------------


def test_users_file_replaces_the_bundled_one(tmp_path):
    path = write_csv(
        tmp_path / "codes.csv",
        "GOV,type,regime,政權,政权,",
        "ASN,group,ASEAN,東協,东盟,asean",
    )
    table = actor_codes(path)
    assert table.describe("USAGOV") == "United States regime"
    assert table.get("ASN").label_zh_hant == "東協"
    assert table.get("MIL") is None


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("GOVT,type,government,政府,政府,", "three upper-case letters"),
        ("gov,type,government,政府,政府,", "three upper-case letters"),
        ("GOV,role,government,政府,政府,", "kind 'role'"),
        ("GOV,type,,政府,政府,", "empty value in label_en"),
        ("GOV,type,government,government,政府,", "label_zh_hant"),
        ("NAT,group,NATO,北約,北约,NATO", "org_id 'NATO'"),
        ("MIL,type,army,軍隊,军队,", "duplicate type code MIL"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path, row, reason):
    path = write_csv(tmp_path / "bad.csv", "MIL,type,military,軍方,军方,", row)
    with pytest.raises(ReferenceDataError, match=re.escape(reason)) as err:
        actor_codes(path)
    assert err.value.path == str(path)
    assert err.value.entry == "line 3"
    assert f"{path}: line 3:" in str(err.value)


def test_bad_header_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("code,kind,label_en\nGOV,type,government\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="label_zh_hant"):
        actor_codes(path)
