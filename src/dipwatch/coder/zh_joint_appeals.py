"""A joint statement a pair issues after meeting, and the parties its appeal names in a clause of
their own: 習近平…4 日與普丁會談後，兩國外交部發表…聯合聲明，呼籲北韓暫停…，美韓同時暫停…: the
appeal is China's and Russia's, to North Korea and to America and South Korea. Twelfth prose
batch (eval/README.md), ``zh_checks.ZH`` steps."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.zh_news import clause_start

#: The pair (两国, 双方, with an office or not) issuing a joint statement, before the act.
_PAIR_STATEMENT = re.compile(
    r"(?:两国|双方)[^，,；;。]{0,8}?(?:发表|发布|签署)[^，,；;。]{0,20}?联合声明"
)
#: Roots of what a statement says to a third party: appeals, demands, reproaches.
_SAID = ("02", "10", "11")
#: Roots of what is addressed to a party (appeals, demands).
_ADDRESSED = ("02", "10")
#: What follows the second addressees of an appeal (美韩同时暂停…).
_ALSO = re.compile(r"\s*(?:同时|也|亦|则)")
_COMMA = re.compile(r"[，,]")


@for_rules(lambda rule: rule.code.startswith(_SAID))
def pair_statement_sources(c: Candidate) -> str | None:
    """The act is said in a later clause of a sentence where a pair that met earlier in it
    (a contact coded before the statement) issues a joint statement: both states say it."""
    mt, target = c.mt, c.target
    if not c.rule.code.startswith(_SAID) or target is None or len(c.sources) != 1:
        return None
    said = _PAIR_STATEMENT.search(mt.text, mt.s.start, c.a)
    if said is None or clause_start(mt, c.a) <= said.start():
        return None
    met = next((m for m in reversed(mt.found) if m.code.startswith("04") and m.end <= said.start()
                and m.source is not None and m.target is not None), None)  # fmt: skip
    if met is None or target.country in (met.source.country, met.target.country):
        return None
    c.sources = [met.source, met.target]
    return None


@for_rules(lambda rule: rule.code.startswith(_ADDRESSED))
def also_addressed(c: Candidate) -> str | None:
    """呼籲北韓暫停…，美韓同時暫停…: the actors that open the clause after the addressee's, joined
    and followed by 同时 (也, 亦), are addressed as well."""
    mt, target = c.mt, c.target
    if not c.rule.code.startswith(_ADDRESSED) or target is None or "T" not in c.slots:
        return None
    nxt = _COMMA.search(mt.text, target.end, mt.s.end)
    if nxt is None or nxt.start() - target.end > 30:
        return None
    added, at = [], nxt.end()
    for m in mt.active:
        if m.start < at:
            continue
        if m.start != at or not m.country:
            break
        added.append(m)
        at = m.end + (1 if mt.text.startswith(("、", "和", "与"), m.end) else 0)
    if added and _ALSO.match(mt.text, added[-1].end):
        known = {t.country for t in c.targets if t is not None}
        c.targets += [m for m in added if m.country not in known]
    return None
