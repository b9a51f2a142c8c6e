"""The ``groups`` component: a small group with no code of its own acts as its members.

AUKUS or the Quad have no CAMEO code: as actors they are their members (``members`` in
``reference/data/organisations.csv``, for a group of at most ``lexicon.MAX_GROUP``), and what
the group does together is an act between each pair of them, in the table's order. Two such acts are read, in Chinese:

- its founding (澳英美聯盟（AUKUS）成立, 宣布成立…): an agreement (057) of each pair;
- its summit held (四方安全对话领导人峰会在东京举行): a meeting (040) of each pair.

The words are the lexicon's ``group_founded``, ``group_summit`` and ``group_held``.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> doc = Document("9 月 15 日，澳英美联盟（AUKUS）成立。", published=date(2021, 9, 30))
>>> [(e.source_actor, e.code, e.target_actor) for e in code_document(doc)]
[('AUS', '057', 'GBR'), ('AUS', '057', 'USA'), ('GBR', '057', 'USA')]
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import combinations

from dipwatch.coder.doc import Coding, Match, Mention

# Between the group's name and its act: a parenthesis (（AUKUS）) or the end of one, quotes.
_BETWEEN = r"(?:[（(][^）)]{1,20}[）)]|[」』”\"）)])*"


def code_group_acts(coding: Coding) -> None:
    """Add a match for each pair of members of a group named right before its act."""
    lex = coding.reference.rules["zh"].lexicon
    founded, summit, held = lex["group_founded"], lex["group_summit"], lex["group_held"]
    groups = coding.reference.actors.groups
    starts = [s.start for s in coding.sentences]
    done: set[tuple[int, str]] = set()  # 澳英美联盟（AUKUS）: one group named twice
    for m in coding.mentions:
        states = groups.get(coding.norm[m.start : m.end]) if m.kind == "org" else None
        act = _act(coding.norm, m.end, founded, summit, held) if states else None
        if states is None or act is None:
            continue
        code, start, end = act
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or end > coding.sentences[i].end or (i, code) in done:
            continue
        done.add((i, code))
        coding.matches.extend(
            Match(f"zh.{code}.group", code, i, start, end, Mention(m.start, m.end, a, a, "fixed"),
                  Mention(m.start, m.end, b, b, "fixed"), 0.7)
            for a, b in combinations(states, 2)
        )  # fmt: skip


def _act(
    norm: str, at: int, founded: tuple[str, ...], summit: tuple[str, ...], held: tuple[str, ...]
) -> tuple[str, int, int] | None:
    """(code, start, end) of the group's act right after its name at ``at``, if any."""
    found = _founded(founded).match(norm, at)
    if found:
        return "057", found.start(1), found.end(1)
    found = _held(summit, held).match(norm, at)
    if found:
        return "040", found.start(1), found.end(1)
    return None


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


@cache
def _founded(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"{_BETWEEN}(?:已|正式|宣布)?({_alt(words)})")


@cache
def _held(summit: tuple[str, ...], held: tuple[str, ...]) -> re.Pattern[str]:
    """A summit word, then within a few characters (在东京) a word that it was held."""
    return re.compile(f"{_BETWEEN}({_alt(summit)})[^，。,;；]{{0,8}}?(?:{_alt(held)})")
