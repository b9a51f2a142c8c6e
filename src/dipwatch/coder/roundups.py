"""Round-ups of reactions: one act of many speakers, told once in the lead (the ``round_ups``
component).

A broadcast gathers the messages or words of many: its lead says what they did with no one
named (``近日，许多国家领导人…纷纷致电…习近平，热烈祝贺…``; ``一些政党领导人…积极评价中方…``),
then names each with what they said (``新加坡总统哈莉玛表示，…``; ``蒙古国总统呼日勒苏赫预祝…``).
Each speaker named so did the lead's act: one event per speaker, with the lead's code and
target (the same act told again in the speaker's own words is then one event, as ever).

``coding.sourceless`` holds the matches the ``patterns`` component found with no doer (their
target and code known); only those of the text's lead are read here.

>>> from datetime import date
>>> from dipwatch.coder import coding
>>> from dipwatch.models import Document
>>> c = coding(Document("近日，一些政党领导人致电中方，积极评价中方抗疫成效。泰国为泰党领导人素察表示，"
...                     "这些进展令人振奋。", published=date(2020, 2, 24), source="xwlb"))
>>> [(e.source_actor, e.code, e.target_actor) for e in c.events]
[('THA', '051', 'CHN')]
"""

from __future__ import annotations

import re

from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Coding, Match, Mention, Sentence

#: Roots whose unnamed doers a round-up goes on to name: statements, intents, praise, criticism.
_VERBAL = ("01", "02", "03", "05", "10", "11", "12")
#: A sentence that names a speaker: an actor opens it, a speech verb follows soon after.
_OPENERS = re.compile(r"^(?:<[^>]*>|\s|此外|另外|同时|[，,])*")
_SPEAKS = re.compile(r"表示|指出|认为|预祝|祝愿|重申|强调|说|称|祝贺|赞赏|感谢|高度评价|积极评价")
_NAME_LONGEST = 24
#: What parts a lead's clauses: an act after it is another act, not the lead's own.
_CLAUSE_BREAK = re.compile(r"[，,；;]")
#: A speaker's wish to take the relationship forward (期待双方…取得更多合作成果, 愿推动两国战略
#: 伙伴关系…): intent to cooperate (030) with the round-up's addressee too.
_INTENT = re.compile(r"(?:愿|期待|希望)[^。!]{0,30}?(?:合作|关系|友谊|交流)")
#: Many unnamed doers: 许多国家领导人, 一些政党领导人, 多国人士, 各国政要.
_MANY = re.compile(
    r"(?:许多|一些|多国|多位|多名|各国|不少|众多|多方)[^，,。]{0,8}"
    r"(?:领导人|政要|政党|国家|官员|代表|负责人|人士)"
)


def code_round_ups(coding: Coding) -> None:
    """Add to ``coding.matches`` one match per speaker a round-up names after its lead."""
    lead = _lead(coding)
    if not lead:
        return
    first = lead[0].sentence
    for s in coding.sentences[first + 1 :]:
        if is_headline(coding.norm, s):  # a round-up of stories: the next one
            break
        speaker = _opening_speaker(coding, s)
        if speaker is None:
            continue
        for m in lead:
            assert m.target is not None
            if speaker.country == m.target.country:
                continue
            if not _told(coding, s.index, speaker, m.target, m.code):
                coding.matches.append(Match(
                    "zh.round_up", m.code, s.index, speaker.start, speaker.end, speaker,
                    m.target, 0.6))  # fmt: skip
            if (not m.code.startswith("03") and _INTENT.search(coding.norm, speaker.end, s.end)
                    and not _told(coding, s.index, speaker, m.target, "030")):  # fmt: skip
                coding.matches.append(Match(
                    "zh.round_up.intent", "030", s.index, speaker.start, speaker.end, speaker,
                    m.target, 0.55))  # fmt: skip


def _told(coding: Coding, sentence: int, speaker: Mention, target: Mention, code: str) -> bool:
    """Did the speaker's own words already give this act (谨向中方致以诚挚慰问: the condolence
    the lead tells of)? One act of a pair and root per sentence, not a second from the lead."""
    return any(
        m.sentence == sentence
        and m.code[:2] == code[:2]
        and m.source is not None
        and m.target is not None
        and m.source.country == speaker.country
        and m.target.country == target.country
        for m in coding.matches
    )


def _lead(coding: Coding) -> list[Match]:
    """The doerless verbal matches of the text's first sentence that tells anything, when many
    unnamed do it (许多国家领导人…, 一些政党领导人…, 多国人士…): the first, and any other act of
    another root in its clause to the same target (对中国抗击疫情表示慰问和支持: condolence and
    support, coder-audit37's seed-197 check). Not one of a later clause (积极评价…，期待同中方加强
    合作: the wish is each speaker's only where their own words tell it, ``_INTENT``)."""
    if not coding.sourceless:
        return []
    first = min(coding.sourceless, key=lambda m: (m.sentence, m.start))
    if any(m.sentence < first.sentence for m in coding.matches):
        return []
    if first.code[:2] not in _VERBAL or first.target is None:
        return []
    s = coding.sentences[first.sentence]
    if not _MANY.search(coding.norm, s.start, first.start):
        return []
    lead = [first]
    for m in sorted(coding.sourceless, key=lambda m: m.start):
        if (m.sentence == first.sentence and m.code[:2] in _VERBAL and m.target is not None
                and m.target.country == first.target.country
                and not _CLAUSE_BREAK.search(coding.norm, first.start, m.start)
                and all(m.code[:2] != k.code[:2] for k in lead)):  # fmt: skip
            lead.append(m)
    return lead


def _opening_speaker(coding: Coding, s: Sentence) -> Mention | None:
    """The actor that opens the sentence and speaks in it (新加坡总统哈莉玛表示，…)."""
    norm = coding.norm
    opening = _OPENERS.match(norm, s.start, s.end)
    at = opening.end() if opening else s.start
    first = next((m for m in coding.mentions if at <= m.start < s.end), None)
    if first is None or first.start - at > 1 or first.inert or not first.country:
        return None
    verb = _SPEAKS.search(norm, first.end, min(first.end + _NAME_LONGEST, s.end))
    if verb is None or any(first.end <= m.start < verb.start() and m.country != first.country
                           for m in coding.mentions):  # fmt: skip
        return None
    return first
