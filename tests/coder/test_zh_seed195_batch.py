"""What the seed-195 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, mended at its construction: a foreign side's will (愿) to deepen its own
pair's ties with China (斯方愿进一步深化斯中政治…合作) is intent to cooperate with the other of
the pair (``zh.030.will_pair``; China's own such pledge is left to its 愿同X方), and a pair's
ties named by their field or kind (政治, 务实, 铁杆) make the two one-character short forms a
pair. Our own sentences, as items of a broadcast of 3 May 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


@pytest.mark.parametrize(
    "text, doer",
    [
        ("塞尔维亚外长表示，塞方愿进一步深化塞中政治、经贸等各领域合作。", "SRB"),
        ("肯尼亚总统表示，肯方愿深化肯中务实合作。", "KEN"),
        ("巴基斯坦国民议会愿为促进巴中铁杆友谊不懈努力。", "PAK"),
        ("委内瑞拉副总统表示，委方愿持续巩固深化委中各领域合作。", "VEN"),
    ],
)
def test_will_to_deepen_the_own_pairs_ties_is_intent(text: str, doer: str) -> None:
    assert (doer, "03", "CHN") in _acts(text)


def test_the_speaker_named_by_a_short_form_after_the_meeting() -> None:
    acts = _acts(
        "韩正3日在北京会见斯洛文尼亚外长。外长表示，斯方重视发展对华关系，"
        "愿进一步深化斯中政治、经贸、人文等各领域合作。"
    )
    assert ("SVN", "03", "CHN") in acts


def test_a_pair_that_leaves_out_the_doer_is_none() -> None:
    assert not any(
        code == "03" for _, code, _ in _acts("法国外长表示，法方愿积极推动欧中对话合作。")
    )


def test_others_ties_wished_well_are_none() -> None:
    assert _acts("美方愿意推动日韩政治关系改善。") == set()


def test_will_without_a_pair_is_no_pair_intent() -> None:
    assert not any(code == "03" for _, code, _ in _acts("塞方愿深化改革，推动政治进步。"))


def test_chinas_own_pledge_on_its_pair_word_is_left_to_its_partner() -> None:
    acts = _acts("中方愿同匈方一道努力，推动中欧关系行稳致远。")
    assert ("CHN", "03", "HUN") in acts
    assert ("CHN", "03", "EEC") not in acts
