"""Chinese checks for an attendance at an inviter's occasion (``zh.040.invited_attend``,
eval/README.md "Dev misses by construction"): 应俄罗斯联邦总统普京邀请，国家主席习近平将于11月10日
在北京出席…会议. The pattern is anchored on 邀请, which stands before the attendee, so the
tense the pipeline reads between the doer and the trigger never sees the attendee's 将: it is
read here, between the attendee and the attendance. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules

#: The rule whose trigger (邀请) stands before its doer.
INVITED_ATTEND = "zh.040.invited_attend"


@for_rules(lambda rule: rule.id == INVITED_ATTEND)
def attendance_ahead(c: Candidate) -> str | None:
    """…邀请，习近平将于11月10日…出席: a future word between the attendee and the attendance
    (the match's right edge) makes it the announced attendance, the intent (036); 16日晚…出席
    stays the contact of the day."""
    mt, source, rule = c.mt, c.source, c.rule
    if rule.id != INVITED_ATTEND or source is None or source.end <= c.a:
        return None
    if mt.has_any(c.lex["future"], source.end, c.right, c.lex["future_exceptions"]):
        c.code, c.rule_id = rule.future, rule.id + "+future"
    return None
