"""The recognition history: the counts of the ROC's allies at the dates that matter, the set in
2024, switches effective on their day, and a table that is ordered and consistent."""

from __future__ import annotations

import importlib.util
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from dipwatch.errors import InputError, ReferenceDataError
from dipwatch.reference.recognition import START, recognition

ALLIES_2024 = {"BLZ", "GTM", "HTI", "MHL", "PLW", "PRY", "KNA", "LCA", "VCT", "SWZ", "TUV", "VAT"}


@pytest.mark.parametrize(
    ("day", "count"),
    [
        ("1998-10-30", 27),  # before Tonga left (AFP, 1998-10-30: 27 including Tonga)
        ("2004-03-31", 26),  # after Dominica (Taipei Times, 2004-03-31: down to 26)
        ("2010-01-01", 23),  # after Malawi, January 2008
        ("2013-11-13", 23),
        ("2013-11-14", 22),  # The Gambia broke with the ROC
        ("2016-12-20", 22),
        ("2016-12-31", 21),  # after São Tomé and Príncipe
        ("2017-06-12", 21),
        ("2017-06-13", 20),  # Panama
        ("2018-05-01", 19),  # Dominican Republic
        ("2018-05-24", 18),  # Burkina Faso
        ("2018-08-21", 17),  # El Salvador
        ("2019-09-16", 16),  # Solomon Islands
        ("2019-09-20", 15),  # Kiribati
        ("2021-12-09", 15),
        ("2021-12-10", 14),  # Nicaragua
        ("2023-03-25", 14),
        ("2023-03-26", 13),  # Honduras
        ("2024-01-14", 13),
        ("2024-01-15", 12),  # Nauru
        ("2026-01-01", 12),
    ],
)
def test_number_of_allies(day: str, count: int) -> None:
    assert len(recognition().allies(date.fromisoformat(day))) == count


def test_the_twelve_allies_of_2024() -> None:
    assert recognition().allies(date(2024, 6, 30)) == ALLIES_2024


def test_a_switch_takes_effect_on_its_date() -> None:
    h = recognition()
    for change in h.switches(date(2016, 1, 1), date(2024, 12, 31)):
        before, on = change.date - timedelta(days=1), change.date
        assert change.to == "PRC" and h.is_ally(change.country, before), change
        assert not h.is_ally(change.country, on), change


def test_switches_since_2016_in_order() -> None:
    found = [c.country for c in recognition().switches(date(2016, 1, 1), date(2024, 12, 31))]
    assert found == ["STP", "PAN", "DOM", "BFA", "SLV", "SLB", "KIR", "NIC", "HND", "NRU"]


def test_rows_are_in_date_order_with_the_baseline_first() -> None:
    h = recognition()
    days = [c.date for c in h.changes]
    assert days == sorted(days) and days[0] >= START
    assert len(h.baseline) > 40 and {"USA", "JPN", "VAT", "PRY"} <= h.baseline
    assert len(h.allies(START)) == len(h.baseline) - 1  # Belgium switched on 1971-10-25


def test_history_of_one_state() -> None:
    nauru = [(c.date.year, c.to) for c in recognition().history("NRU")]
    assert nauru == [(1980, "ROC"), (2002, "PRC"), (2005, "ROC"), (2024, "PRC")]


def test_before_the_start_is_an_input_error() -> None:
    with pytest.raises(InputError, match="1971-10-25"):
        recognition().allies(date(1970, 1, 1))


@pytest.mark.skipif(
    importlib.util.find_spec("dipwatch.reference.countries") is None,
    reason="dipwatch.reference.countries is being written concurrently and is not there yet",
)
def test_every_country_is_a_known_iso3_code() -> None:
    from dipwatch.reference.countries import countries

    table = countries()
    codes = {c.country for c in recognition().changes} | recognition().baseline
    assert sorted(c for c in codes if table.by_iso3(c) is None) == []


HEADER = "date,country,to,note\n"
BASE = "1971-10-25,PAN,ROC,baseline\n"


def test_user_file_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + BASE + "2017-06-13,PAN,PRC,\n", encoding="utf-8")
    h = recognition(path)
    assert h.allies(date(2017, 6, 12)) == {"PAN"} and h.allies(date(2017, 6, 13)) == set()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (BASE + "2017-06-13,PAN,ROC,\n", "PAN already recognises the ROC"),
        (BASE + "2017-06-13,CRI,PRC,\n", "CRI does not recognise the ROC"),
        (BASE + "2018-01-01,PAN,PRC,\n2017-01-01,PAN,ROC,\n", "before the row above"),
        (BASE + "2017-06-13,Pan,PRC,\n", "not an ISO 3166 alpha-3"),
        (BASE + "2017-06-13,PAN,TWN,\n", "not PRC or ROC"),
        (BASE + "13/06/2017,PAN,PRC,\n", "not a YYYY-MM-DD date"),
        ("1960-01-01,PAN,ROC,\n", "before the start"),
        (BASE + "1971-10-25,PAN,PRC,\n1971-10-25,GTM,ROC,baseline\n", "before the first switch"),
        (BASE + "1972-01-01,GTM,ROC,baseline\n", "must be dated 1971-10-25"),
        (BASE + "2017-06-13,,PRC,\n", "empty value in country"),
    ],
)
def test_bad_files_name_the_line(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=re.escape(message)) as err:
        recognition(path)
    assert err.value.path == str(path) and re.fullmatch(r"line \d+", err.value.entry)
