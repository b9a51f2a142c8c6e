"""The issue lexicon: the sixteen issues, rich terms in both scripts and English, one issue per
term unless shared, and clear errors for malformed user files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.fold import fold, fold_key
from dipwatch.reference.issues import ISSUE_IDS, issues, match_form, term_index
from dipwatch.reference.loader import data_text

CJK = re.compile(r"[\u4e00-\u9fff]")


def issue(issue_id: str):
    return next(i for i in issues() if i.issue_id == issue_id)


def test_the_sixteen_issues_in_contract_order() -> None:
    ids = [i.issue_id for i in issues()]
    assert ids == list(ISSUE_IDS) and len(ids) == 16
    assert ids[:6] == ["taiwan", "hong_kong", "xinjiang", "tibet", "human_rights", "democracy"]


def test_the_first_six_are_core() -> None:
    assert [i.issue_id for i in issues() if i.core] == list(ISSUE_IDS[:6])


def test_labels_in_three_scripts() -> None:
    for i in issues():
        assert i.label_en.isascii() and CJK.search(i.label_zh_hant) and CJK.search(i.label_zh_hans)
        assert fold(i.label_zh_hans) == i.label_zh_hans, i.issue_id  # no Traditional left
    assert issue("taiwan").label("zh-Hant") == "臺灣問題"


def test_each_issue_has_enough_terms_in_each_language() -> None:
    for i in issues():
        assert len({match_form(t) for t in i.terms_zh}) >= 5, i.issue_id
        assert len(i.terms_en) >= 3, i.issue_id
        assert all(CJK.search(t) for t in i.terms_zh), i.issue_id
        assert all(t.isascii() for t in i.terms_en), i.issue_id


def test_no_term_in_two_issues_unless_shared() -> None:
    data = yaml.safe_load(data_text("issues.yaml")[0])
    shared = {fold_key(t) for t in data["shared_terms"]}
    owners: dict[str, set[str]] = {}
    for i in issues():
        for term in i.terms():
            owners.setdefault(fold_key(term), set()).add(i.issue_id)
    clashes = {t: ids for t, ids in owners.items() if len(ids) > 1 and t not in shared}
    assert clashes == {}
    assert all(len(owners[t]) >= 2 for t in shared)  # a listed shared term is really shared


@pytest.mark.parametrize(
    ("issue_id", "terms"),
    [
        ("taiwan", ["台灣", "臺灣", "台独", "台獨", "台海", "台湾海峡", "一個中國", "一个中国",
                    "一中原则", "九二共識", "蔡英文", "民進黨", "對台軍售", "Taiwan",
                    "Taiwan Strait", "one-China", "Tsai Ing-wen"]),
        ("democracy", ["民主峰會", "民主峰会", "Summit for Democracy", "價值觀外交"]),
        ("olympics", ["冬奧", "冬奥", "北京冬奧會", "Winter Olympics", "外交抵制"]),
        ("hong_kong", ["香港", "一國兩制", "one country, two systems"]),
        ("south_china_sea", ["南海", "黃岩島", "Spratly"]),
    ],
)  # fmt: skip
def test_required_terms_are_listed(issue_id: str, terms: list[str]) -> None:
    listed = {match_form(t) for t in issue(issue_id).terms()}
    assert [t for t in terms if match_form(t) not in listed] == []


def test_match_terms_find_traditional_text_after_folding() -> None:
    text = fold("美國宣布對臺軍售，違反一個中國原則。").lower()
    found = [t for t in issue("taiwan").match_terms() if t in text]
    assert "对台军售" in found and "一个中国原则" in found
    terms = issue("taiwan").match_terms()
    assert list(terms) == sorted(terms, key=lambda t: (-len(t), t))  # longest first


def test_term_index_names_every_issue_of_a_term() -> None:
    index = term_index()
    assert index["台独"] == ("taiwan",) and index["summit for democracy"] == ("democracy",)
    assert set(index["强迫劳动"]) == {"xinjiang", "human_rights"}
    assert "臺灣" not in index and "台湾" in index  # keys are in match form


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "issues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


ONE = """
  - id: {id}
    label_en: {id}
    label_zh_hant: 臺灣
    label_zh_hans: 台湾
    core: {core}
    terms_zh: [{zh}]
    terms_en: [{en}]
"""


def issue_yaml(id: str = "a", core: str = "true", zh: str = "台灣", en: str = "Taiwan") -> str:
    return ONE.format(id=id, core=core, zh=zh, en=en)


def test_user_file_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = write(tmp_path, "issues:" + issue_yaml("isles", zh="釣魚島", en="Senkaku"))
    assert [i.issue_id for i in issues(path)] == ["isles"]
    assert term_index(path) == {"钓鱼岛": ("isles",), "senkaku": ("isles",)}


@pytest.mark.parametrize(
    ("text", "entry", "message"),
    [
        ("issues:" + issue_yaml("a") + issue_yaml("b", zh="臺灣"), "issue 'b'", "also a term"),
        ("issues:" + issue_yaml("a") + issue_yaml("a", zh="香港", en="HK"), "issue 'a'",
         "duplicate id"),
        ("issues:" + issue_yaml("a", core="maybe"), "issue 'a'", "core must be true or false"),
        ("issues:" + issue_yaml("a", en="2022"), "issue 'a'", "quote numbers"),
        ("issues:" + issue_yaml("a", zh=""), "issue 'a'", "non-empty list"),
        ("issues:" + issue_yaml("Bad Id"), "issue 'Bad Id'", "lower_snake_case"),
        ("issues:\n  - id: a\n    core: true\n", "issue 'a'", "missing label_en"),
        ("issues:\n  - just text\n", "issue #1", "must be a mapping"),
        ("topics: []\n", "file", "'issues' list"),
        ("issues: []\nextra: 1\n", "file", "unknown top-level"),
        ("issues: [\n", "file", "not valid YAML"),
    ],
)  # fmt: skip
def test_bad_files_name_the_entry(tmp_path: Path, text: str, entry: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ReferenceDataError, match=re.escape(message)) as err:
        issues(path)
    assert err.value.entry == entry and err.value.path == str(path)


def test_shared_terms_may_appear_in_two_issues(tmp_path: Path) -> None:
    text = "shared_terms: [臺灣]\nissues:" + issue_yaml("a") + issue_yaml("b", en="ROC")
    assert term_index(write(tmp_path, text))["台湾"] == ("a", "b")
