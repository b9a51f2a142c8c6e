"""An act whose doer is found and whose other state is left implicit is aimed at the doer's
partner in the item's latest act (``coder/zh_item_partner.py``). Our own sentences, read as
items of a broadcast of 14 August 2025 (``broadcast``) or as an analyst's narrative."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, countries

D = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a reaction with no object: the state that acted on the reacting one before
        ("美国财政部13日宣布对伊朗的多家企业实施制裁。伊朗外交部14日表示强烈谴责。",
         ("IRN", "11", "USA")),
    ],
)  # fmt: skip
def test_an_implicit_partner_is_the_one_the_item_paired_the_doer_with(text, act):
    assert act in broadcast(text, D)


def test_two_partners_before_lend_neither():
    """美国和以色列…对伊朗实施制裁: two states acted on the doer, so which one its bare
    reaction is aimed at is not told; the sentence gives no act rather than a guess."""
    text = "美国和以色列13日对伊朗实施制裁。伊朗外交部14日表示强烈谴责。"
    assert [a for a in broadcast(text, D) if a[0] == "IRN"] == []


def test_the_partner_is_not_lent_across_a_narratives_paragraphs():
    """An analyst's paragraph is a topic of its own: a doer's partner in the paragraph before
    is not the one a bare act in the next is aimed at."""
    text = "美国13日宣布对伊朗的多家企业实施制裁。\n伊朗外交部14日表示强烈谴责。"
    c = coding(Document(text, published=D, genre="narrative"))
    assert ("IRN", "11", "USA") not in set(countries(c))
    same = coding(Document(text.replace("\n", ""), published=D, genre="narrative"))
    assert ("IRN", "11", "USA") in set(countries(same))
