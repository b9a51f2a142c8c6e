"""The ``issues`` component: which issues (taiwan, xinjiang, trade…) each sentence is about.

One Aho-Corasick pass over the folded, lower-cased text with every term of
``dipwatch.reference.issues`` (``term_index``); English terms count only as whole words.

Each pass over a Chinese text costs about as much whatever its words (a step a byte), so the
Chinese terms are read in the pass the patterns already make over each Chinese sentence: their
ids ride on the rules' automaton (``IssueTerms.in_scan``, merged by ``Reference.build``), and
this component reads only the sentences that pass skipped and, in a text with a letter a-z,
the terms with one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from dipwatch.coder.automaton import Automaton
from dipwatch.coder.doc import Coding


@dataclass(frozen=True, slots=True)
class IssueTerms:
    """The issue terms as the coder reads them."""

    automaton: Any  # every term: for a sentence the Chinese rules' scan did not read
    in_scan: dict[str, tuple[str, ...]]  # term -> ids: read by that scan (``patterns._scan``)
    rest: Any  # the terms with a letter case (English ones), read over the lower-cased text
    lettered: bool  # every one of ``rest`` has a letter a-z: a text with none holds none


def issue_terms(index: dict[str, tuple[str, ...]]) -> IssueTerms:
    """``term_index()`` split for reading (see the module docstring). The scan reads the folded
    text, not the lower-cased one: a term with no letter case and no ASCII (a Chinese one) is
    found at the same places in both, the others are not.

    >>> t = issue_terms({"台独": ("taiwan",), "taiwan": ("taiwan",)})
    >>> t.in_scan, [w for w, _ in t.rest.items()], t.lettered
    ({'台独': ('taiwan',)}, ['taiwan'], True)
    """
    in_scan = {t: ids for t, ids in index.items() if t and _uncased(t)}
    rest = {t: ids for t, ids in index.items() if t and t not in in_scan}
    return IssueTerms(
        issue_automaton(index),
        in_scan,
        issue_automaton(rest),
        all(_LETTER.search(t) for t in rest),
    )


def _uncased(term: str) -> bool:
    return not term.isascii() and term == term.lower() == term.upper()


_LETTER = re.compile(r"[a-z]")


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
    terms: IssueTerms = coding.reference.issues
    scanned = coding.issue_words
    if scanned is None or all(words is None for words in scanned):
        _tag(coding, terms.automaton, found)
    else:
        for i, words in enumerate(scanned):
            if words is None:  # (a sentence of another language in the text)
                s = coding.sentences[i]
                _tag(coding, terms.automaton, found, s.start, s.end)
            else:
                for ids in words:
                    found[i].update(ids)
        if len(terms.rest) and (not terms.lettered or _LETTER.search(coding.lower)):
            _tag(coding, terms.rest, found)
    coding.issues = [tuple(sorted(ids)) if ids else () for ids in found]  # most have none


def _tag(
    coding: Coding, automaton: Any, found: list[set[str]], lo: int = 0, hi: int | None = None
) -> None:
    """Add the ids of ``automaton``'s terms in ``coding.lower[lo:hi]`` to their sentences'."""
    if len(automaton) and coding.sentences:
        starts = [s.start for s in coding.sentences]
        text = coding.lower
        for end, (length, ids, latin) in automaton.iter(text, lo, hi):
            start = end + 1 - length
            if latin and not _whole(text, start, end + 1):
                continue
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end < coding.sentences[i].end:
                found[i].update(ids)


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
