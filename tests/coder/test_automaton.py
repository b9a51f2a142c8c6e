"""``coder.automaton``: read two bytes a character, it finds what pyahocorasick finds."""

import random

import ahocorasick

from dipwatch.coder.automaton import Automaton, _bytes

WORDS = ("中国", "中美", "美国总统", "国总", "台独", "US", "u.s.", "总", "𠝹让", "对华", "華")
# Characters whose bytes can line up across two characters (中 is 4E 2D, 丕 is 4E 15...).
CHARS = "中美国总统台独对华華丕丬乭,，。 Uus.𠝹让"


def _both() -> tuple[Automaton, ahocorasick.Automaton]:
    ours, plain = Automaton(), ahocorasick.Automaton()
    for i, w in enumerate(WORDS):
        ours.add_word(w, (len(w), i))
        plain.add_word(w, (len(w), i))
    ours.make_automaton()
    plain.make_automaton()
    return ours, plain


def test_it_finds_every_occurrence_pyahocorasick_finds_in_the_same_order():
    ours, plain = _both()
    draw = random.Random(10)
    for _ in range(500):
        text = "".join(draw.choice(CHARS) for _ in range(draw.randint(0, 30)))
        assert ours.iter(text) == list(plain.iter(text)), text


def test_no_occurrence_straddles_two_characters():
    ours, plain = _both()
    # 乎 is 4E 4E, ⵿ 2D 7F, 踀 8E 00: their bytes hold those of 中美 (4E 2D 7F 8E) off by one.
    text = "乎\u2d7f踀"
    assert any(True for _ in ours._pairs.iter(_bytes(text)))  # found across characters…
    assert ours.iter(text) == list(plain.iter(text)) == []  # …and dropped


def test_a_window_counts_ends_in_the_whole_text():
    ours, plain = _both()
    text = "他说美国总统访问中国。US"
    for lo, hi in ((0, len(text)), (2, 9), (3, 6), (10, len(text))):
        assert ours.iter(text, lo, hi) == list(plain.iter(text, lo, hi))
        assert [e - lo for e, _ in ours.iter(text, lo, hi)] == [
            e for e, _ in plain.iter(text[lo:hi])
        ]


def test_it_keeps_the_words_and_their_count():
    ours, _ = _both()
    assert len(ours) == len(WORDS) and dict(ours.items())["台独"] == (2, 4)


def test_a_text_without_cjk_is_read_the_plain_way():
    ours, plain = _both()
    text = "The “US” said u.s. ties… 😀"
    ours._pairs = None  # would fail if asked
    assert ours.iter(text) == list(plain.iter(text))


def test_a_text_without_cjk_is_read_by_the_words_without_cjk_alone():
    """Words with a CJK character cannot occur in a text without one: the smaller automaton
    of the others finds all that the whole one finds."""
    ours, plain = _both()
    ours._plain = ours._pairs = None  # would fail if asked
    draw = random.Random(11)
    for _ in range(300):
        text = "".join(draw.choice("Uus. ,’の😀") for _ in range(draw.randint(0, 20)))
        assert ours.iter(text) == list(plain.iter(text)), text
    only_cjk = Automaton()
    only_cjk.add_word("台独", 1)
    only_cjk.make_automaton()
    assert only_cjk.iter("Taiwan independence") == [] and only_cjk.iter("反对台独") == [(3, 1)]


def test_an_automaton_of_latin_words_reads_any_text_the_plain_way():
    """With no CJK word (English rules), the bytes of a CJK text are never needed."""
    ours, plain = Automaton(), ahocorasick.Automaton()
    for i, w in enumerate(("us", "u.s.", "sanction")):
        ours.add_word(w, i)
        plain.add_word(w, i)
    ours.make_automaton()
    plain.make_automaton()
    ours._pairs = None  # would fail if asked
    for text in ("美国us制裁sanctions", "the u.s. sanctions", "中方", "😀us"):
        assert ours.iter(text) == list(plain.iter(text)), text
        assert ours.iter(text, 1, 6) == list(plain.iter(text, 1, 6)), text
