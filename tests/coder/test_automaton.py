"""``coder.automaton``: a compiled automaton (``ahocorasick_rs``) that finds what
pyahocorasick finds, in the same order, with the same values."""

import random

import ahocorasick

from dipwatch.coder.automaton import Automaton

WORDS = ("中国", "中美", "美国总统", "国总", "台独", "US", "u.s.", "总", "𠝹让", "对华", "華", "us")
# Characters whose UTF-8 and UTF-16 bytes can line up across two characters (中 is 4E 2D, 丕
# 4E 15...), letters, and one beyond the Basic Multilingual Plane.
CHARS = "中美国总统台独对华華丕丬乭,，。 Uus.𠝹让"


def _both(words: tuple[str, ...] = WORDS) -> tuple[Automaton, ahocorasick.Automaton]:
    ours, plain = Automaton(), ahocorasick.Automaton()
    for i, w in enumerate(words):
        ours.add_word(w, (len(w), i))
        plain.add_word(w, (len(w), i))
    ours.make_automaton()
    plain.make_automaton()
    return ours, plain


def test_it_finds_every_occurrence_pyahocorasick_finds_in_the_same_order():
    """Overlapping occurrences by end, at one end the longest first (国总 before 总, then
    美国总统), as pyahocorasick reports them."""
    ours, plain = Automaton(), ahocorasick.Automaton()
    for i, w in enumerate(WORDS):
        ours.add_word(w, i)
        plain.add_word(w, i)
    ours.make_automaton()
    plain.make_automaton()
    assert [WORDS[v] for _, v in ours.iter("美国总统")] == ["国总", "总", "美国总统"]
    draw = random.Random(10)
    for _ in range(500):
        text = "".join(draw.choice(CHARS) for _ in range(draw.randint(0, 30)))
        assert ours.iter(text) == list(plain.iter(text)), text


def test_no_occurrence_straddles_two_characters():
    ours, plain = _both()
    # 乎 is 4E 4E, ⵿ 2D 7F, 踀 8E 00: their UTF-16 bytes hold those of 中美 (4E 2D 7F 8E) off
    # by one; the automaton reads characters, not bytes.
    assert ours.iter("乎\u2d7f踀") == list(plain.iter("乎\u2d7f踀")) == []


def test_a_window_counts_ends_in_the_whole_text():
    ours, plain = _both()
    text = "他说美国总统访问中国。US"
    for lo, hi in ((0, len(text)), (2, 9), (3, 6), (10, len(text))):
        assert ours.iter(text, lo, hi) == list(plain.iter(text, lo, hi))
        assert [e - lo for e, _ in ours.iter(text, lo, hi)] == [
            e for e, _ in plain.iter(text[lo:hi])
        ]


def test_a_word_added_again_keeps_its_place_and_takes_the_new_value():
    ours, plain = _both(("中国", "国", "中国"))
    assert len(ours) == len(plain) == 2
    assert ours.iter("中国") == list(plain.iter("中国")) == [(1, (2, 2)), (1, (1, 1))]


def test_an_empty_word_or_automaton_finds_nothing():
    ours, plain = _both(("", "中"))
    assert len(ours) == len(plain) == 1 and ours.iter("中中") == list(plain.iter("中中"))
    empty = Automaton()
    empty.make_automaton()
    assert len(empty) == 0 and empty.iter("中国") == [] and empty.raw("中国")[2] == []


def test_it_keeps_the_words_and_their_count():
    ours, _ = _both()
    assert len(ours) == len(WORDS) and dict(ours.items())["台独"] == (2, 4)
