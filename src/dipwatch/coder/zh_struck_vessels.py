"""Ships struck, told by a third party. In 美军中央司令部23日称，当天两艘…船只在红海海域遭到
来自也门胡塞武装无人机的袭击 (and the headline 美军称更多船只在红海遭胡塞武装袭击) the teller is
neither the doer nor the struck: the ships, named with no state of their own, are. The teller
filled a slot only because the sentence names no other party. Issue 10, precision of
``xwlb_docs`` on free CCTV days (eval/README.md, "False alarms of xwlb_docs by
construction"); a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention

#: Vessels named with no state, then struck in the passive before the act (遭, 遭到, 遭遇).
_VESSELS_STRUCK = re.compile(
    r"(?:船只|商船|货船|油轮|船舶|货轮|集装箱船)[^,。;]{0,14}?遭(?:到|遇|受)?"
)
#: Between the teller and the vessels: the verb of telling.
_TOLD = re.compile(r"称|表示|说|宣布|证实|透露")


@for_rules(lambda rule: rule.code[:2] == "19")
def not_the_teller_of_struck_ships(c: Candidate) -> str | None:
    """The sentence tells vessels struck in the passive before the trigger, and the source or
    the target is a teller before them with a verb of telling between: the act is not the
    teller's, nor done to it."""
    mt = c.mt
    if c.rule.code[:2] != "19":
        return None  # (the step tests its own rule: see ``for_rules``)
    struck = _VESSELS_STRUCK.search(mt.text, mt.s.start, c.a + 1)
    if struck is None:
        return None
    for party in (c.source, c.target):
        if party is not None and _teller_before(mt.text, party, struck.start()):
            return "teller_of_struck_ships"
    return None


def _teller_before(text: str, party: Mention, vessels: int) -> bool:
    """Does ``party`` stand before the vessels with a verb of telling between them?"""
    if party.end <= party.start or party.end > vessels:
        return False
    return _TOLD.search(text, party.end, vessels) is not None
