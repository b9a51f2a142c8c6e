"""Chinese checks for classes of error met judging random CCTV days no gold set holds (issue 10,
eval/README.md "Judging output no gold holds", seed 131): the body a report or letter is
addressed to (以色列向联合国通报称，已警告…) taken as the doer of what the report tells; a
meeting named as the purpose of a journey (抵达金边，出席…领导人会议) taken as held on the day
of arrival; talks agreed to be opened (同意…开启实质性谈判) taken as held; and an accusation
rejected (拒绝…的无端指责) coded as a refusal rather than the denial it is. Each is a
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start

#: Right after the addressee of 向: a verb of telling, then the mark that opens what is told
#: (通报称, 致信表示, 提交报告说); the telling verb may take a short object (致函, 递交照会).
_TOLD_TO = re.compile(
    r"(?:[^，,。；;：:]{0,6}?)(?:通报|通告|报告|致信|致函|写信|发函|递交|提交|转交|说明|介绍|表示|称|说)"
    r"[^，,。；;：:]{0,6}?(?:称|说|表示|指出)?[，,：:]"
)


def not_the_addressee(c: Candidate) -> str | None:
    """以色列13日向联合国通报称，已警告加沙北部居民撤离: the body right after 向, before a verb
    of telling and what is told, is the one told; the act inside the telling (the warning) is
    the teller's, named before 向 in its clause. With no teller there the act has no doer."""
    mt, source = c.mt, c.source
    if source is None or source.end > c.a or not mt.text.endswith("向", 0, source.start):
        return None
    told = _TOLD_TO.match(mt.text, source.end)
    if told is None or told.end() > c.a:
        return None
    start = clause_start(mt, source.start)
    teller = mt.actor_before(source.start - 1)
    if teller is None or teller.end <= start or teller is c.target:
        return "addressee"
    c.source = teller
    return None
