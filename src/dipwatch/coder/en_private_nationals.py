"""Private persons named by their nationality are no states (issue 10; coder-en49).

"Chinese and Japanese scientists met in Tokyo", "Chinese scholars signed a pact with Japanese
scholars": the nationality adjective names the country of persons who act for themselves (a
laboratory, a university, a firm), and the actor reader, knowing no such noun, leaves the bare
country code (CHN) as if the state had met. Their talks, pacts and exchanges (roots 03 to 06)
are no contact between states when such persons are the doers. Officials and diplomats
(CHNGOV) keep theirs.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate, for_rules

_CONTACTS = ("03", "04", "05", "06")
# After the nationality, perhaps a second one joined to it (Chinese and Japanese scientists)
# and an adjective (young, marine), the head noun of persons who act for no state.
_PRIVATE_HEAD = re.compile(
    r"(?:\s*(?:,|and|&)\s+[A-Z][a-z]+)*(?:\s+[a-z]+)?\s+(?:scientists|scholars|researchers|"
    r"academics|students|businessmen|businesspeople|business\s+people|business\s+leaders|"
    r"entrepreneurs|tourists|artists|athletes|journalists|doctors|engineers|writers|"
    r"filmmakers|musicians|fans|physicians|astronomers|archaeologists|consumers|shoppers|"
    r"traders|activists|protesters)\b"
)


def private_head(c: Candidate, at: int) -> bool:
    """Does a nationality at ``at`` head a noun of private persons?"""
    return _PRIVATE_HEAD.match(c.mt.text, at) is not None


@for_rules(lambda rule: rule.code[:2] in _CONTACTS)
def private_nationals(c: Candidate) -> str | None:
    """Chinese and Japanese scientists met: private persons' meeting, no states'."""
    if c.code[:2] not in _CONTACTS:
        return None
    # the doer only: a state's act for private persons (waived visas for Chinese tourists) is
    # aimed at their state, as the gold codes a policy toward a state's nationals
    m = c.source
    if m is not None and m.end > m.start and len(m.code) == 3 and private_head(c, m.end):
        return "private persons"
    return None


# Acts told of a pair each way (traded accusations, expelled each other's diplomats), which
# only states or their organs do to each other.
_EACH_WAY = frozenset(("en.112.traded", "en.166.each_other"))


@for_rules(lambda rule: rule.id in _EACH_WAY)
def private_pair(c: Candidate) -> str | None:
    """Chinese and Indian traders blamed each other: a pair named by nationalities before a
    noun no table knows as a state's organ (the second party's bare code) is people, not the
    two states (review-en41); Chinese and Indian troops (INDMIL) stay theirs."""
    second = c.slots.get("T")
    if (
        c.rule.id in _EACH_WAY
        and second is not None
        and second.kind == "demonym"
        and len(second.code) == 3
    ):
        return "private pair"
    return None


# Persons named by where they stand on a state (supporters of China, critics of Beijing,
# citizens of Japan): the state after "of" is what they back or belong to, not the doer.
_PERSONS_OF = re.compile(
    r"\b(?:[Ss]upporters|[Bb]ackers|[Ff]ans|[Ff]ollowers|[Cc]ritics|[Oo]pponents|[Dd]etractors|"
    r"[Aa]dmirers|[Ss]ympathi[sz]ers|[Cc]itizens|[Rr]esidents|[Nn]etizens)\s+of\s+(?:the\s+)?$"
)


def persons_of(c: Candidate) -> str | None:
    """Supporters of China and the Philippines traded accusations: the doers are persons who
    back the states, not the states (review-en41's left); the same for any act they do."""
    m = c.source
    if m is None or m.end <= m.start:
        return None
    return (
        "persons of a state"
        if _PERSONS_OF.search(c.mt.text, max(0, m.start - 40), m.start)
        else None
    )
