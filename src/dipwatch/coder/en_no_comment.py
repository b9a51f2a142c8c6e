"""English refusals to speak: "declined to comment on the summit", "refused to say whether…",
"declined to confirm the report". Wire copy says this of a ministry asked by reporters; the
refusal is aimed at no state and rejects nothing (eval/README: an act needs a counterpart), so
a rejection rule triggered by "declined"/"refused" does not fire on it, whatever the story's
other party.

>>> bool(_NO_COMMENT.match("declined to comment on the summit"))
True
>>> bool(_NO_COMMENT.match("refused to say whether it would attend"))
True
>>> bool(_NO_COMMENT.match("declined to meet the envoy"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule

# A verb of refusal with an infinitive of speech as its whole complement.
_NO_COMMENT = re.compile(
    r"(?:declin|refus)\w*\s+(?:\w+ly\s+)?to\s+(?:comment|say|confirm|elaborate|speculate|"
    r"discuss\s+(?:the|details)|give\s+details|answer\s+questions|"
    # …or to put a name to what was done (declined to call the assault an invasion)
    r"call|describe|characteri[sz]e|label)\b",
    re.IGNORECASE,
)


def no_comment(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """Declined to comment: the trigger is a refusal to speak, no rejection of anyone."""
    if not mt.text.startswith(("declin", "refus"), a):
        return None  # (a cheap test first, on the lower-case text: almost every trigger is another word)
    return "no_comment" if _NO_COMMENT.match(mt.text, a) else None
