"""Chinese sentences whose actors were named in the sentence before, for the ``patterns``
component.

A readout names the parties once and goes on without them: ``习近平同普京通电话。双方表示，愿
加强协调。``, ``对此，他表示…``, ``会谈中，…``. When a sentence opens with one of the lexicon's
``carry_openers`` (对此, 他, 她, 双方, 两国, 会谈中, 会见时…) and the sentence before, in the same
paragraph, coded an event, that event's source and target stand in for the actors this sentence
does not name; a source the sentence names itself (对此，外交部发言人表示) always wins.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> text = "国家主席习近平同俄罗斯总统普京举行会谈。会谈中，双方同意加强合作。"
>>> [(e.source_actor, e.code, e.target_actor)
...  for e in code_document(Document(text, published=date(2022, 2, 25)))][1]
('CHNGOV', '030', 'RUSGOV')
"""

from __future__ import annotations

import re

from dipwatch.coder.doc import Coding, Match, Mention, Sentence

# Markup, spaces, bullets and a date before the opener do not count (</p><p>25日，他表示).
_LEAD = re.compile(r"(?:<[^>]*>|[\s,，、:：()（）\d]|[日号月年]|当天|同日)*")


def carried(
    coding: Coding, sentence: Sentence, previous: Sentence | None, matches: list[Match]
) -> tuple[Mention, Mention | None] | None:
    """(source, target) to lend ``sentence``: those of the first event of ``previous`` when
    both are in one paragraph and ``sentence`` opens with a carry word; else None."""
    if previous is None or previous.paragraph != sentence.paragraph or not matches:
        return None
    openers = coding.reference.rules["zh"].lexicon.get("carry_openers", ())
    if not openers:
        return None
    lead = _LEAD.match(coding.norm, sentence.start, sentence.end)
    at = lead.end() if lead else sentence.start
    if not coding.norm.startswith(openers, at):
        return None
    first = min(matches, key=lambda m: (-m.confidence, m.start))
    if first.source is None:
        return None
    return first.source, first.target


def lend_source(source: Mention | None, named: bool, carry) -> Mention | None:
    """The carried source when the sentence named none (a default such as the home state is a
    zero-width mention: it gives way too)."""
    if carry is None or named:
        return source
    if source is None or source.start == source.end:
        return carry[0]
    return source


def lend_target(source: Mention, target: Mention | None, carry) -> Mention | None:
    """The carried party of another country than ``source`` when no target was found."""
    if target is not None or carry is None:
        return target
    for party in carry:
        if party is not None and party.country != source.country:
            return party
    return None
