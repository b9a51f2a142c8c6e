"""Who a visit reaches and what 建交 describes (the seventh prose dev batch, eval/README.md):
states met in a later clause of a visit behind 与 are partners of that meeting, on its own
day, not places visited; 建交 before the states it describes establishes nothing."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2024, 1, 20)


def dated(c) -> list[tuple[str, str, str, str, str]]:
    return [(e.date.isoformat(), e.date_precision, *k)
            for e, k in zip(c.events, countries(c), strict=True)]  # fmt: skip


def test_states_met_during_a_visit_are_met_on_their_day_not_visited(code):
    text = (
        "9 月 3 日至 5 日，李強對印尼進行正式訪問，其間於 4 日在雅加達與馬來西亞、"
        "泰國等東協國家領導人會晤。"
    )
    got = dated(code(text, WRITTEN, genre="narrative"))
    assert ("2023-09-01", "month", "CHN", "04", "IDN") in got
    assert ("2023-09-04", "day", "CHN", "04", "MYS") in got
    assert ("2023-09-04", "day", "CHN", "04", "THA") in got


def test_a_visit_that_names_only_a_city_reaches_the_state_of_the_one_met(code):
    text = "4 月 14 日至 17 日，美国总统特使克里访问上海，同中国特使解振华会谈。"
    assert ("USA", "04", "CHN") in countries(code(text, date(2021, 7, 20), genre="narrative"))


def test_states_described_as_having_relations_are_not_recognised(code):
    text = "16 日，習近平與斐濟、東加等建交島國領導人會晤，並會見同中共建交的國家代表。"
    got = countries(code(text, date(2019, 1, 20), genre="narrative"))
    assert ("CHN", "05", "FJI") not in got
    assert ("CHN", "05", "TON") not in got
    assert ("CHN", "04", "FJI") in got


def test_relations_established_are_still_recognition(code):
    text = "12 月 26 日，聖多美普林西比與中共建交。"
    assert ("STP", "05", "CHN") in countries(code(text, date(2017, 1, 20), genre="narrative"))
