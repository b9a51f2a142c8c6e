"""Acts held off, once planned or failed by a pair (the seventh prose dev batch,
eval/README.md): 暂不 and 暂缓 hold an act off, 原定 names a plan as background, and a
negation between a pair named as the trigger (双方, 两国) and its verb negates the act."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2019, 7, 10)


def coded(code, text: str) -> list[tuple[str, str, str]]:
    return countries(code(text, WRITTEN, genre="narrative"))


def test_tariffs_held_off_for_now_are_not_imposed(code):
    got = coded(code, "6 月 29 日，美方宣布暫不對墨西哥商品加徵新關稅。")
    assert ("USA", "16", "MEX") not in got


def test_a_planned_rise_put_off_is_not_imposed(code):
    text = "5 月 3 日，歐盟同意暫緩原定下月將美國商品關稅調高至 25% 的措施。"
    assert ("EEC", "16", "USA") not in coded(code, text)


def test_a_pair_that_failed_to_sign_signed_nothing(code):
    text = "6 月 12 日，美朝领导人在新加坡会晤，次日双方未能签署任何新的协议。"
    got = coded(code, text)
    assert ("USA", "05", "PRK") not in got
    assert ("USA", "04", "PRK") in got


def test_a_pair_that_signed_still_signed(code):
    text = "6 月 12 日，美朝领导人在新加坡会晤，双方签署联合声明。"
    assert ("USA", "05", "PRK") in coded(code, text)
