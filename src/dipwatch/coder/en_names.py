"""English personal names the actor dictionary cuts in two: a titled name that stops before
"al-", "bin" or "ibn" because the surname alone is a name of the tables (Egyptian President
Abdel Fattah al-Sisi: "…Abdel Fattah" and "Sisi") is joined again into one mention."""

from __future__ import annotations

import re

from dipwatch.coder.doc import Mention

_NAME_PARTICLE = re.compile(r"\s*(?:al-|el-|bin\s+|ibn\s+)\s*$", re.IGNORECASE)


def join_name_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions of one actor with only a name particle between them are one person;
    otherwise a list (A and B agreed…) sees two people there and pairs the wrong ones.

    >>> t = "President Abdel Fattah al-Sisi agreed"
    >>> ms = [Mention(0, 22, "EGYGOV", "EGY", "person"), Mention(26, 30, "EGYGOV", "EGY", "person")]
    >>> [(m.start, m.end) for m in join_name_particles(t, ms)]
    [(0, 30)]
    """
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and last.code == m.code and last.kind != "pronoun"
                and 0 < m.start - last.end <= 6
                and _NAME_PARTICLE.fullmatch(text, last.end, m.start) is not None):  # fmt: skip
            out[-1] = Mention(last.start, m.end, last.code, last.country, last.kind, last.inert)
            continue
        out.append(m)
    return out
