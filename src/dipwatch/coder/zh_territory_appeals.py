"""Appeals and concern about a territory at war: 联合国秘书长呼吁加沙地带尽早实现全面的人道主义停火,
联合国机构呼吁在加沙地带暂时停火7天, 对加沙地带重燃战火表示担忧, 呼吁关注加沙地带人道主义状况. The
territory names where the fighting or the need is, not a party the appeal or the worry is
addressed to: no party there is named, so concern (012) or an appeal (02) whose target is read
from the territory's name is no event with that state (eval/README.md, "False alarms of
xwlb_docs by construction, second pass"). Force on the territory (以军空袭加沙地带), aid sent to it
(向加沙地带运送物资) and support of its people (对加沙地带人民的支持) are other roots and stay; so
do a denial (以军否认袭击加沙地带…: its accusers are the territory's), and a call to take the
territory (以色列议会…呼吁吞并约旦河西岸), which is the caller's side's claim on it. A
``zh_checks.ZH`` step.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate

#: Taking the territory: a call for it is aimed at the territory's state.
_TAKING = ("吞并", "兼并", "占领")

#: Names of a territory that the actor tables read as its state (countries.csv, PSE).
_TERRITORIES = ("加沙地带", "加沙地帶", "加薩走廊", "加沙", "约旦河西岸", "約旦河西岸")


def not_a_territorys_situation(c: Candidate) -> str | None:
    """Concern or an appeal whose target is a territory's name (加沙地带), not a party, and
    not what the appeal would take (吞并约旦河西岸)."""
    target, text = c.target, c.mt.text
    if target is None or not c.rule.code.startswith(("012", "02")):
        return None
    if not text.endswith(_TERRITORIES, target.start, target.end):
        return None
    return None if text.endswith(_TAKING, 0, target.start) else "territory_target"
