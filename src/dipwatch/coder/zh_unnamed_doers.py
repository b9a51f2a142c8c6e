"""Chinese check for a construction found reading the seed-142 dev batch of whole CCTV items
(issue 10, eval/README.md ``xwlb_docs``) against the genre: a deed a speaker tells with a
subject that names no state (埃尔多安表示，西方国家向乌克兰提供武器无助于解决冲突; 利帕耶夫称，
西方正计划向爱沙尼亚提供…武器) is that group's: the speaker, the actor before his verb, is not
its doer. A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re
from typing import Any

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.event_dates import SPOKEN_ROOTS
from dipwatch.coder.memo import per_table
from dipwatch.trie import trie_pattern

#: A speaker may own these in what he says of the group's deed (表示，西方对俄制裁是非法的: his
#: criticism of it).
_SPOKEN = SPOKEN_ROOTS

#: A speaker's verb right before what he says, with its comma or colon, or a headline's colon
#: after its speaker (土总统：西方向乌提供武器无助于解决冲突).
_SAYS = re.compile(r"(?:(?:表示|称|说|指出|认为|强调|警告|声称|回应),?|:)$")


@for_rules(lambda rule: rule.code[:2] not in _SPOKEN)
def not_the_speakers_deed(c: Candidate) -> str | None:
    """佩斯科夫18日表示，西方向乌克兰提供各种武器“极其危险”: a deed whose subject, right after the
    speaker's verb, names no state (西方, 一些国家…) was done by that group, not by the source
    the speaker's verb follows; no state did it, so there is no event."""
    source = c.source
    if source is None or source.end >= c.a or c.rule.code[:2] in _SPOKEN:
        return None
    text = c.mt.text
    doers, any_doer = per_table(c.lex, "unnamed_doers", lambda: _words(c.lex))
    if any_doer.search(text, source.end, c.a) is None:
        return None  # (no such word after the speaker: one regex, not a search for each word)
    for word in doers:
        at = text.rfind(word, source.end, c.a)
        if at >= 0 and _SAYS.search(text[source.end : at]) and _speaker(c, at):
            return "unnamed_doer"
    return None


def _words(lex: dict[str, Any]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The words that name an unnamed doer, in the order they are tried, and one regex for any."""
    words = (*lex["unnamed_doers"], *lex["unnamed"])
    return words, re.compile(trie_pattern(words))


def _speaker(c: Candidate, at: int) -> bool:
    """Is the source the one whose verb comes before ``at``: no other state named between?"""
    between = starting_in(c.mt.coding.mentions, c.source.end, at)  # type: ignore[union-attr]
    return all(m.country in (None, c.source.country) for m in between)  # type: ignore[union-attr]
