"""Every gold set codes without a coder failure: ``dipwatch evaluate`` scores a document the
coder fails on as one with no events and only lists the failure, so a crash in a rule that
few sentences reach (a name left behind when two changes met) would read as lost recall."""

from __future__ import annotations

import pytest

from dipwatch.api.evaluate import available_sets, evaluate
from dipwatch.evaluation import default_gold_dir


@pytest.mark.parametrize("name", [s for s in available_sets(default_gold_dir()) if s != "plover"])
def test_every_gold_set_codes_without_a_coder_failure(name):
    result = evaluate(sets=[name])
    if name in result.skipped:
        pytest.skip(f"{name}: {result.skipped[name]}")
    assert result.coder_errors == [], result.coder_errors[:3]
