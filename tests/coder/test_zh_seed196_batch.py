"""What the seed-196 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``,
coder-zh128) showed the coder doing wrong, mended at its construction: a state's business or
economic circles (德国工商界人士, 美经济界人士) are unnamed voices, as 德国人士 is, and speak for no
state (``voice_after``); states listed before the speech verb that frames an act (韩国、马来西亚
和泰国今天表示，将与美国磋商) each do it, not only the last (``checks._listed_speakers``); an occupation named
rather than done (的占领, 占领的, …的后果) is no act of the day (``zh.192.occupy``); another's
act called 不合理的 or 完全错误的 is criticism of its doer (``zh.111.mistake``). Our own
sentences, as items of a broadcast of 8 July 2025."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 7, 8)


@pytest.mark.parametrize(
    "text",
    [
        "德国工商界人士指出，美国单边主义做法破坏国际信任。",
        "法国商界人士批评美国加征关税的做法。",
        "德国政商界人士积极评价中国发展成就。",
        "英国经济界人士表示，美国的关税政策损害英美贸易关系。",
        "日本企业界人士谴责美国的关税政策。",
    ],
)
def test_a_states_business_circles_speak_for_no_state(text: str) -> None:
    assert broadcast(text, DAY) == set()


def test_a_circles_voices_take_no_speaker_from_the_sentence_before() -> None:
    acts = broadcast(
        "巴西总统7日表示，美国的做法错误。德国工商界人士指出，美国单边主义做法破坏国际信任，"
        "不利于全球供应链的稳定。",
        DAY,
    )
    assert ("BRA", "11", "USA") not in acts and ("DEU", "11", "USA") not in acts


def test_the_states_own_officials_still_speak() -> None:
    acts = broadcast("德国经济部长指出，美国单边主义做法破坏国际信任。", DAY)
    assert ("DEU", "11", "USA") in acts


@pytest.mark.parametrize(
    "text, root, target",
    [
        ("韩国、马来西亚、泰国等国今天表示，将与美国磋商。", "03", "USA"),
        ("韩国、马来西亚和泰国8日表示，坚决反对美国的关税政策。", "11", "USA"),
        ("韩国、马来西亚和泰国也表示，愿同中方加强合作。", "03", "CHN"),
    ],
)
def test_states_listed_before_the_speech_verb_each_do_the_act(
    text: str, root: str, target: str
) -> None:
    acts = broadcast(text, DAY)
    assert {("KOR", root, target), ("MYS", root, target), ("THA", root, target)} <= acts


def test_a_contact_partner_joined_by_yu_is_no_speaker() -> None:
    acts = broadcast("习近平7日与普京会谈时表示，中方愿同俄方加强合作。", DAY)
    assert ("CHN", "03", "RUS") in acts
    assert ("RUS", "03", "RUS") not in acts and ("RUS", "03", "CHN") not in acts


def test_a_speaker_with_no_list_is_one() -> None:
    assert broadcast("泰国今天表示，将与美国磋商。", DAY) == {("THA", "03", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯和叙利亚7日发表联合声明称，难民营的人道主义问题是美国非法占领叙利亚这一地区的后果。",
        "叙利亚外长要求美国结束对叙利亚领土的占领。",
        "巴勒斯坦外交部指出，以色列在其占领的巴勒斯坦领土上不断兴建住房。",
        "德国宣布归还一批二战期间德方侵占的波兰文物。",
    ],
)
def test_an_occupation_named_is_no_occupation(text: str) -> None:
    assert not any(root == "19" for _, root, _ in broadcast(text, DAY))


def test_an_occupation_done_stays() -> None:
    assert ("RUS", "19", "UKR") in broadcast("俄军7日占领了乌克兰的一个村庄。", DAY)


@pytest.mark.parametrize(
    "text, doer, target",
    [
        ("南非总统7日表示，美国计划对南非加征关税的做法是不合理的。", "ZAF", "USA"),
        ("匈牙利国会主席表示，欧盟对俄实施制裁的行为是完全错误的。", "HUN", "EEC"),
    ],
)
def test_anothers_act_called_unreasonable_or_wrong_blames_its_doer(
    text: str, doer: str, target: str
) -> None:
    assert (doer, "11", target) in broadcast(text, DAY)


def test_the_object_of_the_act_called_wrong_is_not_blamed() -> None:
    acts = broadcast("匈牙利国会主席表示，欧盟对俄实施制裁的行为是完全错误的。", DAY)
    assert ("HUN", "11", "RUS") not in acts
