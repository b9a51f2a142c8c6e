"""Telling zh-Hant, zh-Hans and English apart from the text itself.

Characters whose Traditional and Simplified forms differ vote for their script: a character
that folding changes (``fold(c) != c``) is Traditional-only, one that OpenCC's s2t changes is
Simplified-only. Latin letters against CJK characters decide English.
"""

from __future__ import annotations

from functools import cache

from dipwatch.reference.fold import fold

_SAMPLE = 20_000
# One CJK character carries about as much as a short English word.
_LATIN_PER_CJK = 2.0


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@cache
def _simplified_only() -> frozenset[str]:
    """Characters that OpenCC s2t changes, i.e. written only in Simplified script."""
    import opencc

    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("s2t").convert("\n".join(chars)).split("\n")
    return frozenset(s for s, t in zip(chars, converted, strict=False) if t != s)


def script_votes(text: str) -> tuple[int, int, int, int]:
    """(Traditional-only, Simplified-only, other CJK, Latin letters) counts in ``text``."""
    simplified = _simplified_only()
    folded = fold(text)
    hant = hans = cjk = latin = 0
    for ch, f in zip(text, folded, strict=True):
        if ch.isascii():
            latin += ch.isalpha()
        elif _is_cjk(ch):
            cjk += 1
            if f != ch:
                hant += 1
            elif ch in simplified:
                hans += 1
    return hant, hans, cjk - hant - hans, latin


def detect_language(text: str) -> str:
    """``zh-Hant``, ``zh-Hans`` or ``en``; ``""`` when the text has no letters at all.

    >>> detect_language("臺灣與宏都拉斯斷交"), detect_language("台湾与洪都拉斯断交")
    ('zh-Hant', 'zh-Hans')
    >>> detect_language("The Foreign Ministry said on Tuesday ...")
    'en'
    """
    hant, hans, other, latin = script_votes(text[:_SAMPLE])
    cjk = hant + hans + other
    if cjk == 0 and latin == 0:
        return ""
    if latin > cjk * _LATIN_PER_CJK:
        return "en"
    # Ties (only characters shared by both scripts) go to Simplified, the more common input.
    return "zh-Hant" if hant > hans else "zh-Hans"
