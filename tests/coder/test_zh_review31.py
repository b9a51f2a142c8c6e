"""The review-zh31 probes (eval/README.md): sentences of our own in the wordings of this round's
new Chinese rules and of the faults found on free days: a visitor speaking during a visit (访美
期间宣布) is the visitor, not the state visited; an act an if-word opens in its own clause is the
condition, no threat; a measure told as the cause of a state of affairs (…制裁，导致…) is
background. Each beside one the coder must still take."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 2, 24)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the visitor speaks (zh_actors.contact_subject): the thanks after are no American act
        (
            "2023年11月，习近平主席访美期间宣布，中方愿邀请美国青少年来华。"
            "访问结束后，代表团学生致信习主席，对邀请他们来华交流表示感谢。",
            ("USA", "05", "CHN"),
        ),
        (
            "习近平访问美国时宣布，中方愿邀请美国青少年来华。代表团致信习主席，对邀请来华表示感谢。",
            ("USA", "05", "CHN"),
        ),
        # the condition's own attack (zh_roots.not_the_condition_itself)
        ("以色列如果再次发动袭击将遭到伊朗的有力回击。", ("ISR", "13", "IRN")),
        ("美国如果对伊朗实施新的制裁将付出代价。", ("USA", "13", "IRN")),
        ("俄罗斯如果再次发动空袭将遭到乌克兰的回击。", ("RUS", "13", "UKR")),
        # the retaliator named after 遭到 (zh.130.if_retaliate), not the home state; the act
        # supposed falls on no one threatened (zh.138.if_force reads the subject at its if-word)
        ("以色列如果再次发动袭击将遭到伊朗的有力回击。", ("CHN", "13", "ISR")),
        ("美国若对伊朗发动袭击，将遭到伊朗的坚决回击。", ("CHN", "13", "IRN")),
        # a crowd's reproach after a speaker's words is no act of the speaker
        (
            "俄罗斯外长拉夫罗夫表示，北约不断扩张。现场抗议者高喊口号，指责北约挑起冲突。",
            ("RUS", "14", "NAT"),
        ),
        (
            "俄罗斯外长拉夫罗夫表示，北约不断扩张。当天，抗议者在北约总部外集会，指责北约挑起冲突。",
            ("RUS", "14", "NAT"),
        ),
        # a peninsula named after a state is no state (topic_after 半岛)
        ("俄方重申对朝鲜半岛无核化的坚定支持。", ("RUS", "05", "PRK")),
        # a measure told as a cause (zh_measure_nouns.measure_named_not_imposed)
        (
            "美国等西方国家因乌克兰问题对俄罗斯施加多重制裁，导致全球能源价格上涨。",
            ("USA", "16", "RUS"),
        ),
        ("欧盟对俄罗斯实施制裁，致使欧洲能源危机加剧。", ("EEC", "16", "RUS")),
    ],
)
def test_a_probe_the_coder_must_not_take(text, act):
    assert act not in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("习近平访问美国。", ("CHN", "04", "USA")),
        ("中方表示对朝鲜的坚定支持。", ("CHN", "05", "PRK")),
        ("以色列如果再次发动袭击将遭到伊朗的有力回击。", ("IRN", "13", "ISR")),
        ("朝鲜一旦发射导弹将遭到韩国的严厉惩罚。", ("KOR", "13", "PRK")),
        ("外交部发言人表示，美方若一意孤行，必将遭到坚决回击。", ("CHN", "13", "USA")),
        ("外交部发言人表示，若日本武力介入台海，中方将坚决行使自卫权。", ("CHN", "13", "JPN")),
        (
            "俄罗斯外长拉夫罗夫表示，北约不断扩张。德国抗议者指责北约挑起冲突。",
            ("DEU", "14", "NAT"),
        ),
        ("伊朗警告称，一旦遭到攻击，伊朗将对以色列发动袭击。", ("IRN", "13", "ISR")),
        ("俄方表示，如果北约向乌克兰部署导弹，俄方将对北约采取军事行动。", ("RUS", "13", "NAT")),
        ("美国20日对俄罗斯实施新制裁，导致卢布大幅贬值。", ("USA", "16", "RUS")),
        ("欧盟对俄罗斯实施制裁，俄方表示将采取反制措施。", ("EEC", "16", "RUS")),
    ],
)
def test_the_coder_still_takes_its_own(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a visit named by any state's short form as the frame of what follows (访德之际, 访法
        # 期间), the pair of 两国 after it the visit's, as after 访美期间
        ("李强总理访德之际，两国签署了多项合作协议。", ("CHN", "04", "DEU")),
        ("李强总理访德之际，两国签署了多项合作协议。", ("CHN", "05", "DEU")),
        ("去年习近平主席访法期间，两国元首共同见证签署了合作文件。", ("CHN", "04", "FRA")),
        (
            "华国锋访问日本，同大平正芳首相举行会谈。访日期间，两国政府签署科学技术合作协定。",
            ("CHN", "05", "JPN"),
        ),
    ],
)
def test_a_visit_frame_by_a_short_form(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a strike named as what a plan or an option is of (zh_strike_nouns)
        ("北约正在评估针对俄罗斯的打击方案。", ("NAT", "19", "RUS")),
        ("以色列已应美国的要求推迟了原定对贝鲁特南郊的打击计划。", ("ISR", "19", "LBN")),
        # a deed cleared, or the state it falls on (zh.112.said_deed_wrong)
        ("俄方表示，美国的这一行动并不构成侵略。", ("RUS", "11", "USA")),
        ("俄方表示，美国对叙利亚实施的军事行动构成侵略。", ("RUS", "11", "SYR")),
    ],
)
def test_a_named_strike_or_a_judged_deed_the_coder_must_not_take(text, act):
    assert act not in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("特朗普同时威胁，美军对伊朗的大规模打击计划仍然存在。", ("USA", "13", "IRN")),
        ("俄方表示，美国对叙利亚的军事行动构成侵略。", ("RUS", "11", "USA")),
        ("土耳其总统埃尔多安说，以色列在加沙的行为构成种族灭绝。", ("TUR", "11", "ISR")),
        ("委内瑞拉外长表示，美国对委内瑞拉实施的军事行动属于战争罪。", ("VEN", "11", "USA")),
    ],
)
def test_a_threat_plan_or_a_judged_deed_the_coder_takes(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act", "wrong"),
    [
        # a reaction to what a teller judged answers the act told, not the teller's state
        (
            "伊朗外长表示，以色列对伊朗领事馆的袭击违反国际法。俄罗斯对此予以谴责。",
            ("RUS", "11", "ISR"),
            ("RUS", "11", "IRN"),
        ),
        # one that joins (也) answers the reaction joined, not the strike told last
        (
            "伊朗外长表示，以色列对伊朗领事馆的袭击违反国际法。俄罗斯和中国也对此予以谴责。",
            ("CHN", "11", "ISR"),
            ("CHN", "11", "IRN"),
        ),
    ],
)
def test_a_reaction_after_a_tellers_judgement(text, act, wrong):
    found = broadcast(text, D)
    assert act in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    ["伊朗同意参加美国提出的会谈。", "伊朗同意与美国举行会谈。"],
)
def test_talks_agreed_to_are_intended_not_held(text):
    found = broadcast(text, D)
    assert ("IRN", "03", "USA") in found
    assert ("IRN", "04", "USA") not in found
