"""Chinese: a rebuff promised on a condition is no rebuff done (coder-zh44): 一旦以色列对伊朗
发动袭击，伊朗将予以回击 is a threat (zh.138.if_force), not a rejection or criticism (11) of
the one the condition names. Only the clause right after the if-clause: 中方予以驳斥，并警告
如果美方一意孤行… rebuffs before its condition, and stays. And a threat withheld on a
condition (一旦美国发动袭击，伊朗不会予以回击) is no threat.
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.slots import clauses_before


@for_rules(lambda rule: rule.code[:2] == "11")
def not_a_rebuff_promised(c: Candidate) -> str | None:
    """如果/一旦 X …，Y 将予以回击: the rebuff in the clause right after an if-clause is promised."""
    mt = c.mt
    if c.rule.code[:2] != "11" or mt.english:
        return None
    clauses = clauses_before(mt, c.a)
    if clauses is None:
        return None
    opened = clauses[0]
    while opened < c.a and mt.text[opened].isspace():
        opened += 1
    return "promised" if mt.text.startswith(c.lex["if_words"], opened) else None


@for_rules(lambda rule: rule.code[:2] == "13" and not rule.negation)
def not_a_threat_withheld(c: Candidate) -> str | None:
    """一旦美国发动袭击，伊朗不会予以回击: the threat rules read no negation (the condition has
    its own: 如果美方不停止…), but the consequent's own clause, after an if-clause, may deny
    what would follow, and then nothing is threatened."""
    mt = c.mt
    if c.rule.code[:2] != "13" or c.rule.negation or mt.english:
        return None
    clauses = clauses_before(mt, c.a)
    if clauses is None or not mt.text.startswith(c.lex["if_words"], clauses[0]):
        return None
    lex = c.lex
    return (
        "withheld"
        if mt.has_any(lex["negation"], clauses[1], c.a, lex["negation_exceptions"])
        else None
    )
