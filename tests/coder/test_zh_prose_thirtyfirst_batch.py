"""Constructions of analysts' prose the thirty-first dev batch showed (eval/README.md,
coder-prose31): a year counted on from the one told (次年 4 月, 两年后的 10 月 2 日) frames
the bare days after it. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_2016 = ("专题　2016 年至 2018 年的中英关系", date(2018, 9, 20))
HANT_2008 = ("第三章　民國 97 年至 99 年中共與英國", date(2011, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("2016 年 11 月 10 日，习近平会见英国首相。次年 4 月 2 日至 6 日，英国首相访华，3 日同习近平会谈。",
         HANS_2016, ("GBR", "04", "CHN", date(2017, 4, 3))),
        ("2016 年 11 月 10 日，习近平会见英国首相。翌年 5 月，英国外交大臣访华，12 日同王毅会谈。",
         HANS_2016, ("GBR", "04", "CHN", date(2017, 5, 12))),
        ("胡錦濤 97 年 11 月 24 日會見英國首相。兩年後的 10 月 2 日，溫家寶抵達倫敦訪問。",
         HANT_2008, ("CHN", "04", "GBR", date(2010, 10, 2))),
        ("胡錦濤 97 年 11 月 24 日會見英國首相。兩年後，溫家寶 10 月 2 日抵達倫敦訪問。",
         HANT_2008, ("CHN", "04", "GBR", date(2010, 10, 2))),
    ],
)  # fmt: skip
def test_a_year_counted_on_frames_the_days_after_it(code, body, head, act):
    """次年 4 月 … 3 日 is the 3rd of April of the year after, not of the month told before;
    两年后的 10 月 2 日 is that day two years on."""
    assert act in dated(chapter(code, body, *head))


def test_the_year_before_stays_the_one_told(code):
    """(guards the rule's reach) the days before 次年 keep the year told."""
    body = "2016 年 11 月 10 日，习近平会见英国首相。12 日，王毅会见英国外交大臣。次年 4 月，英国首相访华。"
    found = dated(chapter(code, body, *HANS_2016))
    assert ("CHN", "04", "GBR", date(2016, 11, 12)) in found


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("2017 年 3 月 2 日，国防部长常万全在北京会见来访的英国国防大臣。", HANS_2016,
         ("CHN", "04", "GBR", date(2017, 3, 2))),
        ("陳誠副總統 7 月 31 日抵達華府訪問，與甘迺迪總統會談。",
         ("第五章　民國 50 年美臺關係", date(1962, 1, 20)), ("TWN", "04", "USA", date(1961, 7, 31))),
    ],
)  # fmt: skip
def test_officials_the_people_table_lacked(code, body, head, act):
    """常万全 (China's defence minister 2013-2018) and 陳誠 (Taiwan's premier and vice
    president 1950-1965) act as their states."""
    assert act in dated(chapter(code, body, *head))
