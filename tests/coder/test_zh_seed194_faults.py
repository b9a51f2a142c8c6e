"""The faults of the integrator's seed-194 check of the eighteenth round's start (issue 10,
eval/README.md "Faults of the eighteenth round's start check"), each mended at its
construction; the sentences are our own."""

from tests.coder.test_zh_unseen_constructions import _events, _roots


def test_talks_named_as_a_topic_are_no_talks():
    """讨论…与X谈判的问题: the talks are what a meeting at home discusses."""
    text = "美国总统12日在白宫召开会议，讨论海峡局势以及与伊朗谈判的问题。"
    assert _roots(text, "04") == []
    assert _roots("泽连斯基12日表示，现在没有与俄方进行谈判的可能性。", "04") == []


def test_talks_held_stay():
    assert ("USA", "IRN") in _roots("美国12日与伊朗举行谈判。", "04")


def test_a_ceasefire_of_a_later_clause_is_no_truce_put_in_place():
    """在…实施打击，并称…不受停火限制: the light verb's object is the strike, not a truce."""
    text = "以色列国防军12日称，过去一天在黎巴嫩南部对武装人员实施打击，并称此类行动不受停火限制。"
    events = _events(text)
    assert not [e for e in events if e[1].startswith("087")]
    assert ("ISR", "190", "LBN") in [(s[:3], code, t[:3]) for s, code, t in events]


def test_a_truce_put_in_place_stays():
    text = "以方12日宣布，将在加沙地带南部实施为期一周的人道主义停火。"
    assert [code for _, code, _ in _events(text)] == ["0871"]


def test_a_denial_answers_a_body_of_no_state():
    """联合国驻黎巴嫩临时部队…说，袭击者可能是…: the UN force's charge is the one denied."""
    text = (
        "联合国驻黎巴嫩临时部队12日发表声明说，袭击者可能是黎巴嫩真主党人员。"
        "黎真主党否认与袭击事件有关。"
    )
    assert ("LBNREB", "016", "UNO") in _events(text)


def test_a_denial_in_a_headline_answers_the_story_after_it():
    """The paragraph before the headline (Israel's claim) is another story."""
    text = (
        "以色列军方12日称，过去一天在黎巴嫩南部对武装人员实施打击。\n"
        "维和部队遭袭 黎真主党否认与袭击有关\n"
        "联合国驻黎巴嫩临时部队12日发表声明说，一支维和巡逻队当天遭袭。"
        "声明称，袭击者可能是黎巴嫩真主党人员。"
    )
    denials = [(s, t) for s, code, t in _events(text) if code == "016"]
    assert denials == [("LBNREB", "UNO")]


def test_the_answered_is_not_the_striker():
    """作为对美军行动的回应，革命卫队打击了美军在约旦的…基地: the Guards strike the US forces."""
    text = (
        "伊朗伊斯兰革命卫队12日发表声明说，作为对美军行动的回应，革命卫队打击了美军在约旦的"
        "一个空军基地，用数枚导弹摧毁了该基地的指挥中心。"
    )
    force = [(s, t) for s, code, t in _events(text) if code[:2] == "19"]
    assert force == [("IRNMIL", "USAMIL")]


def test_a_response_frame_without_a_teller_gives_no_striker():
    text = "作为对美军行动的回应，革命卫队打击了美军在约旦的一个空军基地。"
    assert ("USA", "JOR") not in _roots(text, "19")


def test_the_answering_striker_named_in_its_clause_stays():
    text = "伊朗军方12日称，为回应以色列的袭击，伊朗军队使用无人机打击了以色列的一处炼油厂。"
    assert ("IRN", "ISR") in _roots(text, "19")


def test_a_blockade_of_a_states_ports_is_one_of_the_state():
    """对进出伊朗港口…的船只实施海上封锁: the ports' state is blockaded."""
    text = "美国中央司令部12日称，美国军舰正在对进出伊朗港口及其沿海地区的船只实施海上封锁。"
    assert ("USA", "IRN") in _roots(text, "19")
    assert _roots("美军12日开始对所有进出伊朗港口的海上交通实施封锁。", "19") == [("USA", "IRN")]


def test_a_proposal_through_a_mediator_is_part_of_the_talks():
    """The mediator (斡旋方巴基斯坦) is the channel; the other side is the teller, or after 向."""
    told = "伊朗最高国家安全委员会12日表示，美方通过斡旋方巴基斯坦提出了新提议，伊朗正在审议。"
    assert _roots(told, "04") == [("USA", "IRN")]
    sent = "伊朗12日通过斡旋方巴基斯坦向美国提交了对最新方案的回应。"
    assert _roots(sent, "04") == [("IRN", "USA")]


def test_a_proposal_only_described_is_none():
    text = "伊朗外交部发言人12日表示，美国通过斡旋方递交给伊朗的相关建议非常极端。"
    assert _roots(text, "04") == []


def test_an_owners_clause_going_on_with_bing_keeps_its_reading():
    """…袭击了以色列一个军事基地的…系统，并称将其摧毁: 将其 is no future, and the owner's 并
    clause is left as it was (no threat read into it)."""
    text = "黎真主党武装人员12日使用无人机袭击了以色列一个军事基地的防空系统，并称将其摧毁。"
    assert [code for _, code, _ in _events(text) if code[:2] == "13"] == []
