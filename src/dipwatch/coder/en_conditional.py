"""A consequence the sayer states on another state's condition is a menace (issue 10, English
that generalises): "Pompeo said Washington would withdraw fully unless Russia destroyed its
missiles", "Tillerson said military action was an option if North Korea raised the threat".
The rule ``en.130.said_if`` (patterns/en.yaml) reads the construction: a verb of saying, a
modal of what will follow (will, would, should; not the could or might of a possibility:
"could be resolved if both responded with goodwill" is an offer) or "an option", then "if" or
"unless" and the state of the condition.

It is the weakest reading of a menace: when the sentence tells the same sayer's menace with a
verb of its own (warned, vowed to retaliate, would not hesitate to start a war), that one is
the act, and the condition adds no second event.
"""

from __future__ import annotations

from dipwatch.coder.doc import Match

RULE = "en.130.said_if"


def menace_once(found: list[Match]) -> list[Match]:
    """``found`` less the conditional menaces of a sayer whose menace the sentence tells
    with a rule of its own."""
    if not any(m.rule.startswith(RULE) for m in found):
        return found
    told = {_country(m) for m in found if m.code[:2] == "13" and not m.rule.startswith(RULE)}
    return [m for m in found if not (m.rule.startswith(RULE) and _country(m) in told)]


def _country(m: Match) -> str | None:
    return m.source.country if m.source is not None else None
