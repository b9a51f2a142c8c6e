"""``trie_pattern``: a list of words as one regex shaped like a trie, for ``re`` to read fast.

A flat alternation (``called off|call off|cancelled|…``) makes ``re`` try every word in turn
wherever one may start. Words that share a beginning share a branch in the trie form
(``ca(?:ll(?:ed\\ off|\\ off)|ncelled)``), so that each character follows one branch.

>>> trie_pattern(("may", "might", "must"))
'm(?:ay|ight|ust)'
>>> trie_pattern(("ab", "a"))
'a(?:b)?'
"""

from __future__ import annotations

import re


def trie_pattern(words: tuple[str, ...] | list[str]) -> str:
    """A regex that matches where one of ``words`` begins, as their flat alternation does; at
    one place it tries the longest word first (then shorter ones, as the rest of a pattern
    requires), as the alternation of the words sorted longest first does."""
    return _branches(_trie(words))


def _trie(words: tuple[str, ...] | list[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return root


def _branches(node: dict[str, dict]) -> str:
    kids = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    return f"(?:{body})?" if "" in node else body


def opening_trie(words: tuple[str, ...] | list[str], not_before: str = r"\w") -> str:
    """``trie_pattern`` with nothing of ``not_before`` before a word, read behind its first
    character (as ``en_words.opening_letters``): ``re`` skips to the characters that can begin
    one, then follows one branch.

    >>> re.findall(opening_trie(["Fund", "Forum", "Council"]) + r"\\b", "Fund, the Forum.")
    ['Fund', 'Forum']
    """
    firsts = [
        rf"{re.escape(first)}(?<!{not_before}{re.escape(first)}){_branches(child)}"
        for first, child in _trie(words).items()
        if first
    ]
    return "(?:" + "|".join(firsts) + ")"
