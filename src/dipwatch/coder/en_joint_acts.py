"""A reaction to a joint act aims at both its parties (issue 10, English that generalises).

"Japan and the Philippines signed a defence pact on Monday. China's foreign ministry criticised
the pact": the reaction points back (``story_doers``) at the act told before, coded once with
the first-named party as its source (a symmetric act is one event); its other party did it
too, so the criticism is aimed at both, as a reaction to an act of two sources told with a
coordinated subject is (``co_doers``). Only an agreement (057) is read so: a visit or a meeting
is the visitor's act ("European Union leaders criticised the trip" to Moscow is aimed at the
visitor), and recognition is the recogniser's ("criticised the move" recognising Israel's
sovereignty is aimed at Washington). The act reacted to is the agreement the reaction's noun
names (the pact, the deal), not a meeting the same state held after it (``agreement_reacted_to``).
"""

from __future__ import annotations

from dipwatch.coder.checks import Candidate
from dipwatch.coder.doc import Match, Mention
from dipwatch.coder.english import country_of
from dipwatch.coder.matcher import Matcher

# Acts both parties do by one deed: agreements signed or reached, joint statements.
_AGREEMENTS = ("057",)


def with_joint_partner(doers: list[Mention], act: Match) -> list[Mention]:
    """``doers`` of ``act``, and its target when the act is an agreement whose target's state
    is not among them."""
    partner = act.target
    if partner is None or not act.code.startswith(_AGREEMENTS):
        return doers
    if partner.country is None or any(d.country == partner.country for d in doers):
        return doers
    return [*doers, partner]


def object_noun(mt: Matcher, lo: int) -> str | None:
    """The first story noun (the move, its decision, the drills) after ``lo`` in the sentence."""
    nouns = mt.rules.lexicon["story_nouns"]
    words = mt.text[lo : mt.s.end].replace(",", " ").replace(".", " ").split()
    return next((w for w in words if w in nouns), None)


def agreement_reacted_to(c: Candidate, target: Mention) -> Match | None:
    """The last agreement ``target``'s state is party to, when the reaction's first story noun
    after its trigger is one of agreements (criticised the pact): the act reacted to."""
    mt = c.mt
    noun = object_noun(mt, c.b)
    if noun is None or mt.rules.lexicon["story_nouns"][noun] != "05":
        return None
    return next((m for m in reversed(mt.coding.matches) if m.code.startswith(_AGREEMENTS)
                 and target.country in (country_of(m.source), country_of(m.target))), None)  # fmt: skip
