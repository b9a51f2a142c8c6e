"""The CAMEO codebook: complete against the shared CAMEO, Goldstein and PLOVER tables, labelled
in three scripts, and strict about malformed user files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.cameo import PLOVER_TYPES, cameo, quad_class_of
from dipwatch.reference.fold import fold

HEADER = "code,label_en,label_zh_hant,label_zh_hans,goldstein,quad_class,plover\n"
ROOT_04 = "04,Consult,磋商,磋商,1.0,1,CONSULT\n"
CODE_041 = "041,Discuss by telephone,電話會談,电话会谈,1.0,1,CONSULT\n"


def shared_codes(shared_data: Path) -> dict[str, str]:
    """Code -> label from cameoEvent.txt, including the 106 its 1056 line swallows."""
    codes: dict[str, str] = {}
    text = (shared_data / "cameo" / "cameoEvent.txt").read_text(encoding="latin-1")
    for line in text.splitlines()[1:]:
        code, _, label = line.partition("\t")
        codes[code] = label
        for embedded in re.findall(r"(\d{3,4}):\[", label):
            codes[embedded] = label
    return codes


def shared_goldstein(shared_data: Path) -> dict[str, float]:
    text = (shared_data / "cameo" / "CAMEO.goldsteinscale.txt").read_text(encoding="latin-1")
    rows = (line.split("\t") for line in text.splitlines()[1:] if line.strip())
    return {code: float(value) for code, value in rows}


def shared_plover(shared_data: Path) -> dict[str, set[str]]:
    mapping: dict[str, set[str]] = {}
    for line in (shared_data / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            mapping.setdefault(m.group(1), set()).add(m.group(2))
    return mapping


def test_codebook_has_every_code_and_twenty_roots() -> None:
    cb = cameo()
    assert len(cb) >= 300
    assert [r.code for r in cb.roots()] == [f"{n:02d}" for n in range(1, 21)]
    assert all(r.label_en and r.label_zh_hant and r.label_zh_hans for r in cb.roots())


def test_every_shared_code_is_present_with_its_goldstein_value(shared_data: Path) -> None:
    cb = cameo()
    codes, gold = shared_codes(shared_data), shared_goldstein(shared_data)
    assert len(codes) >= 310
    missing = sorted(set(codes) - {c.code for c in cb})
    assert missing == []
    wrong = {c: (cb[c].goldstein, v) for c, v in gold.items() if cb[c].goldstein != v}
    assert wrong == {}


def test_plover_types_follow_cameo2plover(shared_data: Path) -> None:
    mapping = shared_plover(shared_data)
    for code in cameo():
        if code.code in mapping:
            assert code.plover in mapping[code.code], code.code
        elif code.root == "01":
            assert code.plover == "", code.code  # PLOVER has no type for public statements
        else:
            assert code.plover in PLOVER_TYPES, code.code
    assert cameo()["0211"].plover == "REQUEST"  # PLOVER folds APPEAL into REQUEST


@pytest.mark.parametrize(
    ("code", "quad"),
    [("01", 1), ("057", 1), ("06", 2), ("0874", 2), ("09", 3), ("1246", 3), ("14", 3),
     ("15", 4), ("163", 4), ("2042", 4)],
)  # fmt: skip
def test_quad_class_follows_the_root(code: str, quad: int) -> None:
    assert cameo()[code].quad_class == quad == quad_class_of(code)


def test_every_code_has_the_quad_class_of_its_root() -> None:
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2)}
    expected |= {**dict.fromkeys(range(9, 15), 3), **dict.fromkeys(range(15, 21), 4)}
    assert all(c.quad_class == expected[int(c.root)] for c in cameo())


def test_codes_are_zero_padded_strings() -> None:
    cb = cameo()
    assert all(isinstance(c.code, str) and re.fullmatch(r"\d{2,4}", c.code) for c in cb)
    assert all(c.code.startswith(c.root) and len(c.root) == 2 for c in cb)
    assert cb["010"].root == "01" and cb.get("10") is not None and cb.get("41") is None
    with pytest.raises(KeyError, match="zero-padded"):
        cb["41"]


def test_every_code_has_three_labels_in_the_right_script() -> None:
    def no_traditional(text: str) -> bool:
        # fold also turns full-width punctuation half-width, which is not a script difference.
        return fold(text) == text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})

    for code in cameo():
        assert code.label_en and code.label_zh_hant and code.label_zh_hans, code.code
        assert re.search(r"[\u4e00-\u9fff]", code.label_zh_hant), code.code
        assert no_traditional(code.label_zh_hans), code.code
        assert fold(code.label_zh_hant) == fold(code.label_zh_hans) or code.code in {
            "064",
            "194",
            "1821",
            "2042",  # mainland wording differs: 信息, 火炮和坦克, 性侵犯, 核武器
        }, code.code


@pytest.mark.parametrize(
    ("code", "zh_hant", "zh_hans"),
    [("041", "電話會談", "电话会谈"), ("042", "出訪", "出访"), ("043", "接待來訪", "接待来访"),
     ("036", "表達會晤或談判意願", "表达会晤或谈判意愿"), ("111", "批評或譴責", "批评或谴责"),
     ("112", "指控", "指控"), ("163", "實施禁運、抵制或制裁", "实施禁运、抵制或制裁"),
     ("161", "降低或斷絕外交關係", "降低或断绝外交关系"), ("054", "給予外交承認", "给予外交承认")],
)  # fmt: skip
def test_key_diplomatic_labels(code: str, zh_hant: str, zh_hans: str) -> None:
    c = cameo()[code]
    assert c.label_zh_hant.startswith(zh_hant) and c.label_zh_hans.startswith(zh_hans)
    assert c.label("zh-Hant") == c.label_zh_hant and c.label("en") == c.label_en


def test_tree_navigation() -> None:
    cb = cameo()
    assert [c.code for c in cb.children("04")] == ["040", "041", "042", "043", "044", "045", "046"]
    assert cb["04"].parent is None and cb["101"].parent == "10" and cb["1011"].parent == "101"


def test_user_file_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + ROOT_04 + CODE_041, encoding="utf-8")
    cb = cameo(path)
    assert len(cb) == 2 and cb["041"].label_zh_hans == "电话会谈"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (ROOT_04 + "41,Discuss,電話,电话,1.0,1,CONSULT\n", "leading zero"),
        (ROOT_04 + "041,Discuss,電話,电话,1.0,3,CONSULT\n", "quad_class 3"),
        (ROOT_04 + "041,Discuss,電話,电话,1.0,1,CHAT\n", "plover 'CHAT'"),
        (ROOT_04 + "041,Discuss,電話,电话,eleven,1,CONSULT\n", "not a number"),
        (ROOT_04 + "041,Discuss,電話,电话,11.0,1,CONSULT\n", "outside -10..10"),
        (ROOT_04 + CODE_041 + CODE_041, "duplicate code 041"),
        (CODE_041 + ROOT_04, "before (or without) its parent 04"),
        (ROOT_04 + "041,Discuss,,电话,1.0,1,CONSULT\n", "empty value in label_zh_hant"),
    ],
)
def test_bad_files_name_the_line(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=re.escape(message)) as err:
        cameo(path)
    assert err.value.path == str(path) and err.value.entry.startswith("line ")


def test_missing_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("code,label_en\n04,Consult\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="missing column"):
        cameo(path)
