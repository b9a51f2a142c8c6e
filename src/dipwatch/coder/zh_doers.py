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

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_end, clause_start

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


#: Before the attendance, in its sentence: arriving at or leaving for the place of the meeting
#: (抵达金边，出席…; 启程前往…出席…; 飞抵…出席…), which makes the attendance the journey's purpose.
_JOURNEY = re.compile("抵达|飞抵|到达|启程|动身|前往|赴")
#: A verb of attending that a journey names as its purpose.
_ATTEND = ("出席", "参加")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_the_journeys_purpose(c: Candidate) -> str | None:
    """李克强8日晚抵达金边，出席第25次中国－东盟领导人会议并对柬埔寨进行正式访问: a meeting
    one attends (出席, 参加) named after arriving at or leaving for its place, with no
    attending said since, is the purpose of the journey; the meeting is held on a later day,
    so no attendance is done on the day the arrival is dated. The arrival and the visit stay."""
    mt = c.mt
    if c.rule.code[:2] != "04" or not mt.text.startswith(_ATTEND, c.a):
        return None
    start = max(mt.s.start, mt.text.rfind("。", mt.s.start, c.a) + 1)
    journeys = list(_JOURNEY.finditer(mt.text, start, c.a))
    if not journeys or _SINCE_ARRIVAL.search(mt.text, journeys[-1].end(), c.a):
        return None
    if _VENUE.search(mt.text, journeys[-1].end(), c.a):
        return None  # 抵达国际会议中心，出席…: arriving at the venue is attending
    return "journeys_purpose"


#: Between the journey and the attendance, words that say the attending is under way or done
#: (抵达后即出席, 随后出席, 当天出席), so that the meeting is the day's.
_SINCE_ARRIVAL = re.compile("后|随后|即|当天|当晚|今天|并于|[。；;]")
#: The place arrived at is where the meeting sits (a hall, a centre, the venue), not a city.
_VENUE = re.compile("会场|现场|会议中心|中心|大厅|大会堂|宫|馆|厅|酒店|宾馆")


#: Agreeing or deciding to open talks (同意…开启实质性谈判, 决定启动…谈判): the talks are to come.
_AGREED = re.compile("同意|商定|决定|约定")
#: Right before the act, in its clause: opening it (开启, 启动…; not 恢复: 同意恢复外交关系 is
#: the restoring agreed, which the gold codes as done), with at most a
#: few characters of its own noun phrase (实质性, 新一轮) between.
_OPENED = re.compile(r"(?:开启|启动|重启|开始)[^，,。；;：:]{0,6}$")


@for_rules(lambda rule: rule.code[:2] == "04")
def not_yet_opened(c: Candidate) -> str | None:
    """阿塞拜疆和亚美尼亚同意在…协调下就纳卡问题开启实质性谈判: an act its doers agree or decide
    to open (同意, 决定 … 开启, 启动 right before talks or a meeting, all in one clause) has not begun on
    the day they agree: it is their intent, the rule's future code (036 for talks), as 将 makes
    it."""
    rule, mt = c.rule, c.mt
    if rule.code[:2] != "04" or not rule.future or c.code != rule.code:
        return None
    start = clause_start(mt, c.a)
    opened = _OPENED.search(mt.text, start, c.a)
    if opened is None or not _AGREED.search(mt.text, start, opened.start()):
        return None
    c.code, c.rule_id = rule.future, rule.id + "+agreed"
    return None


#: The head of what is rejected when it is an accusation: the rejection denies it.
_ACCUSATION = re.compile(r"的?(?:无端|无理|不实|恶意)?(?:指责|指控|污蔑|抹黑|说法)$")


@for_rules(lambda rule: rule.code == "120")
def rejected_accusation(c: Candidate) -> str | None:
    """中方明确拒绝美国代表在发言中对中国军控政策的无端指责: what is rejected is an accusation
    (its phrase ends in 指责, 指控, 污蔑… before the clause ends), so the rejection denies it,
    as 驳回…指控 is coded (016), rather than refusing a proposal or demand (120)."""
    mt = c.mt
    if c.rule.code != "120":
        return None  # (said again here: a check may run unmarked, as test_speed runs every one)
    if _ACCUSATION.search(mt.text, c.b, clause_end(mt, c.b)) is None:
        return None
    c.code, c.rule_id = "016", c.rule.id + "+accusation"
    return None
