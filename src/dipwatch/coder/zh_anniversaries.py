"""Messages of an anniversary recalled in the anniversary's year: 汪洋说，今年是中荷建立大使级外交
关系50周年，两国元首互致贺电…; 韩正表示，今年是中法建交60周年，习近平主席同马克龙总统互致贺电….

A speaker who opens with the year's anniversary (今年是…周年) and tells the messages the leaders
exchanged for it, with no date in that clause, recalls an exchange made on the anniversary, a day
the sentence does not give; it is no act of the day told (the guidelines' recalled act without a
date: no event; eval/README.md, "False alarms of xwlb_docs by construction, third pass"). Told
with a date of its own (今年5月，…互致贺电) it stays, dated so. Only the exchange of messages: an
intent or a welcome after the same frame (今年是…周年，中方愿同…) is the day's. A ``zh_checks.ZH``
step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import CLAUSE_END

#: The anniversary's year opening a clause: 今年是中法建交60周年, 今年恰逢…周年, …周年和中法
#:文化旅游年, and a clause that names the year again (也是中法文化旅游年,) with it (review-zh33:
#: each of those let the exchange through).
_YEAR_OF = re.compile(
    r"(?:今年|去年|明年)(?:是|恰逢|正值|适逢|正逢)[^,。;]{2,40}?周年[^,。;]{0,16},(?:也是[^,。;]{2,30},)?"
)
#: A date of the exchange's own between the frame and the messages (5月, 24日, 当天, 近日).
_OWN_DATE = re.compile(r"\d|[一二三四五六七八九十]+月|今天|当天|当日|同日|近日|日前|此前")


@for_rules(lambda rule: rule.id in ("zh.051.mutual", "zh.051.mutual_pair"))
def not_an_anniversarys_exchange(c: Candidate) -> str | None:
    """Mutual messages in the clause right after 今年是…周年, with no date of their own."""
    if c.rule.id not in ("zh.051.mutual", "zh.051.mutual_pair"):
        return None
    text = c.mt.text
    frames = list(_YEAR_OF.finditer(text, c.mt.s.start, c.a))
    if not frames or CLAUSE_END.search(text, frames[-1].end(), c.a):
        return None  # (the messages in a later clause than the frame's next one are told apart)
    return None if _OWN_DATE.search(text, frames[-1].end(), c.a) else "anniversary_recalled"
