"""eval/coverage.py: silent sentences naming two parties, grouped by their predicate."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.evaluation.eval_scripts import load

coverage = load("coverage")
sample_days = load("sample_days")


def _silent(text: str) -> list:  # type: ignore[type-arg]
    c = coding(Document(text, published=date(2023, 5, 4), kind="xwlb", source="xwlb"))
    return list(coverage.silent_sentences(c, "d", "item1"))


def test_two_states_named_with_no_event_are_kept_with_their_keys():
    (s,) = _silent("军乐团奏古中两国国歌。")
    assert s.parties == ["CHN", "CUB"] and s.after == "两国国" and s.coded == []


def test_a_sentence_that_gave_an_event_is_not_silent():
    assert _silent("国家主席习近平同美国总统拜登举行视频会晤。") == []


def test_one_state_named_twice_is_one_party():
    assert _silent("美国总统拜登表示，美国经济正在复苏。") == []


def test_a_silent_sentence_lists_the_items_events_of_its_pair():
    text = "习近平同古巴国家主席迪亚斯-卡内尔举行会谈。军乐团奏古中两国国歌。"
    (s,) = _silent(text)
    assert any(x.startswith(("CHN>CUB:04", "CUB>CHN:04")) for x in s.coded)


def test_keys_mask_names_and_numbers():
    spans = [(0, 2), (3, 5)]
    assert coverage.key_after("美国对中国加征25%关税。", spans, 5, 12) == "加征#"
    assert coverage.key_between("美国同中国于5日在北京会谈", spans, 2, 3) == "同"


def test_ranking_counts_sentences_and_days_and_fits_80_columns():
    rows = coverage.rank(
        [
            coverage.Silent("d1", "i", 0, "甲" * 60, [], "谴责", "", []),
            coverage.Silent("d1", "i", 1, "乙", [], "谴责", "", []),
            coverage.Silent("d2", "i", 0, "丙", [], "会见", "", []),
        ],
        "after",
    )
    assert [r[:3] for r in rows] == [("谴责", 2, 1), ("会见", 1, 1)]
    shown = coverage.table(rows, 10)
    assert "top  10 groups: 3 of 3 sentences (100%)" in shown
    assert all(sum(2 if ord(ch) > 0x2E7F else 1 for ch in line) <= 80 for line in shown.split("\n"))


@pytest.mark.parametrize("argv", [[], ["4444"], ["4444", "4", "--key=verb"]])
def test_without_a_seed_and_a_count_it_says_how_to_call_it(argv, capsys):
    assert coverage.main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_it_draws_the_days_sample_days_lists(capsys):
    if not sample_days.XWLB.is_dir():
        pytest.skip(f"no transcripts at {sample_days.XWLB} (../shared beside the checkout)")
    assert sample_days.main(["9", "5", "--unseen"]) == 0
    assert capsys.readouterr().out.split() == sample_days.draw(9, 5, unseen=True)
