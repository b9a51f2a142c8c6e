"""Accusations told as what a speaker rebuts: 拉夫罗夫表示，美国有关俄方破坏条约的指责毫无根据;
斯卢茨基表示，北约对这些俄罗斯外交人员的指责毫无根据; 里亚布科夫说，美方指责俄方违约没有根据.

An accusation called baseless in the same clause (毫无根据, 没有根据, 纯属捏造…) is the speaker's
answer to it; the answer is the act of the day (the speaker against the accuser, as
``zh.111.accusation_baseless`` codes it), the accusation is only its object (eval/README.md,
"False alarms of xwlb_docs by construction, third pass"). Two readings went wrong:

- the accuser's own 112 (美方指责俄方违约没有根据 read as the US accusing Russia that day);
- the rebuttal aimed at the accused: the state right before 的指责 in 对…的指责 or 有关…的指责
  is whom the accusation is about, the accuser stands before 对 or 有关.

An accusation called baseless in a later clause (美方指责俄方违反该条约…，俄方称美方指责毫无根据)
was made, and stays; so does one told as unfounded before it (美国政府16日无端指责…).
``zh_checks.ZH`` steps.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_end, clause_start

#: What calls the accusation baseless, right after it in its clause: the words of
#: ``zh.111.accusation_baseless`` (zh.yaml), whose rebuttal takes the place of the accusation
#: (a word here and not there left neither: 美方有关中国网络攻击的指责毫无事实根据).
_BASELESS = re.compile(
    "没有根据|毫无根据|毫无依据|没有任何根据|毫无事实根据|站不住脚|纯属捏造|纯属污蔑|无稽之谈|荒谬"
    "|不符合事实|与事实不符"
)
_ACCUSING = ("指责", "指控")
#: 对这些…的, 有关俄方破坏条约的: what the accusation is about, from 对 (有关, 关于) to 的指责,
#: a term it quotes inside (美方关于中方“债务陷阱”的指责, review-zh33).
_ABOUT = re.compile(r"(?:对|有关|关于)(?:[^,。;:“”]|“[^“”,。]{0,16}”){0,24}的[“\"]?$")
#: Between the accuser and 对 (有关): 此前, 近期, 代表, 政府 and the like, no clause break.
_TO_ABOUT = re.compile(r"[^,。;:、和与及]{0,4}")


def _rebutted_at(c: Candidate, at: int) -> bool:
    """Is the accusation word ending at ``at`` called baseless before its clause ends?"""
    return _BASELESS.search(c.mt.text, at, clause_end(c.mt, at)) is not None


@for_rules(lambda rule: rule.code.startswith("112"))
def not_an_accusation_rebutted(c: Candidate) -> str | None:
    """里亚布科夫说，美方指责俄方违约没有根据: an accusation the same clause calls baseless is
    what the speaker answers, not the accuser's act of the day."""
    mt = c.mt
    if not c.rule.code.startswith("112") or not mt.text.startswith(_ACCUSING, c.a):
        return None
    return "rebutted" if _rebutted_at(c, c.b) else None


@for_rules(lambda rule: rule.id == "zh.111.accusation_baseless")
def accuser_not_accused(c: Candidate) -> str | None:
    """美国有关俄方破坏条约的指责毫无根据: the state in 对…的 or 有关…的 before 指责 is whom the
    accusation is about; the rebuttal is aimed at the accuser before 对 (有关), and whoever
    speaks gives it."""
    mt = c.mt
    accused = c.slots.get("T")
    if c.rule.id != "zh.111.accusation_baseless" or accused is None:
        return None
    word = next((i for i in range(accused.end, c.b) if mt.text.startswith(_ACCUSING, i)), None)
    if word is None:
        return None
    about = _ABOUT.search(mt.text, clause_start(mt, accused.start), word)
    if about is None or about.start() > accused.start:
        return None
    accuser = next((m for m in reversed(mt.active) if m.end <= about.start()
                    and _TO_ABOUT.fullmatch(mt.text, m.end, about.start())), None)  # fmt: skip
    if accuser is None or accuser.country == accused.country:
        return None
    c.slots = {**c.slots, "T": accuser}  # the speaker is then found as for any rebuttal
    return None
