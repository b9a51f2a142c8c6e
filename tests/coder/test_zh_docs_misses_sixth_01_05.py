"""Misses of ``xwlb_docs`` by construction, sixth pass, roots 01-05 (issue 10, eval/README.md
"Misses of xwlb_docs by construction, sixth pass: roots 01-05"): readiness told by 准备 or
准备好 right before the partner, to cooperate (030) or to hold talks (036), in sentences of our
own, with the neighbours the rules must leave alone."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, triples

DAY = date(2025, 9, 18)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("埃及总理表示，埃及已经准备好与土耳其在能源领域开展更深入的合作。", ("EGY", "03", "TUR")),
        ("哈萨克斯坦准备同蒙古在农业领域加强合作。", ("KAZ", "03", "MNG")),
        ("巴西外长说，巴西准备与阿根廷建立更紧密的贸易关系。", ("BRA", "03", "ARG")),
        # talks a state is ready to hold
        ("挪威外交大臣称，挪威准备与俄罗斯讨论北极渔业问题。", ("NOR", "03", "RUS")),
        ("印度总理表示，印度已做好准备与巴基斯坦商讨水资源分配问题。", ("IND", "03", "PAK")),
        ("秘鲁准备好跟智利探讨边界水资源问题。", ("PER", "03", "CHL")),
    ],
)
def test_readiness_to_cooperate_or_to_talk_is_intent(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # readiness denied
        ("日本外相称，朝鲜还没有准备好与日本进行对话。", ("PRK", "JPN")),
        ("土耳其表示不准备与希腊讨论岛屿问题。", ("TUR", "GRC")),
        # readiness for a break or a fight is no intent to cooperate or meet
        ("白俄罗斯称已准备好与波兰长期对抗。", ("BLR", "POL")),
        ("匈牙利准备与欧盟切断能源合作关系。", ("HUN", "EEC")),
        # readiness on a condition
        ("如果美国取消关税，加拿大准备与美国恢复合作。", ("CAN", "USA")),
        # 准备 as a noun, no readiness of a state
        ("奥地利政府做好冬季能源供应准备，与德国的合作照常进行。", ("AUT", "DEU")),
    ],
)
def test_no_intent_where_readiness_is_denied_hostile_or_a_noun(text, pair):
    assert not {f for f in broadcast(text, DAY) if f[1] == "03" and (f[0], f[2]) == pair}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # between communist parties the title takes 同志 for 先生: the party spoken to
        (
            "习近平同老挝国家主席通电话。习近平表示，我愿同主席同志一道，推动两国务实合作。",
            ("CHN", "03", "LAO"),
        ),
        (
            "李强同越南总理会谈。李强表示，我愿同总理同志保持密切沟通，深化两国合作。",
            ("CHN", "03", "VNM"),
        ),
        (
            "习近平致电圣马力诺执政官。习近平表示，我愿同执政官先生一道努力，深化两国合作。",
            ("CHN", "03", "SMR"),
        ),
    ],
)
def test_a_title_with_tongzhi_is_the_party_spoken_to(text, act):
    assert act in broadcast(text, DAY)


def test_a_name_before_the_title_with_tongzhi_is_that_person():
    # 阮富仲总书记同志: the named one (the party's leader, VNMGOV), not a second person read as
    # the lead's other state (a day of his tenure, when his name reads as his party's leader)
    text = (
        "王毅会见越共中央总书记阮富仲的特使。王毅表示，上周习近平总书记和阮富仲总书记同志成功会晤。"
    )
    c = coding(Document(text, published=date(2022, 11, 1), kind="xwlb", source="xwlb"))
    assert ("CHNGOV", "040", "VNMGOV") in triples(c)
    assert ("CHNGOV", "040", "VNM") not in triples(c)
