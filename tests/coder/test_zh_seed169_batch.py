"""What the seed-169 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, mended by a rule about its construction: another state's measure, policy,
attempt or strategy a speaker calls failed or turned against its doer (适得其反, 已经失败, 是完全
失败的, 害人害己, 不会得逞) is his criticism of that state; and its false alarm: a sanction
another follows (跟随美国对俄制裁) or one its speaker says failed or hurt its side is the object
of his words, not imposed that day. Our own sentences, as items of a broadcast of 10 March
2021."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2021, 3, 10)


def _criticism(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == "11"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("斯洛伐克总理9日表示，欧盟对白俄罗斯的制裁适得其反。", ("SVK", "EEC")),
        ("古巴外长9日说，美国对古巴的封锁政策已经失败。", ("CUB", "USA")),
        ("奥地利外长表示欧盟对俄制裁是完全失败的举措。", ("AUT", "EEC")),
        ("巴西总统9日表示，美国的关税政策害人害己。", ("BRA", "USA")),
        ("委内瑞拉外长9日表示，美国对委内瑞拉的战略已经失败。", ("VEN", "USA")),
    ],
)
def test_a_measure_called_failed_is_its_owners_criticism(text, pair):
    assert pair in _criticism(text)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own policy, a failure under a condition, and unnamed voices
        "瑞典政府9日表示，本国的防控政策已经失败。",
        "伊朗外长9日表示，如果美国的制裁政策已经失败，美方应当解除制裁。",
        "国际人士9日表示，美国对俄制裁适得其反。",
    ],
)
def test_no_criticism_without_a_speaker_judging_another_state(text):
    assert not _criticism(text)


def test_sanctions_called_failed_are_criticised_not_imposed():
    # sanctions talked about are not imposed that day; the speaker's verdict is his criticism
    found = broadcast("西班牙外长表示，欧盟对伊朗制裁适得其反。", DAY)
    assert ("ESP", "11", "EEC") in found
    assert not any(r == "16" for _, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # a sanction followed by another, and one its speaker says failed or hurt its own side
        "斯洛伐克前总理9日表示，欧洲盲目跟随美国对伊朗制裁，深受其害。",
        "奥地利总理：制裁白俄罗斯令欧洲陷入困境",
        "奥地利总理9日表示，欧盟跟随美国制裁白俄罗斯并没有奏效。",
    ],
)
def test_a_sanction_followed_or_judged_is_not_imposed_that_day(text):
    assert not any(r == "16" for _, r, _ in broadcast(text, DAY))
