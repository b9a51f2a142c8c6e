"""Chinese checks for an attendance at an inviter's occasion (``zh.040.invited_attend``,
eval/README.md "Dev misses by construction"): 应俄罗斯联邦总统普京邀请，国家主席习近平将于11月10日
在北京出席…会议. The pattern is anchored on 邀请, which stands before the attendee, so the
tense the pipeline reads between the doer and the trigger never sees the attendee's 将: it is
read here, between the attendee and the attendance; and the inviter named after 应 must be
the state or its office, not a body a state's name opens (日本经济团体联合会, 德国工商大会).
Two ``zh_checks.ZH`` steps.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules

#: The rule whose trigger (邀请) stands before its doer.
INVITED_ATTEND = "zh.040.invited_attend"
#: Heads of the name of a business or civil body, before 邀请: the state named inside the name
#: (日本经济团体联合会, 中国美国商会, 美国友好协会) is where the body is, not who invites.
_BODY_HEADS = (
    "商会",
    "协会",
    "联合会",
    "工商大会",
    "企业家",
    "基金会",
    "大学",
    "研究院",
    "公司",
    "集团",
)
_INVITATION = "邀请"


@for_rules(lambda rule: rule.id == INVITED_ATTEND)
def not_a_bodys_invitation(c: Candidate) -> str | None:
    """应日本经济团体联合会邀请，国务院副总理…出席…论坛: the inviter is a business body, and
    attending its forum is no contact with Japan."""
    target = c.target
    if c.rule.id != INVITED_ATTEND or target is None:
        return None
    text = c.mt.text
    invitation = text.find(_INVITATION, target.end)
    if invitation >= 0 and text.endswith(_BODY_HEADS, target.end, invitation):
        return "a_bodys_invitation"
    return None


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
