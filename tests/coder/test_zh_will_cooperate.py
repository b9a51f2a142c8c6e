"""Cooperation announced with a bare 合作 (X 将|将继续 与 Y 合作, 将同 Y 在…领域展开合作): the
family of wordings the hand checks of free CCTV days listed missed (eval/README.md "Misses the
hand checks listed, gathered"), with sentences of our own."""

from datetime import date

from tests.coder.conftest import broadcast

D = date(2022, 4, 11)


def test_a_state_that_will_work_with_another_means_to_cooperate():
    assert ("QAT", "03", "IRN") in broadcast("卡塔尔将与伊朗合作举办展会。", D)
    assert ("BLR", "03", "RUS") in broadcast("白俄罗斯将继续同俄罗斯合作。", D)


def test_the_field_may_stand_between_the_partner_and_the_cooperation():
    found = broadcast("哈萨克斯坦将同中国在农业等领域展开紧密合作。", D)
    assert ("KAZ", "03", "CHN") in found


def test_a_body_as_the_partner():
    assert ("IRN", "03", "IAE") in broadcast("伊朗表示，将继续与国际原子能机构合作。", D)


def test_cooperation_ended_or_refused_is_no_intent():
    assert ("IRN", "03", "IAE") not in broadcast("伊朗将停止与国际原子能机构合作。", D)
    assert ("IRN", "03", "IAE") not in broadcast("伊朗将不再与国际原子能机构合作。", D)
