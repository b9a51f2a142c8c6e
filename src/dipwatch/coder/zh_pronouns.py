"""他 and 她 opening a clause of analysts' prose name again the person the sentence (or the one
before it) opened with: 王毅先后访问沙特和伊朗。他在利雅得提出五点倡议 (王毅), …峰會期間，他 8 日
先後與川普及安倍晉三會晤 (the leader the sentence began with). Twelfth prose batch, issue 10's
"subject carried across clauses and lines"."""

from __future__ import annotations

import re

from dipwatch.coder.doc import Coding, Mention

#: 他/她 opening a clause (after a clause mark or a paragraph's start), not part of a longer word
#: (他们 they, 他国 another state, 他人, 他方, 其他, 她们).
_PRONOUN = re.compile(r"(?:^|(?<=[，,；;。：:\n]))\s*([他她])(?![们國国人方者日乡])", re.M)


def person_pronouns(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """In a narrative, each clause-opening 他/她 as the person its sentence opened with, or
    else the one the sentence before it opened with (the home state's people too: in a Chinese
    review 王毅 is China's)."""
    if coding.genre != "narrative":
        return mentions  # a news item's 他 goes on with the item's last speaker (carry.py)
    found = []
    for match in _PRONOUN.finditer(coding.norm):
        at = match.start(1)
        person = _opening_person(coding, mentions, at)
        if person is not None:
            found.append(Mention(at, at + 1, person.code, person.country, "anaphor"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _opening_person(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    """The person who opens the sentence holding ``at`` (before it), else the previous one."""
    starts = [s.start for s in coding.sentences if s.start <= at]
    if not starts:
        return None
    here = starts[-1]
    before = starts[-2] if len(starts) > 1 else None
    for lo, hi in ((here, at), (before, here)):
        if lo is None:
            continue
        first = next((m for m in mentions if lo <= m.start and m.end <= hi and not m.inert), None)
        if first is not None and first.kind == "person":
            return first
    return None
