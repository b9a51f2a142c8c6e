"""Constructions of analysts' prose from the dev misses of prose_hant and prose_hans read by
family (eval/README.md, "Prose recall by construction, issue 10"): warships and military aircraft
sent into a state's air or sea space, or into the South China Sea, and what is done without
notice (未经通报) done all the same. The sentences are our own."""

import pytest

from tests.coder.conftest import countries
from tests.coder.test_zh_prose_constructions15 import narrative

HANS = "第四章　2019 年中国外交"
HANT = "第二章　民國 108 年中共外交"


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        ("5 月 3 日，俄罗斯两架图-95 轰炸机飞越日本北海道附近领空。", HANS, ("RUS", "JPN")),
        (
            "7 月 23 日，俄羅斯一架 A-50 預警機與兩架戰機侵入韓國獨島附近領空。",
            HANT,
            ("RUS", "KOR"),
        ),
        ("9 月 9 日，共軍運-8 反潛機連續三天進入我國西南空域。", HANT, ("CHN", "TWN")),
    ],
)
def test_craft_sent_into_a_states_space_press_it(code, body, head, pair):
    """飞越…领空, 侵入…领空, 进入我国…空域: the craft's state presses the space's."""
    assert (pair[0], "15", pair[1]) in countries(narrative(code, body, head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("6 月 4 日，美国海军“迈耶”号驱逐舰驶入南海美济礁 12 海里范围内。", HANS),
        ("6 月 4 日，美國派遣「雷根」號航母打擊群駛入南海。", HANT),
        ("11 月 2 日，美军两架 B-1B 轰炸机未经通报飞越中国东海防空识别区。", HANS),
        ("11 月 2 日，美軍兩架 B-1B 轟炸機未事先通報即飛越中國東海防空識別區。", HANT),
    ],
)
def test_the_south_china_sea_entered_or_a_zone_flown_without_notice_press_china(code, body, head):
    """驶入南海: the sea is China's by its claim; 未经通报飞越: done without notice is done."""
    assert ("USA", "15", "CHN") in countries(narrative(code, body, head))


def test_a_leaders_plane_escorted_in_is_no_show_of_force(code):
    """专机进入…领空，…战机升空护航: a visit's courtesy (a CCTV sentence's construction)."""
    body = "5 月 7 日，习近平乘坐的专机进入匈牙利领空后，匈牙利空军两架战机升空护航。"
    assert not any(k == "15" for _, k, _ in countries(narrative(code, body, HANS)))


def test_a_firm_entering_a_market_is_no_show_of_force(code):
    body = "3 月 3 日，华为公司进入日本市场。"
    assert not any(k == "15" for _, k, _ in countries(narrative(code, body, HANS)))


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        (
            "王毅 3 月 4 日至 8 日对埃及和约旦进行正式访问。其间，6 日在开罗会见阿盟秘书长盖特。",
            HANS,
            ("CHN", "ARL"),
        ),
        (
            "習近平 11 月 2 日至 5 日對泰國進行國事訪問。其間，4 日在曼谷會見印度總理莫迪。",
            HANT,
            ("CHN", "IND"),
        ),
        (
            "李强 9 月 1 日至 3 日对越南进行正式访问。在此期间，2 日在河内会见老挝总理宋赛。",
            HANS,
            ("CHN", "LAO"),
        ),
    ],
)
def test_a_sentence_set_inside_the_visit_keeps_its_traveller(code, body, head, pair):
    """…进行访问。其间，6 日在开罗会见…: the sentence with no doer of its own goes on with the
    traveller of the visit just told, as one opening with 随后 does."""
    assert (pair[0], "04", pair[1]) in countries(narrative(code, body, head))


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        ("10 月 30 日，中日双方发布关于改善双边关系的沟通结果。", HANS, ("CHN", "JPN")),
        ("5 月 6 日，中澳兩國外交部同時發布雙方就恢復交往進行溝通的結果。", HANT, ("CHN", "AUS")),
        ("9 月 8 日，中印双方宣布加勒万河谷现场的边防部队脱离接触。", HANS, ("CHN", "IND")),
        ("9 月 8 日，中印雙方同意兩軍一線部隊同步脫離接觸。", HANT, ("CHN", "IND")),
    ],
)
def test_the_pairs_agreed_outcome_or_disengagement_is_an_accord(code, body, head, pair):
    """沟通(的)结果 published by the pair, 脱离接触 declared or agreed: an accord (057)."""
    assert (pair[0], "05", pair[1]) in countries(narrative(code, body, head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("2 月 1 日，美国宣布不派官方代表团出席北京亚运会，日本和英国三天后相继跟进。", HANS),
        (
            "2 月 1 日，美國宣布不派政府官員出席北京亞運會；同月稍後，日本和英國相繼宣布不派官員出席。",
            HANT,
        ),
    ],
)
def test_followers_of_a_boycott_do_it_too(code, body, head):
    """…，日本和英国三天后相继跟进; 相继宣布不派官员出席 with no object of their own: each
    follower boycotts whom the act told last was aimed at."""
    found = countries(narrative(code, body, head))
    assert ("JPN", "16", "CHN") in found
    assert ("GBR", "16", "CHN") in found
