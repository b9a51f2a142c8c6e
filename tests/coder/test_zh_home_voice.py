"""Whose voice a Chinese text is (the sixth prose dev batch): a Simplified review that says
我国 or 中方 is the mainland's, so its bare 商务部 is China's; the same words in Traditional
script do not make a Taiwanese text China's."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2024, 7, 15)


def test_a_mainland_reviews_bare_ministry_is_chinas(code):
    text = ("5 月，中方同法方举行会谈。"
            "6 月 17 日，商务部对原产于欧盟的进口猪肉发起反倾销调查。")  # fmt: skip
    c = code(text, WRITTEN, genre="narrative")
    assert c.home == "CHN"
    assert ("CHN", "09", "EEC") in countries(c)


def test_a_text_in_traditional_script_is_not_made_chinas_by_zhongfang(code):
    c = code("5 月，中方同法方舉行會談。", WRITTEN, genre="narrative")
    assert c.home != "CHN"
