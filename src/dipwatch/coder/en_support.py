"""English support and sales told by anaphora. Support for "its ally": "Washington stands with its ally" after a story of force
against the Philippines supports the Philippines, the state the story's hostile acts fell on,
whatever else the story names (the attacker, the summoned diplomat).

The ally is the target of the story's last act of force or coercion done by a state other than
the supporter (water cannon, rammings, strikes), else of its last hostile act of any kind. "Approved the possible sale" is military aid to the one
the story's sale was for ("arms sales to Taiwan"), not to the story's other party.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import BY_START, Match, Mention
from dipwatch.coder.en_practices import response_to_any

# Roots of force and coercion (show of force, coerce, assault, fight), then of any hostility.
_FORCE = frozenset(("15", "17", "18", "19", "20"))
_HOSTILE = frozenset(("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"))


@for_rules(lambda rule: rule.id == "en.051.ally")
def ally_target(c: Candidate) -> str | None:
    """ "stands with its ally": the target is the one the story's hostile acts fell on."""
    if c.rule.id == "en.051.ally" and c.target is None and c.source is not None:
        found = c.mt.coding.matches
        c.target = _fallen_on(found, c.source, _FORCE) or _fallen_on(found, c.source, _HOSTILE)
    return None


def _fallen_on(matches: list[Match], source: Mention, roots: frozenset[str]) -> Mention | None:
    """The target of the last of ``matches`` of a root in ``roots`` done by another state than
    ``source``'s to a third."""
    for m in reversed(matches):
        if (m.source is not None and m.target is not None and m.code[:2] in roots
                and source.country not in (m.source.country, m.target.country)):  # fmt: skip
            return m.target
    return None


# "the sale" points back to the story's sale "to" someone: the noun, then its "to" within the
# noun phrase's reach (no clause or sentence break).
_SALE_TO = re.compile(r"\b(?:sale|sales|deal|package)\b[^.;:\n]{0,80}?\b(?:to|for)\s+(?:the\s+)?$")


@for_rules(lambda rule: rule.id == "en.072.the_sale")
def sale_recipient(c: Candidate) -> str | None:
    """ "approved the possible sale": to the one the story's sale was for ("arms sales to
    Taiwan"), found where the noun was first told, in an earlier sentence or earlier in its own
    (sanctions on firms involved in a sale of F-16s to Taiwan, after the State Department
    approved the deal); no such sale told, no event."""
    if c.rule.id != "en.072.the_sale" or c.target is not None or c.source is None:
        return None
    text, lo = c.mt.text, c.mt.s.start
    # this sentence's actors up to the trigger, then the earlier sentences', each read once
    before = (m for m in reversed(c.mt.active) if m.end <= c.a)
    mentions = c.mt.coding.mentions  # (sorted by start: those before the sentence, by bisection)
    earlier = reversed(mentions[: bisect_left(mentions, lo, key=BY_START)])
    for m in chain(before, earlier):
        if m.inert or m.country is None or m.country == c.source.country:
            continue
        if _SALE_TO.search(text, max(0, m.start - 90), m.start) is not None:
            c.target = m
            return None
    return "no_sale"


# Roots of a response promised (countermeasures, retaliation): aimed at whoever acted.
_RESPONSES = ("13",)


@for_rules(lambda rule: rule.target != "none")
def response_to_last_act(c: Candidate) -> str | None:
    """ "China, which claims the island, said it would take countermeasures", after "the State
    Department approved the sale to Taiwan": a response promised with no object of its own, by
    a state that is party to none of the story's acts so far, answers the last one's doer."""
    if c.target is not None or c.source is None or c.code[:2] not in _RESPONSES:
        return None
    if c.rule.target == "none" or c.mt.s.index == 0 or response_to_any(c):
        return None
    country = c.source.country
    if _other_in_clause(c):
        return None  # condemned the United States … and said it would take measures: that one
    found = [m for m in c.mt.coding.matches if m.source is not None and m.target is not None]
    if not found or any(country in (m.source.country, m.target.country) for m in found):
        return None
    c.target = found[-1].source
    return None


_RELATIVE_SPAN = re.compile(r",\s*(?:which|who)\b[^,]*,")


def _other_in_clause(c: Candidate) -> bool:
    """Does the sentence name another actor before the trigger, outside the relative clauses
    that describe (China, which claims the island, said…)? Then the response has one there."""
    mt, lo = c.mt, c.mt.s.start
    spans = [m.span() for m in _RELATIVE_SPAN.finditer(mt.text, lo, c.a)]
    return any(
        m is not c.source
        and m.country != c.source.country
        and lo <= m.start < c.a
        and not any(a <= m.start < b for a, b in spans)
        for m in mt.active
    )
