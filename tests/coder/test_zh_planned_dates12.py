"""A plan opened earlier in its sentence (将…, 计划…) goes on to a day named after words between:
that day, after the broadcast's, is to come, not last year's, and the planned act is dated when
told (eval/README.md, "Dates"). Our own sentences in the style of a broadcast."""

from datetime import date

from dipwatch.coder import coding
from dipwatch.coder.dates import find_dates
from dipwatch.models import Document


def _dates(text: str, day: date) -> list[tuple[str, str, bool]]:
    return [(text[d.start : d.end], d.day.isoformat(), d.marked) for d in find_dates(text, day)]


def _events(text: str, day: date) -> list[tuple[str, str, str, str]]:
    c = coding(Document(text, published=day, kind="xwlb"))
    return [(e.source_actor[:3], e.code, e.target_actor[:3], e.date.isoformat()) for e in c.events]


def test_a_day_after_a_comma_in_a_planned_attendance_is_to_come():
    text = "应韩国政府邀请，国家副主席某某将率团赴韩国，出席5月10日在首尔举行的总统就职仪式。"
    assert _dates(text, date(2022, 5, 6)) == [("5月10日", "2022-05-10", True)]
    assert {e[3] for e in _events(text, date(2022, 5, 6))} == {"2022-05-06"}


def test_words_between_the_plan_and_its_day_do_not_end_it():
    for text, day, told in (
        ("国家副主席某某将作为国家主席特别代表于11月6日出席巴西气候峰会。", date(2025, 10, 31), "2025-11-06"),
        ("国务院总理李强将应邀于7月5日至8日赴巴西出席金砖国家领导人会晤。", date(2025, 7, 2), "2025-07-05"),
        ("国家副主席某某将赴美国首都华盛顿出席于1月20日举行的总统就职典礼。", date(2025, 1, 17), "2025-01-20"),
    ):  # fmt: skip
        assert _dates(text, day)[0][1:] == (told, True)
        assert all(e[3] == day.isoformat() for e in _events(text, day))


def test_a_day_before_the_broadcast_s_in_a_plan_s_sentence_dates_its_act():
    # 8月1日 is to come; 15日, told after it, is this month's and the meeting's day
    text = "对于美国方面称将自8月1日起对巴西商品加征关税，巴西副总统15日与相关行业代表举行会议。"
    assert _dates(text, date(2025, 7, 16)) == [
        ("8月1日", "2025-08-01", True),
        ("15日", "2025-07-15", False),
    ]


def test_what_was_done_ends_the_plan_and_jiang_of_a_general_opens_none():
    assert (
        _dates("俄方表示将予以回应，此前乌方28日袭击了边境。", date(2022, 11, 1))[0][1]
        == "2022-10-28"
    )
    assert _dates("美军将领28日表示，演习已经结束。", date(2022, 11, 1))[0][1] == "2022-10-28"


def test_today_with_its_date_in_brackets_is_that_day_in_speech_after_another_day_s_lead():
    text = "俄罗斯国防部28日称，俄军击退了乌军进攻。莫斯科市长表示，防空系统今天（7月29日）凌晨击落一架无人机。"
    c = coding(Document(text, published=date(2021, 7, 29), kind="xwlb"))
    today = next(d for d in c.dates if c.norm[d.start : d.end] == "今天")
    assert today.day == date(2021, 7, 29)
