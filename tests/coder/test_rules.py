"""Pattern files: the language, and errors that name the file and the rule."""

from pathlib import Path

import pytest

from dipwatch.coder.reference import Reference
from dipwatch.coder.rules import parse_pattern, rules
from dipwatch.errors import PatternError


def test_bundled_rules_cover_every_cameo_root():
    roots = {r.code[:2] for lang in ("zh", "en") for r in rules(lang).rules}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    zh = rules("zh")
    assert sum(len(r.patterns) for r in zh.rules) >= 150
    dense = {"01", "02", "03", "04", "05", "10", "11", "12", "16"}
    for root in dense:
        assert sum(len(r.patterns) for r in zh.rules if r.code.startswith(root)) >= 3, root


def test_pattern_language():
    p = parse_pattern("{S} 应约? 同|與 {T!} … 通電話", "zh", "f", "r")
    assert [(e.slot, e.words, e.optional, e.required, e.long) for e in p.elements] == [
        ("S", (), False, False, False),
        ("", ("应约",), True, False, False),
        ("", ("同", "与"), False, False, False),
        ("T", (), False, True, False),
        ("", ("通电话",), False, False, True),
    ]
    assert p.anchor == 4
    en = parse_pattern("{S} held_talks_with|met {T}", "en", "f", "r")
    assert en.elements[1].words == ("held talks with", "met")


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{S} {T}", "no required word"),
        ("{S} … … 会见", "misplaced"),
        ("{S} 会见 {S}", "slot {S} twice"),
        ("{S} 会见 …", "ends with a gap"),
        # (a ? inside an alternation made the whole element optional, and its word unmatchable)
        ("{S} 加大了?|加强了? 对 {T!} … 打击", r"\? inside '加大了\?\|加强了\?'"),
    ],
)
def test_bad_patterns(pattern, message):
    with pytest.raises(PatternError, match=message):
        parse_pattern(pattern, "zh", "zh.yaml", "rule zh.x")


def _write(tmp_path: Path, rules_yaml: str) -> Path:
    path = tmp_path / "zh.yaml"
    path.write_text(
        "lang: zh\nlexicon: {roles: {GOV: [政府]}}\nrules:\n" + rules_yaml, encoding="utf-8"
    )
    return path


def test_errors_name_the_file_and_rule(tmp_path):
    path = _write(tmp_path, '  - {id: zh.x, code: "41", zh: ["{S} 会见 {T}"]}\n')
    with pytest.raises(PatternError, match=r"zh\.yaml: rule zh\.x: code '41'"):
        rules("zh", path)
    path = _write(tmp_path, '  - {id: zh.y, code: "040", zh: ["会见"], source: somebody}\n')
    with pytest.raises(PatternError, match=r"rule zh\.y: source 'somebody'"):
        rules("zh", path)
    path = _write(tmp_path, '  - {id: zh.z, code: "040", zh: ["会见"]}\n' * 2)
    with pytest.raises(PatternError, match=r"rule zh\.z: duplicate id"):
        rules("zh", path)


def test_codes_must_be_in_the_codebook(tmp_path):
    path = _write(tmp_path, '  - {id: zh.w, code: "0999", zh: ["会见"]}\n')
    with pytest.raises(PatternError, match="code 0999 is not in the CAMEO codebook"):
        Reference.build({"zh": path})


def test_a_users_pattern_file_replaces_the_bundled_one(tmp_path):
    from datetime import date

    from dipwatch.coder import code_document
    from dipwatch.models import Document

    path = _write(tmp_path, '  - {id: zh.mine, code: "043", zh: ["{S} 款待 {T!}"]}\n')
    ref = Reference.build({"zh": path})
    doc = Document("中方款待俄方。中方会见俄方。", published=date(2021, 1, 1))
    assert [(e.pattern, e.code) for e in code_document(doc, ref)] == [("zh.mine", "043")]


def test_each_rule_set_numbers_its_own_needed_words(tmp_path):
    bundled = dict(rules("zh").need_ids)
    path = _write(tmp_path, '  - {id: zh.need, code: "043", zh: ["{S} 宴请 {T!} … 款待"]}\n')
    mine = rules("zh", path)
    # A user's file numbers its lists from 0 and leaves the bundled set's numbering alone.
    assert mine.need_ids == {("款待",): 0}
    assert mine.rules[0].patterns[0].needs == (0,)
    assert rules("zh").need_ids == bundled
    for ruleset in (rules("zh"), mine):
        ids = {i for rule in ruleset.rules for p in rule.patterns for i in p.needs}
        assert ids == set(ruleset.need_ids.values())


def test_a_pattern_parsed_alone_numbers_its_lists_from_zero():
    p = parse_pattern("{S} 同|與 {T!} … 在 … 通電話", "zh", "f", "r")
    assert p.needs == (0, 1)
    shared: dict[tuple[str, ...], int] = {("在",): 0}
    assert parse_pattern("{S} 同 {T!} 在 … 會談", "zh", "f", "r", need_ids=shared).needs == (1, 0)
    assert shared == {("在",): 0, ("同",): 1}


def test_a_word_class_stands_for_its_words_in_every_pattern():
    classes = {"word_classes": {"wrong": ("注定失败", "站不住脚")}}
    p = parse_pattern("{T!} 的 政策 @wrong|荒谬", "zh", "f", "r", classes)
    assert p.elements[-1].words == ("注定失败", "站不住脚", "荒谬")
    optional = parse_pattern("表示 @wrong?", "zh", "f", "r", classes)
    assert optional.elements[-1].optional
    with pytest.raises(PatternError, match="unknown word class '@right'"):
        parse_pattern("表示 @right", "zh", "f", "r", classes)


def test_the_bundled_lexicon_lists_the_judgement_classes():
    classes = rules("zh").lexicon["word_classes"]
    assert {"judged_acts", "judged_wrong", "judged_exemplary"} <= set(classes)
