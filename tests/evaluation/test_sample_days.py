"""eval/sample_days.py: the days a hand check draws are never gold's nor beside them."""

from __future__ import annotations

import pytest

from tests.evaluation.eval_scripts import load

sample_days = load("sample_days")


def test_a_day_within_three_days_of_a_gold_day_is_never_drawn():
    days = [f"202401{d:02d}" for d in range(1, 32)]
    free = sample_days.free_days(days, {"20240110", "20240120"})
    assert "20240106" in free and "20240107" not in free and "20240113" not in free
    assert all(d not in free for d in ("20240110", "20240120", "20240123"))


def test_every_gold_transcript_day_is_known_as_used():
    used = sample_days.used_days()
    assert len(used) > 100  # the sentence sets and the whole transcripts name their files


@pytest.mark.parametrize("argv", [[], ["x"]])
def test_without_a_seed_it_says_how_to_call_it(argv, capsys):
    assert sample_days.main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_a_day_any_eval_file_names_is_never_unseen(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "set.jsonl").write_text('{"doc": "xwlb/20240110.md"}\n', encoding="utf-8")
    (tmp_path / "README.md").write_text("judged 20240111 and 20240112, not 202401130\n", "utf-8")
    assert sample_days.named_days(tmp_path) == {"20240110", "20240111", "20240112"}


def test_unseen_draws_only_days_no_eval_file_names(capsys):
    if not sample_days.XWLB.is_dir():
        pytest.skip(f"no transcripts at {sample_days.XWLB} (../shared beside the checkout)")
    assert sample_days.main(["9", "40", "--unseen"]) == 0
    drawn = capsys.readouterr().out.split()
    assert len(drawn) == 40
    assert not set(drawn) & sample_days.named_days()
