"""English dates against the dateline: an `after` clause with a day of its own, a speaker named
again (coder-en30)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.en_dates import act_date, find_timexes
from dipwatch.models import Document


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


def test_a_speaker_named_again_goes_on_on_the_day_they_spoke():
    text = (
        "OTTAWA, June 10 (Agency) - Leaders ended their meeting on Monday without a statement.\n\n"
        "Canadian Foreign Minister Jane Doyle said on Sunday that Canada would keep its duties "
        "on Chinese steel. Mexico's minister, speaking the same day, praised free trade.\n\n"
        "Doyle also announced that Canada would work with Japan to build a port."
    )
    c = coding(Document(text, published=date(2024, 6, 10), genre="news"))
    found = {(e.source_actor[:3], e.target_actor[:3], e.date.isoformat())
             for e in c.events if e.source_actor and e.target_actor}  # fmt: skip
    assert ("CAN", "JPN", "2024-06-09") in found
