"""The actor dictionary: every name of a country, person, organisation and sector word, compiled
into Aho-Corasick automata once per process.

Two automata: one over the folded text for Chinese forms, one over its lower-case twin for
Latin forms (checked afterwards for whole words and, for acronyms such as US, WHO or Quad, for
their exact case). One-character short forms (美, 中, 俄) are kept apart in ``short_chars``: the
``actors`` component accepts them only in safe contexts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from dipwatch.coder.automaton import Automaton
from dipwatch.coder.doc import Mention
from dipwatch.coder.english import plural
from dipwatch.reference.fold import fold
from dipwatch.reference.people import ACTOR_KINDS

_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f’]+$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z.&]{0,5}$")
_LETTER = re.compile(r"[a-z]")
_NON_LATIN = re.compile(r"[^\x00-\x7f\u00c0-\u024f’]")
# A group of at most this many members acts as them (AUKUS, the Quad); a larger forum (APEC,
# the SCO) is where acts happen, never a party.
MAX_GROUP = 4
# Kinds in order of preference when one surface form names several things.
# A place (顿涅茨克, reference/places.py) comes after every kind of a country's own names, so
# a form that is also a capital (East Jerusalem) keeps the capital's behaviour.
PRIORITY = {"person": 0, "fixed": 1, "org": 2, "name": 3, "alias": 4, "capital": 5,
            "demonym": 6, "short": 7, "place": 7, "acronym": 2, "home": 8, "addressee": 8,
            "role": 9, "none": 10}  # fmt: skip


def has_non_latin(text: str) -> bool:
    """Could a form of the CJK automaton (any form not all Latin) occur in ``text``? Scanning
    an English text with that automaton finds nothing and costs more than the rest of it.

    >>> has_non_latin("Côte d’Ivoire"), has_non_latin("中美关系")
    (False, True)
    """
    return not text.isascii() and _NON_LATIN.search(text) is not None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form names.

    ``kind``: person, fixed, org, name/alias/capital/demonym/short (a country), place (a region
    or town of a country: where, never who), acronym, home, role. ``code`` is the actor code
    (``USA``, ``RUSGOV``, ``UNO``, a role such as ``GOV``); ``persons`` the terms of office of
    a person; ``exact`` the form when case matters.
    """

    kind: str
    code: str
    country: str | None = None
    persons: tuple[Any, ...] = ()
    exact: str | None = None
    home_ok: bool = False


@dataclass(slots=True)
class ActorLexicon:
    """Both automata and the one-character short forms."""

    cjk: Any
    latin: Any
    short_chars: dict[str, tuple[str, ...]]
    countries: frozenset[str]
    lexicon: dict[str, dict[str, Any]] = field(default_factory=dict)
    short_run: re.Pattern[str] | None = None
    # The short forms' characters, sorted, as one string (built once: the regexes keyed by it
    # are looked up for each document).
    short_sorted: str = ""
    speech_verbs: re.Pattern[str] | None = None
    # The Latin forms with no letter a-z (14+1): a text with no such letter can hold no other.
    latin_unlettered: tuple[str, ...] = ()
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    name_chars: frozenset[str] = frozenset()
    # First character of each Chinese country name -> its countries (瑙 -> NRU): what X stands
    # for in a side such as 瑙方 when X is no short form of its own.
    initials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Parts of a state that count as it (``part_of``: Hong Kong and Macau as China).
    part_of: dict[str, str] = field(default_factory=dict)
    # A small group with no code of its own (AUKUS, the Quad): its names, folded -> its members.
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Conventional pairs of short forms with a character that is no one-character short form
    # (阿亚: 亚 is in 东亚, 中亚), which no run of short forms reads: pair -> its states.
    fixed_pairs: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        chars = self.short_sorted = "".join(sorted(self.short_chars))
        self.fixed_pairs = {
            pair: tuple(codes)
            for lex in self.lexicon.values()
            for pair, codes in lex.get("pair_states", {}).items()
            if any(c not in self.short_chars for c in pair)
        }
        # (two or more: one, then one or more, so that the regex opens with the class the
        # engine skips along a text to by itself)
        run = f"[{re.escape(chars)}]"
        self.short_run = re.compile(f"{run}{run}+") if chars else None
        # Each lexicon list of both languages as one tuple, for str.endswith/startswith.
        keys = {k for lex in self.lexicon.values() for k, v in lex.items() if isinstance(v, tuple)}
        self.words = {
            k: tuple(w for lex in self.lexicon.values() for w in lex.get(k, ())) for k in keys
        }
        self.part_of = {
            k: v for lex in self.lexicon.values() for k, v in lex.get("part_of", {}).items()
        }
        # The first speech verb of either language (表示, said) in one search.
        speech = self.words.get("speech", ())
        self.speech_verbs = re.compile("|".join(map(re.escape, speech))) if speech else None
        # Characters of transliterated names, less those that begin the words after a name.
        chars = {c for w in self.words.get("name_chars", ()) for c in w}
        self.name_chars = frozenset(
            chars - {c for w in self.words.get("name_stops", ()) for c in w}
        )

    def as_state(self, mention: Mention) -> Mention:
        """The mention with the state its country is part of (``part_of``: HKGGOV → CHNGOV)."""
        state = self.part_of.get(mention.country or "")
        if state is not None:
            mention.country, mention.code = state, state + mention.code[3:]
        return mention

    @classmethod
    def build(
        cls,
        terms: Iterable[tuple[str, str, str]],
        persons: dict[str, list[Any]],
        organisations: Iterable[Any],
        lexicons: dict[str, dict[str, Any]],
    ) -> ActorLexicon:
        """Compile the dictionaries (``countries().terms()``, ``people().surface_forms()``,
        ``organisations()`` and the ``lexicon`` section of each pattern file)."""
        table: dict[str, list[Entry]] = {}
        short: dict[str, list[str]] = {}
        initials: dict[str, list[str]] = {}
        iso3s: set[str] = set()
        never = {w for lex in lexicons.values() for w in lex.get("never", ())}
        for form, iso3, kind in terms:
            iso3s.add(iso3)
            if kind == "code":
                continue
            key = fold(form)
            if kind == "name" and not _LATIN.match(key) and iso3 not in initials.get(key[0], []):
                initials.setdefault(key[0], []).append(iso3)
            if kind == "short" and len(key) == 1 and not _LATIN.match(key):
                short.setdefault(key, []).append(iso3)
            elif key not in never:
                _add(table, form, Entry(kind, iso3, iso3))
                # English demonyms are nouns too: Palestinians, Israelis, Liberians.
                many = plural(form) if kind == "demonym" and _LATIN.match(form) else None
                if many and fold(many) not in never:
                    _add(table, many, Entry(kind, iso3, iso3))
        for form, terms_ in persons.items():
            if len(fold(form)) > 1 and terms_:
                country = terms_[0].country
                _add(table, form, Entry("person", terms_[0].actor_code, country, tuple(terms_)))
        groups: dict[str, tuple[str, ...]] = {}
        for org in organisations:
            small_group = not org.cameo and 2 <= len(org.members) <= MAX_GROUP
            # An armed group, movement or party is a side of its state (UNITA: AGOREB), as a
            # fixed name is; an international body is an organisation of its own.
            side = org.kind in ACTOR_KINDS
            for form in org.names():
                if side:
                    _add(table, form, Entry("fixed", org.cameo, org.cameo[:3]))
                else:
                    _add(table, form, Entry("org", org.cameo or "IGO", None))
                if small_group:
                    groups[fold(form)] = tuple(org.members)
        for lang, lex in lexicons.items():
            _add_lexicon(table, lex, lang)
            for char, codes in lex.get("short_forms", {}).items():
                short.setdefault(char, []).extend(c for c in codes if c not in short.get(char, []))
        latin = {k: v for k, v in table.items() if _LATIN.match(k)}
        return cls(
            cjk=_automaton({k: v for k, v in table.items() if not _LATIN.match(k)}, Automaton()),
            latin=_automaton(latin),
            latin_unlettered=tuple(k for k in latin if not _LETTER.search(k)),
            short_chars={k: tuple(v) for k, v in short.items()},
            countries=frozenset(iso3s),
            lexicon=lexicons,
            initials={k: tuple(v) for k, v in initials.items()},
            groups=groups,
        )


def _add_lexicon(table: dict[str, list[Entry]], lex: dict[str, Any], lang: str) -> None:
    home_roles = set(lex.get("home_roles", ()))
    for word, role in lex.get("roles", {}).items():
        _add(table, word, Entry("role", role, None, home_ok=word in home_roles), lower=True)
    for word, code in lex.get("fixed", {}).items():
        _add(table, word, Entry("fixed", code, code[:3] if len(code) >= 3 else None), lower=True)
    for word, code in lex.get("acronyms", {}).items():
        _add(table, word, Entry("acronym", code, code[:3], exact=word))
    for word in lex.get("home", ()):
        _add(table, word, Entry("home", "", None), lower=True)
    for word in lex.get("addressee", ()):
        _add(table, word, Entry("addressee", "", None), lower=True)
    for word in lex.get("not_actors", ()):  # Latin American: longer than American, no actor
        _add(table, word, Entry("none", "", None), lower=True)


def _add(table: dict[str, list[Entry]], form: str, entry: Entry, lower: bool = False) -> None:
    """File ``entry`` under the matching key of ``form``; Latin forms keep their case to check."""
    if not form.strip():
        return
    if _LATIN.match(form):
        key = form.lower()
        if not lower and entry.exact is None and _needs_case(form):
            entry = Entry(entry.kind, entry.code, entry.country, entry.persons, form, entry.home_ok)
    else:
        key = fold(form)
    bucket = table.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def _needs_case(form: str) -> bool:
    """Acronyms (US, WHO, Quad) and short names (Xi) are matched in their exact case."""
    return bool(_ACRONYM.match(form)) and (form.isupper() or len(form) <= 4 or "." in form)


def _automaton(table: dict[str, list[Entry]], automaton: Any = None) -> Any:
    """``table`` in an automaton: a plain one, or ``automaton`` (Chinese names are read in
    pairs of bytes: ``coder.automaton``)."""
    automaton = automaton if automaton is not None else ahocorasick.Automaton()
    for key, entries in table.items():
        entries.sort(key=lambda e: PRIORITY.get(e.kind, 9))
        automaton.add_word(key, (len(key), tuple(entries)))
    if len(automaton):
        automaton.make_automaton()
    return automaton
