"""What the seed-168 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, mended by a rule about its construction: a clash of two named states told as
going on (A与B…的冲突仍在继续, …交火持续) or as broken out with words between the verb and the
noun (爆发新一轮冲突, 爆发大规模冲突) is force each way. Our own sentences, as items of a
broadcast of 10 March 2021."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2021, 3, 10)


def _force(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in broadcast(text, DAY) if r == "19"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("9日，印度与巴基斯坦两国在克什米尔地区的军事冲突仍在继续。", ("IND", "PAK")),
        ("9日，泰国和柬埔寨在边境地区的武装冲突仍在持续。", ("THA", "KHM")),
        ("以色列和黎巴嫩9日在边境地区爆发新一轮冲突。", ("ISR", "LBN")),
        ("9日，吉尔吉斯斯坦与塔吉克斯坦在边境爆发激烈冲突。", ("KGZ", "TJK")),
    ],
)
def test_a_clash_going_on_or_broken_out_is_force_each_way(text, pair):
    a, b = pair
    assert _force(text) == {(a, b), (b, a)}


@pytest.mark.parametrize(
    "text",
    [
        # a span the clash has lasted, and its going on as a condition or a cause
        "俄罗斯与乌克兰的冲突已经持续两年。",
        "若印度与巴基斯坦的冲突持续，地区局势将进一步恶化。",
        "专家认为，俄罗斯与乌克兰的冲突持续只会让美国受益。",
    ],
)
def test_a_clash_lasting_or_supposed_is_no_force(text):
    assert _force(text) == set()
