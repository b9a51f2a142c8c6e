"""English actors that only the story around them names: surnames, pronouns, "the two sides".

News names a person in full once (``Taiwanese Foreign Minister Joseph Wu``) and then by
surname (``Wu accused Beijing``) or pronoun (``He met Prime Minister…``); it names a pair once
and then calls it ``the two sides``. These mentions are added to the dictionary's, resolved
against what the story named before them:

- a surname (or, for names written family name first, the first name) of a person named
  earlier in the document stands for that person, with the same actor code;
- ``he``/``she`` as a subject or object is the last person named before it; ``it`` as a subject
  (not ``it is``, ``it was``) the last state or organisation of its sentence, else of the one
  before;
- ``the two sides``, ``both countries``, ``the two leaders``… are the last two states named
  before it, as two halves of the phrase (kind ``pair``), the earlier named first.

The dateline's place (``TAIPEI, Aug 3 (Agency) -``) is the story's, not an actor of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import ahocorasick

from dipwatch.coder.doc import BY_START, Coding, Mention
from dipwatch.coder.en_apposed import apposed_names
from dipwatch.coder.en_binding import clause_subject
from dipwatch.coder.en_dates import dateline
from dipwatch.coder.en_groups import coordinated_last, regional_last
from dipwatch.coder.en_words import Words, folds_plainly, opening_letters
from dipwatch.coder.memo import per_table
from dipwatch.reference.countries import countries

# Written family name first: the first word of a Chinese, Korean or Taiwanese name is its
# surname (Xi Jinping → Xi), unless the name begins with a Western given name (Joseph Wu).
_FAMILY_FIRST = frozenset(("CHN", "TWN", "KOR", "PRK", "HKG", "MAC", "SGP", "KHM"))
_WORD = re.compile(r"[A-Z][A-Za-zà-ÿ'’\-]*[a-zà-ÿ]|[A-Z]{2,}")
# The regexes read over a whole story start with a letter class and look behind their first
# letter for the word boundary: one that starts with an assertion (\b) is tried at every
# character, one that starts with a class skips the others (two to five times faster).
_PAIR = re.compile(
    r"[TtBb](?<!\w[TtBb])(?:(?<=[Tt])he\s+(?P<n>two|three|four)|(?<=[Bb])oth|(?<=[Tt])heir)"
    r"\s+(?:(?<=two\s|ree\s|our\s)(?P<region>Gulf|Arab|European|Asian|African|Baltic|Nordic|Pacific|"
    r"Western|Balkan|Central\s+Asian|Latin\s+American)\s+)?(?:foreign\s+ministers|"
    r"defen[cs]e\s+ministers|prime\s+ministers|top\s+diplomats|sides|countries|nations|leaders|"
    r"governments|presidents|ministers|men|neighbours|neighbors|capitals|delegations|militaries|"
    r"armies|powers|states|allies)\b"
    # "the two" alone as a subject, right before a verb of what pairs do (the two agreed to…)
    r"|[Tt](?<!\w[Tt])he\s+two(?=\s+(?:also\s+)?(?:agreed|signed|held|met|pledged|vowed|"
    r"discussed|reaffirmed|exchanged|said|will|would|announced|issued|launched|upgraded|"
    r"reached|adopted|witnessed|established)\b)"
    # "both" alone as the object of an appeal (urged both to show restraint): the pair, as "both
    # sides"; before any other word it is a determiner or a subject's "both"
    r"|[Bb](?<!\w[Bb])oth(?=\s+to\s+[a-z])"
)
_GROUP = {"two": 2, "three": 3, "four": 4}
_PRONOUN = re.compile(  # \b(?:[Hh]e|[Ss]he|him|his|[Ii]t|[Tt]hey|them)\b, letter first
    opening_letters(("He", "he", "She", "she", "him", "his", "It", "it", "They", "they", "them"))
    + r"\b"
)
# "his" right after a verb in -ed or -ing (praising his measures): the object's, as "him".
_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|ing)\s+$")
# "it is", "it was": the pronoun of an impersonal clause, no actor.
_IMPERSONAL = re.compile(
    r"\s+(?:is|was|'s|’s|has\s+been|had\s+been|seems|seemed|remains)\b(?!\s+\w+ing\b)"
)
_PERSONS = frozenset(("person", "role"))
_PARTICLES = frozenset(("von", "der", "van", "den", "de", "bin", "ibn", "al", "da", "di", "du",
                        "dos", "das", "le", "la"))  # fmt: skip
# Words a name may contain that stand for something else on their own (Liu He: not "He").
_NOT_NAMES = frozenset(("He", "She", "It", "To", "An", "As", "In", "On", "At", "Of", "By", "Do",
                        "No", "So", "Un", "Jr", "Sr"))  # fmt: skip


def extend(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the surnames, pronouns and pairs of an English story, sorted.

    >>> from datetime import date
    >>> from dipwatch.coder import coding as run
    >>> from dipwatch.models import Document
    >>> c = run(Document("Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov. "
    ...                  "Wang said the two sides agreed.", published=date(2023, 4, 2)))
    >>> [(c.text[m.start:m.end], m.code) for m in c.mentions][2:]
    [('Wang', 'CHNGOV'), ('the two', 'CHNGOV'), (' sides', 'RUSGOV')]
    """
    line = dateline(coding.norm)
    cut = line.end if line else 0
    for m in mentions:
        if (m.start < cut or _venue(coding.norm, m) or _norm_of(coding.norm, m)
                or _document_place(coding.norm, m) or _possessed_office(coding.norm, m, mentions)
                or _airline(coding.norm, m)):  # fmt: skip
            # the dateline's place; a state naming a venue (a Singapore hotel); a body naming
            # the norm an act breaks (launches that violated Security Council resolutions); a
            # city naming a document (the Paris climate agreement); another state's word inside
            # an office a possessor holds (the European Union's Portuguese presidency); an
            # airline named after its state (Air China, Korean Air, Singapore Airlines)
            m.inert = True
    found = sorted((m for m in mentions if not _named_after(coding, m)), key=BY_START)
    found = _body_officials(coding, found)
    taken = bytearray(len(coding.norm) + 1)
    for m in found:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = _surnames(coding, found, taken, cut)
    if extra:  # a surname that is also a state's name (Luís Montenegro … Montenegro said)
        named = {(m.start, m.end) for m in extra}
        found = [m for m in found if (m.start, m.end) not in named]
    extra += apposed_names(coding.norm, found, taken, cut)
    for m in extra:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    found = sorted(found + extra, key=BY_START)
    peoples = _peoples(coding, found, taken, cut)
    for m in peoples:  # the bare title a people's mention took in (Kurdish rebels: rebels)
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        found = [x for x in found if not (x.kind == "role" and m.start < x.start < m.end)]
    found = sorted(found + peoples, key=BY_START)
    described = _descriptions(coding, found, taken, cut)
    described += _located(coding, found + described, taken, cut)
    described += _bodies(coding, taken, cut)
    for m in described:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    found = sorted(found + described, key=BY_START)
    koreas = _koreas(coding, found, cut)
    found = [m for m in found if not any(k.start <= m.start < k.end for k in koreas)]
    pairs = _pairs(coding, found, taken, cut) + koreas
    inside = [(m.start, m.end) for m in pairs]
    found = [
        m
        for m in found  # a bare title inside "the two leaders" is the pair's
        if not (m.kind == "role" and any(a <= m.start and m.end <= b for a, b in inside))
    ]
    ordered = sorted(found + pairs, key=BY_START)
    extra = _pronouns(coding, ordered, taken, cut) + _reproached_its(coding, ordered, cut) + pairs
    found = sorted(found + extra, key=BY_START)
    _quoted_homes(coding, found)
    return found


# A state's name, capital or adjective that only says where a venue is (met at a Bangkok hotel,
# talks at a Peruvian resort): a place, no party to what was done there.
_VENUE_BEFORE = re.compile(r"\s(?:at|in|to|from|outside|inside)\s+(?:a|an|the)\s+(?:[a-z\-]+\s+)?$")
_VENUE_AFTER = re.compile(
    r"\s+(?:hotel|hotels|resort|restaurant|airport|guesthouse|guest\s+house|villa|ballroom|"
    r"convention\s+cent(?:er|re)|conference\s+cent(?:er|re)|golf\s+club|beach\s+resort)\b"
)


# A verb of coming or going right before the venue's preposition (flew to a Thai airport,
# arrived at a Bangkok hotel): the venue is where the traveller went, and its state the one
# visited.
_MOVED = re.compile(
    r"\b(?i:arriv|land|flew|fly|flies|travel|went|go|goes|came|come|return|head)\w*\s+$"
)


def _venue(text: str, m: Mention) -> bool:
    """Is ``m`` a state's word that names a venue's place, not a party?"""
    if m.kind in _PERSONS or _VENUE_AFTER.match(text, m.end) is None:
        return False
    before = _VENUE_BEFORE.search(text, max(0, m.start - 30), m.start)
    return before is not None and not _MOVED.search(
        text, max(0, before.start() - 12), before.start() + 1
    )


# A capital naming the document or process made there (the Paris climate agreement, the Minsk
# agreements, the Oslo accords): the city is where it was signed, no party to it, nor to what
# is said of it. (A state's name keeps its part: the Iran nuclear deal is Iran's.)
_DOCUMENT_BEFORE = re.compile(r"\b(?i:the)\s+$")
_DOCUMENT_AFTER = re.compile(
    r"\s+(?i:(?:climate|peace|nuclear|trade)\s+)?(?i:agreement|agreements|accord|accords|treaty|"
    r"protocol|declaration|format|process|consensus)\b"
)


def _document_place(text: str, m: Mention) -> bool:
    """Is ``m`` a capital that only names a document (the Paris climate agreement)?"""
    return (m.kind in ("capital", "alias") and _DOCUMENT_AFTER.match(text, m.end) is not None
            and _DOCUMENT_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
            and _is_capital(text, m))  # fmt: skip


def _is_capital(text: str, m: Mention) -> bool:
    """A capital, also one the table lists as its state's alias too (Beijing: the Beijing
    agreement between Saudi Arabia and Iran names no party either)."""
    if m.kind == "capital":
        return True
    if m.kind != "alias" or m.country is None:
        return False
    state = countries().by_iso3(m.country)
    return state is not None and text[m.start : m.end].lower() in _lowered(state.capitals)


@lru_cache(maxsize=256)
def _lowered(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f.lower() for f in forms)


# A norm broken, named by the body that made it (violated Security Council resolutions, in
# breach of U.N. sanctions): the body is no party to the breach, nor to what is said of it.
_BREACH_BEFORE = re.compile(
    r"\b(?i:violat\w*|breach\w*|defy|defies|defied|defying|defiance\s+of|contraven\w*|"
    r"flout\w*)\s+(?i:of\s+)?(?i:the\s+|several\s+|multiple\s+|numerous\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,3}$"  # (violated U.N. Security Council resolutions: each body)
)
_NORM_AFTER = re.compile(r"(?:\s+[A-Z][\w.]*){0,3}\s+(?i:resolutions?|sanctions|charter|rules)\b")


def _norm_of(text: str, m: Mention) -> bool:
    """Is ``m`` a body that only names the norm an act breaks?"""
    return (m.kind == "org" and _NORM_AFTER.match(text, m.end) is not None
            and _BREACH_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)  # fmt: skip


# An office held by the possessor before it whatever state its adjective names: the rotating
# presidency of a body (the European Union's Finnish presidency: the Union speaks), an envoy or
# embassy posted there (China's U.S. ambassador, Russia's U.N. envoy: the possessor's). A
# counterpart is the other's by its meaning (Germany's Chinese counterpart: China's), so it is
# no such office.
_HOLDER_OFFICE = re.compile(
    r"(?i:presidency|ambassador|envoy|embassy|mission|delegation|representative|consul|"
    r"consulate)$"
)
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s+$")


def _possessed_office(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is ``m`` another state's word inside an office that the actor right before it holds
    (``the European Union's Portuguese presidency``: the Union's)?"""
    if m.kind in _PERSONS or _HOLDER_OFFICE.search(text, m.start, m.end) is None:
        return False
    before = _POSSESSIVE_BEFORE.search(text, max(0, m.start - 4), m.start)
    if before is None:
        return False
    at = before.start()
    own = m.country or m.code[:3]
    return any(p.end == at and p.kind not in _PERSONS and (p.country or p.code[:3]) != own
               for p in mentions)  # fmt: skip


# An airline named after its state: "Air" right before the name (Air China, Air India) or an
# airline's word right after it (Korean Air, Singapore Airlines, China Eastern): a company,
# not the state, flies (coder-en42).
_AIR_BEFORE = re.compile(r"(?<![\w-])Air\s+$")
_AIRLINE_AFTER = re.compile(
    r"\s+(?:Air(?:\s+Lines)?|Airlines|Airways|Eastern(?!\s+(?:Europe|Mediterranean))|Southern"
    r"(?!\s+(?:Africa|Sudan|Ocean|Europe)))\b(?!\s+(?:Force|force|Defen[cs]e|space))"
)


def _airline(text: str, m: Mention) -> bool:
    """Is the state's name ``m`` only the name of an airline (Air China, Korean Air)?"""
    if m.kind in _PERSONS:
        return False
    return (_AIR_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
            or _AIRLINE_AFTER.match(text, m.end) is not None)  # fmt: skip


# Capitalised nouns that make a person's name the name of a place or body called after them
# (the Ronald Reagan Presidential Library, the Jomo Kenyatta airport): no act of the person.
_NAMED_AFTER = re.compile(
    r"\s+(?:Presidential\s+|Memorial\s+|International\s+)?(?:Library|Foundation|Institute|"
    r"Center|Centre|Airport|Museum|University|School|College|Memorial|Stadium|Avenue|Street|"
    r"Boulevard|Square|Bridge|Hall|Prize|Award|Medal|Doctrine|Mausoleum|Park|Highway|Hospital)"
    r"\b"
)


def _named_after(coding: Coding, m: Mention) -> bool:
    """Is the person ``m`` only the name of something called after them?

    >>> from datetime import date
    >>> from dipwatch.coder import coding as run
    >>> from dipwatch.models import Document
    >>> c = run(Document("China sanctioned the Ronald Reagan Presidential Library.",
    ...                  published=date(2023, 4, 7)))
    >>> [c.text[m.start:m.end] for m in c.mentions]
    ['China']
    """
    if m.kind != "person":
        return False
    text = coding.norm
    # The phrase may already hold the noun (a name runs on over capitalised words).
    return _NAMED_AFTER.match(text, m.end) is not None or any(
        hit.end() == m.end for hit in _NAMED_AFTER.finditer(text, m.start, m.end)
    )


def _peoples(coding: Coding, mentions: list[Mention], taken: bytearray,
             cut: int) -> list[Mention]:  # fmt: skip
    """Kurdish rebels, Tamils, Hutu militiamen: a people of more than one state (``ethnic_groups``
    in en.yaml) is the state among its own that the sentence names, else that the story
    names, else its only one; with a sector word after it, that state's sector, and as a
    plural noun (the Kurds), its civilians.

    >>> from datetime import date
    >>> from dipwatch.coder import coding as run
    >>> from dipwatch.models import Document
    >>> c = run(Document("Kurdish rebels attacked a Turkish army post.", published=date(1995, 1, 1)))
    >>> [(c.text[m.start:m.end], m.code) for m in c.mentions]
    [('Kurdish rebels', 'TURREB'), ('Turkish army', 'TURMIL')]
    """
    table = coding.reference.rules["en"].lexicon.get("ethnic_groups", {})
    finder = _people_finder(table)
    if finder is None:
        return []
    text, found, sectors = coding.norm, [], _sector_words(coding)
    sector_regex, sector_read = sectors[0].reader(coding) if sectors else (None, "")
    for hit in finder.capitalised(coding, cut):  # (a people's name opens with a capital)
        a, b = hit.span()
        if any(taken[a:b]):
            continue
        sector = (
            sector_regex.match(sector_read, b + 1)
            if sector_regex is not None and text[b : b + 1] == " "
            else None
        )
        role = sector and next((m for m in mentions if m.kind == "role"
                                and m.start == sector.start()), None)  # fmt: skip
        if role is not None and role.country:
            # the sector word already has its state (Druze inhabitants of the Syrian Golan)
            found.append(Mention(a, role.end, role.code, role.country, "demonym"))
            continue
        states = table[hit.group().lower()]
        state = _phrase_state(text, mentions, a, sector.end() if sector else b, states)
        state = state or _people_state(coding, mentions, a, states)
        if state is None:
            continue
        if sector is not None and (
            role is not None or not any(taken[sector.start() : sector.end()])
        ):
            code, b = state + sectors[1][sector.group().lower()], sector.end()
        else:
            code = state + "CVL" if text[a:b].endswith("s") else state
        found.append(Mention(a, b, code, state, "demonym"))
    return found


def _people_finder(table: dict[str, tuple[str, ...]]) -> Words | None:
    return per_table(table, "people_finder", lambda: Words(table) if table else None)


_OF_PLACE = re.compile(r"\s+(?:of|in|from)\s+(?:the\s+)?(?:\w+\s+)?$")


def _phrase_state(text: str, mentions: list[Mention], a: int, b: int,
                  states: tuple[str, ...]) -> str | None:  # fmt: skip
    """One of ``states`` named in the people's own phrase: right before it (Iraqi Kurds) or
    after "of", "in" or "from" (Druze of the Syrian Golan, Kurds in Turkey)."""
    for m in mentions:
        if m.country not in states or m.kind == "pronoun":
            continue
        if m.end <= a and not text[m.end : a].strip():
            return m.country
        if b <= m.start <= b + 24 and _OF_PLACE.match(text[b : m.start] + " ") is not None:
            return m.country
    return None


def _people_state(coding: Coding, mentions: list[Mention], a: int,
                  states: tuple[str, ...]) -> str | None:  # fmt: skip
    """The state of a people at ``a``: of ``states`` (its main one first), the first its
    sentence names, else the first the story names, else the only one (Tamil rebels killed
    Indian soldiers: Sri Lanka's rebels, though India is named too)."""
    sentence = next((s for s in coding.sentences if s.start <= a < s.end), None)
    named = {m.country for m in mentions if m.country in states and m.kind != "pronoun"}
    inside = {m.country for m in mentions if m.country in named and sentence
              and sentence.start <= m.start < sentence.end}  # fmt: skip
    first = next((s for s in states if s in inside), None) or next(
        (s for s in states if s in named), None
    )
    return first or (states[0] if len(states) == 1 else None)


# Sectors of a state's people that a sentence set in that state gives to it when nothing else
# does (Rebels attacked a village in northern Uganda: Uganda's rebels), and the words of the
# government itself that go with them; titles (president, minister) stay unattributed.
_LOCATED_SECTORS = frozenset(("REB", "MIL", "COP", "OPP", "CVL", "REF", "LAB", "EDU", "AGR",
                              "HLH", "REL", "MED", "UAF", "CRM", "ELI"))  # fmt: skip
_LOCATED_GOV = frozenset(("government", "authorities", "regime", "junta", "government forces"))
# Sector words for things, not people, or for forces rarely of the place they are in.
_NOT_LOCATED = frozenset(("aircraft", "helicopters", "gunships", "jets", "jet", "warplanes",
                          "warplane", "drone", "drones", "bomber", "bombers", "tanks",
                          "artillery", "bulldozers", "warship", "warships", "fighter jet",
                          "fighter jets", "coast guard", "peacekeepers", "peacekeeping troops",
                          "media", "state media", "news agency", "newspaper", "university",
                          "general", "commander", "commanders", "officers"))  # fmt: skip
# A state named as where the sentence happens: in, near, across (the) (northern) Uganda.
_PLACE_PREPOSITIONS = ("in", "inside", "near", "across", "throughout", "outside")
_LOCATIVE_TAIL = (
    r"\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?$"
)
_LOCATIVE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)}){_LOCATIVE_TAIL}", re.IGNORECASE)
# The same over the lower-case text (see ``en_words.folds_plainly``), opening with the
# prepositions' first letters, so that it is tried only where one is.
_LOCATIVE_LOWER = re.compile(opening_letters(_PLACE_PREPOSITIONS) + _LOCATIVE_TAIL)
_LOCATED_KINDS = frozenset(("name", "alias", "capital"))


def _located(coding: Coding, mentions: list[Mention], taken: bytearray,
             cut: int) -> list[Mention]:  # fmt: skip
    """Bare sector words (rebels, police, protesters, the government) of a sentence whose only
    state is named as its place: that state's.

    A second state anywhere in the sentence (Israeli jets struck targets in Lebanon) leaves
    them alone: foreign forces act in a state as often as its own.

    >>> from datetime import date
    >>> from dipwatch.coder import coding as run
    >>> from dipwatch.models import Document
    >>> c = run(Document("Gunmen killed three policemen in southern Lebanon.",
    ...                  published=date(2000, 1, 1)))
    >>> [(c.text[m.start:m.end], m.code) for m in c.mentions]
    [('Gunmen', 'LBNUAF'), ('policemen', 'LBNCOP'), ('Lebanon', 'LBN')]
    """
    found: list[Mention] = []
    sectors = _sector_words(coding)
    if sectors is None:
        return found
    regex, read = sectors[0].reader(coding)
    locative = (
        (_LOCATIVE_LOWER, coding.lower) if folds_plainly(coding) else (_LOCATIVE, coding.norm)
    )
    states = sorted((m for m in mentions if m.country and m.kind != "pronoun"), key=BY_START)
    starts = [m.start for m in states]
    for sentence in coding.sentences:
        if sentence.cjk or sentence.end <= cut:
            continue
        lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        place, civil = _places(states[lo:hi], sentence.start, locative)
        if civil is None:
            continue
        for hit in regex.finditer(read, max(sentence.start, cut), sentence.end):
            a, b = hit.span()
            if not any(taken[a:b]):
                code = sectors[1][hit.group().lower()]
                home = place or (civil if code in CIVIL_SECTORS else None)
                if home is not None:
                    found.append(Mention(a, b, home + code, home, "role"))
    return found


# People who are the place's own even where another state is named (in Tehran, students
# stormed the British embassy; kidnappers seized a Japanese engineer in Colombia): civilians,
# and the rebels, gunmen and criminals of the place; not forces, police or refugees, who may
# come from elsewhere.
CIVIL_SECTORS = frozenset(("OPP", "CVL", "LAB", "EDU", "AGR", "HLH", "REL", "ELI", "REB", "UAF",
                            "CRM"))  # fmt: skip


def _places(inside: list[Mention], lo: int,
            locative: tuple[re.Pattern[str], str]) -> tuple[str | None, str | None]:  # fmt: skip
    """Of a sentence from ``lo`` whose states are named by ``inside``: the state it names as
    its place when it names no other, and the one state it names as a place (not an office:
    outside the US embassy) whatever other states it names, or the first when there is none.
    ``locative`` is the regex of a place's preposition and the text to read it over."""
    regex, text = locative
    located = [m for m in inside
               if (m.kind in _LOCATED_KINDS or (m.kind == "fixed" and len(m.code) == 3))
               and regex.search(text[max(lo, m.start - 40) : m.start])]  # fmt: skip
    where = {m.country for m in located}
    place = next(iter(where)) if where and len({m.country for m in inside}) == 1 else None
    plain = {m.country for m in located if len(m.code) <= 3}
    return place, place or (next(iter(plain)) if len(plain) == 1 else None)


def _sector_words(coding: Coding) -> tuple[Words, dict[str, str]] | None:
    lex = coding.reference.rules["en"].lexicon
    return per_table(lex, "sector_words", lambda: _sector_pattern(lex.get("roles", {})))


def _sector_pattern(roles: dict[str, str]) -> tuple[Words, dict[str, str]] | None:
    words = {w: c for w, c in sorted(roles.items()) if (c in _LOCATED_SECTORS
             or w in _LOCATED_GOV) and w not in _NOT_LOCATED}  # fmt: skip
    if not words:
        return None
    return Words(words), words


@lru_cache(maxsize=4096)
def _phrase_keys(phrase: str, country: str | None, role_words: frozenset[str],
                 given: frozenset[str]) -> tuple[str, ...]:  # fmt: skip
    """The surname keys of an actor phrase (``_surname_keys`` of its ``_name_words``): a
    function of its words alone, and a story names the same people and states again and
    again."""
    return tuple(_surname_keys(_name_words(phrase, role_words), country, given))


def _name_words(phrase: str, role_words: frozenset[str]) -> list[str]:
    """The words of the personal name at the end of a mention (President Joe Biden: Joe,
    Biden), without titles, demonyms or country names."""
    words = [w.rstrip(".") for w in phrase.replace(",", " ").split()]
    while words and words[-1] in ("Jr", "Sr", "II", "III"):
        words.pop()  # Ferdinand Marcos Jr.: Marcos
    name: list[str] = []
    for w in reversed(words):
        if w in _PARTICLES and name:
            continue  # Ursula von der Leyen: Leyen
        if not _WORD.fullmatch(w) or w.lower() in role_words:
            break  # a title, or a lower-case word before the name (leader, of)
        name.append(w)
    name.reverse()
    return [w for w in name if w not in ("Jr", "Sr", "II", "III")]


def _surname_keys(name: list[str], country: str | None, given: frozenset[str]) -> list[str]:
    """The words a later mention may use for ``name``: its surname, and for names written
    family name first also the first word."""
    if len(name) < 2:
        return []
    keys = [name[-1]]
    if country in _FAMILY_FIRST and name[0] not in given:
        keys.append(name[0])
    return [k for k in keys if len(k) > 1 and k not in _NOT_NAMES]


def _surnames(coding: Coding, mentions: list[Mention], taken: bytearray, cut: int) -> list[Mention]:
    words = _role_words(coding)
    table = coding.reference.actors.words
    given = per_table(table, "given_names", lambda: frozenset(table.get("given_names", ())))
    aliases: dict[str, tuple[int, Mention]] = {}
    text = coding.norm
    for m in mentions:
        # One word (China, Biden) is no name with a surname of its own: two words at least.
        if (m.kind != "pronoun" and m.start >= cut
                and (m.country or _titled_official(coding, m))
                and _NAME_SEPARATOR.search(text, m.start, m.end)):  # fmt: skip
            for key in _phrase_keys(text[m.start : m.end], m.country, words, given):
                aliases.setdefault(key, (m.end, m))
    if not aliases:
        return []
    found = []
    # A state's bare name that is the surname of one named before (Prime Minister Luís
    # Montenegro … Montenegro said) is that person, when the person is of another state.
    states = {(m.start, m.end) for m in mentions if m.kind == "name" and m.code == m.country}
    for hit in _CAPITALISED.finditer(coding.norm, cut):
        known = aliases.get(hit.group())
        if known is None:
            continue
        after, person = known
        free = not any(taken[hit.start() : hit.end()]) or (
            (hit.start(), hit.end()) in states
            and person.country is not None
            and person.kind == "person"
        )
        if hit.start() >= after and free:
            found.append(Mention(hit.start(), hit.end(), person.code, person.country, "person"))
    return found


def _titled_official(coding: Coding, m: Mention) -> bool:
    """An organisation's official named with a title and a name (European Commission
    President Ursula von der Leyen: EEC, no state): taken up again by the surname as the
    people of states are; the body's own name (the European Union) has no title before it."""
    if m.kind != "org" or not m.code:
        return False
    words = coding.norm[m.start : m.end].split()
    return len(words) >= 3 and any(w.lower() in _TITLES_OF_OFFICIALS for w in words[:-2])


def _body_officials(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """NATO Secretary-General Jens Stoltenberg, alliance Secretary-General Jens Stoltenberg:
    one named with the title of a body's official, after the body's name or a word for it
    (``descriptions`` of one organisation: the alliance), speaks for the body, whatever state
    the people table has him lead in other years; so does his surname later in the story."""
    lower, bodies = coding.lower, coding.reference.rules["en"].lexicon.get("descriptions", {})
    officials: dict[str, Mention] = {}
    out = []
    for m in mentions:
        name = lower[m.start : m.end].split() if m.kind in ("org", "person") else []
        if name and m.kind == "org" and _titled_official(coding, m):
            officials[name[-1]] = m
        elif m.kind == "person" and name and name[0] in _TITLES_OF_OFFICIALS:
            before = lower[max(0, m.start - 24) : m.start].split()
            codes = bodies.get(before[-1], ()) if before else ()
            if len(codes) == 1 and codes[0] not in coding.reference.actors.countries:
                m = officials[name[-1]] = Mention(m.start, m.end, codes[0], None, "org")
        elif m.kind == "person" and name and name[-1] in officials:
            m = Mention(m.start, m.end, officials[name[-1]].code, None, "org")
        out.append(m)
    return out


# Titles that head an organisation's official (not the body's own name).
_TITLES_OF_OFFICIALS = frozenset(("president", "secretary-general", "chief", "commissioner",
                                  "director-general", "representative", "chairman", "head"))  # fmt: skip


_NAME_SEPARATOR = re.compile(r"[\s,]")  # what ``_name_words`` splits a name at
# A capitalised word standing alone (its boundary read behind the capital, as for ``_PAIR``).
_CAPITALISED = re.compile(r"[A-Z](?<![\w\-'’][A-Z])[A-Za-zà-ÿ]+(?![\w\-'’])")


def _role_words(coding: Coding) -> frozenset[str]:
    """Every word of an English title or sector word, lower case."""
    lex = coding.reference.rules["en"].lexicon
    return per_table(lex, "role_words", lambda: _words_of(lex.get("roles", {})))


def _words_of(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in phrase.split())


def _pronouns(coding: Coding, mentions: list[Mention], taken: bytearray,
              cut: int) -> list[Mention]:  # fmt: skip
    text, found = coding.norm, []
    for hit in _PRONOUN.finditer(text, cut):
        a, b = hit.span()
        if any(taken[a:b]):
            continue
        word = hit.group().lower()
        if word in ("they", "them"):  # the last group named: the two sides, X and Y
            found.extend(_plural(coding, mentions, a, b))
            continue
        if word == "it":
            if _IMPERSONAL.match(text, b):
                continue
            antecedent = _sayer(coding, mentions, a) or _opening_it(coding, mentions, a)
            if antecedent is None:
                antecedent = _last(
                    mentions,
                    _before_relative_head(coding, mentions, a),
                    lambda m: m.kind not in _PERSONS and bool(m.country or m.kind == "org"),
                )
                if antecedent is not None and clause_subject(coding.lower, antecedent, a):
                    # Washington and Tokyo condemned it: an object "it" is never its own
                    # verb's subject; it is the act told before, left to the reaction's rules
                    continue
        elif word == "him" or (word == "his" and _VERB_BEFORE.search(text, max(0, a - 20), a)):
            antecedent = _last_object(coding, mentions, a)  # an object: not the clause's subject
        elif word == "his":
            continue
        else:  # he, she: the subject of its sentence so far, else of the sentence before
            lo = _sentence_start(coding, a)
            subject = _first_person(mentions, lo, a)
            antecedent = (  # (WHO chief Tedros said he regretted…: the one who says, first)
                _sayer(coding, mentions, a)
                or _same_he(coding, found, lo, subject.start if subject else a)
                or subject
                or _subject_before(coding, mentions, a)
                or _last(mentions, a, _person)
            )
        if antecedent is not None and (word != "it" or _near(coding, antecedent, a)):
            found.append(Mention(a, b, antecedent.code, antecedent.country, "pronoun"))
    return found


# "its" right after a verb of reproach (condemned its rocket launch): a state does not condemn
# its own act, so the possessor is the state named before the reproacher, not the reproacher.
_REPROACHED_ITS = re.compile(
    r"\b(?:condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)"
    r"|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing))\s+(its)\b"
)


def _reproached_its(coding: Coding, mentions: list[Mention], cut: int) -> list[Mention]:
    """``its`` as the possessor of what a state condemns: the state or body named before the
    one that condemns (the subject of that verb), in its sentence or the one before (North Korea
    said it would quit the talks, a day after the Security Council condemned its rocket
    launch: North Korea's launch)."""
    found = []
    for hit in _REPROACHED_ITS.finditer(coding.lower, cut):
        a, b = hit.span(1)
        reproacher = _last(mentions, a, _stateish)
        if reproacher is None or not clause_subject(coding.lower, reproacher, a):
            continue  # (criticised Japan for its…: the possessor is the object's, left as it is)
        lo = _sentence_start(coding, max(0, _sentence_start(coding, a) - 1))
        own = reproacher.country
        owner = _last(mentions, reproacher.start,
                      lambda m, own=own: _stateish(m) and m.country != own)  # fmt: skip
        if owner is not None and owner.start >= lo:
            found.append(Mention(a, b, owner.code, owner.country, "pronoun"))
    return found


def _stateish(m: Mention) -> bool:
    return m.kind not in _PERSONS and bool(m.country or m.kind == "org")


def _opening_it(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    """NATO called China a decisive enabler of the war. It also urged China to stop…: an "it"
    that opens its sentence goes on with the subject of the sentence before, the first actor
    named in it when that is a state or a body, not the last one named (its object)."""
    lo = _sentence_start(coding, at)
    if coding.lower[lo:at].strip() or lo == 0:
        return None
    prev = _sentence_start(coding, lo - 1)
    first = next((m for m in mentions if prev <= m.start < lo and not m.inert), None)
    if first is None or first.kind in _PERSONS or not (first.country or first.kind == "org"):
        return None
    # The declaration, agreed on Wednesday, said China's…: a sentence that opens with a thing
    # has that thing as subject, and "it" may be the thing
    opening = coding.lower[prev : first.start].split()
    return first if all(w in ("the", "a", "an") for w in opening) else None


_WHICH_BEFORE = re.compile(r"\b(?:which|whom)\s+$")


def _before_relative_head(coding: Coding, mentions: list[Mention], at: int) -> int:
    """Where to look back from for what ``it`` at ``at`` stands for: right after "which" it is
    the relative clause's subject, never the noun "which" stands for (the vessels, which it
    accused of…), so the search starts before that noun's actor."""
    which = _WHICH_BEFORE.search(coding.lower, max(0, at - 8), at)
    if which is None:
        return at
    head = _last(mentions, which.start(), lambda m: True)
    if head is None or len(coding.lower[head.end : which.start()].split()) > 2:
        return at  # the actor is not the noun "which" follows (…said it would quit the pact,
    return head.start  # which it has long accused Moscow of violating: "it" is the sayer)


_SAID_IT = re.compile(
    r"\b(?:(?:said|says|announced|added|warned|stated|declared|insisted|confirmed)|"
    r"(?:told|tells|notified|notifies|informed|informs|assured|assures)(?:\s+[\w.'’]+){1,3}?)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+\w+day|\s+that|"
    r"\s+(?:last|this)\s+(?:week|month)|\s+earlier|\s+later)*\s+$"
)


def _sayer(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    """China, which claims the island, said on Friday it would…: ``it`` right after a verb of
    saying is the one who says, the first actor of the sentence outside relative clauses."""
    lo = _sentence_start(coding, at)
    said = _SAID_IT.search(coding.lower, max(lo, at - 60), at)
    if said is None:
        return None
    before = [m for m in mentions if lo <= m.start and m.end <= said.start() and not m.inert
              and (m.country or m.kind == "org") and m.kind != "pair"]  # fmt: skip
    subject = last_subject(coding.lower, lo, said.start(), before)
    if subject is None:
        return None
    # said the decision was wrong and warned that it would…: "it" is the thing named between,
    # as the subject of a clause reported before "it"'s own verb of saying; a thing named as
    # the object of a verb that is no saying (rejected the criticism from Tokyo and said it
    # had lodged…) is not what "it" takes up: that joined predicate shares its subject
    nouns = coding.reference.rules["en"].lexicon.get("story_nouns", {})
    between = coding.lower[subject.end : said.start()].replace(",", " ").split()
    reported = next((i for i, w in enumerate(between) if w in _SAYING), None)
    if reported is None:
        return subject
    return None if _named_thing(between[reported + 1 :], nouns) else subject


# Verbs of saying that open a reported clause whose subject "it" may take up.
_SAYING = frozenset(("said", "says", "say", "told", "tells", "added", "warned", "stated",
                     "announced", "insisted", "noted", "declared", "argued", "claimed"))  # fmt: skip


_NOUN_DETERMINERS = frozenset(("the", "its", "their", "this", "that", "his", "her", "a", "an"))


def _named_thing(words: list[str], nouns: Any) -> bool:
    """Do ``words`` hold a story noun as a noun (the decision, Beijing's move), which "it"
    may take up: one a determiner or a possessive opens. After "to" the same word is a verb
    (called on Russia to release the ships and said it…: the caller).

    >>> _named_thing("said the decision was wrong".split(), {"decision": ""})
    True
    >>> _named_thing("said the u.s. decision was wrong".split(), {"decision": ""})
    True
    >>> _named_thing("called on russia to release the ships".split(), {"release": ""})
    False
    """
    return any(
        w in nouns
        and any(
            d in _NOUN_DETERMINERS or d.endswith(("'s", "’s")) for d in words[max(0, i - 2) : i]
        )
        for i, w in enumerate(words)
    )


_IN_PHRASE = re.compile(r"\b(?:to|in|at|for|from|of|on|with|near)\s+(?:the\s+)?$")
# (a comma before "and" joins the predicate all the same when no subject follows "and":
# summoned the ambassador after a destroyer sailed near the island, and warned that it…)
_JOINED_PREDICATE = re.compile(r"[^,\s],?\s+and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$")
_OPENING_CLAUSE = re.compile(
    r"\s*(?:after|before|when|while|as|following|during|despite|since|if|unless|in|on|at)\b[^,]*,"
)


def _main_clause(lower: str, lo: int, found: list[Mention]) -> list[Mention]:
    """``found`` less those in an opening adverbial clause (After meeting Xi, Biden…): the
    first left is the subject of the sentence's main clause."""
    opening = _OPENING_CLAUSE.match(lower, lo)
    return [m for m in found if opening is None or m.start >= opening.end()]


_HEAD_GAP = re.compile(r"^(?:['’]s)?(?:\s+[a-z][a-z\-]*){0,3}\s*,?\s*$")


def last_subject(lower: str, lo: int, verb: int, mentions: list[Mention]) -> Mention | None:
    """The subject of the verb at ``verb`` among ``mentions`` before it: the last one outside
    relative clauses, or the one a phrase holding it hangs on (China's ambassador to Britain,
    Liu Xiaoming, said: China's ambassador). A verb joined by ``and`` to an earlier predicate
    shares its subject (China condemned the United States for hosting Tsai and said…: China,
    not Tsai)."""
    found = outside_relatives(lower, lo, verb, mentions)
    if not found:
        return None
    if _JOINED_PREDICATE.search(lower, max(lo, verb - 24), verb):
        shared = _main_clause(lower, lo, found)
        if shared:
            found = shared[:1]
    last = found[-1]
    if len(found) > 1 and _in_apposition(lower, found[-2], last, verb):
        return found[-2]
    for earlier in reversed(found[:-1]):
        if not _IN_PHRASE.search(lower, max(lo, last.start - 12), last.start):
            break
        if not _HEAD_GAP.match(lower[earlier.end : last.start - 1].rsplit(" ", 2)[0]):
            break
        last = earlier
    return last


_APPOSITION = re.compile(
    r",\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z\-]+\s+){0,4}(?:of|to|for|with)\s+(?:the\s+)?"
)


def _in_apposition(lower: str, head: Mention, m: Mention, verb: int) -> bool:
    """ "China, a close ally of Pakistan, said…": ``m`` is named inside a noun phrase set off by
    commas right after ``head``, which it describes; the verb after the closing comma is the
    head's.

    >>> from types import SimpleNamespace as M
    >>> t = "china, a close ally of pakistan, said"
    >>> _in_apposition(t, M(start=0, end=5), M(start=23, end=31), 33)
    True
    >>> _in_apposition("china and pakistan, said", M(start=0, end=5), M(start=10, end=18), 20)
    False
    >>> t = "china, the north's main ally, said"
    >>> _in_apposition(t, M(start=0, end=5), M(start=11, end=16), 30)
    True
    """
    if _APPOSITION.fullmatch(lower, head.end, m.start) is not None:
        return lower[m.end : verb].strip().startswith(",")
    # "China, the North's main ally, said…", "Russia, Syria's closest backer, said…": the noun
    # phrase set off by commas is owned by ``m``, and describes the head before it
    return (
        _POSSESSOR_OPEN.fullmatch(lower, head.end, m.start) is not None
        and _POSSESSED_CLOSE.match(lower, m.end, verb) is not None
    )


# The comma that opens an apposition owned by an actor (China, the North's…).
_POSSESSOR_OPEN = re.compile(r",\s+(?:the\s+)?")
# The possessive, one to three words of the owned noun, and the comma that closes it.
_POSSESSED_CLOSE = re.compile(r"['’]s\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+\s*,")


def _person(m: Mention) -> bool:
    """A person or a title; or any phrase of a state's sector (Australian Trade Minister Simon
    Birmingham: AUSGOV; Taiwan's Deputy Foreign Minister Tien Chung-kwang), which "he" may
    take up; never a pair."""
    return bool(m.country) and m.kind != "pair" and (m.kind in _PERSONS or len(m.code) > 3)


def _plural(coding: Coding, mentions: list[Mention], a: int, b: int) -> list[Mention]:
    """``they``/``them`` as pieces standing for the last group named before it in its sentence
    or the one before: a pair phrase (the three countries), else a list (X, Y and Z)."""
    starts = [s.start for s in coding.sentences if s.start <= a]
    lo = starts[-2] if len(starts) >= 2 else 0
    before = [m for m in mentions if lo <= m.start and m.end <= a and not m.inert]
    group: list[Mention] = []
    for m in reversed(before):
        if m.kind == "pair" and (not group or m.end == group[0].start):
            group.insert(0, m)
        elif group:
            break
    if len(group) < 2:
        group = _last_list(coding.lower, before)
    if len(group) < 2:
        return []
    return _split(coding.norm, a, b, group, by_char=True)


def _last_list(lower: str, before: list[Mention]) -> list[Mention]:
    """The last list of two or more actors of distinct countries joined by and, commas."""
    group: list[Mention] = []
    for m in reversed(before):
        if not m.country:
            break
        if group and lower[m.end : group[0].start] not in (", ", " and ", ", and ", " and the ",
                                                           ", the "):  # fmt: skip
            if len({x.country for x in group}) >= 2:
                break
            group = []
        if all(x.country != m.country for x in group):
            group.insert(0, m)
    return group if len({x.country for x in group}) >= 2 else []


def _last_object(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    """The last person named before ``at`` who is not the subject of its sentence, or, when
    the last person named is the subject of the clause "him" is the object of (in which Trump
    accused him), the person named before that one (``en_binding``)."""
    local = _last(mentions, at, _person)
    if local is not None and clause_subject(coding.lower, local, at):
        return _last(mentions, local.start, lambda m: _person(m) and m.country != local.country)
    subject = _first_in_sentence(coding, mentions, at)
    return _last(mentions, at, lambda m: _person(m) and m is not subject)


def _first_in_sentence(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    return _first_person(mentions, _sentence_start(coding, at), at)


def _sentence_start(coding: Coding, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    return max((s.start for s in coding.sentences if s.start <= at), default=0)


def _first_person(mentions: list[Mention], lo: int, at: int) -> Mention | None:
    """The first person named from ``lo`` up to ``at``."""
    return next((m for m in mentions if lo <= m.start < at and _person(m)), None)


def _same_he(coding: Coding, found: list[Mention], lo: int, first: int) -> Mention | None:
    """He held talks with Macron in Paris, and he flew to Ottawa: a "he" or "she" that opens
    its sentence (from ``lo``), before any person is named in it (at ``first``), is its
    subject; a later one in the same sentence is the same person, not the object named
    between them."""
    return next((p for p in found if lo <= p.start < first and p.kind == "pronoun"
                 and coding.lower[p.start : p.end] in ("he", "she")), None)  # fmt: skip


def _subject_before(coding: Coding, mentions: list[Mention], at: int) -> Mention | None:
    """The first person named in the last sentence before the one holding ``at`` that names
    one, up to ``_BACK_SENTENCES`` back (Kishida, who met Sunak, said… The pact allows…
    Earlier he met Macron: Kishida, not Sunak, the last named)."""
    starts = [s.start for s in coding.sentences if s.start <= at]
    for back in range(2, min(len(starts), _BACK_SENTENCES + 1) + 1):
        lo, hi = starts[-back], starts[-back + 1]
        first = next((m for m in mentions if lo <= m.start < hi and _person(m) and not m.inert),
                     None)  # fmt: skip
        if first is not None:
            return first
    return None


#: How many sentences back "he" may find the subject it stands for.
_BACK_SENTENCES = 2


def _near(coding: Coding, m: Mention, at: int) -> bool:
    """Is ``m`` in the sentence of ``at`` or the one before it?"""
    starts = [s.start for s in coding.sentences if s.start <= at]
    return len(starts) < 3 or m.start >= starts[-2]


def _last(mentions: list[Mention], before: int, ok: Any) -> Mention | None:
    for m in reversed(mentions):
        if m.end <= before and not m.inert and ok(m):
            return m
    return None


def _pairs(coding: Coding, mentions: list[Mention], taken: bytearray, cut: int) -> list[Mention]:
    found: list[Mention] = []
    for hit in _PAIR.finditer(coding.norm, cut):
        a, b = hit.span()
        if any(taken[a:b]) and not _only_roles(mentions, a, b):
            continue
        size = _GROUP.get(hit.group("n") or "two", 2)
        group = _regional(coding, mentions, hit, size, cut) or _story_states(
            coding, mentions, a, size, cut
        )
        if len(group) == size:  # in the order the story (not its dateline) first named them
            first = {x.country: next((m.start for m in mentions if m.country == x.country
                                      and m.start >= cut), x.start) for x in group}  # fmt: skip
            found.extend(
                _split(
                    coding.norm, a, b, sorted(group, key=lambda x: first[x.country]), by_char=True
                )
            )
    return found


def _regional(coding: Coding, mentions: list[Mention], hit: re.Match[str], size: int,
              cut: int) -> list[Mention]:  # fmt: skip
    """ "The three Gulf states": the members of the region named in a list of more states before
    (``en_groups.regional_last``), else []."""
    region = hit.group("region")
    if not region:
        return []
    return regional_last(coding.norm, _states_before(mentions, hit.start(), cut), size, region)


# The two Koreas named together (the two Koreas, both Koreas, North and South Korea), and either of them as
# "the North" or "the South" in a story that names one of them.
_KOREAS = re.compile(
    r"\b(?:[Tt]he\s+two\s+Koreas|[Bb]oth\s+Koreas|North\s+and\s+South\s+Korea|South\s+and\s+North\s+Korea)\b"
)
_KOREA_HALF = re.compile(  # \b[Tt]he…, opening with its letter (tried where one is)
    r"[Tt](?<!\w[Tt])he\s+(?P<half>North|South)\b(?!\s+(?:[A-Z]|of\s+[A-Z]))"
)
_HALVES = {"North": "PRK", "South": "KOR"}


def _koreas(coding: Coding, mentions: list[Mention], cut: int) -> list[Mention]:
    """North and South Korea, the two Koreas: a pair of both; the North, the South: one of
    them, where the story names a Korea (North Korea accused the South: South Korea)."""
    text, found = coding.norm, []
    for hit in _KOREAS.finditer(text, cut) if "Korea" in text else ():  # (each names Korea)
        order = ("KOR", "PRK") if hit.group().startswith("South") else ("PRK", "KOR")
        found.extend(_split(text, hit.start(), hit.end(),
                            [Mention(0, 0, c, c, "pair") for c in order]))  # fmt: skip
    if any(m.country in ("PRK", "KOR") for m in mentions) or found:
        for hit in _KOREA_HALF.finditer(text, cut):
            if not any(m.start <= hit.start() < m.end for m in [*mentions, *found]):
                code = _HALVES[hit.group("half")]
                found.append(Mention(hit.start(), hit.end(), code, code, "name"))
    return sorted(found, key=BY_START)


def _story_states(coding: Coding, mentions: list[Mention], a: int, size: int,
                  cut: int) -> list[Mention]:  # fmt: skip
    """The ``size`` states "the two sides" (the three countries) at ``a`` stand for: the last
    ones named before it in its sentence, else the first ones of the story's lead (the story is
    about them), else the last ones named before it."""
    lo = _sentence_start(coding, a)
    usable = _states_before(mentions, a, cut)
    in_sentence = [m for m in usable if m.start >= lo]
    inside = _distinct_last(in_sentence, size)
    if len(inside) == size and not _object_of_subject(coding.norm, inside, in_sentence, a):
        return inside
    lead = next((s for s in coding.sentences if s.end > cut), None)
    if lead is not None and lead.end <= a:
        named = [m for m in usable if m.start < lead.end]
        # The lead's states; else those of its people and offices (Xi watched a parade marking
        # the defeat of Nazi Germany, a day after he and Putin held talks: China and Russia).
        for first in (_distinct_first(named), _distinct_first([m for m in named if _agent(m)])):
            speaker = next((m for m in usable if m.start >= lo), None)
            if len(first) == size + 1 and speaker is not None:
                # Guo urged both sides (of a story of China, Israel and Iran): the others
                first = [m for m in first if m.country != speaker.country]
            if len(first) == size:  # the lead names exactly the group
                return first
    joined = coordinated_last(coding.norm, usable, size)  # China and Russia… the two countries
    if joined:
        return joined
    return _distinct_last(_without_speaker(coding.lower, usable, lo, a), size)


def _states_before(mentions: list[Mention], a: int, cut: int) -> list[Mention]:
    """The states a group phrase at ``a`` may stand for: those named before it (after the
    dateline, ``cut``), no pair phrase of their own."""
    return [m for m in mentions if m.end <= a and not m.inert and m.country
            and m.kind != "pair" and m.start >= cut]  # fmt: skip


_REPORTING_BEFORE = re.compile(r"\b(?:said|says|say|added|stressed|that)\s+$")


def _without_speaker(lower: str, usable: list[Mention], lo: int, a: int) -> list[Mention]:
    """China praised the courage of both leaders: the group an actor's own verb is aimed at
    is not the actor with another, so the sentence's first state is left out; unless the
    group opens a clause of what is said (Xi said both sides should…: he is one side)."""
    speaker = next((m for m in usable if m.start >= lo), None)
    if speaker is None or _REPORTING_BEFORE.search(lower, max(lo, a - 12), a):
        return usable
    return [m for m in usable if m.country != speaker.country]


def _distinct_first(mentions: list[Mention]) -> list[Mention]:
    group: list[Mention] = []
    for m in mentions:
        if all(m.country != x.country for x in group):
            group.append(m)
    return group


def _agent(m: Mention) -> bool:
    """A person, an office or a state's sector: who acts, not a state named in passing."""
    return m.kind in ("person", "role", "pronoun") or len(m.code) > 3


def _object_of_subject(text: str, group: list[Mention], named: list[Mention], a: int) -> bool:
    """The United States and South Korea warned that any deal between the two countries…: a
    group phrase after a preposition, past the verb of the sentence's opening subject group, is
    not that group (that would be "themselves"); nor is the group the object of that verb
    (the United States and China urged the two countries to…: "each other" would say so),
    unless it opens a clause of what is said (China and Russia said the two countries would…)."""
    opening = _opening_list(text, named)
    if not {m.country for m in group} <= {m.country for m in opening}:
        return False  # (within it: of Australia, Japan and South Korea, the last two are no side)
    between = text[max(m.end for m in group) : a]
    if re.search(r"\b[a-z]+(?:ed|s)\b", between) is None:
        return False
    before = text[max(0, a - 12) : a]
    return (
        re.search(r"\b(?:between|with|of|for|against|from|to)\s+$", before) is not None
        or _OBJECT_AFTER_VERB.search(between) is not None
    )


def _opening_list(text: str, named: list[Mention]) -> list[Mention]:
    """The states the sentence opens with, joined by commas or "and" (Australia, Japan, and
    South Korea urged…): its subject list, however long."""
    opening = named[:1]
    for m in named[1:]:
        if _LIST_LINK.fullmatch(text, opening[-1].end, m.start) is None:
            break
        opening.append(m)
    return opening


_LIST_LINK = re.compile(r",?\s+(?:and\s+)?(?:the\s+)?|,\s+")


# The subject group's verb right before the group phrase (urged the two countries, called on
# both sides, told the two leaders), at most a weekday or an adverb between; a reporting verb
# or "that" is no such verb (said the two sides would…).
_OBJECT_AFTER_VERB = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?:urged|urges|called\s+on|calls\s+on|asked|asks|told|tells|pressed|presses"
    r"|warned|warns|invited|invites|thanked|thanks|praised|praises|criticised|criticized"
    r"|condemned|condemns)\s+(?:on\s+\w+day\s+)?$"
)


def _distinct_last(mentions: list[Mention], size: int) -> list[Mention]:
    group: list[Mention] = []
    for m in reversed(mentions):
        if all(m.country != x.country for x in group):
            group.append(m)
            if len(group) == size:
                break
    return group


def _descriptions(coding: Coding, mentions: list[Mention], taken: bytearray,
                  cut: int) -> list[Mention]:  # fmt: skip
    """``the self-ruled island``, ``the Pacific island nation``, ``the bloc``: the last actor
    named before it among the description's codes (``descriptions`` in en.yaml), or its only
    one; after ``the`` (perhaps with a word between: the small Pacific island nation)."""
    lex = coding.reference.rules["en"].lexicon
    table = lex.get("descriptions", {})
    if not table:
        return []
    text, found = coding.lower, []
    finder = per_table(lex, "descriptions", lambda: _description_finder(table))
    hits = [(end + 1 - length, end + 1, phrase) for end, (length, phrase) in finder.iter(text, cut)]
    for a, b, phrase in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):  # longest first
        if any(taken[a:b]) or not _whole(text, a, b) or not _after_the(text, a):
            continue
        codes = table[phrase]
        earlier = _described(mentions, a, codes)
        code = (
            (earlier.country or earlier.code[:3])
            if earlier
            else codes[0]
            if len(codes) == 1
            else None
        )
        if code is not None:
            country = code if code in coding.reference.actors.countries else None
            found.append(Mention(a, b, code, country, "name" if country else "org"))
            taken[a:b] = b"\x01" * (b - a)
    return sorted(found, key=BY_START)


def _described(
    mentions: list[Mention], a: int, codes: tuple[str, ...] | list[str]
) -> Mention | None:
    """The actor a description at ``a`` stands for: the last one named before it among
    ``codes``, a state named as a state first (Sweden's bid…, said Secretary-General Jens
    Stoltenberg, a Norwegian, lifting the obstacle to the Nordic country's membership: Sweden),
    else a person or title of one."""
    among = [m for m in mentions if m.end <= a and (m.country or m.code[:3]) in codes]
    named = [m for m in among if m.kind not in _PERSONS]
    return (named or among or [None])[-1]


_BODY_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s?)+")


@lru_cache(maxsize=4)
def _body_head(heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """The head nouns of bodies' names (``body_heads`` in en.yaml), matched in their case:
    ``\\b(?:heads)\\b`` opening with their first letters (tried where one can start)."""
    if not heads:
        return None
    if all(re.match(r"\w", h) for h in heads):
        return re.compile(opening_letters(heads) + r"\b")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, heads)) + r")\b")


def _bodies(coding: Coding, taken: bytearray, cut: int) -> list[Mention]:
    """Named bodies no table holds (the Ceasefire Violations Committee, the Third World Water
    Forum): an organisation of no state (``NGO``), so that what it does is coded. A name that
    holds a state, an actor already known or a word of a state's own bodies (the State
    Council, the Senate Foreign Relations Committee) is left alone, as is one after a
    possessive (China's Central Military Commission: China's)."""
    lex = coding.reference.rules["en"].lexicon
    heads, state_words = (
        _body_head(lex.get("body_heads", ())),
        frozenset(lex.get("state_body_words", ())),
    )
    if heads is None:
        return []
    text, found = coding.norm, []
    for hit in heads.finditer(text, cut):
        words = text[max(cut, hit.start() - 60) : hit.start()].split(" ")[:-1]
        names: list[str] = []
        for word in reversed(words):
            if not word[:1].isupper() or word.endswith((",", ".", ":", ";")):
                break
            names.insert(0, word)
        while names and names[0] in ("The", "A", "An"):
            names.pop(0)
        tail = _BODY_OF.match(text, hit.end())
        if not names and not tail:
            continue
        a = hit.start() - len(" ".join(names)) - 1 if names else hit.start()
        b = tail.end() if tail else hit.end()
        b -= len(text[a:b]) - len(text[a:b].rstrip())
        if any(taken[a:b]) or state_words & set(text[a:b].split()):
            continue
        if text[max(0, a - 3) : a] in ("'s ", "’s "):
            continue
        found.append(Mention(a, b, "NGO", None, "org"))
        taken[a:b] = b"\x01" * (b - a)
    return found


def _whole(text: str, a: int, b: int) -> bool:
    return (a == 0 or not text[a - 1].isalnum()) and (b >= len(text) or not text[b].isalnum())


def _after_the(text: str, a: int) -> bool:
    """``the`` right before, or one word between (the small island nation, the 27-member bloc)."""
    words = text[max(0, a - 24) : a].split()
    return bool(words) and (words[-1] == "the" or (len(words) > 1 and words[-2] == "the"))


def _description_finder(phrases: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        automaton.add_word(phrase, (len(phrase), phrase))
    automaton.make_automaton()
    return automaton


def _only_roles(mentions: list[Mention], a: int, b: int) -> bool:
    """Are the mentions overlapping ``[a, b)`` only bare titles (the two leaders: leaders)?"""
    return all(m.kind == "role" for m in mentions if m.start < b and a < m.end)


def _split(text: str, a: int, b: int, group: list[Mention], by_char: bool = False) -> list[Mention]:
    """``[a, b)`` cut at spaces into one piece per member of ``group``, in order (a pronoun,
    ``by_char``, between its characters)."""
    cuts = [i for i in range(a, b) if text[i] == " "]
    if len(cuts) < len(group) - 1 and by_char and b - a >= len(group):
        cuts = list(range(a + 1, b))
    if len(cuts) < len(group) - 1:
        return []
    bounds = [a, *cuts[len(cuts) - len(group) + 1 :], b] if len(group) > 1 else [a, b]
    return [Mention(bounds[i], bounds[i + 1], m.code, m.country, "pair")
            for i, m in enumerate(group)]  # fmt: skip


def dateline_home(coding: Coding) -> str | None:
    """The country of the dateline's place, read from the actor dictionary before the actors
    are: a story from Beijing speaks of "the Foreign Ministry" as China's."""
    line = dateline(coding.norm)
    if line is None:
        return None
    place = coding.lower[line.start : line.place_end]
    for end, (length, entries) in coding.reference.actors.latin.iter(place):
        start = end + 1 - length
        if (start == 0 or not place[start - 1].isalnum()) and (
            end + 1 == len(place) or not place[end + 1].isalnum()
        ):
            country = next((e.country for e in entries if e.country), None)
            if country:
                return country
    return None


def definite(coding: Coding, lone: list[tuple[int, list[Any]]],
             mentions: list[Mention]) -> list[Mention]:  # fmt: skip
    """``The leaders``, ``the embassy``: a bare title after ``the`` stands for the last actor
    named with that title (G7 leaders, China's embassy in Britain), not for a state of its
    sentence."""
    found: list[Mention] = []
    text = coding.lower
    for _, group in lone:
        a, b = group[0].start, group[-1].end
        if not text[max(0, a - 4) : a].endswith(("the ", "its ")):
            continue
        head = text[a:b].split()[-1]
        earlier = next((m for m in reversed(mentions) if m.end <= a
                        and (m.country or m.kind == "org")
                        and head in text[m.start : m.end].split()), None)  # fmt: skip
        if earlier is not None:
            kind = "org" if earlier.kind == "org" else "role"
            found.append(Mention(a, b, earlier.code, earlier.country, kind))
        elif text[max(0, a - 4) : a] == "the " and (
            owner := _mission_owner(coding, mentions, text[a:b], a)
        ):
            found.append(Mention(a, b, owner + "GOV", owner, "role"))
    return found


# "its embassy in Bishkek", "its consulate in Karachi": a mission told by a possessive pronoun
# and the place it stands in.
# A mission's word before a noun of its grounds (the embassy gate, the embassy compound): where
# something happened, no actor.
_MISSION_PLACE = re.compile(
    r"\s+(?:gate|gates|compound|building|buildings|grounds|wall|walls|premises|entrance|fence)\b"
)
_ITS_MISSION = re.compile(r"\bits (embassy|consulate) in ")


def own_missions(coding: Coding, mentions: list[Mention]) -> None:
    """ "The embassy" that the sentence's sole state was lent (``_sole_country_roles``) when the
    story first told it as "its embassy in <place>": it is that mission's state
    (``_mission_owner``), not the visitor's own."""
    text = coding.lower
    for m in mentions:
        if m.kind == "role" and text[max(0, m.start - 4) : m.start] == "the ":
            owner = _mission_owner(coding, mentions, text[m.start : m.end], m.start)
            if owner is not None and owner != m.country:
                m.code, m.country = owner + "GOV", owner


def _mission_owner(coding: Coding, mentions: list[Mention], head: str, at: int) -> str | None:
    """The state of "the embassy" at ``at`` when the story first told it as "its embassy in
    <place>": a mission in one state's city is another state's, the first state its sentence
    names that the place is not in (China urged Kyrgyzstan … a bombing at its embassy in
    Bishkek. … The prime minister visited the embassy: China's). Without this the bare title
    had no state, or the dateline's, the visitor's own (coder-en45, en-d527)."""
    if head not in ("embassy", "consulate") or _MISSION_PLACE.match(coding.lower, at + len(head)):
        return None
    hits = [h for h in _ITS_MISSION.finditer(coding.lower, 0, at) if h.group(1) == head]
    place = hits and next((p for p in mentions if p.start == hits[-1].end() and p.country), None)
    if not place:
        return None
    lo = _sentence_start(coding, hits[-1].start())
    owner = next((o for o in mentions if lo <= o.start and o.end <= hits[-1].start()
                  and not o.inert and o.country and o.country != place.country), None)  # fmt: skip
    return owner.country if owner is not None else None


def documents(coding: Coding, mentions: list[Mention]) -> list[Mention]:
    """``the paper``, ``the statement``, ``the communique``: the author named in the sentence
    that first spoke of it (China…, in a 12-point position paper: China)."""
    found: list[Mention] = []
    text = coding.lower
    for hit in _DOCUMENT.finditer(text):
        noun = hit.group(1)
        first = text.find(noun, 0, hit.start())
        if first < 0 or _DISOWNED.search(text, max(0, first - 40), first):
            continue
        sentence = next((s for s in coding.sentences if s.start <= first < s.end), None)
        author = sentence and next((m for m in mentions if sentence.start <= m.start < first
                                    and not m.inert and m.country), None)  # fmt: skip
        if author is not None and not any(m.start < hit.end() and hit.start() < m.end
                                          for m in mentions):  # fmt: skip
            found.append(Mention(hit.start(), hit.end(), author.code, author.country, "name"))
    return found


# A document first told as the object of its denial (Vanuatu denied a report that…): the one
# who denies it is no author of it, and "the report" later is no actor.
_DISOWNED = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:es|ed)"
                       r"|refut(?:es|ed)|denounc(?:es|ed)|condemn(?:s|ed)?)\s+(?:a|an|the|this|that"
                       r"|such|media|press|newspaper)\s+(?:[\w'-]+\s+)?$")  # fmt: skip

# "the" as a whole word (its boundary read behind it, as for ``_PAIR``: a literal first).
_DOCUMENT = re.compile(
    r"the (?<!\wthe )(paper|statement|communique|communiqué|document|declaration|letter|report)\b"
)


def is_document(lower: str, mention: Mention) -> bool:
    """Is ``mention`` one ``documents`` made (the statement: its author, not a name)?"""
    hit = _DOCUMENT.match(lower, mention.start)
    return hit is not None and hit.end() == mention.end


_QUOTE_MARKS = re.compile('["“”]')
_SPEECH = re.compile(r"\b(?:said|says|told|added|stated|declared|insisted|warned|wrote)\b")


@lru_cache(maxsize=64)
def quotations(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The quotations ``[open, close)`` in ``text[lo:hi]`` (one paragraph): a straight quote
    mark opens and the next one closes; “ opens and ” closes; one left open runs to ``hi``.

    >>> quotations('He said "we will" and "no".', 0, 27)
    ((8, 17), (22, 26))
    """
    spans, start = [], None
    for m in _QUOTE_MARKS.finditer(text, lo, hi):
        mark = m.group()
        if start is None and mark != "”":
            start = m.start()
        elif start is not None and mark != "“":
            spans.append((start, m.end()))
            start = None
    if start is not None:
        spans.append((start, hi))
    return tuple(spans)


def quote_at(coding: Coding, pos: int) -> tuple[int, int] | None:
    """The quotation holding ``pos``, if any (read within its paragraph)."""
    sentence = next((s for s in coding.sentences if s.start <= pos < s.end), None)
    if sentence is None or not (
        _QUOTE_MARKS.search(coding.norm, sentence.start, sentence.end)
        or _open_quote_before(coding, sentence)
    ):
        return None
    same = [s for s in coding.sentences if s.paragraph == sentence.paragraph]
    spans = quotations(coding.norm, same[0].start, same[-1].end)
    return next(((a, b) for a, b in spans if a < pos < b), None)


def _open_quote_before(coding: Coding, sentence: Any) -> bool:
    """Does a quotation opened earlier in the paragraph run into ``sentence``?"""
    same = [s for s in coding.sentences if s.paragraph == sentence.paragraph
            and s.start < sentence.start]  # fmt: skip
    return bool(same) and bool(_QUOTE_MARKS.search(coding.norm, same[0].start, sentence.start))


def quote_speaker(
    coding: Coding, quote: tuple[int, int], mentions: list[Mention]
) -> Mention | None:
    """Who says a quotation: the first actor after it in its sentence when a verb of saying
    follows ("…," said Wang Wenbin; "…," Liu Pengyu, a spokesman for the Chinese embassy, said),
    else the subject of the verb of saying that introduces it (China said: "…"; China, a close
    ally of Pakistan, said the move was "unacceptable": China)."""
    text, (a, b) = coding.norm, quote
    end = next((s.end for s in coding.sentences if s.start <= b <= s.end), b)
    if _SPEECH.search(text, b, min(end, b + 160)):
        after = next((m for m in mentions if b <= m.start < end and not m.inert
                      and (m.country or m.kind == "org")), None)  # fmt: skip
        if after is not None:
            return after
    lo = _sentence_start(coding, a)
    verbs = list(_SPEECH.finditer(text, lo, a))
    if not verbs:
        return None
    verb = verbs[-1].start()
    before = [m for m in mentions if lo <= m.start and m.end <= verb
              and not m.inert and (m.country or m.kind == "org")]  # fmt: skip
    return last_subject(coding.lower, lo, verb, before) if before else None


def _quoted_homes(coding: Coding, mentions: list[Mention]) -> None:
    """We, our country inside a quotation are its speaker's state ("We urge the U.S. to stop
    arms sales," said a spokesman for the Chinese embassy)."""
    for m in mentions:
        if m.kind != "home":
            continue
        quote = quote_at(coding, m.start)
        speaker = quote_speaker(coding, quote, mentions) if quote else None
        if speaker is not None and speaker.country:
            m.code, m.country = speaker.country, speaker.country


_RELATIVE_SPAN = re.compile(r",\s+(?:which|who|whose|whom|where)\b[^,]*,")


def outside_relatives(lower: str, lo: int, hi: int, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside a relative clause between commas in ``[lo, hi)`` (China,
    which claims the island as its own, said: the island does not speak).

    >>> from dipwatch.coder.doc import Mention as M
    >>> t = "china, which claims the island, said"
    >>> [m.code for m in outside_relatives(t, 0, 32, [M(0, 5, "CHN", "CHN", "name"),
    ...                                               M(23, 29, "TWN", "TWN", "name")])]
    ['CHN']
    """
    spans = [m.span() for m in _RELATIVE_SPAN.finditer(lower, lo, hi)]
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def titled_stranger(coding: Coding, start: int, end: int, role: str) -> Mention | None:
    """A title and a name the dictionaries do not know, with no state of their own (Vice
    Foreign Minister Masataka Okano in a story from Tokyo): an official of the dateline's
    state, the one wire copy names without a demonym."""
    if coding.home is None or dateline_home(coding) != coding.home:
        return None  # no dateline, or a source whose home is another state
    return Mention(start, end, coding.home + (role or "GOV"), coding.home, "role")


def dateline_country(coding: Coding) -> str | None:
    """The country of the dateline's place (``TAIPEI, Aug 3 (Agency) -``: TWN), if known."""
    line = dateline(coding.norm)
    if line is None:
        return None
    return next((m.country for m in coding.mentions
                 if line.start <= m.start < line.place_end and m.country), None)  # fmt: skip
