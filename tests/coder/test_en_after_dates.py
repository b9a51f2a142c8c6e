"""An English ``after`` clause with a day of its own is dated by that day (coder-en30)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder.en_dates import act_date, find_timexes


def _date(text: str, trigger: str, day: date) -> date | None:
    timexes = find_timexes(text, [(0, len(text))], day)
    found = act_date(text, timexes, (0, len(text)), text.index(trigger), None, day)
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the day right after the clause's verb
        ("Seoul protested on Friday, hours after the envoy met the minister on Wednesday.",
         "met", date(2024, 3, 13)),
        # the day before a verb the clause's infinitive governs
        ("Markets fell, a day after the cabinet voted on Tuesday to impose duties on steel.",
         "impose", date(2024, 3, 12)),
    ],
)  # fmt: skip
def test_an_after_clause_with_its_own_day_is_dated_by_it(text, trigger, expected):
    assert _date(text, trigger, date(2024, 3, 15)) == expected
