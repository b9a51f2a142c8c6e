"""What the seed-148 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 9 March 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        # a people hoping for a leader's visit: the visitor right after the verb of hoping
        "央视网消息（新闻联播）：老挝、泰国各界人士热切期盼习近平主席访问，期待此访推动中国与两国关系迈上新台阶。",
        "古巴总统表示，期待习近平主席出席峰会并对古巴进行国事访问。",
        "秘鲁学生致信习近平主席，热切盼望习主席再次访问秘鲁。",
    ],
)
def test_a_visit_only_hoped_for_is_no_visit(text):
    assert not {a for a in broadcast(text, D) if a[1] == "04"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the hoper is the visitor: his own intent to visit
        ("智利总统表示，期待明年早些时候访华。", ("CHL", "03", "CHN")),
        ("习近平主席8日对埃及进行国事访问。", ("CHN", "04", "EGY")),
    ],
)
def test_a_visit_hoped_by_its_visitor_or_made_stays(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "也门胡塞武装12日称，对位于亚丁湾的美“文森”号航母发动袭击。",
            ("YEM", "19", "USA"),
        ),
        (
            "乌克兰方面称，乌军无人机袭击了停靠在港内的俄“马卡罗夫海军上将”号护卫舰。",
            ("UKR", "19", "RUS"),
        ),
    ],
)
def test_a_short_form_before_a_named_craft_is_its_state(text, act):
    """的美“杜鲁门”号航母: the short form follows a word, not a governor, and owns the craft."""
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("白俄罗斯外交部发言人9日表示，北约已经卷入了这场冲突。", ("BLR", "11", "NAT")),
        ("伊朗外交部发言人8日强调，美国完全卷入了与伊朗的对抗。", ("IRN", "11", "USA")),
    ],
)
def test_another_said_to_be_drawn_into_a_conflict_is_charged(text, act):
    assert act in broadcast(text, D)
