"""A reaction provoked by several states' act answers each of them (``zh_provoked``;
eval/README.md "Dev misses by construction"); the sentences are our own."""

from tests.coder.test_zh_unseen_constructions import _roots


def test_a_reaction_provoked_by_two_states_answers_both():
    text = "德国和法国12日相继收紧与意大利的边境管控，引发意大利方面的强烈不满。"
    assert {("ITA", "DEU"), ("ITA", "FRA")} <= set(_roots(text, "11"))


def test_a_reaction_opposed_in_the_passive_answers_every_doer():
    text = "英国和德国12日宣布对伊朗实施新的制裁，遭到伊朗方面强烈反对。"
    assert {("IRN", "GBR"), ("IRN", "DEU")} <= set(_roots(text, "11"))


def test_a_reaction_of_several_states_is_each_ones():
    """引发伊朗和俄罗斯的不满: the reactors follow 引发, and each reacts."""
    text = "美国12日宣布对伊朗实施新的制裁，引发伊朗和俄罗斯的强烈不满。"
    assert {("IRN", "USA"), ("RUS", "USA")} <= set(_roots(text, "11"))
