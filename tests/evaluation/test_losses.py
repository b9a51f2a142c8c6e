"""eval/losses.py: each missed dev event sorted by what the coder saw in its sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.evaluation.gold import GoldEvent
from dipwatch.models import Document, Event
from tests.evaluation.eval_scripts import load

losses = load("losses")

DAY = date(2023, 5, 4)
GOLD = GoldEvent(DAY, "day", "CHN", "FRA", "040")


@pytest.mark.parametrize(
    ("coded", "kind"),
    [
        ([Event(date(2023, 5, 3), "040", "CHNGOV", "FRAGOV")], "coded, date wrong"),
        ([Event(DAY, "051", "FRAGOV", "CHNGOV")], "coded, same pair, other root"),
        ([Event(DAY, "040", "CHNGOV", "DEUGOV")], "coded, same root, other pair"),
        ([Event(DAY, "111", "USAGOV", "RUSGOV")], "coded, other events only"),
    ],
)
def test_a_sentence_that_gave_events_is_sorted_by_what_differs(coded, kind):
    assert losses.loss(GOLD, coded, {"CHN", "FRA"}) == kind


@pytest.mark.parametrize(
    ("found", "kind"),
    [
        ({"CHN", "FRA", "CHNGOV"}, "silent, both actors found"),
        ({"CHN"}, "silent, one actor found"),
        ({"FRA"}, "silent, one actor found"),
        ({"USA"}, "silent, neither actor found"),
    ],
)
def test_a_silent_sentence_is_sorted_by_the_gold_actors_the_coder_found(found, kind):
    assert losses.loss(GOLD, [], found) == kind


def test_a_targetless_gold_event_needs_only_its_source():
    gold = GoldEvent(DAY, "day", "CHN", None, "010")
    assert losses.loss(gold, [], {"CHN"}) == "silent, both actors found"


def test_the_sentence_of_a_quote_is_found_in_the_coded_text():
    c = coding(Document("中方表示欢迎。法国总统抵达北京。", published=DAY, lang="zh-Hans"))
    found = losses._sentence([c], "法国总统抵达")
    assert found is not None and found[1].index == 1
    assert losses._sentence([c], "不在文中") is None


def test_reasons_tell_what_the_candidates_of_a_silent_sentence_came_to():
    """``--reasons``: a sentence no pattern held in has no candidate; one whose act found no
    partner says so; and the coder's calls are put back once the report is done."""
    made = losses.patterns.candidate
    text = "今天天气很好。美国财政部13日宣布对伊朗的多家企业实施制裁。伊朗外交部14日表示强烈谴责。"
    with losses.candidates():
        c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
        told = [losses.came_to(c, s) for s in c.sentences]
    assert told[0] == "no candidate"
    assert told[2] == "no_target"
    assert losses.patterns.candidate is made
