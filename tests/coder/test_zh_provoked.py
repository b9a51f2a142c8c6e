"""A reaction provoked by several states' act answers each of them (``zh_provoked``;
eval/README.md "Dev misses by construction"); the sentences are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reaction provoked by two states answers both
        (
            "德国和法国12日相继收紧与意大利的边境管控，引发意大利方面的强烈不满。",
            {("ITA", "DEU"), ("ITA", "FRA")},
        ),
        # a reaction opposed in the passive answers every doer
        (
            "英国和德国12日宣布对伊朗实施新的制裁，遭到伊朗方面强烈反对。",
            {("IRN", "GBR"), ("IRN", "DEU")},
        ),
        # 引发伊朗和俄罗斯的不满: the reactors follow 引发, and each reacts
        (
            "美国12日宣布对伊朗实施新的制裁，引发伊朗和俄罗斯的强烈不满。",
            {("IRN", "USA"), ("RUS", "USA")},
        ),
    ],
)
def test_a_reaction_provoked_by_several_answers_each(text, expected):
    assert expected <= set(_roots(text, "11"))
