"""The ``issues`` component: which issues (taiwan, xinjiang, trade…) each sentence is about.

One Aho-Corasick pass over the folded, lower-cased text with every term of
``dipwatch.reference.issues`` (``term_index``); English terms count only as whole words.
"""

from __future__ import annotations

import bisect
from typing import Any

from dipwatch.coder.automaton import Automaton
from dipwatch.coder.doc import Coding


def issue_automaton(index: dict[str, tuple[str, ...]]) -> Any:
    """Compile ``term_index()`` (term -> issue ids) into an automaton.

    >>> a = issue_automaton({"台独": ("taiwan",)})
    >>> [v for _, v in a.iter("反对台独")]
    [(2, ('taiwan',), False)]
    """
    automaton = Automaton()
    for term, ids in index.items():
        if term:
            automaton.add_word(term, (len(term), ids, term.isascii()))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def tag_issues(coding: Coding) -> None:
    """Fill ``coding.issues``: for each sentence, the sorted ids of the issues it mentions."""
    found: list[set[str]] = [set() for _ in coding.sentences]
    automaton = coding.reference.issues
    if len(automaton) and coding.sentences:
        starts = [s.start for s in coding.sentences]
        text = coding.lower
        for end, (length, ids, latin) in automaton.iter(text):
            start = end + 1 - length
            if latin and not _whole(text, start, end + 1):
                continue
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end < coding.sentences[i].end:
                found[i].update(ids)
    coding.issues = [tuple(sorted(ids)) if ids else () for ids in found]  # most have none


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
