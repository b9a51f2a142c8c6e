"""``Automaton``: an Aho-Corasick automaton compiled in Rust, built once per process.

pyahocorasick looks each character of the text up among a trie node's children one by one,
and the root of a dictionary of Chinese words has hundreds of them (one per first character):
every character of a text costs a scan of them all. ``ahocorasick_rs`` (the Rust
``aho-corasick`` crate) steps through the text's UTF-8 bytes, grouped into the few classes
the words tell apart, in a compiled (contiguous) automaton, and finds the same overlapping
occurrences in the same order (by end; at one end, longest first): about twice as fast as
pyahocorasick read in pairs of bytes, the trick this module used before. Its DFA form steps
in fewer instructions but was slower by the clock (a table many times larger) and 0.4 G
instructions dearer to build. It reports each occurrence as (word's number, start, end past
the last character); this class gives them as pyahocorasick does: (end, value), ``end`` the
index of the last character.

>>> a = Automaton()
>>> a.add_word("台独", "taiwan")
>>> a.make_automaton()
>>> a.iter("反对台独"), a.iter("反对台独", 0, 3)
([(3, 'taiwan')], [])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation


class Automaton:
    """The words added, found in a text as ``pyahocorasick`` finds them: (end, value) for each
    occurrence, ``end`` the index of its last character, in order of ``end``. A word added
    again keeps its first place and takes the new value, as in pyahocorasick."""

    def __init__(self) -> None:
        self._table: dict[str, Any] = {}
        self._values: list[Any] = []
        self._find: Any = None

    def add_word(self, word: str, value: Any) -> None:
        if word:  # (as pyahocorasick, an empty word is none)
            self._table[word] = value

    def make_automaton(self) -> None:
        self._values = list(self._table.values())
        self._find = AhoCorasick(
            list(self._table),
            implementation=Implementation.ContiguousNFA,
        ).find_matches_as_indexes

    def __len__(self) -> int:
        return len(self._table)

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(self._table.items())

    def iter(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, Any]]:
        """Every occurrence inside ``text[start:end]``, with ends counted in ``text``."""
        values, last = self._values, start - 1
        if not values:
            return []
        window = text[start:end] if start or end is not None else text
        return [(stop + last, values[i]) for i, _, stop in self._find(window, True)]

    def raw(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, list, list]:
        """The automaton's own hits in ``text[start:end]``, unconverted: (offset, values,
        (number, start, end) triples), each occurrence the word of value ``values[number]``
        ending at ``end + offset`` in ``text`` (its last character). The sentence scan reads
        hundreds of thousands of hits (most of them needed words it only ORs together): it
        converts them in its own loop, not in a converted copy of every one (``iter``)."""
        if not self._values:
            return start, [], []
        return start - 1, self._values, self._find(text[start:end], True)
