"""The engine's shortcuts give what the plain scans they replace gave (issue 10's speed target:
per-sentence work done once per document or at load time, never a change in output)."""

from dipwatch.coder.carry import _opening, _starting_in
from dipwatch.coder.discourse import _short_places
from dipwatch.coder.doc import Mention


def test_opening_is_the_first_opener_in_order_at_the_position():
    openers = ("他表示", "他", "双方")
    assert _opening(openers, "，他表示同意", 1) == "他表示"
    assert _opening(("他", "他表示"), "，他表示同意", 1) == "他"
    assert _opening(openers, "，我们表示", 1) is None


def test_mentions_starting_in_a_span_are_those_a_scan_finds():
    mentions = [Mention(s, s + 2, "X", None, "name") for s in (0, 3, 3, 7, 12)]
    for lo, hi in ((0, 20), (3, 4), (4, 12), (13, 20), (3, 3)):
        assert list(_starting_in(mentions, lo, hi)) == [m for m in mentions if lo <= m.start < hi]


def test_short_places_finds_a_short_form_only_before_another_cjk_character():
    finder = _short_places(frozenset(("俄", "黎", "Xi", "美国")))
    assert [m.start() for m in finder.finditer("俄列宁格勒州，黎。美国俄")] == [0]
    assert _short_places(frozenset()).search("俄列宁") is None
