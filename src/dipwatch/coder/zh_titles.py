"""Chinese mentions that name no actor, found judging random CCTV days no gold set holds
(issue 10, eval/README.md "Judging output no gold holds", seed 113 and the classes left
before it): a ruler's title that is also a state's name, a known surname inside another
person's name, a union of a state's people."""

from __future__ import annotations

import re

from dipwatch.coder.doc import Coding, Mention


def inert_titles(coding: Coding, mentions: list[Mention]) -> None:
    """Mentions that name no actor: 柔佛州苏丹 (the title of a ruler of a state or province,
    not Sudan); 巴基斯坦总理穆罕默德·巴希尔 (a known surname after another's given name and
    a middle dot, inside a phrase a title of another state already holds: not the known
    person); 埃及记者工会 (a
    union of a state's people, no act of the state)."""
    norm = coding.norm
    for i, m in enumerate(mentions):
        text = norm[m.start : m.end]
        if text == "苏丹" and norm[m.start - 1 : m.start] in _RULED:
            m.inert = True
        elif m.kind == "person" and norm[m.start - 1 : m.start] == "·" and i > 0:
            held = mentions[i - 1]
            m.inert = m.inert or (held.end > m.start and held.country != m.country)
        elif _UNION.match(norm, m.end):
            m.inert = True


_RULED = ("州", "邦")
_UNION = re.compile(r"[^，,。、和与]{0,4}工会")
