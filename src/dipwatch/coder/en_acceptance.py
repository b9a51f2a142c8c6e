"""English acceptance told without its object: "Xi invited Obama to visit China, and Obama
accepted", "Modi invited Xi to India. Xi accepted on Sunday." A bare "accepted" (nothing after
it but the clause's end or a time) is an ellipsis of "accepted the invitation": the invited
state's intent to visit the inviter (``036``, as "accepted an invitation to visit" is coded),
not an agreement aimed at whoever the generic agreement rule finds. It answers the invitation
told last in its sentence or the one before that invited its subject; with none, it is left to
the other rules (accepted a ceasefire is another act).

>>> bool(_BARE_ACCEPTED.search("and obama accepted, chinese state councillor yang jiechi said"))
True
>>> bool(_BARE_ACCEPTED.search("obama accepted the plan"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.en_ellipsis import ellipsis_subjects

# "accepted" with no object: the clause ends or a time follows.
_BARE_ACCEPTED = re.compile(
    r"\baccepted(?=\s*[.,;]|\s*$|\s+(?:on|later|the\s+same|at\s+once|immediately)\b)"
)


def accepted_invitations(
    coding: Coding, s: Sentence, mentions: Sequence[Mention], found: list[Match]
) -> list[Match]:
    """``found`` with each bare "accepted" that answers an invitation to its subject coded as
    the subject's intent to visit the inviter (and the sentence's other reading of that verb
    dropped)."""
    lower = coding.lower
    if lower.find(" accepted", s.start, s.end) < 0:
        return found  # (a cheap test first: almost no sentence accepts)
    for hit in _BARE_ACCEPTED.finditer(lower, s.start, s.end):
        doers = ellipsis_subjects(coding, s, mentions, hit.start())
        invitation = _invitation(coding, s, found, hit.start(), {d.country for d in doers})
        if invitation is None or invitation.source is None:
            continue
        found = [m for m in found if not (m.start <= hit.start() < m.end)]
        found += [
            replace(invitation, rule="en.036.accepted", code="036", sentence=s.index,
                    start=hit.start(), end=hit.end(), source=d, target=invitation.source)
            for d in doers if d.country != invitation.source.country
        ]  # fmt: skip
    return found


def _invitation(coding: Coding, s: Sentence, found: Sequence[Match], at: int,
                doers: set[str | None]) -> Match | None:  # fmt: skip
    """The invitation told last before ``at``, in the sentence or the one before, whose guest
    is one of ``doers``."""
    told = coding.matches_of(s.index - 1) + [m for m in found if m.end <= at]
    asked = [m for m in told if m.rule.startswith("en.036.invite")
             and m.target is not None and m.target.country in doers]  # fmt: skip
    return asked[-1] if asked else None
