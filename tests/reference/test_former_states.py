"""The states that no longer exist, with the codes they had."""

from __future__ import annotations

import pytest

from dipwatch.errors import ReferenceDataError
from dipwatch.reference import countries, former_states


@pytest.mark.parametrize(
    ("name", "iso2", "iso3", "iso3166_3"),
    [
        ("German Democratic Republic", "DD", "DDR", "DDDE"),
        ("Czechoslovakia", "CS", "CSK", "CSHH"),
        ("Yugoslavia", "YU", "YUG", "YUCS"),
        ("USSR", "SU", "SUN", "SUHH"),
        ("Yemen People's Republic", "YD", "YMD", "YDYE"),
        ("South Yemen", "YD", "YMD", "YDYE"),
        ("Yemen Arab Republic", "YE", "YEM", ""),  # North Yemen's codes live on in Yemen's
        ("Federal Republic of Germany", "DE", "DEU", ""),  # and West Germany's in Germany's
        ("Zanzibar", "", "ZAN", ""),  # never coded by ISO: the Correlates of War code
    ],
)
def test_codes_of_states_that_no_longer_exist(name, iso2, iso3, iso3166_3):
    state = former_states().by_name(name)
    assert state is not None, name
    assert (state.iso2, state.iso3, state.iso3166_3) == (iso2, iso3, iso3166_3)
    assert state.code == (iso2 or iso3)


def test_successors_are_states_of_the_countries_table():
    table = countries()
    for state in former_states():
        for successor in state.successors:
            assert table.by_iso3(successor) is not None, (state.name, successor)


def test_a_users_table_is_validated(tmp_path):
    path = tmp_path / "former.csv"
    path.write_text(
        "name,aliases,iso2,iso3,iso3166_3,from,to,successors,note\nAtlantis,,AT,atl,,1,2,,\n"
    )
    with pytest.raises(ReferenceDataError, match="line 2"):
        former_states(path)


def test_the_names_that_outlived_a_state_carry_the_day_it_ended():
    """The coder drops 苏联 (and its party, 苏共, and its army, 苏军), 西德, 北越 and 捷克斯洛伐克
    from acts dated after these days (coder.actors)."""
    ended = {n: s.ended.isoformat() for s in former_states() if s.ended for n in s.zh}
    assert ended == {
        "苏联": "1991-12-26",
        "苏共": "1991-12-26",
        "苏军": "1991-12-26",
        "西德": "1990-10-03",
        "北越": "1976-07-02",
        "捷克斯洛伐克": "1993-01-01",
    }


def test_a_bad_end_day_is_refused(tmp_path):
    path = tmp_path / "former.csv"
    path.write_text(
        "name,aliases,iso2,iso3,iso3166_3,from,to,successors,note,zh,ended\n"
        "Atlantis,,AT,ATL,,1,2,,,亚特兰蒂斯,1991-13-40\n"
    )
    with pytest.raises(ReferenceDataError, match="ended"):
        former_states(path)
