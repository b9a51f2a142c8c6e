"""The PLOVER folds and the leave-fold-out pattern files of the cross-validation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dipwatch.api.evaluate import evaluate
from dipwatch.errors import ReferenceDataError
from dipwatch.evaluation import default_gold_dir
from dipwatch.evaluation.folds import (
    Tuned,
    assign_folds,
    load_folds,
    load_tuning,
    without,
)
from dipwatch.evaluation.plover import PloverRecord, load_records, load_rules
from dipwatch.reference.loader import read_yaml

GOLD = default_gold_dir()


def _records(n: int) -> list[PloverRecord]:
    types = ("AGREE", "ASSAULT", "DEMAND")
    return [PloverRecord(f"R{i:03}", "", types[i % 3], (), ()) for i in range(n)]


def test_assign_folds_is_stratified_even_and_seeded():
    folds = assign_folds(_records(30), 5, 10)
    assert sorted(len(ids) for ids in folds.values()) == [6] * 5
    for ids in folds.values():  # each type dealt evenly: two of each per fold
        assert sorted(int(i[1:]) % 3 for i in ids) == [0, 0, 1, 1, 2, 2]
    assert folds == assign_folds(_records(30), 5, 10)
    assert folds != assign_folds(_records(30), 5, 11)


def test_load_folds_refuses_a_record_missing_or_twice(tmp_path: Path):
    records = _records(4)
    path = tmp_path / "folds.yaml"
    path.write_text(yaml.safe_dump({"seed": 1, "k": 2, "folds": {1: ["R000", "R001"],
                                                                  2: ["R002", "R002"]}}))  # fmt: skip
    with pytest.raises(ReferenceDataError, match="each record once"):
        load_folds(path, records)


def test_without_leaves_out_what_a_fold_shaped_and_refuses_stale_entries():
    data = {"rules": [{"id": "en.a", "en": ["p1", "p2"]}, {"id": "en.b", "en": ["q"]}],
            "lexicon": {"fixed": {"x": "USA"}, "future": ["will", "vows to"]}}  # fmt: skip
    tuned = Tuned(rules=frozenset({"en.b"}), patterns=frozenset({("en.a", "p1")}),
                  lexicon=(("future", frozenset({"vows to"})),))  # fmt: skip
    out = without(data, tuned)
    assert out["rules"] == [{"id": "en.a", "en": ["p2"]}]
    assert out["lexicon"]["future"] == ["will"]
    assert data["rules"][0]["en"] == ["p1", "p2"]  # the input is not changed
    with pytest.raises(ReferenceDataError, match="lack"):
        without(data, Tuned(patterns=frozenset({("en.a", "gone")})))


def test_load_tuning_joins_the_hand_written_and_the_audit_entries(tmp_path: Path):
    path = tmp_path / "tuning.yaml"
    path.write_text(yaml.safe_dump({
        "folds": {1: {"rules": ["en.a"], "lexicon": {"future": ["vows to"]}}},
        "audit": {1: {"fixed": ["hamas"]}, 2: {"patterns": [{"rule": "en.b", "pattern": "q"}]}},
    }))  # fmt: skip
    tuned = load_tuning(path)
    assert tuned[1] == Tuned(rules=frozenset({"en.a"}), fixed=frozenset({"hamas"}),
                             lexicon=(("future", frozenset({"vows to"})),))  # fmt: skip
    assert tuned[2] == Tuned(patterns=frozenset({("en.b", "q")}))


def test_the_tuning_file_names_only_what_the_bundled_patterns_have():
    data, where = read_yaml("patterns/en.yaml")
    for tuned in load_tuning(GOLD / "plover_tuning.yaml").values():
        without(data, tuned, where)  # raises on a stale entry


@pytest.mark.shared
def test_the_folds_file_is_what_assign_folds_makes(shared_data: Path):
    records = load_records(shared_data / "plover" / "PLOVER_GSR_CAMEO.dev.json",
                           load_rules(GOLD / "plover.yaml"))  # fmt: skip
    folds = load_folds(GOLD / "plover_folds.yaml", records)
    made = assign_folds(records, folds.k, folds.seed)
    assert {f: list(ids) for f, ids in folds.folds.items()} == made
    assert set(folds.tuning) < set(folds.folds)


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_reports_plover_out_of_fold(shared_data: Path):
    result = evaluate(["plover"], data_dir=shared_data)
    assert "cross-validated" in result.plover_protocol
    assert [f.name for f in result.plover_folds] == [f"fold {i}" for i in range(1, 6)]
    assert result.plover.records == sum(f.records for f in result.plover_folds) == 164
    assert result.plover_in_sample.records == 164
    # never-read folds list no mistakes, only figures
    read = {f"fold {i}" for i in (1, 2, 3)}
    assert all(not f.mistakes for f in result.plover_folds if f.name not in read)
