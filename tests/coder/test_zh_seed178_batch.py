"""What the seed-178 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, each class mended at its construction: a joint statement of listed parties
told as 联合发表声明, or with the rest of the list left unnamed (…等今天（7月24日）, 等14个国家与),
is one between each pair of those named (``groups.code_joint_statements``); 双方 accusing each
other (双方相互指责对方…) after a clash told in the sentence before is each side's accusation
(``zh.112.each_other_told``); relations lowered in grade (降低…外交关系等级) or to the lowest
level (降至最低级别) are downgraded (``zh.161.downgrade``); a meeting held with a qualifier
before its noun (同比奥总统昨天举行富有成果的会见) is one (``zh.040.summit``). Our own sentences, as items of a
broadcast of 3 May 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 3)


def _events(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


def _pairs(found: set[tuple[str, str, str]], root: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, r, t in found if r == root}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "埃及、约旦、阿拉伯国家联盟等今天（5月3日）联合发表声明，谴责以色列的军事行动。",
            ("EGY", "JOR", "ARL"),
        ),
        (
            "沙特、卡塔尔等12个国家与阿拉伯国家联盟3日发表联合声明，呼吁立即停火。",
            ("SAU", "QAT", "ARL"),
        ),
        ("秘鲁、智利、哥伦比亚外长3日共同发表声明，支持地区一体化。", ("PER", "CHL", "COL")),
    ],
)
def test_listed_parties_issue_a_statement_together(text: str, members: tuple[str, ...]) -> None:
    found = _events(text)
    want = {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1 :]}
    assert want <= _pairs(found, "05")


def test_an_article_written_together_is_no_statement() -> None:
    """联合发表文章: an op-ed is no joint statement (no 057 between its authors)."""
    found = _events("埃及、约旦、法国领导人2日联合发表文章，呼吁尽快停火。")
    assert not _pairs(found, "05")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "今天（5月3日），亚美尼亚和阿塞拜疆军队在边境地区发生冲突。双方相互指责对方首先开火。",
            ("ARM", "AZE"),
        ),
        (
            "2日，印度和巴基斯坦军队在克什米尔地区交火。双方再度互相指责对方违反停火协议。",
            ("IND", "PAK"),
        ),
    ],
)
def test_both_sides_accuse_each_other(text: str, pair: tuple[str, str]) -> None:
    a, b = pair
    assert {(a, "11", b), (b, "11", a)} <= _events(text)


def test_a_call_not_to_blame_each_other_accuses_no_one() -> None:
    assert not any(r == "11" for _, r, _ in _events("他呼吁各方不要相互指责，而应加强合作。"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("2日，匈牙利宣布降低与荷兰外交关系等级。", ("HUN", "16", "NLD")),
        ("秘鲁今天决定将与墨西哥的外交关系降至最低级别。", ("PER", "16", "MEX")),
    ],
)
def test_relations_lowered_in_grade(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("王毅表示，习近平主席同巴西总统卢拉昨天举行了富有成果的会见。", "BRA"),
        ("此访期间，李强总理还同越南总理范明政举行了坦诚而深入的会见。", "VNM"),
    ],
)
def test_a_meeting_qualified_before_its_noun(text: str, partner: str) -> None:
    """举行…的会见, 举行了坦诚而深入的会见: the words between 举行 and 会见 do not hide the meeting."""
    assert ("CHN", "04", partner) in _events(text)
