"""The person a report names before it quotes them with 他表示: the ``discourse`` component's
speaker when a pronoun opens a speech verb after a sentence that a person opens.

A report names a foreign person in one sentence (``刚果（金）外长…接受总台专访。``) and quotes
them in the next with a pronoun (``他表示，我愿…``). The pronoun stands for the subject of the
sentence before; the first persons in the quote (我, 我们, 我国) are that person's state, not
the broadcaster's home (China), which they would otherwise fall back on, nor an earlier
speaker (…赵乐际表示，…。米尔济约耶夫请赵乐际转达问候。他说，…).
"""

from __future__ import annotations

import re

from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Coding, Mention, Sentence
from dipwatch.sources.headlines import CREDIT_LINE

#: What may stand before a sentence's subject: markup, spaces, a wire tag (央视网消息（新闻联播）：),
#: a date or a time word (当地时间10日，, 日前，).
_OPENING = re.compile(
    r"(?:<[^>]*>|\s)*(?:" + CREDIT_LINE + r")?"
    r"(?:<[^>]*>|[\s,，、\d]|[日号月年]|当地时间|当天|当晚|同日|日前|近日|前不久)*"
)
#: Kinds of mention that name no person a pronoun could stand for.
_NO_PERSON = ("home", "addressee", "short", "capital", "pair", "place", "anaphor")
#: A state's code (CHN, USA) is the state; a longer one (CODGOV, BRAGOV) an office in it.
_STATE_CODE = 3


def named_subject(coding: Coding, s: Sentence, mentions: list[Mention]) -> Mention | None:
    """The person or office that opens ``s`` as its subject (刚果（金）外长卢图恩杜拉,
    联合国秘书长古特雷斯), or None when the sentence opens otherwise or with a bare state."""
    opening = _OPENING.match(coding.norm, s.start, s.end)
    at = opening.end() if opening else s.start
    first = next((m for m in mentions if m.start >= at and not m.inert
                  and (m.country or m.kind == "org")), None)  # fmt: skip
    if first is None or first.start != at or first.kind in _NO_PERSON:
        return None
    return first if _is_person(coding, first) else None


def _is_person(coding: Coding, m: Mention) -> bool:
    """Is ``m`` a person or an office (a title or a name after its state), not a bare state or
    body (美国, 联合国)?"""
    if len(m.code) > _STATE_CODE or m.kind == "person" or _officer_of_a_body(coding, m):
        return True
    titles = coding.reference.actors.words.get("titles", ())
    return any(t in coding.norm[m.start : m.end] for t in titles)


def _officer_of_a_body(coding: Coding, m: Mention) -> bool:
    """古特雷斯, 博雷利: a body's officer the tables name alone (a fixed name of no state,
    written in transliteration characters only, unlike 北约, 联合国) is a person a pronoun may
    stand for (古特雷斯祝贺…。他表示，…。我完全赞同…: the Secretary-General speaks on)."""
    lex = coding.reference.actors
    text = coding.norm[m.start : m.end]
    return (m.kind == "fixed" and m.code not in lex.countries and len(text) > 2
            and all(c in lex.name_chars for c in text))  # fmt: skip


#: A pronoun that opens a sentence as the subject of a speech verb (他表示赞赏…, 她说，…).
_PRONOUN_SAYS = re.compile(r"[他她](?=表示|说|指出|强调|称)")


def _has_pronoun(text: str, lo: int, hi: int) -> bool:
    """Is 他 or 她 (``_PRONOUN_SAYS``'s first character) in ``text[lo:hi]``?"""
    return text.find("他", lo, hi) >= 0 or text.find("她", lo, hi) >= 0


def pronoun_speakers(coding: Coding, by_sentence: list[list[Mention]]) -> list[Mention]:
    """Mentions for 他/她 opening a sentence before a speech verb (他表示赞赏中方…): the person
    who opened the sentence before, not across a headline (an item's start) or, in a narrative,
    a paragraph; only where another party (or none) was speaking, since a mention the speaker in
    force already stands for may be taken for a target further on (…欧盟将对美国采取反制措施)."""
    added = []
    for i, s in enumerate(coding.sentences[1:], start=1):
        if not s.cjk or not _has_pronoun(coding.norm, s.start, s.end + 1):
            continue  # (most sentences: no 他 or 她 to open them, and no regex read)
        opening = _OPENING.match(coding.norm, s.start, s.end)
        at = opening.end() if opening else s.start
        if not _PRONOUN_SAYS.match(coding.norm, at) or any(m.start == at for m in by_sentence[i]):
            continue
        before = coding.sentences[i - 1]
        if is_headline(coding.norm, s) or (
            coding.genre == "narrative" and before.paragraph != s.paragraph
        ):
            continue
        named = named_subject(coding, before, by_sentence[i - 1])
        if named is not None and not _same_party(named, coding.speakers[i]):
            added.append(Mention(at, at + 1, named.code, named.country, named.kind))
    return added


def _same_party(a: Mention, b: Mention | None) -> bool:
    return b is not None and (a.country or a.code) == (b.country or b.code)
