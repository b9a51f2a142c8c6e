"""A year's ten news recalled: 中央广播电视总台今天发布2023国内十大新闻和国际十大新闻。…国际十大新闻
分别是：…3.哈马斯与以色列爆发新一轮冲突; 3.以色列美国袭击伊朗 加沙地带脆弱停火.

Each numbered entry of such a list names one of the year's stories, done on a day the entry does
not give: a recalled act without a date, no act of the broadcast's day (the guidelines' recalled
acts; eval/README.md, the seed-168 batch of ``xwlb_docs``). An entry told with a day or a month
of its own stays, dated so, as any recalled act with its date. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.event_dates import SAME_DAY

#: The list's opening: 国际十大新闻分别是:, 十大新闻包括:, 十大新闻内容包括:, 十大新闻是:.
_LIST = re.compile(r"十大新闻(?:分别|内容)?(?:是|包括):")
#: An entry's number, where the sentence or a clause of the list begins (not 3.0版).
_ENTRY = re.compile(r"(?:^|[:;])\s*\d{1,2}\.(?!\d)")


def not_a_years_ten_news(c: Candidate) -> str | None:
    """An act told in a numbered entry, without a date of its own, after the list's opening."""
    text, s = c.mt.text, c.mt.s
    if "十大新闻" not in text or not _LIST.search(text, 0, c.a):
        return None
    entries = list(_ENTRY.finditer(text[s.start : c.a]))
    if not entries:
        return None
    entry = entries[-1]  # the entry the act is told in
    start = s.start + entry.end()
    end = text.find(";", c.a, s.end)
    # a day or a month the entry gives its story: one the date tagger found, or 当天, 同日
    end = s.end if end < 0 else end
    own = any(d.precision != "year" for d in c.mt.coding.dates_within(start, end))
    return None if own or SAME_DAY.search(text, start, end) else "year_recalled"
