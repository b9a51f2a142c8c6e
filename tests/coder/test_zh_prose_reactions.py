"""Reactions told right after the act they answer (the sixth prose dev batch): a condemnation,
a protest, a criticism or a welcome with no object of its own, told 當天, 同日, 次日, 隨即 or
旋即, is aimed at the doer of the act told before it, in its sentence or the one before; at
both of a pair that acted together; never at one the reaction names itself."""

from datetime import date

import pytest

from tests.coder.conftest import countries

WRITTEN = date(2025, 7, 10)


def coded(code, text: str) -> set[tuple[str, str, str, str]]:
    c = code(text, WRITTEN, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("6 月 22 日，美國對伊朗的三處核設施實施打擊，中方當天予以強烈譴責。",
         {("2025-06-22", "CHN", "11", "USA")}),
        ("9 月 10 日，日本政府宣布購買三座島嶼，中共外交部當天發表聲明予以嚴厲譴責。",
         {("2024-09-10", "CHN", "11", "JPN")}),
        ("3 月 5 日，中共民航局片面宣布啟用新航路。我國陸委會隨即表達強烈抗議。",
         {("2025-03-05", "TWN", "11", "CHN")}),
        ("1 月 15 日，諾魯宣布與我國斷交，改與中共建交；中共外交部同日表示讚賞和歡迎。",
         {("2025-01-15", "CHN", "05", "NRU")}),
        ("5 月 20 日，賴清德總統就職，中共國臺辦同日批評就職演說，稱其「挑釁」。",
         {("2025-05-20", "CHN", "11", "TWN")}),
        # a pair's leaders named by its short forms issue a statement together, and the
        # reaction to it answers both
        ("4 月 16 日，美日領袖發表聯合聲明，提及臺海和平穩定。", {("2025-04-16", "USA", "05", "JPN")}),
        ("4 月 16 日美日領袖發表聯合聲明提及臺海和平穩定後，中共外交部次日表示強烈不滿與堅決反對。",
         {("2025-04-17", "CHN", "11", "USA"), ("2025-04-17", "CHN", "11", "JPN")}),
        # a downgrade of the pair's relations, the other state told in the sentence before
        ("11 月 18 日，「駐立陶宛臺灣代表處」正式掛牌運作；三天後，中共宣布將兩國外交關係降為代辦級。",
         {("2024-11-21", "CHN", "16", "LTU")}),
    ],
)  # fmt: skip
def test_a_reaction_falls_on_the_doer_told_before(code, text, acts):
    assert acts <= coded(code, text)


@pytest.mark.parametrize(
    ("text", "kept", "not_made"),
    [
        # criticism that names its object keeps it
        ("5 月 20 日，美國宣布對臺軍售，中共外交部同日批評美國干涉內政。",
         ("2025-05-20", "CHN", "11", "USA"), ("2025-05-20", "CHN", "11", "TWN")),
        # a call named by its caller: the caller only
        ("1 月 30 日，捷克總統當選人帕維爾與蔡英文總統通電話，中共外交部次日表示強烈不滿。",
         ("2025-01-31", "CHN", "11", "CZE"), ("2025-01-31", "CHN", "11", "TWN")),
    ],
)  # fmt: skip
def test_a_reaction_aimed_at_one_state_is_not_spread(code, text, kept, not_made):
    got = coded(code, text)
    assert kept in got and not_made not in got


def test_an_objection_told_at_once_is_one_act_not_two(code):
    text = "11 月 18 日，日本政府宣布新的規定，中共外交部隨即表示強烈不滿。"
    got = [g for g in coded(code, text) if g[1:] == ("CHN", "11", "JPN")]
    assert len(got) == 1


def test_representations_made_with_an_objection_are_a_second_act(code):
    text = "10 月 23 日，歐盟通過新一輪對俄制裁。次日，中方表示堅決反對並提出嚴正交涉。"
    c = code(text, WRITTEN, genre="narrative")
    assert {e.code for e in c.events if e.root == "11"} == {"111", "114"}
