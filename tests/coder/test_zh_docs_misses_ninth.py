"""Misses of ``xwlb_docs`` by construction, ninth pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, ninth pass"): a message of congratulation sent with no addressee
named (发来贺信, 致贺信，对…表示祝贺, 就…致贺信) congratulates the occasion the broadcast reports,
the home state's; an agreement with a state no longer kept or suspended (停止履行与…签署的协议) is
relations reduced, and a body's funding halted (暂停向…出资) is aid cut. Sentences of our own,
with the neighbours the rules must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("蒙古国总统发来贺信，预祝论坛取得圆满成功。", ("MNG", "05", "CHN")),
        ("柬埔寨首相致贺信，对纪录片开播表示热烈祝贺。", ("KHM", "05", "CHN")),
        ("匈牙利总理就音乐会致贺信。", ("HUN", "05", "CHN")),
        # China named in the sentence is still the home state
        ("匈牙利总理就音乐会致贺信，祝愿匈中友谊不断加深。", ("HUN", "05", "CHN")),
        ("匈牙利总理就音乐会致贺信，他祝福两国友谊不断向前。", ("HUN", "05", "CHN")),
        ("埃及总统也发来贺信。", ("EGY", "05", "CHN")),
    ],
)
def test_a_message_sent_hither_congratulates_the_home_state(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the sentence names whom it is to: that state, not China
        ("法国总统就美国总统当选致贺电。", ("FRA", "05", "CHN")),
        # sent 向 someone: zh.051.congratulate's, to the one named
        ("蒙古国总统向第三届中蒙博览会致贺信。", ("MNG", "05", "CHN")),
        ("蒙古国总统向大会发来贺信。", ("MNG", "05", "CHN")),
        # the one a message is sent to, right before the verb, is no sender
        ("国家主席习近平向蒙古国总统致贺电，祝贺他当选连任。", ("MNG", "05", "CHN")),
        ("国家主席习近平向蒙古国总统致贺电，对他当选表示祝贺。", ("MNG", "05", "CHN")),
        (
            "国家主席习近平向纳伊布·布克尔致贺电，祝贺他当选连任萨尔瓦多共和国总统。",
            ("SLV", "05", "CHN"),
        ),
        # China's own message: no event between states
        ("国家主席习近平发来贺信，预祝大会圆满成功。", ("CHN", "05", "CHN")),
    ],
)
def test_a_message_with_an_addressee_or_of_china_is_not_sent_hither(text, absent):
    assert absent not in broadcast(text, DAY)


def test_a_message_to_a_named_state_keeps_its_addressee():
    assert ("FRA", "05", "USA") in broadcast("法国总统就美国总统当选致贺电。", DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("也门政府宣布停止履行与沙特签署的所有协议。", ("YEM", "16", "SAU")),
        ("新西兰决定中止此前与日本一家公司签订的采购合同。", ("NZL", "16", "JPN")),
        ("阿根廷宣布暂停向世界卫生组织缴纳会费。", ("ARG", "16", "UNO")),
        ("英国政府已暂停向世界卫生组织提供资金。", ("GBR", "16", "UNO")),
    ],
)
def test_an_agreement_suspended_or_funding_halted_reduces_relations(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # an agreement lapsing on its own, with no doer who suspends it
        "黑海港口农产品外运协议到期当天，该协议效力中止。",
        # funding resumed, not halted
        "英国政府宣布恢复向世界卫生组织提供资金。",
    ],
)
def test_a_lapse_or_a_resumption_reduces_nothing(text):
    assert not {a for a in broadcast(text, DAY) if a[1] == "16"}
