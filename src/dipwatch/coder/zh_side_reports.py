"""Force a side reports of itself in a report of its own (issue 10, the seed-130 dev batch of
``xwlb_docs``): CCTV's war items tell one side's claims, then the other's (俄方还称，1日…遭乌军
袭击。乌克兰方面称，乌军…击退了俄军进攻), and the second side's undated force is that report's
act, not a retelling of the same pair's force the first side dated elsewhere in the item.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import FORCE
from dipwatch.coder.doc import Coding
from dipwatch.models import Event

#: A sentence that opens a report: a side (乌克兰方面, 乌方, 乌军方, 俄国防部) then 称 or
#: 表示 (同一天, 还, 也 between), before a comma or colon.
_REPORT_OPEN = re.compile(
    r"(?:此外|另外|另据)?[，,]?([^，,。；;：:]{1,12}?)(?:方面|军方|国防部|总参谋部|方)"
    r"(?:同一天|当天|还|也|则)?(?:称|表示|宣布)[，,：:]"
)


def side_reports_own_force(coding: Coding, event: Event) -> bool:
    """乌克兰方面称，乌军在…击退了俄军进攻: force in a sentence that names no date and opens
    with the doer's own side reporting (its state named in the opener) is that report's act,
    dated by the item's day, however the other side's claims dated the pair's force before."""
    i = event.sentence
    if i is None or event.root not in FORCE or not event.source_actor:
        return False
    s = coding.sentences[i]
    if not s.cjk or coding.dates_within(s.start, s.end):
        return False
    opened = _REPORT_OPEN.match(coding.norm, s.start, s.end)
    if opened is None:
        return False
    side = event.source_actor[:3]
    reporters = starting_in(coding.mentions, s.start, opened.end())
    return any((m.country or "")[:3] == side for m in reporters)
