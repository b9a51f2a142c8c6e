"""English word forms for the coder: verb inflections for patterns, plurals for actor words.

A pattern word ending in ``~`` (``agree~``, ``call~_on``) stands for every form of the verb:
base, third person, past and ``-ing`` (agree, agrees, agreed, agreeing). Regular forms are made
here; irregular verbs and verbs that double their last consonant (expel → expelled) come from
the ``verb_forms`` and ``doubling`` lists of ``en.yaml``'s lexicon, so they are data, not code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations, product
from typing import Any

from dipwatch.coder.doc import BY_START
from dipwatch.coder.selection import party

VERB_MARK = "~"
_VOWELS = frozenset("aeiou")
# Endings that take -es in the third person (pushes, fixes) and nouns that take -es in plural.
_SIBILANT = ("s", "x", "z", "ch", "sh")


def _doubles(verb: str, doubling: frozenset[str]) -> bool:
    """ban → banned: one vowel group closed by one consonant; longer verbs only when listed."""
    if verb in doubling:
        return True
    if len(verb) < 3 or verb[-1] in "wxy" or verb[-1] in _VOWELS:
        return False
    if verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    groups = sum(
        1 for i, c in enumerate(verb) if c in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS)
    )
    return groups == 1


def verb_forms(
    verb: str, irregular: Mapping[str, tuple[str, ...]] | None = None,
    doubling: Iterable[str] = (),
) -> tuple[str, ...]:  # fmt: skip
    """Every form of ``verb``: base, -s, past (and participle), -ing; irregular ones added.

    >>> verb_forms("agree")
    ('agree', 'agrees', 'agreed', 'agreeing')
    >>> verb_forms("ban")
    ('ban', 'bans', 'banned', 'banning')
    >>> verb_forms("meet", {"meet": ("met",)})
    ('meet', 'meets', 'meeting', 'met')
    """
    irregular = irregular or {}
    v = verb
    consonant_y = len(v) > 1 and v[-1] == "y" and v[-2] not in _VOWELS  # (try: tries, tried)
    if v.endswith(_SIBILANT):
        third = v + "es"
    elif consonant_y:
        third = v[:-1] + "ies"
    else:
        third = v + "s"
    double = _doubles(v, frozenset(doubling))
    stem = v + v[-1] if double else v
    if v.endswith("e"):
        past = v + "d"
    elif consonant_y:
        past = v[:-1] + "ied"
    else:
        past = stem + "ed"
    if v.endswith("ie"):
        ing = v[:-2] + "ying"
    elif v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        ing = v[:-1] + "ing"
    else:
        ing = stem + "ing"
    forms = [v, third] + ([] if v in irregular else [past]) + [ing]
    forms += [f for f in irregular.get(v, ()) if f not in forms]
    return tuple(forms)


def expand(
    phrase: str, irregular: Mapping[str, tuple[str, ...]] | None = None,
    doubling: Iterable[str] = (),
) -> tuple[str, ...]:  # fmt: skip
    """A phrase with ``~`` on some words, as every combination of their forms.

    >>> expand("call~ on")
    ('call on', 'calls on', 'called on', 'calling on')
    >>> expand("held talks")
    ('held talks',)
    """
    if VERB_MARK not in phrase:
        return (phrase,)
    options = [
        verb_forms(w[:-1], irregular, doubling) if w.endswith(VERB_MARK) else (w,)
        for w in phrase.split(" ")
    ]
    return tuple(" ".join(combo) for combo in product(*options))


def plural(noun: str) -> str | None:
    """The plural of a demonym used as a noun (Afghans, Israelis); None when it has none
    (Chinese, Swiss, British, French).

    >>> plural("Palestinian"), plural("Swiss"), plural("Israeli")
    ('Palestinians', None, 'Israelis')
    """
    if noun.endswith(_SIBILANT) or noun.endswith(("ese", "sh", "ch")):
        return None
    if not noun[-1:].isalpha() or not noun[-1:].islower():
        return None
    return noun + "s"


# --- English clause reading for the patterns component -------------------------------------

_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this"])
_ORDINALS = frozenset(["first", "second", "third", "latest", "last", "next", "recent"])
# Words of amount that open a noun phrase as a determiner does (threatened Russia with more
# sanctions, imposed further tariffs, any visits): a verb form after them is a noun.
_AMOUNTS = frozenset(["more", "fewer", "further", "additional", "any", "no"])
_POSS = ("'s", "’s")
# A gerund after a preposition is a noun (a role in rioting, after fighting).
_PREPOSITIONS = frozenset(
    [
        "in",
        "of",
        "for",
        "during",
        "after",
        "before",
        "about",
        "against",
        "from",
        "with",
        "without",
        "by",
        "despite",
        "following",
    ]
)
_NAME = re.compile(
    r"(?: (?:[A-Z][A-Za-z'’.\-]+|al-[A-Za-z]+|bin|ibn|de|der|den|van|von|le|la|da|di|du|dos|das)"
    r"(?![\w'’-])){1,5}"
)


def is_modifier(text: str, a: int, b: int, lex: Mapping[str, Any]) -> bool:
    """A trigger that is an adjective or a noun here: a participle or gerund right after a
    determiner (the besieged town, a meeting, their fighting), or after a determiner and an
    adverb (Yemen's internationally recognised government).

    >>> is_modifier("the besieged town", 4, 12, {})
    True
    """
    space = text.find(" ", a, b)  # the trigger's first word
    first = text[a : space if space >= 0 else b]
    if not first.endswith(("ed", "ing", "en")) and first not in lex.get("participles", ()):
        return False
    # Eleven characters hold a space and the longest word listed; a longer word cut short by
    # the slice is never mistaken for one.
    before = text[max(a - 11, 0) : a].split()
    if not before:
        return False
    if before[-1] in _DETERMINERS or (first.endswith("ing") and before[-1] in _PREPOSITIONS):
        return True
    return before[-1].endswith("ly") and _determined(text[max(a - 40, 0) : a].split()[-2:])


def _determined(words: list[str]) -> bool:
    """Two words before a participle: a determiner or a possessive, then an adverb (Yemen's
    internationally recognised government, the newly elected president): an adjective phrase.

    >>> _determined(["yemen's", "internationally"]), _determined(["ministry", "strongly"])
    (True, False)
    """
    return len(words) == 2 and (
        words[0] in _DETERMINERS
        or words[0] in _QUANTIFIERS
        or words[0].isdigit()
        or words[0].endswith(_POSS)
    )  # (four partly occupied regions: a number opens the noun phrase as a determiner does)


_QUANTIFIERS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "several", "many", "both", "some", "all", "other"))  # fmt: skip


def after_determiner(
    text: str, a: int, weak: Iterable[str] = _ORDINALS, strong: Iterable[str] = (),
    heads: Iterable[str] = (),
) -> bool:  # fmt: skip
    """Does a determiner or possessive stand before ``a``, perhaps with words that modify nouns
    between (her visit, the first visit, their first confirmed call), or a word that only ever
    modifies a noun right before it (defence support)? A verb form written there is a noun.

    >>> after_determiner("over her visit to Taiwan", 9), after_determiner("Pelosi visits", 7)
    (True, False)
    >>> after_determiner("for Pelosi's visit", 13), after_determiner("the first visit", 10)
    (True, True)
    >>> after_determiner("The two presidents last spoke", 24)
    False
    >>> after_determiner("in defence support", 11, strong=("defence",))
    True
    >>> after_determiner("China's military began", 17, strong=("military",))
    False
    >>> after_determiner("began his european tour", 19), after_determiner("its large-scale aid", 16)
    (True, True)
    >>> after_determiner("questioned the israeli offer", 23)
    True
    >>> after_determiner("a russian official offered", 19, heads=("official",))
    False
    >>> after_determiner("threatened russia with more sanctions", 28)
    True
    """
    if text[a - 1 : a] != " ":
        return False
    before = text[max(a - 40, 0) : a].split()
    word = text[a : a + 24].split(" ", 1)[0]
    if before and before[-1] in strong and not word.endswith(("ed", "an", "et")) and word not in (
        "began", "sent", "met", "held", "flew", "led", "gave", "took", "made", "struck", "won"
    ):  # fmt: skip
        return True  # defence support, a state visit; but "China's military began…"
    if before and before[-1] in heads:
        return False  # a Russian official offered: a noun right before is the verb's subject
    for word in reversed(before[-4:]):
        if word in _DETERMINERS or word in _AMOUNTS or word.endswith(_POSS):
            return True
        if word not in weak and not is_adjective(word):
            return False
    return False


# Words shaped like adjectives (his European tour, its large-scale support, their historic
# visit, the Israeli offer): a demonym's ending (-ean, -ian, -ese, -i), an adjective's suffix,
# or a hyphenated compound.
_ADJECTIVE = re.compile(r"(?:ean|ian|ese|ish|ic|ical|ive|ous|ful|-\w+|^[a-z]{3,}i)$")
_ADJECTIVE_ENDS = ("ean", "ian", "ese", "ish", "ic", "ical", "ive", "ous", "ful")
_WORD_CHARS = re.compile(r"\w+")


def is_adjective(word: str) -> bool:
    """``_ADJECTIVE.search(word)`` for a word with no line break, by string tests (asked of
    every word before a trigger: the regex was tried at each of its characters).

    >>> [is_adjective(w) for w in ("european", "large-scale", "israeli", "visit", "a-", "xi")]
    [True, True, True, False, False, False]
    """
    if word.endswith(_ADJECTIVE_ENDS):
        return True
    dash = word.rfind("-")  # -\w+$: only the last hyphen can be followed by word characters alone
    if dash >= 0 and _WORD_CHARS.fullmatch(word, dash + 1) is not None:
        return True
    return (
        len(word) >= 4 and word[-1] == "i" and word.isascii() and word.isalpha() and word.islower()
    )


def is_passive(text: str, a: int, b: int, start: int, lex: Mapping[str, Any]) -> bool:
    """Is the trigger a participle after was/were/been (was expelled, have been killed)?

    >>> is_passive("they were expelled", 10, 18, 0, {"passive_auxiliaries": ("were",)})
    True
    """
    first = text[a:b].split(" ", 1)[0]
    if not first.endswith(("ed", "en")) and first not in lex.get("participles", ()):
        return False
    before = text[max(start, a - 16) : a].split()
    # was expelled, were quickly expelled: an auxiliary one or two words before the verb.
    return any(w in lex.get("passive_auxiliaries", ()) for w in before[-2:])


def agent(text: str, b: int, mentions: Sequence[Any], lex: Mapping[str, Any]) -> Any | None:
    """The doer of a passive: the first actor after the trigger that ``by`` introduces, with
    or without a determiner or a number (by the navy, by a Chinese ship, by two Chinese ships).

    >>> from types import SimpleNamespace as M
    >>> t = "a boat was rammed by a Chinese ship"
    >>> agent(t, 17, [M(start=23, end=30)], {"by": ("by",)}).start
    23
    """
    bys = lex.get("by", ())
    for m in mentions:
        if m.start < b:
            continue
        words = text[max(b, m.start - 16) : m.start].split()
        while words and words[-1].lower() in _AGENT_DETERMINERS:
            words.pop()
        if words and words[-1] in bys:
            return m
    return None


# What may stand between ``by`` and a passive's doer.
_AGENT_DETERMINERS = frozenset(("the", "a", "an", "two", "three", "four", "five", "several"))
# A state and its government, a state and its firm, and its government and its firm: a firm
# acts as its state (eval/README.md, Actors), so a suit of its own government is domestic.
_ONE_ACTOR = (frozenset(("", "GOV")), frozenset(("", "BUS")), frozenset(("GOV", "BUS")))


def is_domestic(source: Any, target: Any) -> bool:
    """English news codes acts inside one state (Egyptian police arrested opposition
    protesters: EGYCOP → EGYOPP) when the actor codes differ and one names a sector; a state
    and its government or a company of it are one actor (Xi warned that China…: no event), and
    so are its government and its company (U.S. companies sued the U.S. government)."""
    sectors = {source.code[3:], target.code[3:]}
    return source.code != target.code and sectors not in _ONE_ACTOR


def name_end(text: str, end: int, limit: int) -> int:
    """The end of a personal name written after a title (President Levy Mwanawasa), else
    ``end``; never past ``limit`` (the next dictionary match).

    >>> name_end("President Levy Mwanawasa said", 9, 99)
    24
    >>> name_end("met President Ursula von der Leyen. Xi", 13, 99)
    34
    >>> name_end("met Prime Minister K.P. Oli", 18, 99)
    27
    """
    m = _NAME.match(text, end, limit)
    if m is None:
        return end
    # a full stop after a whole word ends the sentence (…President Ursula von der Leyen.), not
    # the name; an initial keeps its own (K.P. Sharma Oli)
    at = m.start()
    for word in text[m.start() : m.end()].split(" ")[1:]:
        at += 1 + len(word)
        if len(word) > 3 and word.endswith(".") and "." not in word[:-1]:
            return at - 1
    return m.end()


# --- English sentence-level choices among matches ------------------------------------------

_TO_END = re.compile(r"\bto\s*$")


def one_act_per_trigger(found: list[Any], text: str = "") -> list[Any]:
    """One verb, one act: of the matches that share a trigger and an actor pair, the most
    confident (then most specific) rule wins (India banned Chinese apps: an embargo, 163, not
    also a ban, 172).

    >>> from types import SimpleNamespace as M
    >>> a, b = M(start=0, end=6, code="172", confidence=0.8), M(start=0, end=6, code="163",
    ...     confidence=0.88)
    >>> for m in (a, b): m.source = m.target = None  # the same pair of states
    >>> [m.code for m in one_act_per_trigger([a, b])]
    ['163']
    """
    best: dict[tuple[Any, ...], Any] = {}
    span = _trigger_spans(found)
    for m in found:
        key = (*span[id(m)], _party(m.source), _party(m.target))
        old = best.get(key)
        if old is None or _rank(m, text) > _rank(old, text):
            best[key] = m
    # China and ASEAN agreed on guidelines: the act with a target is the act, not a bare "agreed".
    aimed = {(*span[id(m)], _party(x)) for m in best.values() if m.target is not None
             for x in (m.source, m.target) if x is not None}  # fmt: skip
    kept = {id(m) for m in best.values() if m.target is not None
            or (*span[id(m)], _party(m.source)) not in aimed}  # fmt: skip
    return [m for m in found if id(m) in kept]


def _party(m: Any) -> str | None:
    """A state by its country, an organisation (EU, no country) by its code: not one None."""
    return party(m) if m is not None else None


def _trigger_spans(found: list[Any]) -> dict[int, tuple[int, int]]:
    """Each match's trigger, widened to the run of overlapping triggers it belongs to (agreed,
    agreed on: one verb)."""
    spans: dict[int, tuple[int, int]] = {}
    run: list[Any] = []
    end = -1
    for m in sorted(found, key=BY_START):
        if run and m.start >= end:
            _close(run, spans)
            run = []
        run.append(m)
        end = max(end, m.end) if len(run) > 1 else m.end
    _close(run, spans)
    return spans


def _close(run: list[Any], spans: dict[int, tuple[int, int]]) -> None:
    if run:
        lo, hi = min(m.start for m in run), max(m.end for m in run)
        spans.update((id(m), (lo, hi)) for m in run)


def _rank(m: Any, text: str = "") -> tuple[int, float, bool, int]:
    """The longer trigger (called on over called), then confidence, then a specific code over a
    root's catch-all (133 over 130), then length. An infinitive's "to" is no particle: "agreed
    to" is no longer a verb than "agreed" (agreed to raise relations: the upgrade, 057, not a
    bare agreement, 030).

    >>> from types import SimpleNamespace as M
    >>> t = "they agreed to raise ties"
    >>> _rank(M(start=5, end=14, code="030", confidence=0.6), t)[0]
    6
    """
    specific = not (len(m.code) == 3 and m.code.endswith("0"))
    length = m.end - m.start - (3 if text.endswith(" to", m.start, m.end) else 0)
    return (length, m.confidence, specific, len(m.code))


def country_of(m: Any) -> str | None:
    """The state of mention ``m``, or None for no mention."""
    return m.country if m is not None else None


def agreed_to(text: str, found: list[Any], intent: Callable[[Any], Any] = lambda m: m) -> list[Any]:
    """In "agreed (on Saturday) to cut off Russian banks" the act agreed to is the event: the
    agreement (03x) that only announces it is dropped, and an act with an intent code of its
    own becomes that intent through ``intent`` (agreed in principle to provide aid: 033).

    >>> from types import SimpleNamespace as M
    >>> t = "they agreed to ban it"
    >>> a = M(start=5, end=11, code="030", source=M(country="USA"))
    >>> b = M(start=15, end=18, code="163", source=M(country="USA"), target=None)
    >>> [m.code for m in agreed_to(t, [a, b])]
    ['163']
    """
    drop, agreed = set(), set()
    for m in found:
        if not m.code.startswith("03") or m.source is None:
            continue
        if getattr(m, "target", None) is None and any(  # agreed on guidelines: 057 says it all
            n.target is not None and m.source.country in (country_of(n.source), n.target.country)
            for n in found if n is not m and getattr(n, "target", None) is not None
        ):  # fmt: skip
            drop.add(id(m))  # (what it agreed to, told after "to", is still an intent below)
        for n in found:
            if (n is not m and not n.code.startswith("03") and n.source is not None
                    and m.source.country in (n.source.country, country_of(n.target))
                    and 0 <= n.start - m.end <= 30
                    and _TO_END.search(text, m.end - 2, n.start)
                    and not any(c in ",;:" for c in text[m.end : n.start])):  # fmt: skip
                drop.add(id(m))
                agreed.add(id(n))
    return [intent(m) if id(m) in agreed else m for m in found if id(m) not in drop]


def group_pairs(text: str, sources: list[Any], targets: list[Any]) -> list[tuple[Any, Any]]:
    """A symmetric act of a list of three or more (Li, Kishida and Yoon held a summit): each
    pair of the group in the order named, as eval/README.md asks; [] when the two slots are not
    one coordinated group of three or more.

    >>> from types import SimpleNamespace as M
    >>> a, b, c = (M(start=i * 10, end=i * 10 + 3, country=k) for i, k in enumerate("ABC"))
    >>> [(s.country, t.country) for s, t in group_pairs("AAA,      BBB and   CCC", [b, a], [c])]
    [('A', 'B'), ('A', 'C'), ('B', 'C')]
    """
    group = sorted({id(m): m for m in (*sources, *targets) if m is not None}.values(),
                   key=lambda m: m.start)  # fmt: skip
    if len(group) < 3 or len({m.country for m in group}) < 3:
        return []
    last = max(sources, key=lambda m: m.start)
    if text[last.end : min(t.start for t in targets if t is not None)].strip(" ,") != "and":
        return []
    return [(s, t) for s, t in combinations(group, 2) if s.country != t.country]


_CLAUSE_END = re.compile(
    r"^(?:,? [A-Za-z0-9 ]{0,30})?,? (?:and|but)(?: (?:[a-z]+ly|now|then|also|later|again|still|"
    r"even|further|instead|meanwhile|separately|jointly))? $"
)


def ends_clause(gap: str) -> bool:
    """Does the text between an actor and a verb close the actor's clause (Russia and
    expelled, Taiwan on Thursday and switched)? Then the actor is an object, not the doer.

    >>> ends_clause(" and "), ends_clause(" on Thursday and "), ends_clause(" and Russia met ")
    (True, True, False)
    >>> ends_clause(" and firmly "), ends_clause(" and now "), ends_clause(" but later ")
    (True, True, True)
    """
    return _CLAUSE_END.match(gap) is not None


# Acts whose direction is only the order of naming; a story's visit, hosting and meeting on one
# day are one act too, whichever way round.
_UNORDERED = ("04", "050", "054", "057", "06")

#: Rules whose act, told as to come, is a step of cutting ties: closing an embassy, expelling
#: the envoy, halting aid.
_BREAK_STEPS = ("en.161.", "en.162.", "en.166.")


def _step_of_break(e: Any, broke: Mapping[tuple[str, str], Any]) -> bool:
    """Taiwan ended relations with Malawi…; Taiwan said it would close its embassy and halt its
    aid: steps announced with a break in ties the story tells (one act, one event) are the
    break, no threat (13x) of their own. Only a step on or after the break's day: a threat to
    cut ties before the break is an act of its own."""
    day = broke.get(((e.source_actor or "")[:3], (e.target_actor or "")[:3]))
    return (day is not None and e.code.startswith("13") and e.pattern.endswith("+future")
            and e.pattern.startswith(_BREAK_STEPS) and e.date >= day)  # fmt: skip


def one_event_per_act(events: list[Any], skip: set[int] = frozenset()) -> list[Any]:
    """An English story tells one act several times (the lead, a detail, a quote): of the
    events with the same actor pair (countries), CAMEO code (its first three digits; for a
    visit, hosting or meeting its root) and date, the first is kept. Events of the sentences in
    ``skip`` (Chinese ones) are kept as they are.

    >>> from types import SimpleNamespace as E
    >>> a = E(source_actor="CHNGOV", target_actor="USA", code="040", date=1, sentence=0)
    >>> b = E(source_actor="USAGOV", target_actor="CHN", code="042", date=1, sentence=3)
    >>> [e.sentence for e in one_event_per_act([a, b])]
    [0]
    """
    seen: set[tuple[Any, ...]] = set()
    # A communique that establishes relations is the recognition, told twice (054 and 057).
    recognised = {(frozenset(((e.source_actor or "")[:3], (e.target_actor or "")[:3])), e.date)
                  for e in events if e.code.startswith("054")}  # fmt: skip
    broke = {((e.source_actor or "")[:3], (e.target_actor or "")[:3]): e.date
             for e in reversed(events) if e.code.startswith("161")}  # fmt: skip
    kept = []
    for e in events:
        if e.sentence in skip:
            kept.append(e)
            continue
        if _step_of_break(e, broke):
            continue
        pair = frozenset(((e.source_actor or "")[:3], (e.target_actor or "")[:3]))
        if e.code.startswith("057") and (pair, e.date) in recognised:
            continue
        pair = ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        unordered = e.code.startswith(_UNORDERED)
        act = e.code[:2] if e.code.startswith("04") else e.code[:3]
        key = (unordered, tuple(sorted(pair)) if unordered else pair, act, e.date)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept
