"""Chinese: a pair word (两国, 双方) whose states the sentence does not name stands for the two
states of the item's lead (eval/README.md, "Dropped by a check and wrong actors").

A CCTV item opens with its two parties (习近平同刚果（金）总统齐塞克迪互致贺电, 李强同黄循财举行
会谈) and goes on about them as 两国, 双方 (会谈后，两国总理共同见证交换…合作文件; 他表示，…我愿
不断深化两国传统友谊): an act of the pair, or one whose doer means the pair's relation, with
no partner named or carried, is between the doer and the other state of that lead. And an
exchange of the pair (两国元首互致贺函) after a pair of short forms the sentence names before it
(中韩高度重视建交30周年，两国元首互致贺函) is between those two, whatever an earlier sentence
lends. ``zh_checks.ZH`` steps.
"""

from __future__ import annotations

import itertools
import re

from dipwatch.coder.carry import PAIR_WORDS, starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Coding, Mention
from dipwatch.coder.genre import NEWS
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Rule
from dipwatch.coder.zh_news import clause_start

#: The fallbacks of rules whose partner is the other of a pair (``slots.fallback_target``).
_PAIR_FALLBACKS = frozenset(("first_other", "partner"))


def _pair_fallback(rule: Rule) -> bool:
    return rule.target.rstrip("!?") in _PAIR_FALLBACKS


@for_rules(_pair_fallback)
def pair_word_lead(c: Candidate) -> str | None:
    """会谈后，两国总理共同见证交换…合作文件: an act whose pattern reads a pair word, when
    neither a partner was found nor the sentence names a state other than the doer's, is aimed
    at the other of the two states the item's lead names (``lead_other``). Never rejects."""
    mt, source = c.mt, c.source
    if c.target is not None or source is None or mt.coding.genre != NEWS:
        return None
    short = mt.coding.reference.actors.short_chars
    if not _pair_word_told(mt, c.left, c.right, short):
        return None
    if any(m.country and m.country != source.country for m in mt.active):
        return None  # the sentence names its own parties: not the lead's
    c.target = lead_other(mt.coding, mt.s.index, source)
    return None


def _pair_word_told(mt: Matcher, left: int, right: int, short: dict[str, tuple[str, ...]]) -> bool:
    """Does a bare pair word stand in the act's words: outside a topic (就中吉关系和两国各领域
    合作达成共识: the pair there is what the talks were about, the doers are named elsewhere),
    and not after two short forms that name its states (中非双方: China and Africa, whatever
    the lead named)? ``left``, ``right``: the act's words' edges."""
    text = mt.text
    for word in PAIR_WORDS:
        at = text.find(word, left, right)
        if at < 0 or _TOPIC.search(text, clause_start(mt, at), at):
            continue
        before = text[at - 2 : at] if at >= 2 else ""
        if not (len(before) == 2 and before[0] in short
                and (before[1] in short or before[1] in _REGIONS)):  # fmt: skip
            return True
    return False


#: One-character short forms of regions a pair may join a state with (中非双方, 中欧双方).
_REGIONS = "非欧拉阿东"
#: A topic marker: what follows it, to the act's verb, is what the act is about.
_TOPIC = re.compile("就|关于|围绕")


def lead_other(coding: Coding, sentence: int, source: Mention) -> Mention | None:
    """The other state of the item's lead (its first sentence) when that sentence names
    exactly two states, the source's one of them, and ``sentence`` comes after it."""
    if sentence == 0 or not coding.sentences:
        return None
    lead = coding.sentences[0]
    named = [m for m in starting_in(coding.mentions, lead.start, lead.end)
             if not m.inert and m.country]  # fmt: skip
    if len({m.country for m in named}) != 2 or source.country not in {m.country for m in named}:
        return None
    return next(m for m in named if m.country != source.country)


@for_rules(lambda rule: rule.mutual and rule.target == "carried!")
def pair_named_before(c: Candidate) -> str | None:
    """中韩高度重视建交30周年，两国元首互致贺函: the pair an exchange of 两国 names none of is
    the pair of short forms the sentence names before it, the doer's state one of them (the
    sentence before, or an earlier paragraph, lends it only when the sentence names none).
    Never rejects."""
    mt, source = c.mt, c.source
    if (
        not (c.rule.mutual and c.rule.target == "carried!")
        or c.target is not None
        or source is None
    ):
        return None
    before = [m for m in mt.active if m.end <= c.a and m.kind == "short" and m.country]
    pairs = [(a, b) for a, b in itertools.pairwise(before) if a.end == b.start]
    if not pairs or source.country not in (pairs[-1][0].country, pairs[-1][1].country):
        return None
    first, second = pairs[-1]
    c.target = second if first.country == source.country else first
    return None


def sides_named_before_the_pair_word(c: Candidate) -> str | None:
    """巴方外交人士称，美伊双方同意继续谈判: a pattern that opens on the pair word (双方, 两国)
    with two short forms of two states right before it names its parties there, whoever spoke
    earlier in the sentence: the first of them is the doer, the other its partner (the
    sentence's first actor, the teller, is neither), when they open their clause and the doer
    found was of neither. Never rejects."""
    if "S" in c.slots or not c.pattern.elements or c.slots.get("T") is not None:
        return None
    words = c.pattern.elements[0].words
    text = c.mt.text
    word = next((w for w in words if w in PAIR_WORDS and text.startswith(w, c.left)), None)
    if word is None:
        return None
    before = [m for m in starting_in(c.mt.mentions, c.left - 8, c.left) if m.kind == "short"]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if second.end != c.left or first.end != second.start or not first.country or not second.country:
        return None
    if first.country == second.country or clause_start(c.mt, first.start) != first.start:
        return None  # (违背了俄美两国总统此前发表的联合声明: an object, not the clause's subject)
    if c.source is not None and c.source.country in (first.country, second.country):
        return None  # (王毅表示，美中两国…: a teller of the pair keeps the reading it had)
    c.source, c.target = first, second
    return None
