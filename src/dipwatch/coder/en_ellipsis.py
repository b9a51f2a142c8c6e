"""English ellipsis: "Bahrain followed on Sept. 11", "Germany followed suit the same day",
"Canada and Brazil quickly followed Washington's lead", "Japan did the same", "Canada announced
measures of their own". The verb "followed" with no object of its own (or only "suit", or a
leader's "lead"), and a verb phrase that names the act only as "the same" or "their own",
repeat the act told last, with the new
subjects as its doers: the act's code and target are copied; its date is the one told at
"followed" (the dates component reads it there, as for any act). A break of relations told
with no partner ("a day after Saudi Arabia broke off relations", "Sudan also cut ties on
Monday") repeats the break told last (a break only), as ``161``.

Only sentences that hold " followed", " did ", " similar ", " of their own", " of its own" or a
bare break's verb are read (one search per English sentence): the quick search holds every word the patterns
need, so that no pattern is unreachable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.en_clauses import vague_time

# What may follow a bare "followed": a time (later on Monday, the same day) or the clause's end.
_WHEN = ("later", "shortly", "soon", "on", "in", r"the\s+same", r"a\s+day", "hours", "two",
         "three", "days", "weeks", "within", "at")  # fmt: skip
_TIME_OR_END = r"\s*[.,;]|\s+(?:" + "|".join(_WHEN) + r")\b"
_LEAD = r"(?:\s+(?P<leader>[\w.'’\-]+(?:\s+[\w.'’\-]+)?)['’]s\s+lead\b)?"
_FOLLOWED = re.compile(
    r"\bfollowed(?P<suit>\s+suit\b)?" + _LEAD + r"(?=" + _TIME_OR_END + r"|(?<=suit)|(?<=lead))"
)
_NEXT = r"(?=" + _TIME_OR_END + ")"
# The same act told again without its object: did the same, measures of their own.
_SAME = re.compile(
    r"\b(?:did\s+(?:the\s+same|likewise)|(?:announced|imposed|took|adopted|unveiled)\s+"
    r"(?:similar\s+(?:measures|steps|sanctions)|(?:measures|steps|sanctions)\s+of\s+(?:their|its)"
    r"\s+own))" + _NEXT
)
# A break of relations told with no partner (a day after Saudi Arabia broke off relations over the
# attack; Sudan also cut ties on Monday): the partner of the break told last.
_BREAK = re.compile(
    r"\b(?:broke\s+off|severed|cut)\s+(?:diplomatic\s+)?(?:ties|relations)"
    r"(?=\s*[.,;]|\s+(?:on|in|over|after|late|early|later|the\s+same|a\s+day|hours|days)\b)"
)
# A clause that opens with these before the subject: the subject comes after the last of them.
_CLAUSE_JOINS = re.compile(r"(?:,\s+(?:and|but|while)\s+|;\s+|\s+-\s+)")
# What may stand between two listed subjects (Canada, Brazil and Peru; Yemen's … and the Maldives).
_LIST_GAP = re.compile(r"^(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$")
# A word every ellipsis holds: a sentence without one is not read any further.
_WORDS = re.compile(
    r" (?:followed|did |similar |of (?:their|its) own|(?:broke off|severed|cut) (?:dip|ties|rel))"
)
# How many sentences back the act repeated may be told.
_BACK = 2


def followed_acts(coding: Coding, s: Sentence, mentions: Sequence[Mention],
                  found: Sequence[Match]) -> list[Match]:  # fmt: skip
    """The acts of sentence ``s`` that "followed" (did the same…) repeats (``found``: those the
    sentence coded itself)."""
    out: list[Match] = []
    for hit in _ellipses(coding.lower, s):
        if vague_time(coding.lower, s.start, hit.start()):
            continue  # days after the Solomon Islands did the same: background, no day of its own
        doers = ellipsis_subjects(coding, s, mentions, hit.start())
        act = _act_followed(coding, s, found, hit, {d.country for d in doers}) if doers else None
        if act is None or act.target is None:
            continue
        if hit.re is _BREAK:
            if not act.code.startswith("16"):
                continue  # a break follows a break only
            act = replace(act, code="161")
        out += [
            replace(act, rule=act.rule + "+followed", sentence=s.index, start=hit.start(),
                    end=hit.end(), source=d, confidence=act.confidence * 0.9)
            for d in doers
            if d.country and d.country != act.target.country
            and (act.source is None or d.country != act.source.country)
        ]  # fmt: skip
    return out


def _ellipses(lower: str, s: Sentence) -> list[re.Match[str]]:
    """The verb phrases of ellipsis in sentence ``s``: read by the patterns only when a search
    for their words finds one."""
    if _WORDS.search(lower, s.start, s.end) is None:
        return []
    hits = [
        *_FOLLOWED.finditer(lower, s.start, s.end),
        *_SAME.finditer(lower, s.start, s.end),
        *_BREAK.finditer(lower, s.start, s.end),
    ]
    return sorted(hits, key=lambda h: h.start())


def ellipsis_subjects(
    coding: Coding, s: Sentence, mentions: Sequence[Mention], verb: int
) -> list[Mention]:
    """The actors listed right before the verb in its clause; a possessor's role word (Yemen's
    government) is the possessor."""
    lower = coding.lower
    lo = max((m.end() for m in _CLAUSE_JOINS.finditer(lower, s.start, verb)), default=s.start)
    before = [m for m in mentions if lo <= m.start and m.end <= verb and not m.inert and m.country]
    if not before or lower[before[-1].end : verb].strip(" ,") not in _ADVERBS:
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        gap = lower[m.end : group[0].start]
        if _possessed(gap):
            group[0] = m  # Yemen's internationally recognised government: Yemen
        elif _LIST_GAP.match(gap):
            group.insert(0, m)
        else:
            break
    return group


# Adverbs that may stand between the subject and "followed".
_ADVERBS = frozenset(("", "quickly", "soon", "later", "also", "swiftly", "then", "promptly"))


def _possessed(gap: str) -> bool:
    """'s and lower-case words only: the next mention is a role word the first one owns."""
    return gap.startswith(("'s ", "’s ")) and all(w.isalpha() for w in gap[3:].split())


def _act_followed(coding: Coding, s: Sentence, found: Sequence[Match], hit: re.Match[str],
                  doers: set[str | None]) -> Match | None:  # fmt: skip
    """The act told last before ``hit``: one of the sentence's own, else the first act of the
    last sentence (up to ``_BACK`` back) that coded any; with "X's lead", X's act there. An act
    on one of the doers is not the one they follow."""
    earlier = [m for m in found if m.end <= hit.start() and m.target is not None
               and m.target.country not in doers]  # fmt: skip
    if not earlier:
        told = [m for m in coding.matches if s.index - _BACK <= m.sentence < s.index
                and m.target is not None and m.target.country not in doers
                and "+followed" not in m.rule]  # fmt: skip
        last = max((m.sentence for m in told), default=None)
        earlier = _first_told([m for m in told if m.sentence == last], told)
    if not earlier:
        return None
    leader = hit.groupdict().get("leader")
    if leader:
        led = [m for m in earlier if m.source is not None
               and _named(coding, m.source, leader)]  # fmt: skip
        return led[0] if led else None
    return earlier[-1] if earlier[-1].sentence == s.index else earlier[0]


def _first_told(last: list[Match], told: list[Match]) -> list[Match]:
    """The acts a bare "followed" follows: those of the last sentence that coded any, unless
    their first doer's acts were told a sentence before it too (Saudi Arabia and others cut ties
    with Qatar. The three Gulf states also closed their borders… Yemen followed): then those
    told first, the news that others follow, not what the doers added to it."""
    if not last or last[0].source is None:
        return last
    doer = last[0].source.country
    first = min((m.sentence for m in told
                 if m.source is not None and m.source.country == doer), default=last[0].sentence)  # fmt: skip
    return [m for m in told if m.sentence == first] if first < last[0].sentence else last


def _named(coding: Coding, source: Mention, leader: str) -> bool:
    """Is the leader of "X's lead" the source's state (Washington's lead: USA)?"""
    return any(
        m.country == source.country and coding.lower[m.start : m.end] == leader
        for m in coding.mentions
    )
