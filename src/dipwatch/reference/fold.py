"""Folding text for matching: Traditional to Simplified and 臺 to 台, one character for one.

Folding keeps the length, so a match found in the folded text has the same span in the
original, which the coder keeps for provenance.
"""

from __future__ import annotations

import re
from functools import cache

# Characters whose Traditional and Simplified forms differ but OpenCC leaves alone, or which
# writers use interchangeably in names (砲 for 炮, as Taiwan writes 砲擊, 火砲).
_EXTRA = {"臺": "台", "衞": "卫", "裏": "里", "着": "着", "於": "于", "𠝹": "割", "砲": "炮"}
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@cache
def _table() -> dict[int, str]:
    import opencc

    chars = "".join(chr(c) for lo, hi in _CJK_BLOCKS for c in range(lo, hi + 1))
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table: dict[int, str] = {}
    for src, dst in zip(chars, converted, strict=False):
        if len(dst) == 1 and dst != src:
            table[ord(src)] = dst
    for src, dst in _EXTRA.items():
        if src != dst:
            table[ord(src)] = dst
    # Full-width ASCII to half-width, so that "ＵＳ" matches "US".
    for c in range(0xFF01, 0xFF5F):
        table[c] = chr(c - 0xFEE0)
    table[0x3000] = " "
    return table


def fold(text: str) -> str:
    """Simplified, 台-for-臺, half-width form of ``text``, of the same length.

    >>> fold("臺灣與宏都拉斯斷交")
    '台湾与宏都拉斯断交'
    """
    if text.isascii():  # (a flag of the string, no scan) the table maps ASCII to itself
        return text
    # Only the characters the table changes are replaced (a Simplified text's full-width
    # commas, mostly): ``str.translate`` looked every character up, at several times the cost.
    folded = _folded()
    return _foldable().sub(lambda m: folded[m[0]], text)


@cache
def _folded() -> dict[str, str]:
    """``_table()`` by character."""
    return {chr(code): folded for code, folded in _table().items()}


@cache
def _foldable() -> re.Pattern[str]:
    """Any one character ``_table()`` changes."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_table())) + "]")


def fold_key(text: str) -> str:
    """``fold`` plus lower case and no spaces: the key for looking up names."""
    return "".join(fold(text).lower().split())
