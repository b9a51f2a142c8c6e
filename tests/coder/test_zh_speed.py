"""Shortcuts of the shared machinery give what the plain code they replace gave (issue 10's
Chinese speed target: the same output, less work per sentence)."""

import pytest

from dipwatch.coder.automaton import Automaton

_WORDS = ("talks", "met", "中方", "会谈", "欢迎", "\u2d65")


@pytest.mark.parametrize("text", ["China met Japan; talks ended.", "中方表示欢迎，双方举行会谈。",
                                  "中方𠀋表示欢迎会谈", "中文会谈"])  # fmt: skip
def test_an_automatons_raw_hits_shifted_and_kept_are_its_iter(text):
    """``Automaton.raw`` leaves its hits as read (ends in pairs of bytes, in the window): kept
    and shifted as its docstring says, they are ``iter``'s, on Latin, CJK and beyond-BMP
    windows; ⵥ (U+2D65) is the second byte of 中 and the first of 文, never found in 中文."""
    automaton = Automaton()
    for word in _WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    for start in range(len(text)):
        offset, shift, found = automaton.raw(text, start, len(text))
        kept = [((end >> shift) + offset, w) for end, w in found if end & shift == shift]
        assert kept == automaton.iter(text, start, len(text))
        assert kept == [(i + len(w) - 1, w) for i in range(start, len(text))
                        for w in _WORDS if text.startswith(w, i)]  # fmt: skip
