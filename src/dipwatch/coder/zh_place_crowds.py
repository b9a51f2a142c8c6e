"""Crowds of the places listed before them (eval/README.md "Dev misses by construction", lists
of states acting together): 在波兰、比利时、西班牙等欧盟国家，农民不断抗议欧盟农业政策…; 在哥伦比亚、
巴拿马等国，当地民众也举行抗议活动，谴责美国…. The crowd (农民, 民众) is no actor and names no
state; the clause before it, a frame of places opened by 在, says whose crowds they are, each
state of the frame's list demonstrating (141, as ``crowds_protest`` makes a crowd's reproach).
A ``zh_checks.ZH`` step, before the doer is looked for elsewhere (``source_or_speaker``).
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.zh_news import clause_start

#: Reproaches and protests: what a crowd does to another state.
_ROOTS = ("11", "14")
#: A crowd opening the act's clause, maybe after a word of where or how many it is.
_CROWD = re.compile(r"(?:当地|部分|大批|许多|不少|数千名|上千名|数万名)?"
                    r"(?:民众|农民|抗议者|示威者|群众|居民|工人)")  # fmt: skip
#: A frame of time or occasion, not of places (在法国、德国访问期间，民众…: the crowds are the
#: hosts' or anyone's, not each listed state's).
_NO_PLACE_FRAME = re.compile(r"(?:期间|之际|以来|之后|以后|时|后|上|中)\s*,")
#: The crowd's own state named after its act.
_OWN_STATE = "本国"
#: Demonstrating: a crowd's reproach is its protest march, not its state's word.
DEMONSTRATE = "141"


@for_rules(lambda rule: rule.code[:2] in _ROOTS)
def crowd_of_the_places(c: Candidate) -> str | None:
    """在A、B等国，民众…抗议/谴责 Y: each state of the frame before the crowd's clause protests
    against Y. Only when the act has no subject of its own and its clause opens with the crowd,
    right after a clause that opens with 在 (the frame: 在波兰、比利时…等欧盟国家). Never
    rejects."""
    mt = c.mt
    if c.rule.code[:2] not in _ROOTS or "S" in c.slots or c.group:
        return None
    start = clause_start(mt, c.a)
    target = c.slots.get("T")
    # (…，当地民众也举行抗议活动，谴责美国…: the crowd may open an earlier clause of the act,
    # no other actor between)
    while not _CROWD.match(mt.text, start) and start > mt.s.start:
        start = clause_start(mt, start - 1)
        if any(m is not target for m in starting_in(mt.active, start, c.a)):
            return None
    if start <= mt.s.start or not _CROWD.match(mt.text, start):
        return None
    frame = clause_start(mt, start - 1)
    if not mt.text.startswith("在", frame) or _NO_PLACE_FRAME.search(mt.text, frame, start):
        return None
    # (在法国和德国，民众批评本国政府对乌克兰的援助: the crowd blames its own state; the one
    # named after is what the policy is about)
    if target is not None and _OWN_STATE in mt.text[c.a : target.start]:
        return None
    places: list[Mention] = []
    # (a place after 在 is inert: no doer of its own; those of the frame found by bisection)
    for m in starting_in(mt.mentions, frame, start):
        listed = m.end < start and m.country and m.kind != "org"
        if listed and all(p.country != m.country for p in places):
            places.append(m)
    if not places:
        return None
    c.group, c.source = places, places[0]
    if c.code[:2] == "11":
        c.code, c.rule_id = DEMONSTRATE, c.rule_id + "+crowd"
    return None
