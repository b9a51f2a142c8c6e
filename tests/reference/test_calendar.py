from datetime import date

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.calendar import spring_festival, spring_festivals


def test_every_lunar_new_year_falls_between_21_january_and_20_february():
    table = spring_festivals()
    assert sorted(table) == list(range(1990, 2036))
    assert spring_festival(2025) == date(2025, 1, 29)


def test_a_day_of_another_year_is_refused(tmp_path):
    bad = tmp_path / "festivals.csv"
    bad.write_text("year,new_year\n2024,2025-01-29\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="line 2"):
        spring_festivals(bad)


def test_relations_established_by_short_form():
    from dipwatch.reference.calendar import relations_established, relations_established_days

    assert relations_established("美") == date(1979, 1, 1)
    assert relations_established("印尼") == date(1950, 4, 13)
    assert relations_established("巴") is None  # Pakistan or Brazil: no one state
    assert all(len(name) <= 2 for name in relations_established_days())
