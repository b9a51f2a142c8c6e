"""``Words``: many English words found in a story at once, as a case-blind regex finds them.

A case-blind alternation of dozens of words that opens with a lookbehind (no letter or hyphen
before the word) is tried at every character of a story, each word in turn. The same words
lower-cased and grouped by their first letter, the lookbehind after that letter, open with a
class of letters: ``re`` skips to the characters that can begin one (three to five times
faster). Read over the lower-case twin of the text (``Coding.lower``, of the same length),
they find the spans the case-blind regex finds in the text, except around the three letters
that ``re.IGNORECASE`` matches to another than their lower case (İ, ı, ſ): a story with one of
those is read with the case-blind regex.

>>> from dipwatch.coder.doc import Coding
>>> c = Coding(None, None, norm="Kurdish rebels and kurds", lower="kurdish rebels and kurds")  # type: ignore[arg-type]
>>> regex, text = Words(("Kurds", "Kurdish")).reader(c)
>>> [m.span() for m in regex.finditer(text)]
[(0, 7), (19, 24)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dipwatch.coder.doc import Coding
from dipwatch.trie import opening_trie

#: The letters ``re.IGNORECASE`` matches to an ASCII letter other than their ``str.lower()``.
FOLDS = re.compile("[\u0130\u0131\u017f]")


class Words:
    """Whole words (no letter, digit, underscore or hyphen on either side), case-blind; at one
    start the longest word wins."""

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted(words, key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in ordered)
        self.blind = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)
        self.lower = _grouped([w.lower() for w in ordered])
        self.ascii = all(w.isascii() for w in ordered)  # a word's own letters fold plainly
        self.keys = frozenset(w.lower() for w in ordered)
        # Words of word characters alone are whole runs of them: no word found can hold another.
        self.runs = self.ascii and all(_RUN.fullmatch(w) for w in ordered)

    def reader(self, coding: Coding) -> tuple[re.Pattern[str], str]:
        """The regex and the text to read it over: the lower-case twin, unless the story holds
        a letter that the case-blind regex folds otherwise."""
        if self.ascii and folds_plainly(coding):
            return self.lower, coding.lower
        return self.blind, coding.norm

    def capitalised(self, coding: Coding, pos: int = 0) -> Iterator[re.Match[str]]:
        """What ``reader`` finds from ``pos`` that opens with a capital letter (Kurds, not
        kurds). In an ASCII story, for words that are runs of word characters, only the runs
        that open with a capital are read: no other find could have held one of them."""
        text = coding.norm
        if self.runs and text.isascii():
            return (m for m in _CAPITAL_RUN.finditer(text, pos) if m.group().lower() in self.keys)
        regex, read = self.reader(coding)
        return (m for m in regex.finditer(read, pos) if text[m.start()].isupper())


_RUN = re.compile(r"\w+")
# A run of word characters that opens with a capital, none of [\w\-] on either side.
_CAPITAL_RUN = re.compile(r"[A-Z](?<![\w\-][A-Z])\w*(?![\w\-])")


def folds_plainly(coding: Coding) -> bool:
    """Does a case-blind regex of ASCII words find over ``coding.norm`` what its lower-case
    form finds over ``coding.lower``? Yes, but for the three letters of ``FOLDS``."""
    norm = coding.norm  # (``isascii`` is a flag of the string: no scan)
    return norm.isascii() or FOLDS.search(norm) is None


def _grouped(words: list[str]) -> re.Pattern[str]:
    """The words (lower case, longest first) as one regex that opens with their first letters
    (see ``opening_letters``), none of ``[\\w\\-]`` on either side."""
    return re.compile(opening_trie(words, _WORD_OR_HYPHEN) + rf"(?!{_WORD_OR_HYPHEN})")


_WORD_OR_HYPHEN = r"[\w\-]"


def opening_letters(words: Iterable[str], not_before: str = r"\w") -> str:
    """An alternation of ``words`` (tried in their order) with nothing of ``not_before``
    before them, that opens with their first characters: ``(?:a(?<!\\wa)(?:rabs|rab)|k(?<!\\wk)
    (?:urds))``. Where a word can start, ``re`` tries only the words of that first character.
    With ``\\w`` and words that start with a word character, it is ``\\b(?:words)``.

    >>> re.findall(opening_letters(["Forum", "Council", "Fund"]) + r"\\b", "Fund, the Forum.")
    ['Fund', 'Forum']
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(first)}(?<!{not_before}{re.escape(first)})(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )
