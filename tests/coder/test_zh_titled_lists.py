"""Lists of partners (the sixth prose dev batch): with long titles and names, the items of a
list before a slot are that slot, not a gap between it and the act's verb; an organisation's
seat (欧盟总部) opening a list still leaves the list whole."""

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


def test_an_organisations_seat_opening_a_list_leaves_the_list_whole(code):
    text = "7 月初，王毅先后访问欧盟总部、德国和法国。"
    got = set(countries(code(text, WRITTEN, genre="narrative")))
    assert got == {("CHN", "04", "EEC"), ("CHN", "04", "DEU"), ("CHN", "04", "FRA")}
