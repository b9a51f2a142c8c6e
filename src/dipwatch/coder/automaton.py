"""``Automaton``: an Aho-Corasick automaton over Chinese words that reads a text two bytes a
character, built once per process.

pyahocorasick looks each character of the text up among a trie node's children one by one,
and the root of a dictionary of Chinese words has hundreds of them (one per first character):
every character of a text costs a scan of them all. Read as UTF-16 code units cut into bytes,
the root has a few dozen children (the high bytes of the CJK block) and the other nodes few:
the same matches, found in about half the time. A match that starts inside a character (on an
odd byte) straddles two characters and is dropped; a text with one outside the Basic
Multilingual Plane (two code units) is read the plain way. A text with no CJK character (an
English one) is read by a third automaton of only the words without one: the others cannot
occur in it, and their first characters would crowd the root it scans at every letter.

>>> a = Automaton()
>>> a.add_word("台独", "taiwan")
>>> a.make_automaton()
>>> a.iter("反对台独"), a.iter("反对台独", 0, 3)
([(3, 'taiwan')], [])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick


class Automaton:
    """The words added, found in a text as ``pyahocorasick`` finds them: (end, value) for each
    occurrence, ``end`` the index of its last character, in order of ``end``."""

    def __init__(self) -> None:
        self._plain = ahocorasick.Automaton()
        self._pairs = ahocorasick.Automaton()
        self._latin = ahocorasick.Automaton()  # the words with no CJK character
        self._all_latin = False

    def add_word(self, word: str, value: Any) -> None:
        self._plain.add_word(word, value)
        self._pairs.add_word(_bytes(word), value)
        if not _CJK.search(word):
            self._latin.add_word(word, value)

    def make_automaton(self) -> None:
        self._plain.make_automaton()
        self._pairs.make_automaton()
        if len(self._latin):
            self._latin.make_automaton()
        # With no CJK word at all (English rules), the Latin automaton is the whole one.
        self._all_latin = len(self._latin) == len(self._plain)

    def __len__(self) -> int:
        return len(self._plain)

    def items(self) -> Iterator[tuple[str, Any]]:
        return self._plain.items()

    def iter(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, Any]]:
        """Every occurrence inside ``text[start:end]``, with ends counted in ``text``."""
        offset, hits = self.hits(text, start, end)
        if not offset:  # ends already counted in the text: the automaton's own pairs
            return hits if isinstance(hits, list) else list(hits)
        return [(last + offset, value) for last, value in hits]

    def hits(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, Iterable]:
        """``iter``'s occurrences as (offset, (end, value) pairs): each end plus the offset is
        counted in ``text``. A caller that keeps a few of many hits (a sentence's triggers
        among the words its patterns need) adds the offset to those alone."""
        offset, shift, found = self.raw(text, start, end)
        if shift:
            return 0, [((last >> 1) + offset, value) for last, value in found if last & 1]
        return offset, found

    def raw(
        self, text: str, start: int = 0, end: int | None = None, cjk: bool = False
    ) -> tuple[int, int, Iterable]:
        """The automaton's own hits in ``text[start:end]``, unconverted: (offset, shift, (end,
        value) pairs), each occurrence ending at ``(end >> shift) + offset`` in ``text``; with
        ``shift`` 1 (read in pairs of bytes) an ``end`` with ``end & shift != shift`` ends
        inside a character and is none. The sentence scan reads hundreds of thousands of hits
        (most of them needed words it only ORs together): it tests and converts them in its
        own loop, not in a converted copy of every one (``hits``). ``cjk``: the caller knows
        the window holds a CJK character (a Chinese sentence), so it is not searched for one."""
        window = text[start:end]
        if self._all_latin or (not cjk and (window.isascii() or not _CJK.search(window))):
            return start, 0, self._latin.iter(window) if len(self._latin) else ()
        pairs = _bytes(window)
        if len(pairs) != 2 * len(window):  # a character beyond the BMP
            return start, 0, self._plain.iter(window)
        # An occurrence on character boundaries ends on the odd byte of its last character.
        return start, 1, self._pairs.iter(pairs)


#: A character of the CJK blocks: a text without one (English, even with curly quotes) is read
#: the plain way, its letters a root of a few dozen children already.
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _bytes(text: str) -> str:
    """Each UTF-16 code unit of ``text`` as two characters (its high byte, its low byte)."""
    return text.encode("utf-16-be").decode("latin-1")
