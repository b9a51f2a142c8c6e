"""What the seed-140 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 12 October 2023."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2023, 10, 12)


@pytest.mark.parametrize(
    "text",
    [
        # the channel between the doer's clause and the target
        "伊朗外交部10日召见瑞士驻伊朗大使，经由瑞士抗议美国扣押油轮。",
        # 通过 the channel, then 向 the target
        "伊朗外交部通过巴基斯坦向美国提出严正抗议。",
        # the channel named by its embassy
        "伊朗外交部通过瑞士驻德黑兰大使馆向美方提出严正交涉。",
    ],
)
def test_a_state_the_act_goes_through_is_no_doer(text):
    found = broadcast(text, D)
    assert ("IRN", "11", "USA") in found
    assert not {a for a in found if a[0] in ("CHE", "PAK")}


def test_a_channel_then_the_partner_the_act_is_done_with():
    """通过X与Y进行谈判 (review-zh27's probe): X is the channel, as before 向; two states joined
    in what is adopted (通过美国与英国起草的决议, a 的 after them) are not."""
    found = broadcast("美国通过卡塔尔与哈马斯进行谈判。", D)
    assert ("USA", "04", "PSE") in found
    assert not {a for a in found if a[0] == "QAT"}
    assert not {a for a in broadcast("伊朗通过阿曼和美国举行间接会谈。", D) if a[0] == "OMN"}


@pytest.mark.parametrize(
    ("text", "acts", "not_acts"),
    [
        ("古巴外长对伊朗和黎巴嫩表示声援。", {("CUB", "05", "IRN"), ("CUB", "05", "LBN")}, set()),
        (
            "非盟执行理事会发表公报说，非盟各成员国外长一致声援中国抗击疫情。",
            {("OAU", "05", "CHN")},
            set(),
        ),
        # a crowd's protest and unnamed voices are no sender of support
        (
            "联合国举行纪念大会。以军加强对加沙地带袭击 国际社会声援巴勒斯坦人民。"
            "委内瑞拉外长声援巴勒斯坦。",
            {("VEN", "05", "PSE")},
            {("ISR", "05", "PSE"), ("UNO", "05", "PSE")},
        ),
    ],
)
def test_solidarity_is_support(text, acts, not_acts):
    found = broadcast(text, D)
    assert acts <= found
    assert not found & not_acts


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("沙特国王通过王室成员，向中方转达了对中国抗灾救灾的慰问。", "SAU"),
        ("智利总统对中方表达慰问和支持，表示相信中国定能战胜灾害。", "CHL"),
        ("秘鲁外长还就地震向王毅转达秘鲁政府和人民的慰问。", "PER"),
    ],
)
def test_sympathy_expressed_or_passed_on_is_sympathy(text, sender):
    assert (sender, "01", "CHN") in broadcast(text, D)


def test_solidarity_recalled_in_a_speakers_frame_is_background():
    item = (
        "国家主席习近平12日同秘鲁总统通电话。"
        "习近平指出，中国发生地震灾害后，秘鲁政府对中方表达慰问和支持，中国人民铭记在心。"
    )
    found = broadcast(item, D)
    assert ("CHN", "04", "PER") in found
    assert not {a for a in found if a[0] == "PER" and a[1] in ("01", "05")}
    # an act reported as done (已) is a total told that day, not background
    told = broadcast("五角大楼发言人表示，冲突发生后，美国已向乌克兰提供30亿美元军事援助。", D)
    assert ("USA", "07", "UKR") in told
