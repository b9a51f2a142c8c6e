"""English joint acts whose partner the clause names away from the verb (coder-en52, the misses
the twenty-third to twenty-fifth batches share). A pattern with no object slot (``{S} signed …
an agreement``) left the act with no target, and it was lost, in two structures:

- a joined subject whose second party carries an apposition: "Joly and her Indian counterpart,
  Subrahmanyam Jaishankar, signed a trade agreement" (``{S} and {T!} sign~`` allows nothing
  between the second party and the verb): the first party does it with the second;
- a verb joined by "and" to a contact verb with a partner: "Xi held talks with Berdymukhamedov
  on Tuesday and signed an agreement on gas": the agreement's partner is the one talked with.

``joined_predicate_object`` (coder-en57) widens the second structure to every act: a predicate
joined by "and" to an earlier one of the same subject, with no object of its own, is aimed where
the earlier act was ("spoke with the Dutch premier and offered help", "detained six fishermen and
freed them"). The earlier act is the one the sentence already coded, not a verb list.

>>> bool(_JOINED_APPOSED.search(" and her Indian counterpart, Subrahmanyam Jaishankar, "))
True
>>> bool(_JOINED_APPOSED.search(" and his wife, who arrived on Monday, "))
False
>>> bool(_CONTACT.match(" held talks with "))
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipwatch.coder.checks import for_rules
from dipwatch.coder.en_unnamed import reacts

if TYPE_CHECKING:
    from dipwatch.coder.checks import Candidate
    from dipwatch.coder.doc import Match, Mention
    from dipwatch.coder.rules import Rule

# Acts two parties do together, the ones a pattern may tell with no partner slot.
_JOINT_ROOTS = ("03", "04", "05", "06")
# "and" a second party (no comma), its apposition between commas (no relative clause), and at
# most an adverb before the verb, at the end of the text before the trigger.
_JOINED_APPOSED = re.compile(
    r"\s+and\s+(?P<second>[^,;:()\"]{1,60}?),\s+(?!(?:who|which|where|whose|when)\b)"
    r"(?P<apposition>[^,;:()\"]{2,60}),\s+(?:[a-z]+ly\s+|also\s+)?$",
    re.IGNORECASE,
)
# What may stand between the first party's mention and its "and": a title (foreign minister).
_TITLE_AFTER = re.compile(r"(?:\s+[a-z\-]+){0,3}$", re.IGNORECASE)
# A contact verb with its partner right after it, opening the text after the subject.
_CONTACT = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?:(?:held|had)\s+(?:\w+\s+){0,2}?talks\s+with|"
    r"met(?:\s+with)?|hosted|received|welcomed|talked\s+with|visited)\s+",
    re.IGNORECASE,
)
# What may open the contact verb's object before its partner (met the Emirati president).
_THE = re.compile(r"(?:the\s+)?", re.IGNORECASE)
# The second verb's own partner after "with" in its clause, a name no table knows (signed deals
# with Airbus; read in the text as written); "with him" is the contact verb's partner again.
_OWN_WITH = re.compile(r"[^,;:.]*?\bwith\s+(?:the\s+)?[A-Z]")
# A comma, semicolon or colon: another clause between the subject and the trigger.
_CLAUSE_MARK = re.compile(r"[,;:]")
# The joining "and" the second verb follows, and at most a few words up to the trigger.
_AND_VERB = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:\S+\s+){0,5}?$", re.IGNORECASE)


def _joint(rule: Rule) -> bool:
    """Only a joint act's candidates ask for a partner (the step is chosen once per rule)."""
    return rule.code[:2] in _JOINT_ROOTS


def _mentions_in(c: Candidate, lo: int, hi: int) -> list[Mention]:
    """The actor mentions with a state wholly inside ``[lo, hi)``, in order."""
    return [m for m in c.mt.active if lo <= m.start and m.end <= hi and m.country]


def _apposed_pair(c: Candidate) -> tuple[Mention, Mention] | None:
    """(first party, second party) of a joined subject whose second party has an apposition
    right before the trigger; None when the sentence is not so built."""
    s = c.mt.s
    hit = _JOINED_APPOSED.search(c.mt.text, s.start, c.a)
    if hit is None:
        return None
    before = _mentions_in(c, s.start, hit.start())
    if not before:
        return None
    first = before[-1]
    if _TITLE_AFTER.fullmatch(c.mt.text, first.end, hit.start()) is None:
        return None
    second = next(
        (m for m in _mentions_in(c, hit.start("second"), hit.end("apposition"))
         if m.country != first.country),
        None,
    )  # fmt: skip
    return (first, second) if second is not None else None


def _contact_partner(c: Candidate) -> Mention | None:
    """The partner of a contact verb the trigger's verb is joined to by "and" (held talks with
    X on Tuesday and signed…), in one clause with the same subject."""
    source = c.source
    assert source is not None
    text = c.mt.text
    verb = _CONTACT.match(text, source.end)
    joined = _AND_VERB.search(text, source.end, c.a)
    if verb is None or joined is None or verb.end() > joined.start():
        return None
    if _CLAUSE_MARK.search(text, source.end, c.a):
        return None  # another clause between: its own subject and partner
    partners = _mentions_in(c, verb.end(), joined.start())
    if not partners or partners[0].country == source.country:
        return None
    if _THE.fullmatch(text, verb.end(), partners[0].start) is None:
        return None  # (met leaders of Brazil: the partner must head the object)
    if _mentions_in(c, joined.start(), c.a) or _OWN_WITH.match(c.mt.coding.norm, c.b):
        return None  # the second verb's own place or partner (travelled to Kazakhstan to sign
        # a deal; signed deals with Airbus: one no table knows; review-en41)
    return partners[0]


# Between the earlier act and the "and" of the second predicate: its adjuncts and clauses on
# its object, commas allowed ("spoke with Rutte, whose country lost 193 citizens, and
# offered"); no semicolon, colon or parenthesis (another sentence's part).
_FIRST_REST = re.compile(r"[^;:()]*")


def _earlier_act(c: Candidate) -> Match | None:
    """The act the sentence coded last before the trigger with the candidate's subject and a
    target of another state, when the trigger's verb is joined to it by "and" in one clause."""
    source, text = c.source, c.mt.text
    assert source is not None
    for m in reversed(c.mt.found):
        if m.source is None or m.target is None or m.end > c.a or m.source.start != source.start:
            continue
        if m.target.country == source.country or m.start < source.end:
            return None
        rest = max(m.end, m.target.end)
        joined = _AND_VERB.search(text, rest, c.a)
        if joined is None or _FIRST_REST.fullmatch(text, rest, joined.start()) is None:
            return None
        if _mentions_in(c, joined.start(), c.a):
            return None  # (and Britain demanded: a subject of its own)
        return m
    return None


# The second verb in -ing: a gerund of the earlier act's content (accused X of stoking tension
# by closing … and detaining …), not a predicate of its subject.
_GERUND = re.compile(r"[a-z]+ing\b")
# The second predicate's own clause after its verb, up to a comma or the sentence's end: a
# state named there other than the subject's own (offered U.S. help) is its own object.
_CLAUSE_REST = re.compile(r"[^,;:]*")


@for_rules(lambda rule: not reacts(rule))
def joined_predicate_object(c: Candidate) -> str | None:
    """An act with no object whose verb is joined by "and" to an earlier act of the same
    subject takes that act's target (a second predicate shares the first one's partner). A
    reaction is left to ``story_target``, which reads its object first (opposed the use of
    nuclear weapons: aimed at no one) and the coordinated act after."""
    if c.target is not None or c.source is None or c.rule.target == "none":
        return None
    if _OWN_WITH.match(c.mt.coding.norm, c.b) or _GERUND.match(c.mt.text, c.a):
        return None  # (offered help with Airbus: a partner no table knows; … and detaining)
    rest = _CLAUSE_REST.match(c.mt.text, c.b)
    if rest is not None and any(
        m.country != c.source.country for m in _mentions_in(c, c.b, rest.end())
    ):
        return None  # (and will meet Putin: an object of its own the rule did not take)
    earlier = _earlier_act(c)
    if earlier is not None:
        c.target = earlier.target
        c.rule_id += "+joined"
    return None


@for_rules(_joint)
def shared_partner(c: Candidate) -> str | None:
    """A joint act with no partner takes the one its clause names away from the verb: the
    second party of a joined subject past its apposition, or the partner of the contact verb
    it is joined to by "and"."""
    if c.target is not None or c.source is None or c.code[:2] not in _JOINT_ROOTS:
        return None
    pair = _apposed_pair(c)
    if pair is not None:
        c.source, c.target = pair
        if "S" in c.slots:
            c.slots["S"] = pair[0]
        c.rule_id += "+joined"
        return None
    partner = _contact_partner(c)
    if partner is not None:
        c.target = partner
        c.rule_id += "+joined"
    return None
