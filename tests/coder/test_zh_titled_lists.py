"""A list of partners with long titles and names (the sixth prose dev batch): the items of a
list after a slot are that slot, not a gap between it and the act's verb."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2025, 7, 10)


def test_each_partner_of_a_list_with_titles_and_names_gets_the_call(code):
    text = "5 月 10 日，王毅分別同巴基斯坦副總理兼外長達爾、印度國家安全顧問多瓦爾通電話。"
    got = set(countries(code(text, WRITTEN, genre="narrative")))
    assert got == {("CHN", "04", "PAK"), ("CHN", "04", "IND")}


def test_two_titled_partners_before_the_verb_each_get_the_call(code):
    text = "6 月 3 日，王毅分别同埃及外长阿卜杜勒阿提、约旦外交大臣萨法迪通电话。"
    got = set(countries(code(text, WRITTEN, genre="narrative")))
    assert got == {("CHN", "04", "EGY"), ("CHN", "04", "JOR")}
