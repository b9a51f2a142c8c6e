"""Faults and misses the twelfth round's hand check found on free CCTV days (issue 10,
eval/README.md, seed 158; "Faults of the twelfth round's hand check"), each fixed as a rule about
the language; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2020, 8, 17)


@pytest.mark.parametrize(
    "text",
    [
        "法国16日说，美国已不是伊朗核问题全面协议的参与方，因而无权启动快速恢复联合国对伊朗制裁的机制。",
        "法国16日说，美国无权启动快速恢复联合国对伊朗制裁的机制。",
        "德国外长16日表示，美国早已退出协议，所以无权要求联合国对伊朗实施制裁。",
    ],
)
def test_an_act_anywhere_in_the_clause_of_no_right_is_not_done(text):
    """An act after 无权 in its clause, however far, is what the state may not do: no sanction."""
    assert not any(r == "16" for _, r, _ in broadcast(text, DAY))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("法国16日说，美国已不是伊朗核问题全面协议的参与方，因而无权启动这一机制。", "FRA"),
        ("欧盟16日说，美国已不是伊朗核问题全面协议的参与方，因而无权启动这一机制。", "EEC"),
        ("伊朗外长16日表示，美国早已退出协议，根本无权要求安理会恢复制裁。", "IRN"),
        ("俄罗斯外交部16日表示，美国不是协议缔约方，所以无权要求安理会恢复对伊朗的制裁。", "RUS"),
    ],
)  # fmt: skip
def test_a_state_said_to_have_no_right_after_a_reason_is_criticised(text, speaker):
    """A reason clause between the state and 因而 (所以, 根本) 无权: the speaker's 111 to the state
    opening the speech, though the reason holds a negation (不是) and names another state."""
    assert (speaker, "11", "USA") in broadcast(text, DAY)


def test_no_right_without_a_connective_after_another_clause_stays_unread():
    """No connective, no state opening the clause: no one criticised."""
    got = broadcast("法国16日说，协议规定明确，无权启动这一机制。", DAY)
    assert not any(r == "11" for _, r, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗称美军空袭目标与伊朗没有任何关联。",
        "伊朗外交部16日表示，美军空袭的目标与伊朗无关。",
        "叙利亚称，美军空袭的设施与伊朗毫无关系。",
    ],
)
def test_a_state_denied_a_link_is_not_the_strikes_target(text):
    """与X没有任何关联, 与X无关: the state is kept out of the act, not struck."""
    assert not any(t == "IRN" for _, r, t in broadcast(text, DAY) if r == "19")


@pytest.mark.parametrize(
    "text",
    [
        "联合国秘书长发言人呼吁尊重叙利亚主权和领土完整。",
        "联合国秘书长发言人16日呼吁尊重叙利亚的主权、独立和领土完整。",
        "俄罗斯外长16日呼吁维护叙利亚领土完整。",
    ],
)
def test_an_appeal_to_respect_a_states_sovereignty_names_no_addressee(text):
    """Respect for principles is no event (eval/README.md "Not events"), and the state whose
    sovereignty is named is not whom the appeal is made to."""
    assert not any(t == "SYR" for _, r, t in broadcast(text, DAY) if r == "02")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("针对美方表示将寻求联合国启动快速恢复对伊朗制裁机制，欧盟发言人16日说，美国无权启动这一机制。", "EEC"),
        ("针对美方表示将寻求联合国启动这一机制，欧盟委员会发言人16日说，美国无权启动这一机制。", "EEC"),
        ("针对美方表示将寻求联合国启动这一机制，法国外交部发言人16日说，美国无权启动这一机制。", "FRA"),
        ("对于美方表示将对伊朗实施制裁，伊朗外交部发言人16日表示，美国无权这样做。", "IRN"),
    ],
)  # fmt: skip
def test_the_speech_a_frame_reacts_to_is_not_the_speakers(text, speaker):
    """针对美方表示…，X说: the speech in the frame is what X answers; X speaks (the EU, a body,
    as a state), not the first actor of the frame (the UN)."""
    got = broadcast(text, DAY)
    assert (speaker, "11", "USA") in got
    assert not any(s == "UNO" for s, _, _ in got)


def test_a_place_named_after_its_state_is_no_short_form_again():
    """美国俄克拉荷马州…，俄克拉荷马州参议员…: Oklahoma again, not Russia's 俄."""
    text = (
        "针对美国国防部10日称，将有约100名乌克兰士兵在美国俄克拉荷马州接受培训，"
        "俄克拉荷马州参议员近日提出一项议案，反对在该州培训乌克兰士兵。"
    )
    assert not any("RUS" in (s, t) for s, _, t in broadcast(text, DAY))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # 与伊朗有关联: no denial, the state is the strike's (as before)
        ("美军16日空袭了与伊朗有关联的民兵组织设施。", ("USA", "19", "IRN")),
        # an appeal with its addressee is one to it
        ("联合国秘书长发言人16日呼吁土耳其尊重叙利亚主权和领土完整。", ("UNO", "02", "TUR")),
    ],
)  # fmt: skip
def test_what_the_narrowed_readings_keep(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "李克强表示，中韩高度重视建交30周年，两国元首互致贺函。",
        "中韩两国元首16日互致贺电。",
        "中韩两国元首16日互致贺电，庆祝两国建交30周年。",
    ],
)
def test_an_exchange_of_the_pair_after_a_compound_pair_is_between_its_two(text):
    """两国元首互致贺函 after 中韩 (one compound, no dyad word after it): China and Korea."""
    got = broadcast(text, DAY)
    assert ("CHN", "05", "KOR") in got and ("KOR", "05", "CHN") in got


def test_the_sentences_own_pair_wins_over_an_earlier_paragraphs():
    text = "习近平同俄罗斯总统普京通电话。\n李克强表示，中韩高度重视建交30周年，两国元首互致贺函。"
    got = {(s, r, t) for s, r, t in broadcast(text, DAY) if r == "05"}
    assert got == {("CHN", "05", "KOR"), ("KOR", "05", "CHN")}


def test_a_compound_pair_with_no_pair_word_after_it_stays_no_actor():
    """中韩高度重视… with no 两国 or 双方 clause after it: no states named (as before)."""
    assert not broadcast("李克强表示，中韩高度重视建交30周年。", DAY)


@pytest.mark.parametrize(
    ("text", "partner", "year"),
    [
        ("杜达表示，习近平主席2016年对波兰的国事访问有力促进了波中关系发展。", "POL", 2016),
        ("习近平主席2018年对巴新的访问开启了两国关系新篇章。", "PNG", 2018),
        ("习近平主席2015年对津巴布韦的国事访问取得巨大成功。", "ZWE", 2015),
    ],
)  # fmt: skip
def test_a_visit_named_as_a_noun_with_its_year_is_recalled(text, partner, year):
    """A recalled visit with no verb (no 进行的): CHN→X 042 in its year, at year precision."""
    c = coding(Document(text, published=date(2021, 3, 2), kind="xwlb", source="xwlb"))
    got = [(e.source_actor[:3], e.code, e.target_actor[:3], e.date.year, e.date_precision)
           for e in c.events]  # fmt: skip
    assert ("CHN", "042", partner, year, "year") in got


@pytest.mark.parametrize(
    "text",
    [
        "习近平主席明年对波兰的国事访问将推动两国关系。",
        "双方期待习近平主席2016年对波兰的国事访问成果得到落实。",
        "习近平主席今年对波兰的国事访问取得成功。",
    ],
)
def test_a_visit_noun_with_no_past_year_of_its_own_is_not_recalled(text):
    assert not any(r == "04" for _, r, _ in broadcast(text, date(2021, 3, 2)))


def test_a_visit_recalled_to_its_host_keeps_the_visitor():
    """萨勒曼表示，…，您2016年对沙特的成功访问令人难忘: the older noun rule still reads the
    visitor (您: Xi), which the year's rule, finding Saudi Arabia, must not shadow."""
    text = (
        "当地时间12月8日下午，国家主席习近平在利雅得王宫会见沙特国王萨勒曼。\n"
        "萨勒曼表示，热烈欢迎习近平主席再次访问沙特，您2016年对沙特的成功访问令人难忘。"
    )
    c = coding(Document(text, published=date(2022, 12, 9), kind="xwlb", source="xwlb"))
    assert ("CHN", "SAU", 2016) in {(e.source_actor[:3], e.target_actor[:3], e.date.year)
                                    for e in c.events if e.code == "042"}  # fmt: skip


@pytest.mark.parametrize(
    "said",
    ["俄方表示，会就此提供支持。", "俄方表示，愿就此提供支持。", "俄方表示，将为此提供协助。"],
)
def test_support_offered_for_what_the_sentence_before_told_is_intent_with_its_doer(said):
    """就此, 为此 point back to the act told before: intent to work with its doer (030)."""
    before = "国际原子能机构总干事格罗西24日表示，国际原子能机构将派出代表团访问扎波罗热核电站。"
    assert ("RUS", "03", "IAE") in broadcast(before + said, DAY)


def test_support_refused_for_it_is_no_intent():
    before = "国际原子能机构总干事格罗西24日表示，国际原子能机构将派出代表团访问扎波罗热核电站。"
    assert not any(r == "03" for _, r, _ in broadcast(before + "俄方表示，不会就此提供支持。", DAY))


@pytest.mark.parametrize(
    "text",
    [
        "普京重申，俄罗斯已做好准备，必要时在俄白联盟和集体安全条约组织框架内协助白俄罗斯解决所面临的问题。",
        "缅甸总统表示，缅方已做好准备，尽己所能协助白俄罗斯力克时艰。",
    ],
)  # fmt: skip
def test_readiness_told_before_the_help_is_intent_to_aid(text):
    """做好准备，…协助 X: the help is offered (033), the readiness in the clause before."""
    assert any(r == "03" and t == "BLR" for _, r, t in broadcast(text, DAY))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("卢卡申科16日在支持政府的群众集会上表示，北约军队眼下就在白俄罗斯边境附近驻扎，"
         "多个西部邻国军力的增加对白俄罗斯构成了外部威胁。", ("BLR", "11", "NAT")),
        ("俄罗斯外交部12日发表声明称，北约有意进一步北扩，在北部对俄罗斯构成军事威胁。",
         ("RUS", "11", "NAT")),
        ("联合国秘书长发表声明警告说，美国袭击伊朗的行为对国际和平与安全构成直接威胁。",
         ("UNO", "11", "USA")),
    ],
)  # fmt: skip
def test_a_state_the_speaker_says_poses_a_threat_is_accused(text, act):
    """The state opening the speech poses the threat (112); a leader speaking at a rally is
    no crowd demonstrating (141)."""
    got = broadcast(text, DAY)
    assert act in got
    assert not any(r == "14" for _, r, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "冈比亚总统表示，加沙冲突对地区稳定和全球和平构成了严重威胁。",
        "专家表示，北约对俄罗斯构成威胁。",
        "卢卡申科16日表示，白俄罗斯不对任何国家构成威胁。",
    ],
)
def test_no_state_accused_of_a_threat_by_a_conflict_an_expert_or_a_denial(text):
    assert not any(r == "11" for _, r, _ in broadcast(text, DAY))


def test_the_state_a_deed_falls_on_is_not_the_one_posing_the_threat():
    text = "联合国秘书长发表声明警告说，美国袭击伊朗的行为对国际和平与安全构成直接威胁。"
    assert not any(t == "IRN" for _, r, t in broadcast(text, DAY) if r == "11")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("法国16日说，美国早已退出伊朗核问题全面协议，根本无权启动这一机制。", "IRN"),
        ("乌兹别克斯坦总统表示，台湾地区选举是中国的内部事务，别国无权干涉。", "CHN"),
        ("乌兹别克斯坦总统表示，台湾地区选举是中国的内部事务，别国无权干涉。", "TWN"),
    ],
)  # fmt: skip
def test_no_right_reproaches_only_the_state_opening_its_clause(text, wrong):
    """The state opening the clause before 根本无权 is reproached, not one inside it (the deal
    Iran names); 别国无权 names no state at all."""
    assert not any(t == wrong for _, r, t in broadcast(text, DAY) if r == "11")


def test_a_rally_a_body_holds_stays_a_demonstration_when_its_leader_speaks():
    """The rally is held (举行…抗议活动), not the place a leader spoke at (在…集会上): what its
    leader condemns is the demonstration's object (141), as before the speaker rule."""
    text = "韩国在野党今天在首尔举行反对核污染水排海的抗议活动，该党党首李在明谴责日本此举。"
    assert ("KOR", "14", "JPN") in broadcast(text, DAY)
