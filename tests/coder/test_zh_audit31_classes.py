"""The wrong classes of seed 182's hand check (eval/README.md, coder-zh104): our own sentences."""

from datetime import date

from tests.coder.conftest import broadcast

DAY = date(2024, 8, 2)


def test_the_teller_of_an_exchange_between_listed_states_is_no_party():
    text = "土耳其外交部1日说，美国、德国、俄罗斯当天在安卡拉交换了被扣押人员。"
    assert not {k for k in broadcast(text, DAY) if "TUR" in (k[0], k[2])}


def test_a_pair_that_exchanges_detainees_is_still_coded():
    text = "美国和俄罗斯1日在安卡拉交换被扣押人员。"
    assert {("RUS", "08", "USA"), ("USA", "08", "RUS")} <= broadcast(text, DAY)


def test_a_teller_whose_state_is_among_the_doers_is_kept():
    text = "俄罗斯国防部说，俄乌当天交换了被俘人员。"
    assert {("RUS", "08", "UKR"), ("UKR", "08", "RUS")} <= broadcast(text, DAY)


def test_the_object_of_a_clause_before_does_not_give_the_next_clauses_act():
    text = "美国继续加码对俄制裁，并继续向乌克兰提供武器装备。"
    got = broadcast(text, DAY)
    assert ("USA", "07", "UKR") in got
    assert not {k for k in got if k[0] == "RUS"}


def test_with_no_subject_before_the_object_nothing_is_given():
    got = broadcast("西方继续加码对俄制裁，并继续向乌克兰提供武器装备。", DAY)
    assert not {k for k in got if k[0] == "RUS"}


def test_air_defences_deployed_in_a_state_are_no_force_shown_to_it():
    got = broadcast("美国国防部称，将向斯洛伐克部署一套爱国者导弹系统。", DAY)
    assert ("USA", "03", "SVK") in got
    assert not {k for k in got if k[1] == "15"}


def test_troops_deployed_in_a_state_are_still_force_shown():
    assert ("TUR", "15", "LBY") in broadcast("土耳其政府向利比亚部署军队。", DAY)


def test_a_wars_name_is_no_actor():
    got = broadcast("乌克兰冲突发生后，西方又对白俄罗斯实施了经济限制措施。", DAY)
    assert not {k for k in got if k[0] == "UKR"}


def test_an_act_judged_in_a_speakers_view_is_not_his_act():
    got = broadcast("匈牙利外长2日表示，向乌克兰提供武器无助于解决冲突。", DAY)
    assert not {k for k in got if k[1] == "07"}


def test_the_reproached_of_a_glued_headline_is_not_a_later_doer():
    text = "多方谴责北约继续向乌提供武器多国民众谴责美国的行为加剧了紧张局势。"
    assert not {k for k in broadcast(text, DAY) if k[0] == "NAT"}
