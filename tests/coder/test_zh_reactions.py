"""Reactions told right after the act they answer (the sixth prose dev batch): a condemnation
or a protest with no object of its own, told 當天, 隨即 or 旋即, is aimed at the doer of the act
told before it, in its sentence or the one before."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2025, 7, 10)


def coded(code, text: str) -> set[tuple[str, str, str, str]]:
    c = code(text, WRITTEN, genre="narrative")
    return {(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)}


def test_a_condemnation_given_that_day_in_the_same_sentence_falls_on_the_striker(code):
    got = coded(code, "6 月 22 日，美國對伊朗的三處核設施實施打擊，中方當天予以強烈譴責。")
    assert ("2025-06-22", "CHN", "11", "USA") in got


def test_a_statement_of_condemnation_falls_on_the_state_that_acted(code):
    got = coded(code, "9 月 10 日，日本政府宣布購買三座島嶼，中共外交部當天發表聲明予以嚴厲譴責。")
    assert ("2024-09-10", "CHN", "11", "JPN") in got


def test_a_protest_voiced_at_once_falls_on_the_doer_of_the_measure(code):
    text = "3 月 5 日，中共民航局片面宣布啟用新航路。我國陸委會隨即表達強烈抗議。"
    assert ("2025-03-05", "TWN", "11", "CHN") in coded(code, text)


def test_an_objection_told_at_once_is_one_act_not_two(code):
    text = "11 月 18 日，日本政府宣布新的規定，中共外交部隨即表示強烈不滿。"
    got = [g for g in coded(code, text) if g[1:] == ("CHN", "11", "JPN")]
    assert len(got) == 1


def test_welcome_given_that_day_greets_the_state_told_before(code):
    text = "1 月 15 日，諾魯宣布與我國斷交，改與中共建交；中共外交部同日表示讚賞和歡迎。"
    assert ("2025-01-15", "CHN", "05", "NRU") in coded(code, text)


def test_criticism_of_a_speech_that_day_falls_on_its_speaker(code):
    text = "5 月 20 日，賴清德總統就職，中共國臺辦同日批評就職演說，稱其「挑釁」。"
    assert ("2025-05-20", "CHN", "11", "TWN") in coded(code, text)


def test_criticism_that_names_its_object_keeps_it(code):
    text = "5 月 20 日，美國宣布對臺軍售，中共外交部同日批評美國干涉內政。"
    got = coded(code, text)
    assert ("2025-05-20", "CHN", "11", "USA") in got
    assert ("2025-05-20", "CHN", "11", "TWN") not in got


def test_a_statement_of_a_pairs_leaders_is_the_pairs_agreement(code):
    got = coded(code, "4 月 16 日，美日領袖發表聯合聲明，提及臺海和平穩定。")
    assert ("2025-04-16", "USA", "05", "JPN") in got


def test_a_reaction_to_a_pairs_joint_statement_answers_both(code):
    text = (
        "4 月 16 日美日領袖發表聯合聲明提及臺海和平穩定後，中共外交部次日表示強烈不滿與堅決反對。"
    )
    got = coded(code, text)
    assert {("2025-04-17", "CHN", "11", "USA"), ("2025-04-17", "CHN", "11", "JPN")} <= got


def test_a_reaction_to_a_call_named_by_its_caller_answers_the_caller_only(code):
    text = "1 月 30 日，捷克總統當選人帕維爾與蔡英文總統通電話，中共外交部次日表示強烈不滿。"
    got = coded(code, text)
    assert ("2025-01-31", "CHN", "11", "CZE") in got
    assert ("2025-01-31", "CHN", "11", "TWN") not in got


def test_representations_made_with_an_objection_are_a_second_act(code):
    text = "10 月 23 日，歐盟通過新一輪對俄制裁。次日，中方表示堅決反對並提出嚴正交涉。"
    c = code(text, WRITTEN, genre="narrative")
    assert {e.code for e in c.events if e.root == "11"} == {"111", "114"}


def test_a_downgrade_of_the_pairs_relations_falls_on_the_state_told_before(code):
    text = ("11 月 18 日，「駐立陶宛臺灣代表處」正式掛牌運作；"
            "三天後，中共宣布將兩國外交關係降為代辦級。")  # fmt: skip
    assert ("2024-11-21", "CHN", "16", "LTU") in coded(code, text)  # the November before
