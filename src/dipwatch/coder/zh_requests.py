"""An actor inside 应…要求 (应…请求, 应…邀请) names the circumstance of another's act, not a doer:
加拿大应美方要求拘押华为首席财务官 is Canada's arrest, made at America's request, and no demand
of America's told that day. Twelfth prose batch (eval/README.md), a ``zh_checks.ZH`` step. And a
demand that another shut its mission is the mission closed (coder-zh130)."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import AT_REQUEST

#: 应 right before the actor, and the request word right after it (spaces allowed).
_AT = re.compile(r"应\s*$")
_REQUEST = re.compile(rf"\s*(?:的)?(?:{AT_REQUEST})")


def at_anothers_request(c: Candidate) -> str | None:
    """The request itself (要求 right after 应 X) is no act of X's; an act after the phrase is
    done by the actor before 应 (the clause's subject), who then stands as the source."""
    mt, source = c.mt, c.source
    if source is None or source.start == source.end:
        return None
    text = mt.text
    if not _AT.search(text, max(mt.s.start, source.start - 3), source.start):
        return None
    request = _REQUEST.match(text, source.end)
    if request is None:
        return None
    if c.a < request.end():
        return "at_request"  # 应美方要求: the phrase, not a demand
    at = text.rfind("应", mt.s.start, source.start)
    doer = mt.actor_before(at)
    if doer is None or doer.start < mt.s.start or doer.country == source.country:
        return None
    # (negation, tense and embedding are read after the phrase: its 要求 asks nothing.)
    c.source, c.lo = doer, max(c.lo, request.end())
    return None


#: What the one asked is to do: shut a mission of its own (…关闭驻休斯敦总领馆, 限时关闭中国驻…,
#: 自8月29日起关闭波兰驻…总领事馆), within the demand's clause (the text is folded: ，is ,).
_MISSION_SHUT = re.compile(
    r"[^,。;]{0,16}?关闭[^,。;]{0,6}?驻[^,。;]{0,14}?(?:领事馆|领馆|使馆|代表处|办事处)"
)


@for_rules(lambda rule: rule.code == "100")
def not_a_mission_shut(c: Candidate) -> str | None:
    """美国要求中方关闭驻休斯敦总领馆: a mission its host orders shut is relations cut
    (``zh.161.consulate``, 161, as the English gold codes `ordered China to close its consulate`),
    not also a demand of the one ordered."""
    if c.rule.code != "100" or c.target is None or c.target.end > len(c.mt.text):
        return None
    return "mission_shut" if _MISSION_SHUT.match(c.mt.text, c.target.end) else None
