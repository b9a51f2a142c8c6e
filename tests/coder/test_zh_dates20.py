"""Dates of reactions told with no day of their own after an act a news story recalls with a day
before its lead (eval/README.md, "Reactions told after a recalled act", coder-dates20): the
broadcast's day, not the recalled act's. Sentences of our own, not the gold's."""

from datetime import date

import pytest

_LEAD = "巴西总统卢拉9日在巴西利亚会见到访的智利外长。"
_LEAD_HANT = "巴西總統盧拉9日在巴西利亞會見到訪的智利外長。"
_MAY_9, _MAY_10 = date(2024, 5, 9), date(2024, 5, 10)
_SEP_13, _MAR_16 = date(2023, 9, 13), date(2024, 3, 16)


def dated(c, cameo: str) -> dict[tuple[str, str], date]:
    """The date of each event of ``cameo``, by (source country, target country)."""
    return {((e.source_actor or "")[:3], (e.target_actor or "")[:3]): e.date
            for e in c.events if e.code == cameo}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day", "cameo", "pair"),
    [
        # a demand after an act recalled with its own day before the story's lead
        (_LEAD + "阿根廷政府4日宣布对巴西牛肉加征关税。巴西要求阿根廷撤销这一措施。",
         _MAY_10, "1042", ("BRA", "ARG")),
        (_LEAD_HANT + "阿根廷政府4日宣布對巴西牛肉加徵關稅。巴西要求阿根廷撤銷這一措施。",
         _MAY_10, "1042", ("BRA", "ARG")),
        # a reproach answering it (对此), the day after the lead's
        ("日本外相12日在东京会见韩国驻日大使。韩国政府8日决定限制日本水产品进口。日本对此表示强烈不满。",
         _SEP_13, "111", ("JPN", "KOR")),
        ("日本外相12日在東京會見韓國駐日大使。韓國政府8日決定限制日本水產品進口。日本對此表示強烈不滿。",
         _SEP_13, "111", ("JPN", "KOR")),
        # told in the act's own sentence as what it brought about (…，引发X不满)
        ("菲律宾外交部15日召见越南驻菲大使。本月11日，越南渔船进入有关海域作业，引发菲律宾强烈不满。",
         _MAR_16, "111", ("PHL", "VNM")),
        ("菲律賓外交部15日召見越南駐菲大使。本月11日，越南漁船進入有關海域作業，引發菲律賓強烈不滿。",
         _MAR_16, "111", ("PHL", "VNM")),
    ],
)  # fmt: skip
def test_a_reaction_after_a_recalled_act_is_on_the_broadcasts_day(code, text, day, cameo, pair):
    """Its text gives it no day and the recalled act's is not its own: the guidelines date an act
    with no day of its own on the document's date."""
    assert dated(code(text, day, genre="news"), cameo)[pair] == day


@pytest.mark.parametrize(
    ("text", "cameo", "pair", "when"),
    [
        # the act answered is the story's lead: the reaction goes on from its day
        ("阿根廷政府9日宣布对巴西牛肉加征关税。巴西要求阿根廷撤销这一措施。", "1042", ("BRA", "ARG"), _MAY_9),
        # the text ties it to the act's day (当天)
        (_LEAD + "阿根廷政府4日宣布对巴西牛肉加征关税。巴西当天要求阿根廷撤销这一措施。",
         "1042", ("BRA", "ARG"), date(2024, 5, 4)),
        # an act told as history (去年): its answer is of that time, not the broadcast's
        (_LEAD_HANT + "阿根廷政府去年12月4日宣布對巴西牛肉加徵關稅。巴西要求阿根廷撤銷這一措施。",
         "1042", ("BRA", "ARG"), date(2023, 12, 4)),
        # one of a list of answers to the lead's act, after another answer's day: not aimed at it
        ("美国政府计划今天起对进口钢铁加征关税。墨西哥总统8日称，墨方将采取反制措施。欧盟方面称，美国的做法是错误的。",
         "111", ("EEC", "USA"), date(2024, 5, 8)),
    ],
)  # fmt: skip
def test_a_reaction_the_text_ties_to_a_day_keeps_it(code, text, cameo, pair, when):
    """What the rule leaves: the story's own lead, 当天, history, and a list of answers."""
    assert dated(code(text, _MAY_10, genre="news"), cameo)[pair] == when
