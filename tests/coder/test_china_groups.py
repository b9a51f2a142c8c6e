"""Issue 10's two annotation decisions, in sentences of our own (eval/README.md, "Actors" and
"CAMEO codes"): a joint act of a group that includes China is China with each other member, the
pairs among the others not told (a group without China keeps each pair); and a foreign state's
officials or citizens barred from entry are a sanction on that state (163), in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2024, 3, 20)


def _prose(text: str) -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=DAY, genre="narrative"))
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events}


def _english(text: str) -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=DAY, lang="en", genre="news"))
    return {((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3]) for e in c.events}


def _among_others(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {e for e in found if "CHN" not in (e[0], e[2])}


@pytest.mark.parametrize(
    ("text", "root", "others"),
    [
        # a partner before a list its count closes (三方, 三国元首): the act of all of them
        ("3 月 5 日，王毅同老挝外长沙伦赛、泰国外长敦在昆明举行三方会晤。", "04", ("LAO", "THA")),
        (
            "3 月 6 日，江泽民同俄罗斯、蒙古和哈萨克斯坦三国元首签署边境协定。",
            "05",
            ("RUS", "MNG", "KAZ"),
        ),
        # a run of short forms met, wherever it is held and whoever chairs it
        ("3 月 7 日，中老泰外长会议在万象举行。", "04", ("LAO", "THA")),
        ("3 月 14 日，日本外相在东京主持中日韩外长会议。", "04", ("JPN", "KOR")),
        # a joint statement of a listed group
        ("3 月 9 日，中国、老挝和泰国外长发表联合声明。", "05", ("LAO", "THA")),
    ],
)
def test_china_in_a_group_acts_with_each_other_member_only(text, root, others):
    found = _prose(text)
    assert {("CHN", root, x) for x in others} <= found, found
    assert not _among_others(found), found


def test_a_convener_meets_china_alone_when_china_attends_and_each_state_without_it():
    found = _prose("3 月 11 日，法国召集会议，德国、中国等国领导人参加了会议。")
    assert ("FRA", "04", "CHN") in found and ("FRA", "04", "DEU") not in found, found
    # a group without China: each pair, as before
    found = broadcast("英国、法国和德国三国外长10日在柏林举行会晤。", DAY)
    assert {("GBR", "04", "FRA"), ("GBR", "04", "DEU"), ("FRA", "04", "DEU")} <= found, found


def test_english_groups_with_china_pair_china_with_each_member():
    met = _english("The foreign ministers of Laos, China and Thailand met in Vientiane on Friday.")
    signed = _english(
        "Chinese Foreign Minister Wang Yi, Lao Foreign Minister Saleumxay Kommasith and Thai "
        "Foreign Minister Don Pramudwinai signed a joint statement on Friday."
    )
    without = _english(
        "The foreign ministers of Britain, France and Germany met in Berlin on Friday."
    )
    assert {("LAO", "040", "CHN"), ("CHN", "040", "THA")} <= met and not _among_others(met), met
    assert {("CHN", "057", "LAO"), ("CHN", "057", "THA")} <= signed, signed
    assert not _among_others(signed), signed
    assert ("FRA", "040", "DEU") in without, without


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("俄罗斯宣布禁止部分英国官员入境。", ("RUS", "16", "GBR")),
        ("拉脱维亚将禁止持有旅游签证的白俄罗斯公民入境。", ("LVA", "16", "BLR")),
        ("中方决定对美国国会议员实施入境禁令。", ("CHN", "16", "USA")),
        ("美国宣布对中国官员实施签证限制。", ("USA", "16", "CHN")),
    ],
)
def test_an_entry_ban_on_a_states_people_is_a_sanction(text, act):
    found = broadcast(text, DAY)
    assert act in found, found
    assert not {e for e in found if e[1] == "17"}, found


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Russia imposed a travel ban on nine British officials on Tuesday.",
            ("RUS", "163", "GBR"),
        ),
        ("Canada barred entry to Iranian officials on Friday.", ("CAN", "163", "IRN")),
    ],
)
def test_an_english_entry_ban_is_a_sanction_only(text, act):
    found = _english(text)
    assert act in found and not {e for e in found if e[1].startswith("17")}, found
