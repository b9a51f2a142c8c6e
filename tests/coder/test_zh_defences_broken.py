"""A side's own strike told in its own claim (issue 10; coder-zh122, eval/README.md "A side's
own strike told in its own claim"): a state whose defences a strike breaks through is struck,
not the doer. Sentences of our own."""

from datetime import date

from tests.coder.conftest import countries

D = date(2025, 6, 20)


def test_the_state_whose_defences_are_broken_is_struck(code):
    c = code("伊朗伊斯兰革命卫队称，4日发射新型导弹突破以色列防空系统打击了以色列海法港。", D)
    assert ("IRN", "19", "ISR") in countries(c)


def test_defences_named_with_de_after_the_forces_subject(code):
    c = code("伊朗军方称，伊朗军队突破以色列的多重防御并成功对其进行打击。", D)
    assert ("IRN", "19", "ISR") in countries(c)
    assert ("ISR", "19", "ISR") not in countries(c)


def test_a_defence_line_broken_before_a_named_target(code):
    c = code("俄罗斯国防部称，俄军突破乌军防线后打击了乌克兰军队。", D)
    assert countries(c) == [("RUS", "19", "UKR")]


def test_a_state_that_only_struck_keeps_its_strike(code):
    # No defences broken: the subject slot's state is the doer, as before.
    c = code("以色列军方称，以色列战机打击了黎巴嫩南部多个目标。", D)
    assert ("ISR", "19", "LBN") in countries(c)
