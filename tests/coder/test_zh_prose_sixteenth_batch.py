"""Constructions of analysts' prose read from the sixteenth prose batch (eval/README.md, "A
sixteenth dev batch"): days inside a reaction's object or a plan put off, a reaction told at once,
a further act on a day of its own, pairs a sentence names itself or takes from a tour's list,
regret told at once, aid frozen, talks put off or declared broken down, two short forms talking,
a pair agreeing to settle by talks, the one-China policy quoted, and a reaction that goes on from
the clause before. The sentences are our own."""

from datetime import date

import pytest


def dated(c) -> set[tuple[str, str, str, date]]:
    """(source country, root, target country, date) of every event of ``c``."""
    return {
        ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date) for e in c.events
    }


def acts(c) -> set[tuple[str, str, str]]:
    return {(s, r, t) for s, r, t, _ in dated(c)}


def chapter(code, year: int, body: str, hant: bool = False):
    """``body`` as a chapter on ``year``, written the next January."""
    head = f"第三章　{year} 年中共外交" if hant else f"第三章　{year} 年中国外交"
    return code(f"{head}\n\n{body}", date(year + 1, 1, 20), genre="narrative")


@pytest.mark.parametrize(
    ("body", "hant"),
    [
        (
            "外交部发言人 10 月 8 日对美国商务部前一天公布的对华芯片出口管制措施表示强烈不满。",
            False,
        ),
        ("中共外交部發言人 10 月 8 日對美國商務部前一天宣布的晶片出口管制表示強烈不滿。", True),
    ],
)
def test_a_day_inside_the_object_reacted_to_is_not_the_reactions(code, body, hant):
    """…10 月 8 日对美国商务部前一天公布的…表示不满: 前一天 dates what is reacted to; the day
    before the 对 is the reaction's."""
    found = dated(chapter(code, 2022, body, hant))
    assert ("CHN", "11", "USA", date(2022, 10, 8)) in found
    assert not any(d == date(2022, 10, 7) for *_, d in found)


def test_a_reaction_told_at_once_takes_the_day_of_the_act_it_opens_on(code):
    body = (
        "8 月 9 日，王毅在青岛同韩国外长朴振会谈。\n\n"
        "对于美国国务院 9 月 2 日宣布的对台军售，中方随即向美方提出严正交涉。"
    )
    assert ("CHN", "11", "USA", date(2022, 9, 2)) in dated(chapter(code, 2022, body))


def test_a_further_act_on_a_day_of_its_own_is_done_and_dates_only_itself(code):
    """…予以强烈谴责，并于 7 月 12 日宣布…实施制裁: the condemnation goes on from the day carried
    into the sentence, and the sanction, done on its own day, is no act the condemnation asks
    for."""
    body = (
        "美国国务院 7 月 8 日批准对台出售 M1A2T 坦克等武器。外交部随后对此予以强烈谴责，"
        "并于 7 月 12 日宣布对参与军售的美国企业实施制裁。"
    )
    found = dated(chapter(code, 2019, body))
    assert ("CHN", "11", "USA", date(2019, 7, 8)) in found
    assert ("CHN", "16", "USA", date(2019, 7, 12)) in found


def test_the_states_before_a_pair_word_are_the_sentences_pair(code):
    """中美两国代表…: the 两国 after two states is theirs, not the pair of the paragraph
    before."""
    body = "德国总理默克尔 9 月 6 日至 8 日访华。\n\n9 月 19 日，中美两国代表在华盛顿举行磋商。"
    found = dated(chapter(code, 2019, body))
    assert ("CHN", "04", "USA", date(2019, 9, 19)) in found
    assert not any("DEU" in (s, t) and d == date(2019, 9, 19) for s, _, t, d in found)


def test_talks_begun_are_talks_held(code):
    body = "4 月 22 日，中英两国代表在北京就香港问题开始会谈。"
    assert ("CHN", "04", "GBR") in acts(chapter(code, 1993, body))


def test_a_visits_pair_is_not_lent_by_another_paragraph(code):
    body = (
        "7 月 9 日，李克强在柏林同德国总理默克尔会谈后，两国签署多项合作协议。\n\n"
        "马来西亚总理马哈蒂尔 8 月 17 日至 21 日访华，两国领导人发表联合声明。"
    )
    found = dated(chapter(code, 2018, body))
    assert any(s == "MYS" and r == "05" for s, r, _, _ in found)
    assert not any("DEU" in (s, t) and d.month == 8 for s, _, t, d in found)


def test_a_tour_lends_the_pair_of_the_state_the_sentence_names(code):
    body = "6 月，习近平先后访问吉尔吉斯斯坦和塔吉克斯坦。在塔吉克斯坦期间，两国元首 15 日签署联合声明。"
    found = acts(chapter(code, 2019, body))
    assert ("CHN", "05", "TJK") in found
    assert ("CHN", "05", "KGZ") not in found


def test_regret_told_at_once_answers_the_act_just_told(code):
    body = "北韓 1 月 6 日進行核試，南韓政府當天即表示遺憾。"
    assert ("KOR", "11", "PRK") in acts(chapter(code, 2016, body, hant=True))


def test_aid_frozen_is_aid_cut(code):
    body = "日本政府 3 月底宣布冻结对缅甸的新增政府开发援助。"
    assert ("JPN", "16", "MMR") in acts(chapter(code, 2021, body))


def test_a_plan_put_off_neither_negates_nor_dates_what_follows(code):
    """推迟…原定 8 月对日本的访问，并中止…磋商: 原定 names the plan put off (no negation of the
    halt after it), and its month is the plan's, not the halt's."""
    body = "中共外交部 7 月 10 日宣布推遲國防部長原定 8 月對日本的訪問，並中止兩國在海洋事務方面的磋商。"
    assert ("CHN", "16", "JPN", date(2012, 7, 10)) in dated(chapter(code, 2012, body, hant=True))


def test_a_plans_month_still_frames_the_bare_days_after_it(code):
    """原定 11 月…，后改期；19 日: the plan's month dates no act but frames the bare day after
    it (this guards the reach of the plan's date, which the rule above makes a thing's)."""
    body = (
        "10 月 5 日，王毅同日本外相岸田文雄通电话。\n\n"
        "普京原定 11 月访问日本，后改期；19 日，普京与安倍晋三在利马会晤。"
    )
    assert ("RUS", "04", "JPN", date(2016, 11, 19)) in dated(chapter(code, 2016, body))


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("海协会 6 月致函海基会，推迟原定 8 月举行的两会商谈。", ("CHN", "16", "TWN")),
        ("美方坚持加征关税，中方 5 月宣布与美方的磋商破裂。", ("CHN", "16", "USA")),
    ],
)
def test_talks_put_off_or_declared_broken_down_are_halted(code, body, pair):
    assert pair in acts(chapter(code, 1999, body))


def test_two_short_forms_before_where_they_talk_are_the_pair(code):
    body = "6 月 12 日，美朝在新加坡举行首次首脑会晤。"
    assert ("USA", "04", "PRK") in acts(chapter(code, 2018, body))


def test_a_withdrawal_suspended_is_no_withdrawal(code):
    body = "6 月 11 日，美朝双方发表联合声明，朝方宣布暂停退出《不扩散核武器条约》。"
    assert not any(r == "16" for _, r, _ in acts(chapter(code, 1993, body)))


def test_a_pair_agreeing_to_settle_by_talks_intends_to_negotiate(code):
    body = "11 月 5 日，习近平在河内同阮富仲举行会谈，双方同意通过友好协商解决海上问题。"
    assert ("CHN", "03", "VNM") in acts(chapter(code, 2015, body))


def test_the_one_china_policy_quoted_is_endorsed(code):
    body = "11 月 12 日，奥巴马在北京重申美国奉行「一个中国」政策。"
    assert ("USA", "05", "CHN") in acts(chapter(code, 2014, body))


def test_a_reaction_opening_with_bing_goes_on_with_the_sentences_subject(code):
    body = "我國外交部 6 月 13 日宣布與巴拿馬斷交，並對巴拿馬政府背信之舉表示強烈不滿。"
    found = acts(chapter(code, 2017, body, hant=True))
    assert ("TWN", "11", "PAN") in found
    assert ("PAN", "11", "TWN") not in found


def test_a_visitor_named_by_title_then_by_name_has_one_contact(code):
    """印度总理莫迪…访华。15 日，李克强同莫迪会谈: the talks are the visit's, the visitor named
    with state and title first, by name after."""
    body = "印度总理莫迪 5 月 14 日至 16 日访华。15 日，李克强同莫迪会谈。"
    found = dated(chapter(code, 2015, body))
    assert len([e for e in found if e[1] == "04" and {e[0], e[2]} == {"CHN", "IND"}]) == 1


def test_a_day_in_the_object_with_no_verb_of_its_own_is_the_objects(code):
    """次日對北韓前一天的核試表示堅決反對: 前一天 dates the test reacted to, 次日 the reaction."""
    body = "北韓 9 月 9 日進行第五次核試。中共外交部發言人次日對北韓前一天的核試表示堅決反對。"
    assert ("CHN", "11", "PRK", date(2016, 9, 10)) in dated(chapter(code, 2016, body, hant=True))


def test_a_welcome_told_at_once_takes_the_day_of_the_decision_it_answers(code):
    body = (
        "中共外長錢其琛 11 月 30 日在華盛頓與美國總統布希會晤。\n\n"
        "對於美國總統布希 5 月 24 日宣布的延長中共最惠國待遇，中共外交部隨即表示歡迎。"
    )
    found = dated(chapter(code, 1990, body, hant=True))
    assert ("CHN", "05", "USA", date(1990, 5, 24)) in found


def test_regret_joined_to_displeasure_is_the_displeasure(code):
    body = "我國外交部 6 月 13 日宣布與巴拿馬斷交，並對巴拿馬政府的決定表示遺憾與不滿。"
    found = acts(chapter(code, 2017, body, hant=True))
    assert ("TWN", "11", "PAN") in found
    assert ("TWN", "01", "PAN") not in found
