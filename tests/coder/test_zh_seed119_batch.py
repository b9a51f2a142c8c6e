"""What the seed-119 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder missing, each class mended by a rule about its construction. Our own sentences, read as
items of a broadcast of 14 August 2025 (``broadcast``)."""

from datetime import date

import pytest

from dipwatch.coder.dates import find_dates
from tests.coder.conftest import broadcast

D = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a reaction to "this attack" in a paragraph of its own answers the attacker told before
        # (the attack told again between, its doer named, is still the one answered)
        (
            "以军12日空袭了加沙地带一所学校。\n联合国谴责以军空袭学校\n"
            "联合国秘书长12日发表声明对这一袭击予以谴责。",
            ("UNO", "11", "ISR"),
        ),
        (
            "乌军12日打击了俄罗斯别尔哥罗德州的一座变电站。\n"
            "白俄罗斯外交部12日表示，白方对这一袭击予以强烈谴责。",
            ("BLR", "11", "UKR"),
        ),
        (
            "以军12日空袭了叙利亚首都大马士革郊区。\n伊朗外交部发言人12日对此次空袭表示强烈谴责。",
            ("IRN", "11", "ISR"),
        ),
        # a pair that says it will act together means to cooperate
        (
            "12日，越南总理与老挝总理在河内举行会谈，双方表示将共同推动两国铁路建设。",
            ("VNM", "03", "LAO"),
        ),
        (
            "12日，越南总理与老挝总理在河内举行会谈。双方表示，将携手应对地区挑战。",
            ("VNM", "03", "LAO"),
        ),
        # armed forces advancing in a place of another state use force on it
        ("俄军12日在顿涅茨克地区一城镇以西推进。", ("RUS", "19", "UKR")),
        ("以军12日继续在加沙地带南部推进。", ("ISR", "19", "PSE")),
        # a one-character short form before what its state is asked to do or blamed for
        ("伊朗外交部12日敦促美切实履行承诺。", ("IRN", "10", "USA")),
        ("古巴外交部12日谴责美单边制裁。", ("CUB", "11", "USA")),
        ("朝鲜外务省12日要求美立即停止军事演习。", ("PRK", "10", "USA")),
    ],
)
def test_the_batchs_constructions_give_their_act(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the attacker is never the state that reacts; an attack no state is named doing has
        # no one to answer
        (
            "乌军12日打击了俄罗斯别尔哥罗德州的一座变电站。\n乌克兰外交部12日对这一袭击表示谴责。",
            ("UKR", "11", "UKR"),
        ),
        ("12日，基辅一座商场遭到袭击。\n法国外交部12日对这一袭击表示谴责。", ("FRA", "11", "UKR")),
        # another attack told between, with no doer of the coded one's state: not it
        (
            "以军12日空袭了叙利亚首都大马士革郊区。\n法国一处集市发生袭击事件\n"
            "法国总统马克龙12日对袭击表示强烈谴责。",
            ("FRA", "11", "ISR"),
        ),
        # a state pushing on with a project advances no troops; an advance stopped is the
        # stopper's act
        ("埃及12日表示将在加沙地带推进重建项目。", ("EGY", "19", "PSE")),
        ("乌军12日在赫尔松地区阻止了俄军推进。", ("RUS", "19", "UKR")),
    ],
)
def test_what_only_looks_like_the_act_is_none(text, act):
    assert act not in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        # the pair goes home or fights on: nothing done together
        "12日，俄乌双方代表举行会谈。双方均表示，将各自返回国内进行磋商。",
        "12日，俄乌双方代表举行会谈。双方都表示将继续战斗。",
    ],
)
def test_a_pair_saying_it_will_act_apart_is_no_intent(text):
    assert not [e for e in broadcast(text, D) if e[1] == "03"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("28、29日两天，俄罗斯总统与白俄罗斯总统举行会谈。", "2025-07-28"),
        ("土耳其军队18、19日连续发起跨境军事打击。", "2025-07-18"),
        ("3、4、5日，两国举行联合演习。", "2025-08-03"),
        # a single day and a range stay as they were
        ("12日，两国举行联合演习。", "2025-08-12"),
        ("5日至6日，两国举行联合演习。", "2025-08-05"),
    ],
)
def test_a_list_of_days_is_dated_by_its_first(text, first):
    assert find_dates(text, D)[0].day.isoformat() == first
