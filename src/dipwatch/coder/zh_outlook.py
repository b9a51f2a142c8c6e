"""An analyst's outlook: an act told in a …时 clause whose main clause looks ahead (川普 11 月訪問
北京時，美中可望就…達成協議) names the occasion of an act still to come, and an act the analyst
expects (可望, 有望 before it in its clause) is not done. Twelfth prose batch (eval/README.md),
``zh_checks.ZH`` steps."""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start

#: The act's clause ends with 时 (期间) and a comma; the clause after it says what may come.
_WHEN = re.compile(r"[^，,；;。]*?(?:时|期间)\s*[，,]")
_AHEAD = re.compile(r"[^。；;]*?(?:可望|有望|恐将|预计|预料|将会|势将|或将)")


def not_an_outlooks_occasion(c: Candidate) -> str | None:
    """The trigger's clause closes with 时, and the next clause holds a word of expectation:
    the analyst's outlook on an occasion to come."""
    mt = c.mt
    when = _WHEN.match(mt.text, c.b, mt.s.end)
    if when is None:
        return None
    return "outlook" if _AHEAD.match(mt.text, when.end(), mt.s.end) else None


#: Words of the analyst's expectation (可望, 有望): not an actor's intent (将, 愿), which is 03x.
_EXPECTED = ("可望", "有望")


def not_expected(c: Candidate) -> str | None:
    """雙方可望簽署能源協議: an act the analyst expects, told after 可望 or 有望 in its clause."""
    mt = c.mt
    head = mt.text[clause_start(mt, c.a) : c.a]
    return "expected" if any(w in head for w in _EXPECTED) else None
