"""English background told in the past perfect inside a non-restrictive relative clause:
"…sanctions on Chinese firms over hacking, which Beijing had called irresponsible", "Kim, who
had lobbied Seoul for months, arrived…", and in the story's own narration with no time and no
sayer ("Wang Yi had met Blinken in Munich"). The pluperfect puts the act before the story's time,
and with no time of its own in the clause it has no day to be coded on: it is background, as
undated background is in the whole-document gold (eval/README, en_news: "habitual or undated
background"). With its own time (", which it had paused last week", ", who on March 15 had
accused…") the act is dated and stays; a pluperfect in reported speech outside such a clause
("said it had lodged a protest") is the day's act told backwards and is not read here.

>>> bool(_RELATIVE.search("reports of sanctions, which beijing had "))
True
>>> bool(_PLUPERFECT.search("which beijing had "))
True
"""

from __future__ import annotations

import re

from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule

# The relative pronoun that opens a clause set off by a comma (or a dash).
_RELATIVE = re.compile(r"(?:,|\s[-–—])\s+(?:which|who|whom)\s+")
# The trigger right after "had" (an adverb allowed): the past perfect of the clause's verb.
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?$")


def pluperfect_aside(mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int) -> str | None:
    """…, which Beijing had called irresponsible: an undated pluperfect aside is background."""
    text = mt.text
    if _PLUPERFECT.search(text, max(mt.s.start, a - 20), a) is None:
        if _joined_to_pluperfect(mt, a) is None:
            return None  # (a cheap test first: almost no trigger follows "had")
    elif _NOUN_OPENS.match(text, a):
        return None  # had a phone call with Biden: "had" is the verb, no past perfect
    opened = None
    for m in _RELATIVE.finditer(text, mt.s.start, a):
        opened = m
    if opened is None:
        return _undated_narration(mt)
    if any(ch in text[opened.end() : a] for ch in ",;:"):
        return None  # no open relative clause around the trigger
    close = min((i for i in (text.find(ch, b, mt.s.end) for ch in ",;:") if i >= 0),
                default=mt.s.end)  # fmt: skip
    if any(opened.start() <= start < close for start, _ in mt.dates):
        return None  # …, which it had paused last week: a time of its own
    return "background"


# A second verb in the past joined by "and" to a pluperfect of the same clause (India had
# blamed the attack on a group and accused Islamabad…): "and" right before the trigger, no
# subject of its own between, and no comma, semicolon or colon back to "had" (coder-en59).
_JOINED = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?([a-z]+)\b[^,;:]*\band\s+$")
# A complement clause opened before "had": the joined verb may be the main clause's.
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# How far back the joined verb's "had" may stand.
_JOINED_REACH = 120


def _joined_to_pluperfect(mt: Matcher, a: int) -> re.Match[str] | None:
    """The "had" a trigger joined by "and" shares (had blamed … and accused), when the word
    after "had" is a verb in the past (had a phone call … and agreed: "had" is the verb)."""
    text = mt.text
    if not text.endswith("and ", 0, a):
        return None
    last = None
    for m in _JOINED.finditer(text, max(mt.s.start, a - _JOINED_REACH), a):
        last = m
    if last is None or _NOUN_OPENS.fullmatch(last.group(1)) or not _PAST_FORM.search(last.group(1)):
        return None
    if _THAT.search(text, mt.s.start, last.start()):
        return None  # denied that its jets had entered … and accused: "and" joins the main verb
    return last


# The past participle after "had": a regular "-ed" or one of the irregular forms acts take.
_PAST_FORM = re.compile(r"(?:ed|met|made|sent|held|told|sought|struck|said|brought|given|taken)$")
# A trigger that opens a noun phrase after "had" (had a phone call, had two meetings): "had" is
# the verb itself, told in the simple past (review-en40).
_NOUN_OPENS = re.compile(
    r"(?:a|an|the|his|her|its|their|some|several|two|three|further|more|another)\b", re.IGNORECASE
)
# A time of the story's day, told relative to it (Earlier, Beijing had lodged a protest; had
# summoned the ambassador hours earlier): the act is the day's news, not undated background
# (review-en40).
_SAME_DAY = re.compile(r"\b(?:earlier|hours?\s+(?:before|after|later)|overnight)\b", re.IGNORECASE)
# A verb or phrase of saying or reporting anywhere in the sentence: the pluperfect is then the
# sayer's account, told on the day it is said (said Chinese firms had halted purchases). Acts
# of speech that are themselves events (protested, warned, accused) are not among them.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|announced|stated|statement|reported|reports|"
    r"according|claimed|alleged|insisted|confirmed|quoted|noted|recalled|wrote|argued|"
    r"explained|acknowledged|admitted|revealed|disclosed)\b",
    re.IGNORECASE,
)


def _undated_narration(mt: Matcher) -> str | None:
    """Wang Yi had met Blinken in Munich: a pluperfect in the story's own narration, with no
    time in its sentence and no sayer, puts the act before the story's time with no day of its
    own; it is background, not the day's act. Told by a sayer (said it had lodged a protest)
    it is the day's account, and with a time (had met him on Monday) it is dated: both stay."""
    if any(mt.s.start <= start < mt.s.end for start, _ in mt.dates):
        return None
    if _SAME_DAY.search(mt.text, mt.s.start, mt.s.end):
        return None
    return None if _REPORTED.search(mt.text, mt.s.start, mt.s.end) else "background"
