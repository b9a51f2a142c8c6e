"""Classes of error found in the seed-122 dev batch of whole CCTV items (eval/README.md,
``xwlb_docs``), each fixed as a rule about a construction; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.zh_spoken_names import _before_speech, spoken_names
from dipwatch.models import Document

D = date(2024, 3, 12)


def _coding(text: str):
    return coding(Document(text, published=D, kind="xwlb", source="xwlb"))


def _events(text: str) -> list[tuple[str, str, str]]:
    """(source country, code, target country) of every event of ``text`` read as a broadcast
    item."""
    return [((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3])
            for e in _coding(text).events]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a Korean name after the title the actor phrase ends with
        ("全国政协主席12日在北京会见韩国国会议长金振表。金振表表示，韩国高度重视韩中关系。"
         "祝贺中国成功举办冬奥会。", ("KOR", "051", "CHN")),
        # a Vietnamese name; what it says goes on in a sentence with no subject
        ("国家副主席12日在北京会见越南国会副主席陈青敏。陈青敏说，越方重视越中关系。"
         "感谢中方给予的宝贵支持。", ("VNM", "051", "CHN")),
        # a Japanese name of four signs
        ("国务院总理12日在北京会见日本众议院议长额贺福志郎。额贺福志郎表示，日中关系十分重要。"
         "愿加强包括两国立法机构在内的交流合作。", ("JPN", "030", "CHN")),
    ],
)  # fmt: skip
def test_a_name_after_a_title_speaks_for_its_state_later(text, event):
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("国家主席12日会见越南国会主席王庭惠。王庭惠表示，越方愿加强合作。", "王庭惠", "VNM"),
        # a title after a body the state's actor phrase stopped before
        (
            "节目将播出对利比亚民族统一政府总理兼外长德拜巴的专访。德拜巴表示，中阿合作前景广阔。",
            "德拜巴",
            "LBY",
        ),
    ],
)
def test_the_name_is_the_one_that_speaks_later_not_the_words_after_the_title(text, name, country):
    names = spoken_names(_coding(text))
    assert list(names) == [name]
    assert names[name][1].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the name speaks after a comma (the folded text's half-width one)
        ("老挝国会主席赛宋蓬会见中方代表团。会谈中，赛宋蓬表示，老方珍视老中友谊。", "赛宋蓬", "LAO"),
        ("越南国会主席王庭惠抵京。在机场；王庭惠说：越方重视越中关系。", "王庭惠", "VNM"),
        # another state's actor before the title names no one across it
        ("习近平会见越南国会主席王庭惠。王庭惠表示，越方坚定支持一个中国原则。", "王庭惠", "VNM"),
    ],
)  # fmt: skip
def test_a_name_speaks_alone_after_a_clause_mark_for_the_nearest_state(text, name, country):
    names = spoken_names(_coding(text))
    assert list(names) == [name]
    assert names[name][1].country == country


@pytest.mark.parametrize(
    "text",
    [
        # the words after the title never speak alone: no name
        "美国总统宣布对华加征关税。宣布表明美方立场。",
        # an adverb after the title is no name, though it opens a later speech (对此表示)
        "越南国会主席对此表示欢迎。对此表示赞赏的还有老挝。",
    ],
)
def test_no_name_without_a_title_right_before_it_or_a_later_speech(text):
    assert spoken_names(_coding(text)) == {}


def test_names_before_speech_open_the_text_or_a_clause_only():
    """The text's own start opens a clause as a mark does (the scan matches the marks)."""
    text = "王庭惠表示，双方同意。\n陈青敏说，越方重视。两国关系的发展认为"
    assert _before_speech(text) == {"王庭惠", "陈青敏"}
    assert _before_speech("越南的王庭惠表示") == set()


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("英国外交大臣和德国外长12日发表联合声明，呼吁伊朗立即释放被扣押的油轮。",
         {("GBR", "020", "IRN"), ("DEU", "020", "IRN")}),
        ("埃及外长与约旦外长12日发表联合声明，强烈谴责以色列对加沙的袭击。",
         {("EGY", "111", "ISR"), ("JOR", "111", "ISR")}),
        # an organisation signs too
        ("沙特外长和阿拉伯国家联盟秘书长12日发表联合声明，谴责以色列的决定。",
         {("SAU", "111", "ISR"), ("ARL", "111", "ISR")}),
    ],
)  # fmt: skip
def test_each_signer_says_what_a_joint_statement_says(text, events):
    assert events <= set(_events(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the clause names its own doer
        ("英国和德国12日发表联合声明后，法国外长呼吁伊朗立即释放被扣押的油轮。", "FRA"),
        # the statement is in another sentence
        ("英国和德国12日发表联合声明。法国外长呼吁伊朗立即释放被扣押的油轮。", "FRA"),
    ],
)
def test_only_a_subjectless_clause_of_the_statements_sentence_is_the_signers(text, speaker):
    appeals = {s for s, code, _ in _events(text) if code == "020"}
    assert appeals == {speaker}


def test_guests_listed_after_the_hosts_announcement_are_each_to_be_met():
    text = ("国家主席习近平将于5月12日出席某国际体育赛事开幕式，为来华出席开幕式的外国领导人举行"
            "欢迎宴会和双边活动。来华出席开幕式的外国领导人有：老挝国家主席通伦、塞尔维亚总统武契奇、"
            "斐济总理兰布卡。")  # fmt: skip
    intents = {t for s, code, t in _events(text) if s == "CHN" and code == "036"}
    assert intents == {"LAO", "SRB", "FJI"}


def test_a_banquet_without_a_list_of_guests_names_no_one():
    text = "国家主席习近平将于5月12日为来华出席开幕式的外国领导人举行欢迎宴会。"
    assert not [e for e in _events(text) if e[1] in ("036", "043")]


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯国防部12日称，俄方挫败了乌克兰对莫斯科发动的无人机袭击。",
        "俄防空部队12日拦截了乌方对克里米亚发动的导弹袭击。",
    ],
)
def test_an_attack_foiled_is_still_its_doers(text):
    assert ("UKR", "19", "RUS") in {(s, code[:2], t) for s, code, t in _events(text)}


def test_the_one_who_foils_strikes_no_one_it_only_names():
    # the attack's doer is not named after the verb: the foiling side is no striker of it
    events = _events("俄防空部队12日击退了乌方导弹袭击。")
    assert ("RUS", "195", "UKR") not in events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("土耳其国防部12日称，将在合适的时间对叙利亚北部的库尔德武装发动地面军事行动。", "138"),
        # force kept up or stepped up is the force itself
        ("以色列国防军12日称，以军将加大对加沙地带哈马斯目标的打击力度。", "190"),
        ("俄罗斯国防部12日称，俄军将继续对乌克兰军事设施发动打击。", "190"),
        # force only prepared is none: no threat, no force
        ("阿塞拜疆国防部12日称，亚美尼亚导弹系统准备对阿塞拜疆民用设施发动袭击。", None),
        # a condition makes it a threat all the same
        ("真主党领导人12日说，如果以色列继续袭击平民，该武装将扩大对以色列的打击。", "138"),
    ],
)
def test_force_a_doer_says_it_will_use_is_a_threat_unless_kept_up(text, code):
    codes = {c for _, c, _ in _events(text)}
    assert code is None or code in codes
    assert ({"138", "190"} - {code}).isdisjoint(codes)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("美国国防部12日称，美国总统已授权新一轮价值约3亿美元的对乌克兰军事支持。",
         ("USA", "072", "UKR")),
        ("美国国会12日批准了对以色列的军事援助。", ("USA", "072", "ISR")),
    ],
)  # fmt: skip
def test_military_aid_authorised_as_a_noun_is_given(text, event):
    assert event in _events(text)


def test_military_aid_halted_is_not_given():
    events = _events("美国总统12日宣布暂停已批准的对乌克兰的军事援助。")
    assert ("USA", "072", "UKR") not in events


def test_force_only_leaned_towards_is_no_act_though_its_rule_now_has_a_future_code():
    events = _events("据媒体12日报道，美国总统已告诉顾问，他倾向于在未来数日对伊朗进行打击。")
    assert not [e for e in events if e[1][:2] in ("13", "19")]
