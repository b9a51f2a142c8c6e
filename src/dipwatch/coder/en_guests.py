"""A person welcomed is a guest received, whatever the voice: ``Obama welcomed Xi with a 21-gun
salute`` and ``Xi was welcomed by Queen Elizabeth`` both tell a host receiving a visitor (043),
as ``welcomed Xi in Budapest`` already did; what is welcomed as praise (051) is a state's move,
a state or a document (``welcomed the decision``, ``welcomed Kiribati's decision``, ``Finland
would be warmly welcomed``), never the person of a visitor."""

from __future__ import annotations

from dipwatch.coder.checks import Candidate, for_rules

# "welcomed Putin's proposal": the person's act is what is praised, he is no guest (an
# apostrophe right after the name: "'s" opens with one).
_POSSESSIVE = ("'", "’")


@for_rules(lambda rule: rule.code == "051")
def welcomed_guest(c: Candidate) -> str | None:
    """Praise whose verb is ``welcome`` and whose target is a person: a welcome of a guest."""
    target = c.target
    if (
        c.rule.code != "051"
        or target is None
        or target.kind != "person"
        or not c.mt.text.startswith("welcom", c.a)
    ):
        return None
    if c.mt.text.startswith(_POSSESSIVE, target.end):
        return None
    c.code, c.rule_id = "043", c.rule.id + "+guest"
    return None
