"""A broadcast headline of two clauses split by a space (``美拒发签证 俄代表联合国会上抗议``,
``以军在加沙地带再发布撤离令 联合国人道主义援助被迫暂停``): each clause tells its own act, with
its own subject. A party named only in a later clause (there the place of the protest, or the body
whose aid stops) is no party to the act of an earlier one (eval/README.md, "Recounted praise,
strikes named, UN posts"). A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import starting_in
from dipwatch.coder.selection import party

#: A space between two words of a headline: where one clause ends and the next begins.
_SPLIT = re.compile(r"(?<=[\u4e00-\u9fff”》]) +(?=[\u4e00-\u9fff“《])")


def not_a_later_headline_clause(c: Candidate) -> str | None:
    """Is the source or the target of the act named only after a space that ends the act's
    clause of a headline? A party whose state the act's own clause names too, a place of it
    or a short form no rule takes (以军继续进攻拉法 巴武装组织…: Rafah; 关闭…与俄…口岸 俄方…),
    is the act's, found after the split for want of a better mention."""
    mt = c.mt
    after = [m for m in (c.source, c.target) if m is not None and m.start >= c.b]
    if not after or not is_headline(mt.coding.norm, mt.s):
        return None
    # (one past the party: the split's lookahead must see its first word)
    split = _SPLIT.search(mt.text, c.b, max(m.start for m in after) + 1)
    if split is None:
        return None
    own = {party(m) for m in starting_in(mt.coding.mentions, mt.s.start, split.start())}
    return None if all(party(m) in own for m in after) else "later_headline_clause"
