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


# "May" right after a capitalised word that is no preposition or time word: a surname
# (Prime Minister Theresa May), not the modal verb nor the month (in May, On May 26).
_SURNAME_MAY = re.compile(
    r"\b(?!(?:In|On|By|Since|Until|Through|From|To|Of|And|Or|But|Last|Early|Late|Mid|Next|"
    r"This|Each|Every|Before|After|During)\b)[A-Z][a-z]+\s+May\b"
)
# Any "may", looked for in the window alone (``\b`` still sees the character before it).
_MAY = re.compile(r"\b[Mm]ay\b")


def modal_may(text: str, lo: int, hi: int) -> bool:
    """Is there a "may" in ``text[lo:hi]`` that is not a surname? The matcher reads lower-case
    text, where the surname of a British prime minister is the modal of speculation, and every
    act she did read as a possibility.

    >>> modal_may("Prime Minister Theresa May met Xi", 0, 33)
    False
    >>> modal_may("China may impose tariffs", 0, 24)
    True
    """
    names = {m.end() - 3 for m in _SURNAME_MAY.finditer(text, max(0, lo - 40), hi)}
    return any(m.start() not in names for m in _MAY.finditer(text, lo, hi))
