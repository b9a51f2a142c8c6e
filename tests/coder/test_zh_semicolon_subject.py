"""A clause after ； that opens with a preposition goes on with the subject of the clause
before it (the seventh prose dev batch, eval/README.md): the project splits sentences at ；,
so the second clause had no doer; and a sentence that opens with 同月 before 兩國 takes the
pair told before, as one that opens with a day did."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2016, 1, 20)


def dated(code, text: str) -> set[tuple[str, str, str, str]]:
    c = code(text, WRITTEN, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


def test_a_meeting_after_a_semicolon_is_the_first_clauses_subjects(code):
    text = "10 月 20 日，習近平在倫敦與英國首相卡麥隆會談；次日在曼徹斯特與英國財相歐斯本會面。"
    told = {("2015-10-20", "CHN", "04", "GBR"), ("2015-10-21", "CHN", "04", "GBR")}
    assert told <= dated(code, text)


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_it(code):
    text = "10 月 20 日，習近平在倫敦與英國首相卡麥隆會談；次日，法國總統歐蘭德在巴黎與德國總理梅克爾會面。"
    got = dated(code, text)
    assert ("2015-10-21", "FRA", "04", "DEU") in got
    assert ("2015-10-21", "CHN", "04", "DEU") not in got


def test_the_pairs_teams_meet_in_a_sentence_that_opens_with_the_same_month(code):
    text = "3 月 2 日，李強與日本首相石破茂通電話。同月 9 日至 10 日，雙方經貿團隊轉往東京會談。"
    got = dated(code, text)
    assert ("2015-03-01", "CHN", "04", "JPN") in got
