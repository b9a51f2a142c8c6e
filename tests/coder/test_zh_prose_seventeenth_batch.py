"""Constructions of analysts' prose from the seventeenth dev batch of prose_hant and prose_hans
(eval/README.md, 1984-1989): arms sales and loans halted, the bodies and states of the time by
their old names, agreements initialled, steps agreed toward an act, what a joint paper says,
a move judged by the feelings it hurt, a state recognised as the one just told, craft and crew
handed back, a visit to Japan in two characters, an accord just told refused recognition, days
told respectively (分别于) for a list of states. The sentences are our own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated, narrative

HANS = "第四章　1987 年中国外交回顾"
HANT = "第二章　民國 76 年中共外交回顧"


@pytest.mark.parametrize(
    ("body", "head", "pair"),
    [
        ("3 月 2 日，法国政府宣布暂停对印度尼西亚的全部军售。", HANS, ("FRA", "IDN")),
        ("荷蘭政府 2 月 1 日宣布中止對阿根廷的一切武器出口與軍售。", HANT, ("NLD", "ARG")),
    ],
)
def test_arms_sales_halted_are_withheld_not_given(code, body, head, pair):
    """暂停对…的军售: the sales halted reduce relations (16); no arms are given (07)."""
    told = acts(narrative(code, body, head))
    assert (pair[0], "16", pair[1]) in told
    assert (pair[0], "07", pair[1]) not in told


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # (冻结对…的贷款: loans frozen are aid cut, 16)
        ("7 月 3 日，德国政府宣布冻结对缅甸的发展贷款。", HANS, ("DEU", "16", "MMR")),
        # (歐洲共同體, 欧共体: the European Community, the EU of its time)
        ("歐洲共同體 8 月 4 日決定對伊拉克實施全面禁運。", HANT, ("EEC", "16", "IRQ")),
        ("欧共体 8 月 4 日决定对伊拉克实施全面禁运。", HANS, ("EEC", "16", "IRQ")),
        # (西萨摩亚: Samoa by its name until 1997)
        ("国务院总理 4 月先后访问斐济和西萨摩亚。", HANS, ("CHN", "04", "WSM")),
        # (此举伤害了…感情: the move just told judged by the hurt it did, its doer criticised)
        (
            "5 月 3 日，韩国总统会见达赖喇嘛，外交部发言人随即表示，此举严重伤害了中国人民的感情。",
            HANS,
            ("CHN", "11", "KOR"),
        ),
        # (此举严重破坏了两国互信: harm done to relations or trust, as to feelings)
        (
            "9 月 2 日，澳大利亚宣布禁止中国企业参与其 5G 网络建设，外交部发言人次日表示，"
            "此举严重破坏了两国互信。",
            HANS,
            ("CHN", "11", "AUS"),
        ),
        # (宣布独立，…宣布予以承认: the state the clause before named is recognised)
        ("厄立特里亚 5 月 24 日宣布独立，中国政府当天宣布予以承认。", HANS, ("CHN", "05", "ERI")),
        # (将渔船及船员交还中方: craft and crew held, handed back)
        (
            "4 月 2 日，日本海上保安厅扣留一艘中国渔船，日方三天后将渔船及船员交还中方。",
            HANS,
            ("JPN", "08", "CHN"),
        ),
        # (將客機及機員送還: an aircraft given back, not delivered)
        ("菲律賓 6 月 9 日將遭劫持的客機及三名機員送還我方。", HANT, ("PHL", "08", "TWN")),
        # (访日: 日 is Japan after 访, though a day elsewhere)
        ("李鹏 4 月访日期间，参观了丰田汽车工厂。", HANS, ("CHN", "04", "JPN")),
        ("中共總書記 11 月訪日時，雙方同意加強經貿合作。", HANT, ("CHN", "04", "JPN")),
        # (同意成立…委员会: a joint body agreed, as a working group is)
        (
            "6 月 3 日，中日两国外长会谈，双方同意成立中日友好交流委员会。",
            HANS,
            ("CHN", "03", "JPN"),
        ),
    ],
)
def test_the_batchs_constructions_code_their_act(code, body, head, act):
    assert act in acts(narrative(code, body, head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("中国同老挝 6 月 12 日在万象草签边界条约。", HANS),
        ("寮國總理 6 月 10 日至 13 日訪問中國大陸，兩國 12 日草簽邊界協定。", HANT),
    ],
)
def test_an_agreement_initialled_is_agreed(code, body, head):
    """草签: initialled, as signed (05)."""
    told = acts(narrative(code, body, head))
    assert ("CHN", "05", "LAO") in told or ("LAO", "05", "CHN") in told


def test_steps_agreed_toward_relations_are_intent(code):
    """双方同意采取步骤恢复…外交关系: the relations are not restored that day (03, not 05)."""
    body = "9 月 28 日，中国外长与格林纳达外长在纽约会晤，双方同意采取步骤恢复两国外交关系。"
    told = acts(narrative(code, body, HANS))
    assert ("CHN", "03", "GRD") in told
    assert not any(r == "05" for _, r, _ in told)


def test_what_a_joint_paper_says_is_that_paper(code):
    """两国发表联合公报，同意成立…工作小组: one accord (05), no agreement beside it (03)."""
    body = (
        "巴基斯坦总理 3 月 5 日至 9 日访华。两国 9 日发表联合公报，同意成立边界问题联合工作小组。"
    )
    told = acts(narrative(code, body, HANS))
    assert ("PAK", "05", "CHN") in told or ("CHN", "05", "PAK") in told
    assert not any(r == "03" for _, r, _ in told)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # (将…战机移交乌克兰 delivers arms: no release)
        ("6 月 2 日，荷兰宣布将首批 F-16 战机移交乌克兰。", lambda s, r, t: r != "08"),
        # (出访日程: a trip's schedule, no visit to Japan)
        ("6 月 2 日，外交部公布了外长的出访日程。", lambda s, r, t: t != "JPN"),
    ],
)
def test_the_rules_reach_no_further(code, body, kept):
    assert all(kept(*a) for a in acts(narrative(code, body, HANS)))


def test_an_accord_just_told_refused_recognition_rejects_a_party(code):
    """…签署边界协定。…表示不承认该协定: a rejection (12) of a party to the accord."""
    body = "巴基斯坦与中国 3 月 2 日签署边界协定。印度外交部次日表示不承认该协定。"
    told = acts(narrative(code, body, HANS))
    assert ("IND", "12", "PAK") in told or ("IND", "12", "CHN") in told


@pytest.mark.parametrize(
    ("body", "head", "want"),
    [
        (
            "中国政府分别于 3 月 2 日、5 月 6 日和 28 日宣布中止与汤加、瑙鲁和海地的外交关系。",
            HANS,
            {
                ("CHN", "TON", date(1987, 3, 2)),
                ("CHN", "NRU", date(1987, 5, 6)),
                ("CHN", "HTI", date(1987, 5, 28)),
            },
        ),
        (
            "汤加与瑙鲁分別於 4 月 1 日及 9 月 9 日與我國建交。",
            HANT,
            {("TON", "TWN", date(1987, 4, 1)), ("NRU", "TWN", date(1987, 9, 9))},
        ),
    ],
)
def test_days_told_respectively_go_to_the_states_in_order(code, body, head, want):
    """分别于 D1、D2 和 D3 … A、B 和 C: the n-th day with the n-th state, not the last day
    for all."""
    told = {(s, t, d) for s, _, t, d in dated(narrative(code, body, head))}
    assert want <= told


def test_days_of_one_pair_are_no_list_of_its_acts(code):
    """两国分别于…达成…协议: one pair, several days; its act keeps the day nearest it."""
    body = "两国分别于 10 月 10 日、17 日和 25 日达成三份停火协议。"
    days = {d for _, _, _, d in dated(narrative(code, body, HANS))}
    assert days <= {date(1987, 10, 25)}
