"""What the object of a verb of announcing or signing says about the act (issue 10, English
that generalises).

"China announced plans to impose tariffs on 128 U.S. products": the rules of sanctions take
"announced … tariffs … on" as the act (an announcement that accomplishes it: "announced
sanctions on"), and the future words ("plans to") are read only before the trigger. When the
announced object is a plan, a proposal or an intention with its infinitive, the act is still to
come: a conflictual one is a threat of it, a cooperative one an intent (the rule's ``future``)
(``announced_plan``).

"Trump signed a memorandum on Thursday directing his administration to put tariffs on Chinese
imports": the agreement rule read "signed a memorandum … Chinese" as a memorandum signed with
China. A participle of directing right after the signed document (and its time) makes it an
order to the signer's own officials: the act it orders is coded by its own rule, the signing
is none (``signed_directive``).

>>> bool(_PLANNED.match(" plans to impose"))
True
>>> bool(_PLANNED.match(" sanctions on"))
False
>>> bool(_DIRECTING.match(" a memorandum on Thursday directing his administration"))
True
>>> bool(_DIRECTING.match(" an agreement on Thursday with Japan"))
False
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

# Right after the verb: a determiner or adjective or two, then the noun of a plan and "to".
_PLANNED = re.compile(
    r"\s+(?:(?:its|their|his|her|the|a|an|new|further|fresh)\s+){0,2}"
    r"(?:plans?|proposals?|intention|intentions|preparations)\s+to\s+[a-z]",
    re.IGNORECASE,
)
_ANNOUNCING = ("announce", "unveil", "outline", "present", "publish", "detail", "set out")

# The signed document (a determiner and up to three words), an optional time, then a
# participle of directing.
_DIRECTING = re.compile(
    r"\s+(?:a|an|the|its|his|her)\s+(?:[\w\-]+\s+){0,3}?(?:on\s+\w+\s+|last\s+\w+\s+)?"
    r"(?:directing|ordering|instructing|authori[sz]ing|requiring|telling|tasking)\b",
    re.IGNORECASE,
)


def _object_reads(c: Candidate, verbs: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Is the trigger one of ``verbs`` and does ``pattern`` hold right after its word? (The
    text is the lower-cased one the English rules match.)"""
    text = c.mt.text
    if not text.startswith(verbs, c.a):
        return False
    end = text.find(" ", c.a)
    return end >= 0 and pattern.match(text, end) is not None


def announced_plan(c: Candidate) -> str | None:
    """Announced plans to impose tariffs: a threat of the act (or the intent of it), not the
    act, when the code is still the rule's own (no future or condition read it yet)."""
    if c.code != c.rule.code or not _object_reads(c, _ANNOUNCING, _PLANNED):
        return None
    planned = c.threat or c.rule.future
    if planned:
        c.code, c.rule_id = planned, c.rule.id + "+plan"
    return None


@for_rules(lambda rule: rule.code.startswith("05"))
def signed_directive(c: Candidate) -> str | None:
    """Signed a memorandum directing his administration to…: an order, no agreement."""
    if not c.code.startswith("05"):
        return None  # (the mark says so too; run unmarked, the step must say it itself)
    return "directive" if _object_reads(c, ("sign",), _DIRECTING) else None
