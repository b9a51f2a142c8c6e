"""The second review of the twenty-eighth round's Chinese rules (eval/README.md): our own
sentences that a rule of the round reached too far on, each mended by a narrow fix. They read
as items of a broadcast of 15 June 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2022, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "中方愿同吉方深化安全合作，共同打击“东突”等“三股势力”，维护地区安全稳定。",
        "中方願同吉方深化安全合作，共同打擊“三股勢力”。",
        "中方愿同柬方加强执法合作，共同打击电诈园区。",
    ],
)
def test_policing_shared_with_a_partner_is_no_threat_to_it(text):
    """要用…打击 / 将打击 turned future force into 138: policing of crime or separatists done
    with a partner threatens neither the partner nor anyone coded."""
    assert not {a for a in broadcast(text, D) if a[1] in ("13", "19")}


@pytest.mark.parametrize(
    "text",
    [
        "以总理内塔尼亚胡此前反复强调，以军将对拉法展开地面行动。",
        "以總理內塔尼亞胡此前反覆強調，以軍將對拉法展開地面行動。",
        "美国此前一再强调，将打击伊朗的核设施。",
    ],
)
def test_a_threat_recalled_is_background(text):
    """此前 on the speech verb, past an adverb of how often it was said: recalled, not the
    day's threat."""
    assert not broadcast(text, D)


def test_a_threat_of_the_day_stays():
    found = broadcast("以总理内塔尼亚胡反复强调，以军将对拉法展开地面行动。", D)
    assert ("ISR", "13", "PSE") in found
    assert ("USA", "13", "YEM") in broadcast("美国要用压倒性武力打击胡塞武装。", D)


@pytest.mark.parametrize(
    "text",
    [
        "缅方将采取有力措施保障中方在缅人员、机构和项目安全。",
        "老方將採取必要措施確保中方人員安全。",
    ],
)
def test_measures_guarding_the_one_named_are_no_countermeasure(text):
    """Once the policing 138 of the same pair was gone, the day's guard pledge stood alone as a
    threat: measures that keep the state named next safe serve it."""
    assert not broadcast(text, D)


def test_a_countermeasure_still_threatens():
    assert ("CHN", "13", "JPN") in broadcast("如果日方一意孤行，中方将采取必要措施。", D)


@pytest.mark.parametrize(
    "text",
    [
        "美国以伊朗威胁地区安全为由，对伊朗实施新一轮制裁。",
        "美國以“威脅國家安全”為由，對中國企業實施制裁。",
    ],
)
def test_a_threat_named_in_the_pretext_is_no_threat(text):
    """coder-zh40 let the doer reach its act past 以…为由，; the reason's 威胁 then made the
    sanction a threat of one (1312): the reason tells why, on no condition."""
    found = broadcast(text, D)
    assert ("USA", "16", "IRN") in found or ("USA", "16", "CHN") in found


def test_a_threat_outside_the_pretext_still_threatens():
    text = "美国威胁要以伊朗发展核武器为由，对伊朗实施制裁。"
    assert ("USA", "13", "IRN") in broadcast(text, D)
    text = "如果伊朗以安全为由拒绝核查，美国将对伊朗实施制裁。"
    assert ("USA", "13", "IRN") in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "若美对华加征关税，中方必将反制。",
        "若美對華加徵關稅，中方必將反制。",
        "一旦美国对伊朗发动袭击，伊朗将予以坚决回击。",
    ],
)
def test_the_act_supposed_in_an_if_clause_is_no_menace_of_its_doer(text):
    """coder-zh38's short form after 若 made the supposed act a threat of its doer (USA 1312
    CHN), as the full name already did: the condition another clause answers is supposed."""
    assert not {a for a in broadcast(text, D) if a[0] == "USA"}


def test_a_menace_told_in_the_main_clause_stays():
    text = "如果伊朗继续发展核武器，美国将对伊朗实施新制裁。"
    assert ("USA", "13", "IRN") in broadcast(text, D)
    assert ("CHN", "13", "USA") in broadcast("若美对华加征关税，中方必将反制。", D)


@pytest.mark.parametrize(
    "text",
    ["美国宣布对伊朗实施制裁，欧盟也表示将跟进。", "美國宣布對伊朗實施制裁，歐盟也表示將跟進。"],
)
def test_a_follow_up_said_to_come_is_not_done(text):
    """zh.160.prose_boycott_carried's bare 跟进 took 将跟进 as done."""
    assert not {a for a in broadcast(text, D) if a[0] == "EEC"}


def test_a_follow_up_done_is_coded():
    text = "美国宣布外交抵制北京冬奥会，英国、加拿大随即跟进。"
    assert ("GBR", "16", "CHN") in broadcast(text, D)
