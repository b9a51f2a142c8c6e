"""Faults of coder-audit41's hand check (eval/README.md, "A hand check of the twentieth round's
start"): force named among a talk's topics, a measure's victim taken for its doer, an
invitation thanked for, a wish after praise of another's record, arms delivered; each tried on
wordings of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast_acts

_AIRED = date(2022, 11, 28)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast_acts(text, _AIRED)


def _roots(text: str) -> set[str]:
    return {code[:2] for _, code, _ in _acts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯总统与叙利亚总统举行会谈，双方对地区局势进行讨论，涉及打击恐怖主义和推进政治进程等议题。",
        "土耳其外长与伊拉克外长会谈，涉及打击恐怖组织等议题。",
        "中国外长与巴基斯坦外长会谈，讨论了打击恐怖主义等问题。",
    ],
)
def test_force_among_a_talks_topics_is_no_strike(text):
    assert "19" not in _roots(text)
    assert "04" in _roots(text)


def test_force_with_a_topic_word_elsewhere_stays():
    assert ("ISRMIL", "195", "PSE") in _acts("以色列军队空袭了加沙地带，涉及多处设施。")
    assert ("USAMIL", "195", "SYR") in _acts("美军对叙利亚进行了空袭，双方讨论了有关问题。")


def test_the_state_a_measure_falls_on_is_not_found_in_breach():
    text = "与会代表指出，美国等国对古巴、委内瑞拉等国实施的单边强制措施违反国际法。"
    assert not {t for _, _, t in _acts(text)} & {"CUB", "VEN"}
    named = _acts("伊朗外长指出，美国对古巴实施的制裁违反国际法。")
    assert ("IRNGOV", "111", "USA") in named
    assert not any(t == "CUB" for _, _, t in named)


def test_a_breach_by_the_state_named_stays():
    assert ("IRNGOV", "111", "USA") in _acts("伊朗外长指出，美国的制裁违反国际法。")


@pytest.mark.parametrize(
    "text",
    [
        "埃及总统表示，感谢习近平主席邀请我来华访问。",
        "埃及总统表示，感谢中方邀请埃及参加博览会。",
    ],
)
def test_an_invitation_thanked_for_is_no_intent(text):
    roots = _roots(text)
    assert "03" not in roots
    assert "05" in roots


def test_an_invitation_given_stays():
    assert ("CHN", "036", "EGYGOV") in _acts("中方邀请埃及总统出席峰会。")


@pytest.mark.parametrize(
    "text",
    [
        "李克强会见蒙古国总统呼日勒苏赫。呼日勒苏赫祝贺中国40多年来坚持改革开放取得的成就，愿同中方提升贸易水平。",
        "阿根廷外长赞赏中方长期以来坚持公正立场，愿同中方加强协调。",
    ],
)
def test_a_wish_after_praise_of_anothers_record_stays(text):
    assert any(code.startswith("03") and t == "CHN" for _, code, t in _acts(text))


def test_a_doers_own_record_still_makes_background():
    assert "03" not in _roots("蒙古国总统表示，蒙方此前多次向中方提出，愿同中方提升贸易水平。")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("英国国防部27日证实，向乌克兰交付了一批高精度导弹。", ("GBRMIL", "072", "UKR")),
        ("德国27日向乌克兰交付了首批坦克。", ("DEU", "072", "UKR")),
        ("美国将向台湾交付武器。", ("USA", "0332", "TWN")),
    ],
)
def test_arms_delivered_are_military_aid(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize("text", ["美国推迟向台湾交付武器。", "空客公司向中国交付了首架飞机。"])
def test_a_delivery_put_off_or_of_no_arms_is_none(text):
    assert "07" not in _roots(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("突尼斯新任驻叙利亚大使21日向叙利亚外长递交国书副本。", ("TUN", "040", "SYRGOV")),
        ("新任科威特驻伊朗大使13日向伊朗外长递交国书副本。", ("KWTGOV", "040", "IRNGOV")),
    ],
)
def test_credentials_presented_are_a_meeting(text, act):
    assert act in _acts(text)


def test_credentials_received_by_china_are_left_to_their_list():
    assert not _acts("国家主席习近平在人民大会堂接受多位驻华大使递交国书。")


def test_strongholds_taken_occupy_the_places_state():
    text = "俄军已经控制顿涅茨克地区红军城和哈尔科夫地区沃尔昌斯克这两处战略要地。"
    assert ("RUSMIL", "192", "UKR") in _acts(text)
