"""Chinese checks for a construction found reading the seed-140 dev batch of whole CCTV items
(issue 10, eval/README.md ``xwlb_docs``) against the genre: sympathy, support or aid a speaker
recalls as given when a disaster struck (习近平强调，在中国发生新冠肺炎疫情初期，你向中方表达了
慰问和支持) is background told with no date of its own, no act of the day. A ``zh_checks.ZH``
step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

#: A speaker's clause opening with the time of a past disaster (在…发生…初期, …遭受…后,
#: 自…暴发以来, …肆虐之际), no date in it: what the next clause tells is recalled.
_FRAME = re.compile(
    r"(?:表示|指出|强调|说|回顾|回忆)[，,：:]\s*(?:自|在)?[^，,。；;\d]{2,30}?"
    r"(?:发生|遭受|暴发|爆发|肆虐)[^，,。；;\d]{0,12}?(?:后|以后|初期|之初|以来|之际|期间|时)[，,]"
)

#: The roots a crisis's solidarity is told in: sympathy, support and praise, aid.
_ROOTS = ("01", "05", "07")


@for_rules(lambda rule: rule.code[:2] in _ROOTS)
def not_recalled_in_a_speakers_frame(c: Candidate) -> str | None:
    """中国发生新冠肺炎疫情后，南非政府…对中方表达慰问和支持 (习近平指出): the act in the clause
    right after a speaker's frame of a past disaster, with no date of its own, was done then,
    not on the day told (the guidelines' recalled act without a date: no event). Not an act
    reported as done (美国已向乌克兰提供…): a running total told that day."""
    if c.rule.code[:2] not in _ROOTS:
        return None
    text, start = c.mt.text, c.mt.s.start
    if not _told_disaster(c):
        return None
    for frame in _FRAME.finditer(text, start, c.a):
        clause = text[frame.end() : c.a]
        if not re.search(r"[，,。；;]|\d|已", clause):
            return "recalled_frame"
    return None


#: The words of a disaster that a frame (``_FRAME``) must hold.
_DISASTER_WORDS = re.compile(r"发生|遭受|暴发|爆发|肆虐")


def _told_disaster(c: Candidate) -> bool:
    """Does the sentence hold a word a frame needs? Asked once a sentence: most hold none, and
    the frame's regex was tried at each of its characters for each candidate."""
    found = c.mt.cache.get("disaster_words")
    if found is None:
        s = c.mt.s
        found = c.mt.cache["disaster_words"] = bool(
            _DISASTER_WORDS.search(c.mt.text, s.start, s.end)
        )
    return bool(found)
