"""Constructions of analysts' prose the thirty-first dev batch showed (eval/README.md,
coder-prose31): a year counted on from the one told (次年 4 月, 两年后的 10 月 2 日) frames
the bare days after it; a partner opposing a region's independence backs China and reproaches
no one; a ban on sales is no sale; arbitration brought against a state is a suit; officials the
people table lacked. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_constructions16 import codes
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_2016 = ("专题　2016 年至 2018 年的中英关系", date(2018, 9, 20))
HANT_2008 = ("第三章　民國 97 年至 99 年中共與英國", date(2011, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("2016 年 11 月 10 日，习近平会见英国首相。次年 4 月 2 日至 6 日，英国首相访华，3 日同习近平会谈。",
         HANS_2016, ("GBR", "04", "CHN", date(2017, 4, 3))),
        ("2016 年 11 月 10 日，习近平会见英国首相。翌年 5 月，英国外交大臣访华，12 日同王毅会谈。",
         HANS_2016, ("GBR", "04", "CHN", date(2017, 5, 12))),
        ("胡錦濤 97 年 11 月 24 日會見英國首相。兩年後的 10 月 2 日，溫家寶抵達倫敦訪問。",
         HANT_2008, ("CHN", "04", "GBR", date(2010, 10, 2))),
        ("胡錦濤 97 年 11 月 24 日會見英國首相。兩年後，溫家寶 10 月 2 日抵達倫敦訪問。",
         HANT_2008, ("CHN", "04", "GBR", date(2010, 10, 2))),
    ],
)  # fmt: skip
def test_a_year_counted_on_frames_the_days_after_it(code, body, head, act):
    """次年 4 月 … 3 日 is the 3rd of April of the year after, not of the month told before;
    两年后的 10 月 2 日 is that day two years on."""
    assert act in dated(chapter(code, body, *head))


def test_the_year_before_stays_the_one_told(code):
    """(guards the rule's reach) the days before 次年 keep the year told."""
    body = "2016 年 11 月 10 日，习近平会见英国首相。12 日，王毅会见英国外交大臣。次年 4 月，英国首相访华。"
    found = dated(chapter(code, body, *HANS_2016))
    assert ("CHN", "04", "GBR", date(2016, 11, 12)) in found


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        ("2017 年 3 月 2 日，国防部长常万全在北京会见来访的英国国防大臣。", HANS_2016,
         ("CHN", "04", "GBR", date(2017, 3, 2))),
        ("陳誠副總統 7 月 31 日抵達華府訪問，與甘迺迪總統會談。",
         ("第五章　民國 50 年美臺關係", date(1962, 1, 20)), ("TWN", "04", "USA", date(1961, 7, 31))),
    ],
)  # fmt: skip
def test_officials_the_people_table_lacked(code, body, head, act):
    """常万全 (China's defence minister 2013-2018) and 陳誠 (Taiwan's premier and vice
    president 1950-1965) act as their states."""
    assert act in dated(chapter(code, body, *head))


@pytest.mark.parametrize(
    "body",
    [
        "汤加首相表示，汤加坚定恪守一个中国原则，坚决反对任何形式的“台湾独立”。",
        "新方完全理解中国政府的立场，反对任何形式的“台湾独立”，坚定恪守一个中国原则。",
        "丹麦首相表示，丹方坚持一个中国原则，反对“西藏独立”。",
    ],
)
def test_a_partner_opposing_independence_reproaches_no_one(body):
    """反对"台湾独立", 反对"西藏独立": a partner's one-China formula in its long names, no
    reproach to Taiwan (nor to China for its region), as 反对"台独" was not."""
    assert not any(root == "11" for _, root, _ in broadcast(body, date(2025, 11, 25)))


def test_the_region_of_the_separatism_is_no_doer():
    """反对任何形式的"台湾独立"，坚定恪守一个中国原则: the partner keeps the principle, not Taiwan."""
    body = "新方完全理解中国政府的立场，反对任何形式的“台湾独立”，坚定恪守一个中国原则。"
    found = broadcast(body, date(2024, 11, 15))
    assert ("SGP", "05", "CHN") in found
    assert not any(source == "TWN" for source, _, _ in found)


def test_a_region_called_part_of_china_backs_china(code):
    """承认西藏是中国领土的一部分: 领土 between China and 的 (was only 领土不可分割的一部分)."""
    body = "2009 年 12 月 9 日，挪威政府发表声明，反对“西藏独立”，承认西藏是中国领土的一部分。"
    found = acts(chapter(code, body, "专题　2009 年的中挪关系", date(2010, 1, 20)))
    assert ("NOR", "05", "CHN") in found
    assert not any(root == "11" for _, root, _ in found)


def test_china_opposing_independence_stays_its_reproach():
    """(guards the rule's reach) China's own formula stays a reproach to Taiwan."""
    found = broadcast("外交部发言人表示，中方坚决反对“台湾独立”。", date(2025, 11, 25))
    assert ("CHN", "11", "TWN") in found


@pytest.mark.parametrize(
    ("body", "sold"),
    [
        ("2019 年 5 月 15 日，美国商务部宣布禁止美国企业向中国华为公司出售芯片和零部件。", False),
        ("2019 年 5 月 15 日，美国宣布向台湾出售 66 架战斗机。", True),
    ],
)
def test_a_ban_on_sales_is_no_sale(code, body, sold):
    """禁止…向…出售零部件 bans the sale (163 where a rule reads it), no arms given (072); a sale
    announced stays one."""
    found = acts(chapter(code, body, "专题　2019 年中美关系", date(2019, 9, 20)))
    assert any(root == "07" for _, root, _ in found) is sold


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("2014 年 3 月 30 日，越南就海上争端对中国提起仲裁。", ("VNM", "11", "CHN")),
        ("2014 年 3 月 30 日，越南对中国提出国际仲裁。", ("VNM", "11", "CHN")),
        ("2014 年 3 月 30 日，仲裁庭对越南提起的仲裁作出裁决。", None),
    ],
)
def test_arbitration_brought_against_a_state_is_a_suit(code, body, act):
    """对中国提起仲裁 is a case brought (115), as 对…提起诉讼 is; a tribunal ruling on a case
    brought by a state brings none (guards the rule's reach)."""
    found = acts(chapter(code, body, "专题　2014 年的南海", date(2015, 1, 20)))
    if act is None:
        assert not any(root == "11" for _, root, _ in found)
    else:
        assert act in found


def test_a_president_by_his_title_ends_the_joint_subject(code):
    """美国与中国…发表建交公报，卡特总统同日宣布…: the clause's own subject (卡特总统, in his
    term) breaks the relations, not the pair of the clause before (China broke none)."""
    body = "美国与中国 12 月 16 日发表建交公报，卡特总统同日宣布断绝与台湾的外交关系。"
    found = acts(chapter(code, body, "专题　1978 年中国外交", date(1979, 1, 20)))
    assert ("USA", "16", "TWN") in found
    assert ("CHN", "16", "TWN") not in found


HANS_1970 = ("专题　1970 年中国外交", date(1971, 1, 20))


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # a protest lodged in a note, to the one written to
        ("3 月 5 日，中国外交部照会印度驻华大使馆，提出强烈抗议。", ("CHN", "11", "IND")),
        # limits on trade with China eased, as sanctions lifted are
        ("8 月 2 日，英国宣布放宽对华出口管制。", ("GBR", "08", "CHN")),
        # a communiqué restoring relations signed, with a place between: the recognition
    ],
)  # fmt: skip
def test_acts_of_notes_and_easings(code, body, act):
    assert act in acts(chapter(code, body, *HANS_1970))


def test_a_hoped_easing_is_none(code):
    """(guards the rule's reach) 希望…放宽对华出口限制: a hope, no easing."""
    body = "8 月 2 日，法国希望英国放宽对华出口限制。"
    assert not any(root == "08" for _, root, _ in acts(chapter(code, body, *HANS_1970)))


def test_the_communique_signed_is_no_second_agreement(code):
    """签署两国复交联合公报: one act, the recognition, not an agreement (057) beside it."""
    body = "2017 年 6 月 13 日，王毅同巴拿马副总统兼外长在北京签署两国建交联合公报。"
    found = {k for _, k, t in codes(chapter(code, body, *HANS_2016)) if t == "PAN"}
    assert found == {"054"}


def test_sao_tome_by_its_short_name(code):
    """圣普, as CCTV and analysts shorten São Tomé and Príncipe."""
    body = "2016 年 12 月 26 日，王毅在北京会见圣普外长。"
    assert ("CHN", "04", "STP") in acts(chapter(code, body, *HANS_2016))


HANS_1965 = ("专题　1965 年中国外交", date(1966, 1, 20))


@pytest.mark.parametrize(
    "body",
    [
        "2 月 6 日，习近平同来华出席冬奥会开幕式的芬兰总统会谈。",
        "2 月 6 日，习近平同来华进行国事访问的芬兰总统会谈。",
    ],
)
def test_talks_with_a_guest_described_before_him(code, body):
    """同来华…的 X 会谈: the guest's description stands between 同 and him (only 举行会谈 was
    read so before)."""
    found = acts(chapter(code, body, "专题　2022 年中国外交", date(2022, 9, 20)))
    assert ("CHN", "04", "FIN") in found


def test_a_return_visit_is_another_journey(code):
    """尼雷尔…访华，周恩来…回访坦桑尼亚: two visits, one each way, each on its own day."""
    body = "坦桑尼亚总统 2 月 17 日访华，周恩来 6 月 4 日回访坦桑尼亚。"
    found = dated(chapter(code, body, *HANS_1965))
    assert ("TZA", "04", "CHN", date(1965, 2, 17)) in found
    assert ("CHN", "04", "TZA", date(1965, 6, 4)) in found


def test_a_return_visit_and_its_talks_are_one_contact(code):
    """(guards the rule's reach) 回访…，首日…会谈: the talks of the return visit are that visit."""
    body = "6 月 4 日，周恩来回访坦桑尼亚，首日同坦桑尼亚总统会谈。"
    found = [a for a in dated(chapter(code, body, *HANS_1965)) if a[1] == "04"]
    assert len(found) == 1
