"""Constructions of analysts' prose read from the dev misses sorted by construction (eval/README.md,
"Dev misses of analyst prose by construction"): a sanction on the state heading an object after its
modifier, an accord on carrying out an earlier one, an arrangement reached, a pair's standing
mechanism meeting (and its numbered round), licences refused for exports, a call's consensus whose
day is not the accord's, and a pair's ministries that are not the home state's. The sentences are
our own."""

from datetime import date

import pytest


def acts(c) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of every event of ``c``."""
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events}


def dated(c) -> set[tuple[str, str, str, date]]:
    """(source country, root, target country, date) of every event of ``c``."""
    return {
        ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date) for e in c.events
    }


HANS = "第四章　2026 年上半年中国外交"
HANT = "第二章　民國 115 年上半年中共外交"
WRITTEN = date(2026, 7, 20)


def narrative(code, body: str, head: str = HANS):
    return code(f"{head}\n\n{body}", WRITTEN, genre="narrative")


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("3 月 4 日，中国外交部宣布对 6 家参与售台武器的美国军工企业采取反制措施。", HANS),
        ("中共外交部 3 月 4 日宣布，對 5 家參與售臺武器的美國軍工企業及其主管採取反制措施。", HANT),
        ("3 月 4 日，外交部宣布对在涉藏问题上表现恶劣的美国国会人员实施对等制裁。", HANS),
        ("3 月 4 日，中国外交部宣布对参与此次军售的美国企业实施制裁。", HANS),
    ],
)
def test_the_state_heading_a_modified_object_is_sanctioned(code, body, head):
    """对参与售台武器的美国军工企业采取反制措施: the state after the modifier's 的 is sanctioned,
    however long the modifier, and not a party named inside it (台, 藏)."""
    told = acts(narrative(code, body, head))
    assert ("CHN", "16", "USA") in told
    assert ("CHN", "16", "TWN") not in told


def test_a_measure_allowed_is_not_taken(code):
    """裁定欧盟可对…的美国商品采取反制措施: what a ruling allows is not done, though the same
    object after 对 is sanctioned when the measure is taken."""
    allowed = "3 月 4 日，世贸组织裁定，欧盟可对价值 30 亿美元的美国商品采取反制措施。"
    taken = "3 月 4 日，欧盟宣布对价值 30 亿美元的美国商品采取反制措施。"
    assert ("EEC", "16", "USA") not in acts(narrative(code, allowed))
    assert ("EEC", "16", "USA") in acts(narrative(code, taken))


@pytest.mark.parametrize(
    "body",
    [
        "5 月 12 日，中美两国经贸团队在日内瓦举行磋商，就落实两国元首共识的框架达成原则一致。",
        "5 月 12 日，中国与东盟国家外长在雅加达就落实《南海各方行为宣言》的后续行动达成一致。",
    ],
)
def test_an_accord_on_carrying_out_an_earlier_one(code, body):
    """就落实…共识的框架达成原则一致: what is agreed on is carrying out an earlier accord, a new
    accord of the pair."""
    told = acts(narrative(code, body))
    assert {("CHN", "05", "USA"), ("CHN", "05", "ASN")} & told


def test_an_accord_only_carried_out_is_none(code):
    """双方就落实两国元首达成的共识交换意见: an accord reached before and carried out, no new
    one; 就落实…达成一致 in the same call is one."""
    carried = "5 月 12 日，王毅同布林肯通电话，双方就落实两国元首达成的共识交换意见。"
    agreed = "5 月 12 日，王毅同布林肯通电话，双方就落实两国元首共识的具体步骤达成一致。"
    assert ("CHN", "05", "USA") not in acts(narrative(code, carried))
    assert ("CHN", "05", "USA") in acts(narrative(code, agreed))


def test_the_day_of_a_calls_consensus_is_not_the_accords(code):
    """就落实两国元首 6 月 5 日通话重要共识的措施框架达成原则一致: the 5th is the call's day."""
    c = narrative(
        code,
        "6 月 10 日，中美经贸团队在伦敦举行磋商。双方就落实两国元首 6 月 5 日通话重要共识的"
        "措施框架达成原则一致。",
    )
    agreed = {d for s, r, t, d in dated(c) if (s, r, t) == ("CHN", "05", "USA")}
    assert agreed and date(2026, 6, 5) not in agreed


def test_a_pairs_mechanism_meeting_and_its_next_round(code):
    """中印边境事务磋商和协调工作机制第 25 次会议…举行; 双方又在…举行第 26 次会议: the pair named
    by its mechanism meets, and meets again."""
    c = narrative(
        code,
        "中印边境事务磋商和协调工作机制第 25 次会议 2 月 18 日在新德里举行。一个月后的 3 月 20 日，"
        "双方又在北京举行第 26 次会议。",
    )
    met = {d for s, r, t, d in dated(c) if {s, t} == {"CHN", "IND"} and r == "04"}
    assert met == {date(2026, 2, 18), date(2026, 3, 20)}


def test_a_sea_after_a_pair_is_no_third_state(code):
    """中菲南海问题双边磋商机制: 南 begins 南海, the sea; the pair is China and the Philippines,
    with no South Africa, and their ministries (兩國外交部) are theirs, not the home state's."""
    c = narrative(
        code,
        "中菲南海問題雙邊磋商機制第十次會議 1 月 16 日在上海舉行。兩國外交部 21 日各自證實，"
        "雙方已就黃岩島漁民作業達成臨時安排。",
        HANT,
    )
    told = dated(c)
    assert ("CHN", "04", "PHL", date(2026, 1, 16)) in told
    assert ("CHN", "05", "PHL", date(2026, 1, 21)) in told
    assert not any("ZAF" in (s, t) or "TWN" in (s, t) for s, _, t, _ in told)


def test_licences_refused_for_exports_to_a_state(code):
    """原则上不予许可…两用物项对美国出口: exports to the state barred (163)."""
    told = acts(narrative(code, "12 月 3 日，商务部宣布原则上不予许可相关两用物项对美国出口。"))
    assert ("CHN", "16", "USA") in told


@pytest.mark.parametrize(
    ("body", "leavers"),
    [
        ("8 月 11 日，拉脱维亚和爱沙尼亚宣布退出中国—中东欧国家合作机制。", {"LVA", "EST"}),
        ('12 月 6 日，意大利政府正式宣布退出"一带一路"合作谅解备忘录。', {"ITA"}),
        ("8 月 11 日，拉脫維亞宣布退出「中國—中東歐國家合作機制」。", {"LVA"}),
    ],
)
def test_leaving_a_framework_china_leads(code, body, leavers):
    """退出中国—中东欧国家合作机制, 退出"一带一路": leaving a framework China leads reduces
    relations with China (the forum's 中国 is no actor of its own); an appeal to leave it does
    not."""
    told = acts(narrative(code, body))
    assert {s for s, r, t in told if (r, t) == ("16", "CHN")} == leavers
    appeal = "5 月 6 日，立陶宛外长呼吁其他国家退出中国—中东欧国家合作机制。"
    assert ("LTU", "16", "CHN") not in acts(narrative(code, appeal))
