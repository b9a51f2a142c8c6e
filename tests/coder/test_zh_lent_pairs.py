"""A pair lent by the sentence before (雙方, 兩國) in a narrative (the sixth prose dev batch):
a later contact of the pair in the same month is an act of its own, not a retelling of the
contact that named them."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2025, 12, 15)


def dated(code, text: str) -> list[tuple[str, str, str, str]]:
    c = code(text, WRITTEN, genre="narrative")
    return [(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)]


def test_talks_of_a_pair_named_by_the_sentence_before_are_a_contact_of_their_own(code):
    text = "9 月 5 日，習近平同美國總統川普通電話。9 月 14 日至 15 日，雙方在馬德里舉行會談。"
    got = dated(code, text)
    assert ("2025-09-05", "CHN", "04", "USA") in got
    assert ("2025-09-01", "CHN", "04", "USA") in got


def test_a_summary_naming_the_leaders_again_is_still_one_act(code):
    # the same leaders named in both tellings: the month's telling is the day's act
    text = "習近平與川普 9 月中旬通電話。\n9 月 19 日，習近平應約與川普通電話。"
    got = dated(code, text)
    assert got == [("2025-09-19", "CHN", "04", "USA")]
