"""Chinese checks for constructions found in the seed-116 dev batch of whole CCTV items (issue
10, eval/README.md ``xwlb_docs``): people who leave a state are no forces withdrawn, and a
state's private people (its residents, their relatives) say and do nothing in its name.
Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules


@for_rules(lambda rule: rule.code[:2] in _VERBAL)
def not_private_peoples(c: Candidate) -> str | None:
    """巴勒斯坦加沙地带居民及其在美国的亲属共同提起诉讼，指控美国国务院…: a state's residents,
    relatives or civilians (the state, a place of it at most, then 居民, 亲属…) are unnamed
    private people; what they say or claim is no act of their state, as unnamed voices' is not
    (eval/README.md). Their marches are left alone: a crowd marching against a foreign state is
    its state's demonstration (141, ``zh_sampled.crowd_demands``)."""
    mt, source = c.mt, c.source
    if source is None or not source.country or source.end > c.a:
        return None
    if mt.has_any(c.lex["march_words"], mt.s.start, c.a):
        return None  # 韩国民众举行集会，反对日本…: a rally, a demonstration
    return "private" if _PEOPLE.match(mt.text, source.end) else None


#: Verbal roots: statements to accusations, demands, rejections and threats (01-13).
_VERBAL = frozenset(f"{k:02d}" for k in range(1, 14))
#: After a state: a place of it at most, then its private people.
_PEOPLE = re.compile(
    r"(?:[^，,。；;、\s]{0,6}?(?:地带|地区|州|省|市|境内|国内|当地))?"
    r"(?:居民|民众|家属|亲属|平民|难民|网民|选民|市民|村民)"
)
