"""Faults the last rounds left in Chinese, settled at their construction (coder-zh98,
eval/README.md "Faults the sixteenth round settled from the left list"); sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 4, 6)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("伊朗军方说，一定会对以色列对伊朗驻黎巴嫩使馆建筑的袭击作出回应。", ("IRN", "19", "ISR")),
        # the strike told the right way round is still no act of the day, only what is answered
        ("伊朗表示一定会对以色列对伊朗驻伊拉克领事馆的袭击作出回应。", ("ISR", "19", "IRN")),
        ("以色列称将对黎巴嫩真主党近日的导弹袭击实施报复。", ("ISR", "19", "LBN")),
        ("美国总统称将对伊朗的无人机袭击进行回击。", ("USA", "19", "IRN")),
    ],
)
def test_a_strike_answered_is_not_the_responders_force(text, wrong):
    """对…的袭击作出回应: the strike is the other side's, what the response is to."""
    assert wrong not in broadcast(text, D)


def test_the_response_promised_to_an_answered_strike_stays_a_threat():
    assert ("ISR", "13", "LBN") in broadcast("以色列称将对黎巴嫩真主党近日的导弹袭击实施报复。", D)


def test_a_strike_whose_response_is_told_in_another_clause_stays():
    assert ("RUS", "19", "UKR") in broadcast(
        "俄军对乌克兰的导弹袭击造成多人死亡，乌克兰誓言报复。", D
    )


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("哈马斯对此予以否认，敦促美国遵守停火协议。", ("PSE", "10", "USA")),
        ("哈马斯对此予以否认，并敦促美国遵守停火协议。", ("PSE", "10", "USA")),
        ("阿塞拜疆予以否认，并称当天击落了两架亚美尼亚无人机。", ("AZE", "19", "ARM")),
    ],
)
def test_a_denial_ending_its_clause_negates_nothing_after_it(text, act):
    """对此予以否认，…: what is denied was told before; the clauses after it are the denier's."""
    assert act in broadcast(text, D)


def test_a_denial_of_what_follows_still_negates():
    assert ("IRN", "07", "RUS") not in broadcast("伊朗否认向俄罗斯提供导弹。", D)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("哈马斯敦促美国要求以色列遵守停火协议。", ("USA", "10", "ISR")),
        ("古巴呼吁联合国要求美国结束封锁。", ("UNO", "10", "USA")),
        ("伊朗敦促欧盟要求美国取消制裁。", ("EEC", "10", "USA")),
    ],
)
def test_a_demand_whose_maker_is_asked_to_make_it_is_not_made(text, asked):
    found = broadcast(text, D)
    assert asked not in found
    assert {a for a in found if a[1] in ("02", "10")}  # the asking itself stays


def test_a_demand_supported_is_still_the_demanders():
    """支持 X 要求…: supported, X's own demand stands (only words that ask make it asked for)."""
    assert ("UNO", "10", "ISR") in broadcast("中方支持联合国安理会要求以色列立即停火。", D)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("土耳其总统埃尔多安分别与叙利亚和伊拉克领导人通电话，呼吁两国停止军事行动。", "02"),
        ("埃及外长分别同苏丹和南苏丹外长通话，敦促双方恪守停火协议。", "10"),
    ],
)
def test_an_appeal_to_both_sides_after_calls_to_each_goes_to_both(text, code):
    """…分别与A和B通电话，呼吁两国…: the appeal after the calls is made to both sides called."""
    found = broadcast(text, D)
    sides = {a[2] for a in found if a[1] == code}
    assert len(sides) == 2 and sides <= {"SYR", "IRQ", "SDN", "SSD"}


def test_an_appeal_to_two_states_in_conflict_goes_to_both():
    found = broadcast("联合国秘书长对印度和巴基斯坦军事冲突升级深感担忧，敦促两国立即缓和局势。", D)
    assert {("UNO", "10", "IND"), ("UNO", "10", "PAK")} <= found


def test_an_appeal_to_two_states_one_the_speakers_own_has_no_counterpart():
    """习近平同…通电话，呼吁两国…: 两国 holds the speaker's own state, no sides of a conflict."""
    found = broadcast("习近平同越南领导人通电话，呼吁两国保持战略定力。", D)
    assert not {a for a in found if a[1] == "02"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "黎巴嫩外交部发表声明，谴责以色列侵犯黎巴嫩领空，要求其立即停止挑衅。",
            ("LBN", "10", "ISR"),
        ),
        ("伊朗已向英国发出照会，并要求其立即释放被扣押的油轮。", ("IRN", "10", "GBR")),
    ],
)
def test_qi_after_a_demand_word_is_the_state_named_before(text, act):
    """…，要求其…: 其 is the state named last before it that is not the sentence's doer."""
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "以军向当地居民发出警告，敦促其撤离。",  # no state but the doer's own
        "中方对此表示强烈不满，要求其他国家停止干涉。",  # 其他, no pronoun
    ],
)
def test_qi_with_no_other_state_before_it_names_no_one(text):
    assert not {a for a in broadcast(text, D) if a[1] == "10"}


@pytest.mark.parametrize(
    "text",
    [
        "近日，德国、法国等国呼吁本国公民离开黎巴嫩。",
        "美国政府发布安全警告，敦促美国公民立即离开伊朗。",
        "英国外交部敦促英国公民立即离开伊朗。",
        "日本政府要求该国侨民尽快撤离苏丹。",
    ],
)
def test_an_appeal_to_a_states_own_nationals_asks_no_state(text):
    assert not {a for a in broadcast(text, D) if a[1] in ("02", "10")}


def test_an_appeal_to_a_state_about_its_nationals_stays():
    assert ("USA", "10", "IRN") in broadcast("美国敦促伊朗释放被扣押的美国公民。", D)


@pytest.mark.parametrize(
    "text",
    [
        "法国和德国表示，美国单方面退约违反了国际法和安理会决议。",
        "声明说，以色列的扩建计划公然违反了国际法和联合国安理会决议。",
    ],
)
def test_a_breach_of_law_told_by_a_speaker_is_no_defiance(text):
    """…表示，X…违反了国际法和安理会决议: the speaker's judgement, not X's act of the day."""
    assert not {a for a in broadcast(text, D) if a[1] == "12"}
