"""Chinese: an act whose doer is named but whose other state is not named, carried or given by
the rule's fallback goes on with the partner of the doer's latest act in the item, when it is
that act again or an answer to it (issue 10; eval/README.md, "The one-state class: actors
carried in general").

Dev gold's misses where the coder found one state of two (``eval/losses.py``, "silent, one
actor found") are partly this: an item tells an act between two states, and a later sentence
goes on with one of them and leaves the other implicit (日方…扣押中国渔船。…日方宣布释放船长;
美国…宣布对伊朗…实施制裁。伊朗外交部表示强烈谴责). ``carry.carried`` lends a pair only after an
opener (对此, 双方, 他…) and ``zh_lead_pair.pair_word_lead`` only to a pair word; this step asks
no word of the sentence. Read on unseen CCTV days, a partner lent to any act was mostly wrong
(an act the rule misread, 主持召开会议, 举行集会; a partner the tables lack, 有的国家): so the act
must be of the root of the act it goes on from (乌军…打击…。乌军炮击…), or a hostile answer
(roots 10-20) to a hostile act done to the doer. ``zh_checks.ZH`` step, before
``target_found``; never rejects.
"""

from __future__ import annotations

from dipwatch.coder.carry import LOOKBACK, lend_target, lent_for
from dipwatch.coder.checks import Candidate
from dipwatch.coder.doc import Coding, Match, Mention, Sentence
from dipwatch.coder.genre import NEWS

#: Rule targets that want no partner (``checks.target_found``); one ending in ``!`` wants only
#: the partner its own fallback finds (a place struck, the attacker, the signers).
_NO_PARTNER = ("none", "after?")
#: The first root of conflict (demand) in CAMEO: from it on, an act answers a hostile one.
_HOSTILE = "10"


def item_partner(c: Candidate) -> str | None:
    """The partner the item gives the doer (``partner_in_item``) for an act with a named doer
    that found none and that the sentence before lends none. Never rejects."""
    mt, source = c.mt, c.source
    if c.target is not None or source is None or not source.country:
        return None
    if c.rule.target in _NO_PARTNER or c.rule.target.endswith("!") or mt.english:
        return None
    if "S" not in c.slots:
        return None  # a doer by default or lent: too weak a reading to lend it a partner too
    if lend_target(source, None, lent_for(mt.carry, c.rule.code)) is not None:
        return None  # the opener's carry (``target_found``) comes first
    c.target = partner_in_item(mt.coding, mt.s, source, c.rule.code)
    return None


def partner_in_item(
    coding: Coding, sentence: Sentence, source: Mention, code: str
) -> Mention | None:
    """The other state of the latest act coded up to ``LOOKBACK`` sentences before
    ``sentence``, in its item (news) or paragraph (a narrative's), between ``source``'s state
    and one other, that an act coded ``code`` goes on from (``_goes_on``), when that
    sentence's such acts give the doer one partner only."""
    country = source.country
    partners: dict[int, set[str]] = {}
    found: dict[int, Mention] = {}
    for m in coding.matches:
        if not sentence.index - LOOKBACK <= m.sentence < sentence.index:
            continue
        if coding.genre != NEWS and coding.sentences[m.sentence].paragraph != sentence.paragraph:
            continue
        other = _goes_on(m, country, code)
        if other is not None and other.country:
            partners.setdefault(m.sentence, set()).add(other.country)
            found.setdefault(m.sentence, other)
    if not partners:
        return None
    last = max(partners)
    return found[last] if len(partners[last]) == 1 else None


def _goes_on(m: Match, country: str | None, code: str) -> Mention | None:
    """The other party of ``m`` when an act of ``country``'s coded ``code`` goes on from it:
    ``country`` did ``m`` and does an act of its root again, or suffered ``m``, a hostile act,
    and answers with a hostile one."""
    if m.source is None or m.target is None or m.source.country == m.target.country:
        return None
    if m.source.country == country and m.code[:2] == code[:2]:
        return m.target
    answered = m.target.country == country and min(m.code[:2], code[:2]) >= _HOSTILE
    return m.source if answered else None
