"""The ``actors`` component: actor phrases with CAMEO actor codes.

1. Look up every dictionary form (``lexicon.ActorLexicon``); where matches overlap the longest
   wins (then the leftmost). Latin matches must be whole words, acronyms in their exact case.
2. One-character short forms (美, 中, 立) count only in a run of two or more (中美, 中立两国)
   followed by a dyad word (两国, 关系, 双方…); an ambiguous one takes the country the
   document names in full.
3. Adjacent parts join into one phrase (美国 + 总统 + 拜登; 外交部 + 发言人 + 赵立坚) and the
   phrase gets one code: a person in office on the sentence's date gives their own code (拜登
   is USAGOV only from 2021-01-20, before that just USA); else country + role (NICGOV); a
   role alone stands for the document's home state only for words such as 外交部.
4. 我们/我国 mean the speaker's state (whoever 表示 in the sentence), else the home state.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import attrgetter
from typing import Any

from dipwatch.coder import en_actors
from dipwatch.coder import zh_actors as zh
from dipwatch.coder.doc import BY_START, Coding, Mention, Sentence
from dipwatch.coder.en_names import join_name_particles
from dipwatch.coder.english import name_end
from dipwatch.coder.lexicon import Entry, has_non_latin
from dipwatch.coder.zh_embedded import embedded_names
from dipwatch.coder.zh_pronouns import person_pronouns
from dipwatch.coder.zh_titles import inert_titles
from dipwatch.reference import former_states

_PLACES = ("name", "alias", "capital", "demonym")


@dataclass(slots=True)
class _Part:
    start: int
    end: int
    entry: Entry


def find_actors(coding: Coding) -> None:
    """Fill ``coding.mentions`` (sorted by start) and ``coding.home``."""
    lex = coding.reference.actors
    coding.home = document_home(coding)
    # Chinese text (not an English one with curly quotes or a dash) has short forms and no
    # English story reading; only a text with characters outside Latin needs the CJK scan.
    cjk = any(s.cjk for s in coding.sentences)
    if not cjk and coding.home is None:  # a story from Beijing: "the Foreign Ministry" is China's
        coding.home = en_actors.dateline_home(coding)
    parts = _dictionary_parts(coding, lex, cjk or has_non_latin(coding.norm))
    if cjk:  # 萨纽埃萨 is a name, not Niue; “杜鲁门”号 is a ship; 强巴林寺 a temple
        parts = [p for p in parts if not _inside_name(coding.norm, p, lex.name_chars)
                 and not _in_ship_name(coding.norm, p) and not _names_a_place(coding.norm, p)]  # fmt: skip
        parts = _without_simplified_words(coding, parts)
        parts = _without_strangers_given_names(coding, parts)
    if cjk:  # short forms (美, 越方) are Chinese: an English text has none
        parts.extend(_short_parts(coding, lex, parts))
        parts.extend(_side_parts(coding, lex, parts))
    parts.sort(key=BY_START)
    starts = [s.start for s in coding.sentences]
    phrases = _phrases(coding, parts)
    resolved: list[tuple[int, list[_Part], Mention | None]] = []
    names: dict[str, Mention] = {}  # 捷克参议院议长韦德齐: 韦德齐, wherever he is named again
    introduced: dict[str, Mention] = {}  # 委内瑞拉代总统罗德里格斯, then 罗德里格斯 alone
    named = _named_states(coding, parts) if cjk else {}
    for group, tail in _with_names(coding, phrases):
        index = max(bisect.bisect_right(starts, group[0].start) - 1, 0)
        mention = _resolve(coding, group, index, named)
        if cjk and mention is not None:
            mention = _as_introduced(coding, group, mention, introduced)
        if not coding.sentences[index].cjk and group[-1].entry.kind in ("role", "person"):
            # President Levy Mwanawasa; an alias that is a title and a surname: Premier Li Qiang
            tail = _english_name(coding, group, parts)
            if (
                mention is None
                and tail > group[-1].end
                and not _named_before(
                    parts, _attribution_start(coding, group[0].start, tail, index), group[0].start
                )
            ):  # Vice Foreign Minister Masataka Okano summoned…, not "U.S. lawmakers led by…"
                mention = en_actors.titled_stranger(coding, group[0].start, tail,
                                                    group[-1].entry.code)  # fmt: skip
        if cjk and mention is not None and mention.country and group[-1].entry.kind == "person":
            names.setdefault(coding.norm[group[-1].start : group[-1].end], mention)  # 高市早苗
        if mention is not None and tail > mention.end:
            if cjk and mention.country:
                names.setdefault(coding.norm[group[-1].end : tail], mention)
            mention.end = tail  # 斯里兰卡总理维克勒马辛哈: the name is part of the phrase
        if mention is not None and cjk:
            zh.meeting_tail(coding, mention)
        resolved.append((index, group, mention))
    mentions: list[Mention] = []
    for index, group, mention in resolved:
        if mention is None and group[0].entry.kind == "home":
            mention = _home_mention(coding, group, index, mentions)
        elif mention is None and group[0].entry.kind == "addressee":  # the discourse resolves it
            if mentions and mentions[-1].kind == "person" and mentions[-1].end == group[0].start:
                mentions[-1].end = group[-1].end  # 阮富仲总书记同志: the named one's title
                continue
            mention = Mention(group[0].start, group[-1].end, "", None, "addressee")
        if mention is not None:
            mention.inert = _is_inert(
                coding, mention, group, coding.sentences[index].cjk
            ) or zh.caused(coding, mention, mentions)
            mentions.append(lex.as_state(mention))  # 香港特区政府 counts as China's: CHNGOV
    if cjk:
        _bloc_leaders(coding, mentions)
        zh.places_of_actors(coding, mentions)
        zh.posts(coding, mentions)
        zh.foreign_offices(coding, mentions)
        zh.titled_cities(coding, mentions)
        zh.cities_of_other_states(coding, mentions)
        zh.channels(coding, mentions)
        zh.routes(coding, mentions)
        zh.entered_places(coding, mentions)
        zh.counted_nationals(coding, mentions)
        zh.named_things(coding, mentions, _PARTY_STATES)
        inert_titles(coding, mentions)
        embedded_names(coding, mentions)
        zh.venues(coding, mentions)
        zh.mediators(coding, mentions)
        zh.missions_protested_at(coding, mentions)
    lone = [(i, g) for i, g, m in resolved if m is None and not coding.sentences[i].cjk
            and all(p.entry.kind == "role" for p in g)]  # fmt: skip
    if not cjk:  # the leaders, the embassy, the paper: the actor the story named before
        named = en_actors.definite(coding, lone, mentions)
        lone = [(i, g) for i, g in lone if not any(m.start == g[0].start for m in named)]
        mentions = sorted(mentions + named + en_actors.documents(coding, mentions),
                          key=BY_START)  # fmt: skip
    if lone:
        mentions = sorted(mentions + _sole_country_roles(coding, lone, mentions),
                          key=BY_START)  # fmt: skip
    if not cjk:  # the embassy first told as "its embassy in <place>": its state
        en_actors.own_missions(coding, mentions)
    if cjk:
        _party_lists(coding, mentions)
        zh.share_country(coding, mentions)
        mentions = zh.named_again(coding, names, mentions)
        mentions = zh.anaphors(coding, mentions)
        mentions = zh.counted_anaphors(coding, mentions)
        mentions = zh.partner_pronouns(coding, mentions)
        mentions = zh.demanded_pronouns(coding, mentions)
        mentions = person_pronouns(coding, mentions)
    else:  # surnames, pronouns and "the two sides" of an English story
        mentions = en_actors.extend(coding, join_name_particles(coding.norm, mentions))
    coding.mentions = mentions


_ATTRIBUTION_VERB = re.compile(r"\s+(?:said|says|told|added)\b")


def _attribution_start(coding: Coding, start: int, tail: int, index: int) -> int:
    """Where the clause of a title and name begins: after the comma of an attribution that
    closes the sentence (…on May 26, Defence Minister Richard Marles said on Sunday), whose
    states before the comma are those of what he said; else the sentence's start."""
    lo = coding.sentences[index].start
    if coding.norm[max(lo, start - 2) : start] == ", " and _ATTRIBUTION_VERB.match(
        coding.norm, tail
    ):  # fmt: skip
        return start
    return lo


def _named_before(parts: list[_Part], lo: int, hi: int) -> bool:
    """Does a dictionary match begin in ``[lo, hi)``? (``parts`` are sorted by start.)"""
    i = bisect.bisect_left(parts, lo, key=BY_START)
    return i < len(parts) and parts[i].start < hi


def _english_name(coding: Coding, group: list[_Part], parts: list[_Part]) -> int:
    """The end of a capitalised name after an English title, short of the next match."""
    end = group[-1].end
    i = bisect.bisect_left(parts, end, key=BY_START)  # parts are sorted by start
    limit = parts[i].start if i < len(parts) else len(coding.norm)
    return name_end(coding.norm, end, limit)


def _sole_country_roles(
    coding: Coding, lone: list[tuple[int, list[_Part]]], mentions: list[Mention]
) -> list[Mention]:
    """English sector words with no country of their own (demonstrators, President Dos Santos)
    belong to the one state their sentence names, if it names exactly one."""
    found: list[Mention] = []
    for index, group in lone:
        s = coding.sentences[index]
        skip = _own_relative(coding.norm, group[-1].end, s.end)
        named = {m.country for m in mentions if s.start <= m.start < s.end
                 and m.country and m.kind != "org"
                 and not skip[0] <= m.start < skip[1]}  # fmt: skip
        if len(named) == 1:
            country = named.pop()
            found.append(Mention(group[0].start, group[-1].end, country + group[0].entry.code,
                                 country, "role"))  # fmt: skip
    return found


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whom|whose|which)\b")


def _own_relative(text: str, end: int, limit: int) -> tuple[int, int]:
    """The span of a relative clause right after a title (The spiritual leader, who fled to
    India in 1959, arrived…): the states it names are not the title's; (0, 0) if none."""
    hit = _RELATIVE_AFTER.match(text, end, limit)
    if hit is None:
        return (0, 0)
    close = text.find(",", hit.end(), limit)
    return (hit.end(), limit if close < 0 else close)


def document_home(coding: Coding) -> str | None:
    """The state whose voice the document is: from its source name, else from marker words
    (央视网消息 → CHN; 中共外交部, written by a Taiwanese analyst → TWN); None if unknown."""
    doc = coding.document
    for lex in coding.reference.actors.lexicon.values():
        home = lex.get("home_sources", {}).get((doc.source or "").lower())
        if home:
            return home
    head = coding.norm[:4000]
    found = _marked(coding, "home_markers", head)
    if found:
        return found
    # 我國 and 中共 in Traditional script (Taiwanese analysis) are Taiwan's voice: fold changed
    # its CJK characters; 我国 and 中方 in Simplified script are the mainland's own voice (a
    # think tank's review).
    if has_non_latin(head):
        hant = _traditional(doc.text[:4000], head)
        found = _marked(coding, "home_markers_hant" if hant else "home_markers_hans", head)
        if found:
            return found
    # Last, as Taiwan's analysts name the PRC's spokesperson bare too (外交部發言人汪文斌 beside
    # 中共駐日本大使館), while 新華社 and 中共外交部 above say whose text it is outright.
    return _marked(coding, "home_markers_weak", head)


def _marked(coding: Coding, key: str, head: str) -> str | None:
    """The state the first of ``key``'s marker lists found in ``head`` is the voice of."""
    for lex in coding.reference.actors.lexicon.values():
        for country, markers in lex.get(key, {}).items():
            if any(m in head for m in markers):
                return country
    return None


def _without_simplified_words(coding: Coding, parts: list[_Part]) -> list[_Part]:
    """Less the names of places written so only in Traditional script (``traditional_only``:
    馬列, Malé) where the text writes them in Simplified (马列经典: Marxism-Leninism)."""
    words = coding.reference.actors.words.get("traditional_only", ())
    if not words:
        return parts
    norm, text = coding.norm, coding.text
    return [p for p in parts if norm[p.start : p.end] not in words
            or _traditional(text[p.start : p.end], norm[p.start : p.end])]  # fmt: skip


def _traditional(text: str, folded: str) -> bool:
    """Whether ``text`` is in Traditional script: folding changed one of its CJK characters.

    >>> _traditional("我國", "我国"), _traditional("我国", "我国")
    (True, False)
    """
    return any(a != b for a, b in zip(text, folded, strict=False) if "\u4e00" <= a <= "\u9fff")


def _dictionary_parts(coding: Coding, lex: Any, cjk: bool = True) -> list[_Part]:
    found: list[_Part] = []
    norm, lower = coding.norm, coding.lower
    if cjk and len(lex.cjk):
        for end, (length, entries) in lex.cjk.iter(norm):
            found.append(_Part(end + 1 - length, end + 1, entries[0]))
    # (a Chinese text mostly has no letter a-z: the automaton's pass over it would find nothing)
    if len(lex.latin) and (
        _LETTER.search(lower) or any(map(lower.__contains__, lex.latin_unlettered))
    ):
        size = len(lower)
        for end, (length, entries) in lex.latin.iter(lower):
            start, stop = end + 1 - length, end + 1
            # _whole_word, inline (every hit asks): most (un, us, ec) are inside longer words
            if (start and lower[start - 1] in _ASCII_ALNUM) or (
                stop < size and lower[stop] in _ASCII_ALNUM
            ):
                continue
            for entry in entries:
                if entry.exact is None or norm[start:stop] == entry.exact:
                    found.append(_Part(start, stop, entry))
                    break
    found = _without_continents(_without_titled_surnames_in_names(found, norm), norm)
    found = _without_plains(_without_names_gone(found, coding), norm)
    if cjk:
        found = _without_armies_in_deals(found, norm, lex.words.get("arms_trade", ()))
    return _longest(found, len(norm))


def _without_armies_in_deals(parts: list[_Part], norm: str, deals: tuple[str, ...]) -> list[_Part]:
    """The parts less an army (乌军, 以军) whose 军 begins an arms deal after 对, 向 or 涉
    (对乌军售, 向以军售, 涉乌军援): the deal's other party is the state, named by its short form
    (``zh_actors._arms_buyer``), not its army."""
    if not any(map(norm.__contains__, deals)):  # (C calls only: run for every text)
        return parts  # (most texts, 军 in many of them: no deal, no list built)
    return [p for p in parts
            if not (norm.endswith("军", p.start, p.end) and norm.startswith(deals, p.end - 1)
                    and p.start and norm[p.start - 1] in "对向涉")]  # fmt: skip


@cache
def _names_gone() -> dict[str, date]:
    """A state's name that outlived the state (苏联 for the Russian Federation's predecessor, 西德
    for Germany before unification) -> the day it ended (the ``zh`` and ``ended`` columns of
    ``former_states.csv``): where the sentence's acts fall before that day it names the state
    that acts (an analyst's chapter on 1954, or one written in 2022 telling 1969 年 3 月，中共與
    蘇聯在珍寶島發生武裝衝突); on a day after, it mostly names history recalled (纪念苏联伟大卫国
    战争胜利80周年庆典, 二战期间…针对苏联), no party to the day's acts."""
    return {n: s.ended for s in former_states() if s.ended is not None for n in s.zh}


def _without_names_gone(parts: list[_Part], coding: Coding) -> list[_Part]:
    """The parts less a name of :func:`_names_gone` in a sentence whose day (the one its acts
    take when it names none: the item's lead in news, the last date named in a narrative, else
    the publication's) is after its state ended."""
    norm, names_gone = coding.norm, _names_gone()
    if not any(map(norm.__contains__, names_gone)):
        return parts  # (most texts: no such name, no list built)
    starts = [s.start for s in coding.sentences]

    def kept(p: _Part) -> bool:
        gone = names_gone.get(norm[p.start : p.end])
        if gone is None:
            return True
        day = _sentence_day(coding, max(bisect.bisect_right(starts, p.start) - 1, 0))
        return day is not None and day < gone

    return [p for p in parts if kept(p)]


#: 大陆 is the mainland (大陸多個城市, 訪問大陸) but for a continent named with it (南美大陆,
#: 非洲大陆, 新大陆) or a word it begins (大陆架, 大陆性).
_CONTINENT_BEFORE = frozenset("洲美非欧亚澳新旧南北东西整个全")
_CONTINENT_AFTER = ("架", "性", "法系", "型", "桥", "坡", "漂移")


def _without_continents(parts: list[_Part], norm: str) -> list[_Part]:
    """The parts less a 大陆 that names a continent, not China's mainland."""
    if "大陆" not in norm:
        return parts  # (most texts: one test a text, not a slice a part)
    return [p for p in parts if norm[p.start : p.end] != "大陆"
            or not ((p.start and norm[p.start - 1] in _CONTINENT_BEFORE)
                    or norm.startswith(_CONTINENT_AFTER, p.end))]  # fmt: skip


#: 北平, Beijing's name in Taiwan's voice until the 1990s (抵達北平訪問), is the tail of a region
#: ending on 北 and the head of a word after it far more often (东北平原, 河北平山, 湖北平安).
_REGION_BEFORE_BEIPING = frozenset(
    "东東西南华華河湖皖淮苏蘇陕陝冀豫鲁魯晋晉江台臺辽遼吉甘川滇桂粤粵闽閩浙赣贛湘鄂陇隴蒙宁寧青藏新渝沪滬京津岛島城"
)


def _without_plains(parts: list[_Part], norm: str) -> list[_Part]:
    """The parts less a 北平 that ends a region's name (东北平原), not the city."""
    if "北平" not in norm:
        return parts  # (most texts: one test a text)
    return [p for p in parts if norm[p.start : p.end] != "北平"
            or not (p.start and norm[p.start - 1] in _REGION_BEFORE_BEIPING)]  # fmt: skip


#: Titles that follow a surname in a leader's short form (马总统, 蔡總統).
_SURNAME_TITLES = ("总统", "总理", "主席", "首相")


def _without_titled_surnames_in_names(parts: list[_Part], norm: str) -> list[_Part]:
    """祖马总统: a surname-and-title form (马总统, Ma Ying-jeou) whose surname is the last
    character of a name that starts before it is that name's title (President Zuma), not
    another leader: longest-first would keep the three characters over the two."""
    titled = [p for p in parts
              if p.end - p.start == 3 and norm.endswith(_SURNAME_TITLES, p.start, p.end)]  # fmt: skip
    if not titled:
        return parts  # (most texts: no list of the longer parts built)
    # A name of two or more characters that ends on the surname (its start then lies before
    # the surname's): one set of ends, not every name tried for each form (a book has many).
    ends = {q.end for q in parts if q.end - q.start >= 2}
    dropped = {id(p) for p in titled if p.start + 1 in ends}
    return [p for p in parts if id(p) not in dropped]


def _whole_word(text: str, start: int, end: int) -> bool:
    """No ASCII letter or digit on either side (one set test each: called for every hit)."""
    return (start == 0 or text[start - 1] not in _ASCII_ALNUM) and (
        end >= len(text) or text[end] not in _ASCII_ALNUM
    )


_LETTER = re.compile(r"[a-z]")
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)


def _longest(parts: list[_Part], size: int) -> list[_Part]:
    """Non-overlapping parts, longer first, then leftmost."""
    taken = bytearray(size + 1)
    kept: list[_Part] = []
    for part in sorted(parts, key=lambda p: (p.start - p.end, p.start)):
        if not any(taken[part.start : part.end]):
            taken[part.start : part.end] = b"\x01" * (part.end - part.start)
            kept.append(part)
    return kept


def _short_parts(coding: Coding, lex: Any, parts: list[_Part]) -> list[_Part]:
    """One-character short forms in runs of two or more followed by a dyad word (中美关系)."""
    norm = coding.norm
    if lex.short_run is None:
        return []
    taken = bytearray(len(norm) + 1)
    for p in parts:
        taken[p.start : p.end] = b"\x01" * (p.end - p.start)
    named = {p.entry.country for p in parts if p.entry.country}
    where = _named_states(coding, parts)
    found: list[_Part] = []
    word_starts = lex.words.get("run_word_starts", ())
    for run in lex.short_run.finditer(norm):
        i, j = run.span()
        if norm.startswith(word_starts, j - 1):
            j -= 1  # 中菲南海问题: 南 begins the sea's name, no South Africa
        while i < j and (taken[i] or zh.ends_word(norm, i, lex.words) or _day_mark(norm, i)):
            i += 1  # 增加中越间: no 加; 9 月 3 日美中元首…: the day's 日, no Japan
        k = i
        while k < j and not taken[k]:
            k += 1
        kind = zh.run_kind(norm, i, k, lex.words, lex.name_chars) if k == j else None
        if kind is not None:  # 中美关系, 中立两国, 法德为…努力 (not 中美洲)
            fixed = _pair_states(lex, norm[i:k])  # 巴以冲突: Palestine, whatever else 巴 is
            if norm[i:k] in _HAMAS_PAIRS and "KAZ" not in where:
                continue  # 以哈双方: Israel and Hamas, who has no state's short form
            for n in range(i, k):
                if not fixed and _unnamed_choice(lex, norm[n], where, n):
                    continue  # 中阿命运共同体 with no Arab state named: no Argentina either
                country = fixed[n - i] if fixed else _short_state(lex, norm[n], where, n, named)
                found.append(_Part(n, n + 1, Entry(kind, country, country)))
    found += _fixed_pair_parts(lex, norm, taken, found)
    found += _initial_pair_parts(coding, lex, taken, found, where)
    # 美、英、法、德、日、義、加七國領袖: short forms listed and counted are the states (a list
    # has 、: most texts' short forms are no list, and the regex is not run over them)
    runs = _counted_list(lex.short_sorted).finditer(norm) if "、" in norm else ()
    for run in runs:
        for n in range(run.start(), run.end(), 2):
            if not taken[n]:
                country = _short_state(lex, norm[n], where, n, named)
                found.append(_Part(n, n + 1, Entry("short", country, country)))
    # 对位于红海的美“杜鲁门”号航母及其随行舰只: a short form right before a quoted name closed by
    # 号 (a warship's, an aircraft's) is the state the craft belongs to, whatever precedes it.
    shorts = lex.words.get("adjacent_shorts", ())
    crafts = _NAMED_CRAFT.finditer(norm) if "”号" in norm else ()  # (its . tries every place)
    for craft in crafts:
        n = craft.start()
        if norm[n] in shorts and not taken[n] and not zh.ends_word(norm, n, lex.words):
            country = _short_state(lex, norm[n], where, n, named)
            found.append(_Part(n, n + 1, Entry("short", country, country)))
    # 巴安全部队已打死331名阿富汗人员, 叙军收复…: a short form right before a word of forces is
    # the forces' state when the text names that state in full (巴 is Pakistan, Palestine or
    # Brazil; only the name spelt out says which, the nearest before it first: 阿军 in an item
    # on Azerbaijan after one on Afghanistan); 驻叙军队 are others' forces posted there, and
    # 乌代德空军基地 a name (a transliteration character right before).
    forces = _SHORT_FORCES.finditer(norm) if "军" in norm or "部队" in norm else ()
    for force in forces:
        n = force.start()
        if norm[n] not in lex.short_chars or taken[n] or zh.ends_word(norm, n, lex.words):
            continue
        if n and (norm[n - 1] in _POSTED_BEFORE or norm[n - 1] in lex.name_chars):
            continue
        candidates = _pair_candidates(lex, norm[n], where, n)
        state = _nearest_named(candidates, where, n) or _forces_alone(lex, norm, n, candidates)
        if state:
            found.append(_Part(n, n + 1, Entry("short", state, state)))
    found.extend(_posting_shorts(coding, lex, taken, where, named))
    return found


def _posting_shorts(coding: Coding, lex: Any, taken: bytearray, where: dict[str, list[int]],
                    named: set[str]) -> list[_Part]:  # fmt: skip
    """俄驻乌克兰临时代办, 美驻日大使: a short form right before 驻 and the state (named in full
    or short) its mission is posted to is the state that posts it; ``_posted`` then joins the
    three into its envoy or embassy, as it does 俄罗斯驻乌克兰大使 (驻华大使 is a title of its own,
    which ``_short_prefix`` reads)."""
    norm, found = coding.norm, []
    at = norm.find("驻", 1)
    while at >= 0:
        n, host = at - 1, at + 1
        if (norm[n] in lex.short_chars and not taken[n] and not taken[at] and host < len(norm)
                and (taken[host] or norm[host] in lex.short_chars)
                and zh.short_begins_word(coding, n)):  # fmt: skip
            country = _short_state(lex, norm[n], where, n, named)
            found.append(_Part(n, n + 1, Entry("short", country, country)))
        at = norm.find("驻", at + 1)
    return found


def _nearest_named(states: tuple[str, ...], where: dict[str, list[int]], at: int) -> str | None:
    """Of ``states``, the one the text names in full nearest before ``at`` (else nearest after)."""
    before = [(max(p for p in where[c] if p < at), c) for c in states
              if any(p < at for p in where.get(c, ()))]  # fmt: skip
    if before:
        return max(before)[1]
    after = [(min(where[c]), c) for c in states if where.get(c)]
    return min(after)[1] if after else None


#: A character right before a word of the forces: 军, not where 军 begins another word (军民,
#: 军区, 美韩军演, 军事, 军售, 军费…), the army, the security forces.
_SHORT_FORCES = re.compile(
    r".(?=军(?![民区演事售购援费备火工控贸品械])|军队|安全部队|武装部队|部队|空军|海军|陆军)"
)
#: Before a short form and forces: posted to, sent to or fighting that state (驻叙军队,
#: 赴黎部队, 援朝军队, 抗日军): the forces are another's.
_POSTED_BEFORE = frozenset("驻赴援抗侵")


#: Short forms whose forces name their one state though the text never spells it out (英军,
#: 法军, 韩军, 印军: news writes 遭到美军和英军空袭 with no 英国 in the item). Not 德, whose 德军
#: free text holds as given names (熊德军, 崔德军), nor 日, whose 日军 it holds only in the war
#: of 1931-1945's memorials and history (侵华日军细菌战…纪念碑), no act of the day.
_FORCES_ALONE = frozenset("英法韩印")


def _forces_alone(lex: Any, norm: str, at: int, candidates: tuple[str, ...]) -> str | None:
    """The state of a short form's forces the text does not name in full: only a short form
    that is one state's alone (``_FORCES_ALONE``)."""
    if norm[at] not in _FORCES_ALONE or len(candidates) != 1:
        return None
    return candidates[0]


_NAMED_CRAFT = re.compile(r".(?=“[^”]{1,12}”号)")


@cache
def _counted_list(chars: str) -> re.Pattern[str]:
    """Three or more one-character short forms joined by 、 and closed by their count (美、英、
    法七国, 中、俄、伊三国): a list no dyad word is needed to read as states."""
    one = "[" + re.escape(chars) + "]"
    return re.compile(f"{one}(?:、{one}){{2,}}(?=[三四五六七八九十]国)")


def _day_mark(norm: str, at: int) -> bool:
    """Is the 日 at ``at`` the end of a day (3 日, 三日) rather than Japan's short form?"""
    return norm[at] == "日" and _BEFORE_DAY_MARK.search(norm, max(0, at - 3), at) is not None


#: Right before a day's 日: its number (3 日美中元首…, 二十日中俄…).
_BEFORE_DAY_MARK = re.compile(r"[\d〇零一二三四五六七八九十]\s*$")


def _short_state(lex: Any, char: str, where: dict[str, list[int]], at: int, named: set[str]) -> str:
    """The state a short form in a pair or list stands for: when the text names in full more
    than one it may be, the one named nearest before it, else after, as a side is read (据伊拉克
    媒体报道，伊叙两国外长…与伊朗外长…会谈: Iraq, named before, not Iran, named after; an item
    that names both is not about whichever the candidates list first)."""
    candidates = _pair_candidates(lex, char, where, at)
    if sum(c in where for c in candidates) > 1:
        return _nearest_named(candidates, where, at) or zh.pick(candidates, named)
    return zh.pick(candidates, named)


def _unnamed_choice(lex: Any, char: str, where: dict[str, list[int]], at: int) -> bool:
    """Is the short form of a pair one of several states (阿: Argentina, Algeria, the Emirates…),
    none named in full, with no state news means by it unnamed (``_UNSETTLED_SHORTS``)? Then
    nothing tells which it is (中阿 is most often China and the Arab states, which have no
    code): it stands for no state, where taking the first would code Argentina (eval/README.md, "Faults of the fifteenth round's integration
    check")."""
    if char not in _UNSETTLED_SHORTS:
        return False
    candidates = set(_pair_candidates(lex, char, where, at))
    return len(candidates) > 1 and not any(c in where for c in candidates)


#: Short forms no one state is meant by when the text names none in full: 阿 in 中阿 is the
#: Arab states (Argentina is 中阿 only in an item naming it). 乌 (俄乌外长), 巴 (中巴经济走廊),
#: 伊 and the others read as their first state, the one news means unnamed.
_UNSETTLED_SHORTS = frozenset("阿")


def _pair_candidates(lex: Any, char: str, where: dict[str, list[int]], at: int) -> tuple[str, ...]:
    """The states a short form in a pair may be: its usual ones, then a state whose name begins
    with it that the text names in full shortly before (中巴关系 in an item about Barbados; not
    an Indonesia named pages before 中印两军)."""
    usual = lex.short_chars[char]
    near = tuple(c for c in lex.initials.get(char, ()) if c not in usual
                 and any(at - _NEAR <= p < at for p in where.get(c, ())))  # fmt: skip
    return usual + near


_NEAR = 300  # characters: about an item of the news, a paragraph of a chapter


def _fixed_pair_parts(lex: Any, norm: str, taken: bytearray, found: list[_Part]) -> list[_Part]:
    """阿亚双方, 亚阿两国: a known pair whose short forms are no one-character short forms of
    their own (亚 is in 东亚, 中亚), so no run of them is read (``short_run``), names its states
    where a dyad word follows it as for any run (coder-zh103)."""
    got = {p.start for p in found}
    out: list[_Part] = []
    for pair, codes in lex.fixed_pairs.items():
        at = norm.find(pair)
        while at >= 0:
            end = at + len(pair)
            if not any(taken[at:end]) and at not in got:
                kind = zh.run_kind(norm, at, end, lex.words, lex.name_chars)
                if kind is not None:
                    out += [
                        _Part(at + n, at + n + 1, Entry(kind, c, c)) for n, c in enumerate(codes)
                    ]
            at = norm.find(pair, end)
    return out


def _initial_pair_parts(
    coding: Coding, lex: Any, taken: bytearray, found: list[_Part], where: dict[str, list[int]]
) -> list[_Part]:
    """中所两国, 中厄双方: China and a state whose first character is no short form of the
    table (所, 厄, 毛) before a dyad word, where the text names that state in full (所罗门群岛,
    厄瓜多尔): the pair's second is that state, read as a side (``named_side``) is. A state
    the text does not name stays unread (中安两国 with no Angola nor Antigua named)."""
    norm, out = coding.norm, []
    got = {p.start for p in found}
    at = norm.find("中")
    while 0 <= at < len(norm) - 2:
        n, char = at + 1, norm[at + 1]
        if (
            char not in lex.short_chars
            and char not in _REGION_AFTER_ZHONG
            and char in lex.initials
            and not (taken[at] or taken[n] or at in got)
            and not zh.ends_word(norm, at, lex.words)
        ):
            kind = zh.run_kind(norm, at, n + 1, lex.words, lex.name_chars)
            state = zh.named_side(lex, char, where, n, norm) if kind is not None else None
            if kind is not None and state is None:
                state = _state_of_its_day(coding, char, at)
            if kind is not None and state is not None and state != "CHN":
                out += [
                    _Part(at, n, Entry(kind, "CHN", "CHN")),
                    _Part(n, n + 1, Entry(kind, state, state)),
                ]
        at = norm.find("中", at + 1)
    return out


@cache
def _initials_gone() -> dict[str, tuple[str, date]]:
    """The first character of a gone state's name (苏 of 苏联, 北 of 北越) -> the successor that
    carries its code and the day it ended (``former_states.csv``)."""
    return {
        n[0]: (s.successors[0], s.ended)
        for s in former_states()
        if s.ended is not None and s.successors
        for n in s.zh
    }


def _state_of_its_day(coding: Coding, char: str, at: int) -> str | None:
    """中苏两国 with no Sudan nor Suriname named: the Soviet Union where the sentence's day
    (``_sentence_day``) falls before it ended (an analyst's chapter on 1953); on a later day
    the pair stays unread, as ``_initial_pair_parts`` leaves a state the text does not name."""
    gone = _initials_gone().get(char)
    if gone is None:
        return None
    starts = [s.start for s in coding.sentences]
    day = _sentence_day(coding, max(bisect.bisect_right(starts, at) - 1, 0))
    return gone[0] if day is not None and day < gone[1] else None


#: 中亚, 中东: a region's name, not China and Armenia or Timor-Leste (中亚两国: two of its states).
_REGION_AFTER_ZHONG = frozenset("亚东")


#: Runs where 哈 beside 以 is Hamas (以哈双方, 哈以冲突), not Kazakhstan, unless the text names
#: Kazakhstan in full: read as no pair of states (Hamas has no ISO3 to stand in the pair).
_HAMAS_PAIRS = frozenset(("以哈", "哈以"))


def _pair_states(lex: Any, run: str) -> tuple[str, ...] | None:
    """The states a conventional pair of short forms names (巴以: PSE, ISR), if it is one."""
    for table in lex.lexicon.values():
        found = table.get("pair_states", {}).get(run)
        if found:
            return found
    return None


def _side_parts(coding: Coding, lex: Any, parts: list[_Part]) -> list[_Part]:
    """越方, 乌方 and 对俄: short forms a mark or a preposition makes actors (``zh_actors``)."""
    taken = bytearray(len(coding.norm) + 1)
    for p in parts:
        taken[p.start : p.end] = b"\x01" * (p.end - p.start)
    named = _named_states(coding, parts)
    for i, p in enumerate(parts):  # 吉方 in an item about Djibouti is Djibouti's side
        if _is_side(coding, p) and p.entry.country not in named:
            other = zh.named_side(lex, coding.norm[p.start], named, p.start, coding.norm)
            if other is not None and other != p.entry.country:
                parts[i] = _Part(p.start, p.end, Entry("short", other, other))
    return [_Part(start, end, Entry("short", country, country))
            for start, end, country in zh.short_spans(coding, lex, taken, named)]  # fmt: skip


def _named_states(coding: Coding, parts: list[_Part]) -> dict[str, list[int]]:
    """Where the text names each state (not by a side, 吉方), for short forms to be read by."""
    named: dict[str, list[int]] = {}
    for p in parts:
        if p.entry.country and not _is_side(coding, p):
            named.setdefault(p.entry.country, []).append(p.start)
    return named


def _inside_name(norm: str, part: _Part, chars: frozenset[str]) -> bool:
    """A two-character country name with transliteration characters on both sides is part of
    a foreign person's name (副部长萨纽埃萨: no Niue), and so is a person's name that a
    transliteration character follows (克里斯托夫·杜比: no Kerry; 蒂默曼斯: no 蒂默曼) or, of two
    characters, precedes (制裁卢比奥: no Bio); a surname of any length after the dot of a given
    name other than the table's for its persons (胡塞武装官员哈扎姆·阿萨德: no Assad, 巴沙尔·阿萨德)
    is another person's. A state's name joined by a dash or dot to a transliterated name
    (瑞士经济部长施奈德-阿曼: no Oman) is that name's last part, and one with 裔 right after it
    (阿尔巴尼亚裔武装团体) names an ethnic origin, not the state (``_part_of_a_name``)."""
    if part.entry.kind in ("name", "alias") and _part_of_a_name(norm, part, chars):
        return True
    if part.entry.kind == "place":
        return _inside_name_place(norm, part, chars)
    if part.entry.kind == "person" and part.start > 0 and norm[part.start - 1] == "·":
        return _another_given_name(norm, part)
    if part.entry.kind == "person" and _name_goes_on(norm, part.end, chars):
        return True  # 蒂默曼斯: Timmermans, no Timerman (蒂默曼); the table holds the longer name
    if part.end - part.start > 2:
        return False
    if part.entry.kind == "person" and part.start > 0 and norm[part.start - 1] in chars:
        return True
    if part.end >= len(norm) or norm[part.end] not in chars:
        return False
    if part.entry.kind == "person":
        return True
    return (part.entry.kind in ("name", "alias") and part.start > 0
            and norm[part.start - 1] in chars)  # fmt: skip


def _part_of_a_name(norm: str, part: _Part, chars: frozenset[str]) -> bool:
    """Is a state's name the last part of a hyphenated or dotted foreign name (施奈德-阿曼,
    a transliteration character before the mark; not 中国-东盟, whose 国 is none) or the
    origin of an ethnic group (阿尔巴尼亚裔)? Prose batch 32 (coder-prose32)."""
    if norm.startswith("裔", part.end):
        return True
    start = part.start
    return start > 1 and norm[start - 1] in "-·‐－" and norm[start - 2] in chars


def _without_strangers_given_names(coding: Coding, parts: list[_Part]) -> list[_Part]:
    """伊朗议会成员瓦希德·艾哈迈迪: a person's name of the table right before the dot of a
    longer name the table does not give them is another person's given name when none of the
    persons so named is in office on the document's day and the text names none of their
    states (瓦希德 was Indonesia's president, 2001; the item is Iran's). A former officeholder in
    a story of their state (希拉里·克林顿 in an item naming the United States) stays."""
    norm = coding.norm
    if "·" not in norm:
        return parts
    named = {p.entry.country for p in parts if p.entry.kind in ("name", "alias")}
    day = coding.document.published
    return [p for p in parts if not _strangers_given_name(norm, p, named, day)]


def _strangers_given_name(norm: str, part: _Part, named: set[str | None], day: date | None) -> bool:
    """Is ``part`` a person's name that opens another's dotted name (``_without_strangers_…``)?"""
    if part.entry.kind != "person" or not norm.startswith("·", part.end):
        return False
    if part.start > 0 and norm[part.start - 1] == "·":
        return False  # inside a dotted name: the given-name check after the dot decides
    persons = part.entry.persons
    if any(p.country in named or (day is not None and p.active(day)) for p in persons):
        return False
    form = norm[part.start : part.end]
    fulls = (f for p in persons for f in (p.name_zh_hans, p.name_zh_hant, *p.aliases) if f)
    return not any(f.startswith(form + "·") and norm.startswith(f, part.start) for f in fulls)


def _name_goes_on(norm: str, end: int, chars: frozenset[str]) -> bool:
    """Does a transliteration character right after a person's name at ``end`` carry the name
    on (蒂默曼斯)? Not the dot or dash before a further part of the same full name (穆罕默德·本·
    萨勒曼·本·…), nor a word that opens with such a character after a name (习近平夫人, 热烈欢迎)."""
    if end >= len(norm) or norm[end] not in chars or norm[end] in "·-":
        return False
    return not norm.startswith(_WORDS_AFTER_A_NAME, end)


#: Words that open with a transliteration character and follow a person's name.
_WORDS_AFTER_A_NAME = ("夫人", "夫妇", "内阁", "热烈", "热情", "特使", "特别", "多次")


def _another_given_name(norm: str, part: _Part) -> bool:
    """Is the given name before the dot in front of a person's surname none the table gives
    the persons of that surname (亨特·拜登, 哈扎姆·阿萨德)? With no full name in the table
    (亚历山大·卢卡申科 where only 卢卡申科 is held) it cannot be told: the person stays."""
    surname = norm[part.start : part.end]
    given = {
        full[: -len(surname) - 1]
        for p in part.entry.persons
        for full in (p.name_zh_hans, p.name_zh_hant, *p.aliases)
        if full.endswith("·" + surname)
    }
    if not given:
        return False
    return not any(norm.endswith(g, 0, part.start - 1) for g in given)


def _inside_name_place(norm: str, part: _Part, chars: frozenset[str]) -> bool:
    """A place's name that a transliteration character follows (拉法兰: Raffarin, no Rafah),
    or after the dot of a foreign name (彼得·提尔), is part of a person's name; a part of
    the place after it (拉法南部, 苏梅西部) is no name character."""
    if part.start > 0 and norm[part.start - 1] == "·":
        return True
    if part.end >= len(norm) or norm[part.end] not in chars:
        return False
    return not norm.startswith(_PLACE_PARTS, part.end)


#: What may follow a place's name in the place (its parts and sides), though a name character.
_PLACE_PARTS = ("南部", "北部", "东部", "西部", "中部", "东南", "西南", "东北", "西北", "南郊",
                "北郊", "东郊", "西郊", "郊区", "以南", "以北", "以东", "以西", "方向", "前线")  # fmt: skip


def _in_ship_name(norm: str, part: _Part) -> bool:
    """A name quoted right before 号 names a ship or craft (“杜鲁门”号, “福特”号航母), not the
    person or state it honours; so does a person's name with 号 right after it, unquoted
    (美军艾森豪威尔号航空母舰)."""
    if part.entry.kind == "person" and norm.startswith("号", part.end):
        return True
    close = norm.find("”", part.end, part.end + 8)
    if close < 0 or not norm.startswith("号", close + 1):
        return False
    return norm.rfind("“", max(part.start - 8, 0), part.start + 1) >= 0


def _names_a_place(norm: str, part: _Part) -> bool:
    """A state's name right before 寺, 村, 街… names a temple, a village, a street (强巴林寺);
    a group's name ending in 国 right before 家 is part of 国家 (阿拉伯和伊斯兰国家)."""
    if part.entry.kind in ("fixed", "org") and norm.startswith("国家", part.end - 1):
        return True  # 伊斯兰国家 (Islamic states): 国 begins the word 国家, no Islamic State
    return part.entry.kind in _PLACES and norm[part.end : part.end + 1] in _PLACE_ENDS


_PLACE_ENDS = frozenset("寺庙村镇乡街巷")


def _as_introduced(
    coding: Coding, group: list[_Part], mention: Mention, introduced: dict[str, Mention]
) -> Mention:
    """A person the text introduced under another state's title (委内瑞拉代总统罗德里格斯) is
    that person when named again alone (罗德里格斯), not a namesake of the people table (Cuba's
    foreign minister): the text's own introduction outranks the table."""
    person = next((p for p in group if p.entry.kind == "person"), None)
    if person is None:
        return mention
    name = coding.norm[person.start : person.end]
    if any(p.entry.kind in ("name", "alias") for p in group):
        if mention.country and all(t.country != mention.country for t in person.entry.persons):
            introduced.setdefault(name, mention)
        return mention
    first = introduced.get(name)
    if first is None or len(group) > 1:
        return mention
    return Mention(mention.start, mention.end, first.code, first.country, first.kind)


def _is_side(coding: Coding, part: _Part) -> bool:
    """A dictionary's ``X方`` (吉方, 澳方): a side named by its first character."""
    return (part.entry.kind == "short" and part.end - part.start == 2
            and coding.norm[part.end - 1] == "方")  # fmt: skip


def _phrases(coding: Coding, parts: list[_Part]) -> list[list[_Part]]:
    """Group adjacent parts into phrases: a role or person joins the phrase before it."""
    joiners = {
        j for lex in coding.reference.actors.lexicon.values() for j in lex.get("joiners", ())
    }
    role_joiners = coding.reference.actors.words.get("role_joiners", ())
    groups: list[list[_Part]] = []
    for part in parts:
        if groups:
            last = groups[-1][-1]
            gap = coding.norm[last.end : part.start]
            if _posted(gap, part, last) and not _recalled(coding.norm, groups[-1][0].start):
                # 美国驻韩国大使馆: the embassy is America's
                groups[-1].append(part)
                continue
            joinable = (
                part.entry.kind in ("role", "person")
                or (part.entry.kind == "fixed" and last.entry.kind != "fixed")
                # 泰国曼谷: a capital right after its country is one place.
                or (part.entry.kind == "capital" and last.entry.kind in ("name", "alias"))
            ) and (gap == "" or gap in joiners)
            # 联合国国际法院: a body right after the one it belongs to is one actor, the body.
            joinable = joinable or (
                part.entry.kind == last.entry.kind == "org"
                and gap == ""
                and not coding.norm[part.start : part.end].isascii()
            )
            # 俄罗斯自由民主党主席: the party's own name stands between its country and 党主席.
            # 斯里兰卡12个朝野政党: the parties of the state, counted or qualified before 政党.
            joinable = joinable or (
                part.entry.code == "PTY" and last.entry.kind in ("name", "alias")
                and coding.norm.startswith(("党", "政党"), part.start)
                and _PARTY_NAME.fullmatch(gap) is not None
            )  # fmt: skip
            # 摩洛哥宪政联盟总书记: a party named without 党 (…联盟, …阵线) before its officer.
            joinable = joinable or (
                part.entry.kind == "role" and last.entry.kind in ("name", "alias")
                and _party_named(gap)
            )  # fmt: skip
            # Vietnamese Communist Party General Secretary: a ruling party's capitalised name
            # between a state and its officer, as 党 between them in Chinese.
            joinable = joinable or (
                part.entry.kind == "role" and last.entry.kind in _PLACES
                and coding.norm.startswith("Party", part.start)
                and _EN_PARTY_NAME.fullmatch(gap) is not None
            )  # fmt: skip
            # 玻利维亚经济与公共财政部长: a minister's portfolio, joined of several, between
            # the state and 部长, 大臣 or 部 (the table's titles name one portfolio each).
            joinable = joinable or (
                part.entry.kind == "role" and last.entry.kind in ("name", "alias")
                and _PORTFOLIOS.fullmatch(gap + coding.norm[part.start : part.end]) is not None
            )  # fmt: skip
            # (…经济与公共财政部长蒙特内格罗: the table's 财政部 leaves 长 between such a title
            # and the name)
            joinable = joinable or (
                part.entry.kind == "person" and last.entry.kind == "role" and gap == "长"
                and len(groups[-1]) > 1 and coding.norm.endswith("部", last.start, last.end)
                and _PORTFOLIOS.fullmatch(coding.norm, groups[-1][-2].end, last.end) is not None
            )  # fmt: skip
            # 俄罗斯-北约: in Chinese a dash between a state and a body names a pair (a forum,
            # talks of the two), not one actor, as the dash of an English name does.
            if gap in _DASHES and not coding.norm[part.start : part.end].isascii():
                joinable = False
            # 馬克宏、梅克爾: two people are two phrases, whatever joins them.
            if part.entry.kind == "person" and any(p.entry.kind == "person" for p in groups[-1]):
                joinable = False
            # rebels in the Ivory Coast, leaders of Romania: a country after a role word.
            joinable = joinable or (
                last.entry.kind == "role" and (part.entry.kind in _PLACES or (
                    part.entry.kind == "org" and gap.isascii()))  # ministers of the ASEAN
                and gap.lower() in role_joiners and not _possessed(coding, groups[-1])
            )  # fmt: skip
            # 中美元首: no 美元首; 哈尔科夫州州长: a place is where, no office is its state's.
            if joinable and last.entry.kind not in ("home", "pair", "place"):
                groups[-1].append(part)
                continue
        groups.append([part])
    return groups


#: Dashes that join a pair's names (俄罗斯-北约, 中国—东盟).
_DASHES = ("-", "—", "–", "─")


#: The name of a party between its country and a title that opens with 党 (自由民主, “光明道路”民主,
#: 国民使命): a few characters, none a clause's or a phrase's joint (该党主席 is no party name).
_PARTY_CHAR = r"[^、，,。；;：:的和与同及向对在是为该这其此将已被把给等\s]"
_PARTY_NAME = re.compile(_PARTY_CHAR + "{1,12}")
#: Portfolios of a minister, one or joined (经济与公共财政, 外交、国际贸易和宗教事务).
_PORTFOLIO = (
    r"(?:经济|财政|公共|贸易|外贸|对外|国际|工业|农业|能源|矿业|石油|卫生|教育|交通|运输|基础设施|"
    r"规划|发展|投资|金融|外交|司法|内政|旅游|文化|科技|科学|技术|环境|劳动|社会|通信|信息|商业|生产|"
    r"宗教|事务|商务|电力|水利|渔业|林业|畜牧|合作|一体化|移民|公共工程)"
)
_PORTFOLIOS = re.compile(f"{_PORTFOLIO}+(?:(?:与|和|及|、){_PORTFOLIO}+)+(?:部长|大臣|部)")


#: The words of an English party's name between a state and "Party" (Vietnamese Communist
#: Party, Laos's People's Revolutionary Party): one to three capitalised words.
_EN_PARTY_NAME = re.compile(r"(?:['’]s)? (?:[A-Z][a-z]+(?:['’]s?)? ){1,3}")


#: How a party's name may end when it has no 党 (宪政联盟, 争取进步联盟, 民族解放阵线).
_PARTY_HEADS = ("联盟", "阵线", "同盟")


def _party_named(gap: str) -> bool:
    """Is ``gap``, between a state's name and a title, the name of a party without 党
    (宪政联盟, 争取进步联盟)? The officer is the party's, as one of a 党 is."""
    return gap.endswith(_PARTY_HEADS) and _PARTY_NAME.fullmatch(gap) is not None


def _possessed(coding: Coding, group: list[_Part]) -> bool:
    """its forces in Lebanon: a possessive gives the sector word to an actor named before."""
    if len(group) > 1:
        return True
    before = coding.lower[max(group[0].start - 7, 0) : group[0].start].split()
    return bool(before) and before[-1] in ("its", "their", "his", "her", "our")


def _with_names(coding: Coding, groups: list[list[_Part]]) -> list[tuple[list[_Part], int]]:
    """Each phrase with the end of the unknown name that follows its title (总统拉姆卡拉旺表示:
    a run of transliteration characters); dictionary matches inside that name are dropped
    (罗德里格斯 is no 德里, 古特雷斯 no 斯). A run a topic word follows (总统阿富汗问题特别代表)
    is the question an office is named for, no name."""
    lex = coding.reference.actors
    titles, chars = lex.words.get("titles", ()), lex.name_chars
    out: list[tuple[list[_Part], int]] = []
    swallowed_to = -1
    for group in groups:
        if group[0].start < swallowed_to and group[0].entry.kind not in ("person", "fixed"):
            continue
        last = group[-1]
        tail = last.end
        if chars and last.entry.kind == "role" and coding.norm[last.start : last.end] in titles:
            tail = _name_end(coding.norm, last.end, chars)
            if coding.norm.startswith(lex.words.get("topic_after", ()), tail):
                tail = last.end  # 俄罗斯总统阿富汗问题特别代表: the question an envoy is for
            swallowed_to = tail
        out.append((group, tail))
    return out


def _name_end(norm: str, start: int, chars: frozenset[str], longest: int = 12) -> int:
    """The end of a run of name characters at ``start`` (at least two), else ``start``."""
    end = start
    while end < len(norm) and end - start < longest and norm[end] in chars:
        end += 1
    return end if end - start >= 2 else start


def _recalled(norm: str, start: int) -> bool:
    """召回以色列驻爱尔兰大使: an envoy recalled is named with its sender, the state recalling
    it; the host, where the envoy leaves, is the act's other party and stays an actor."""
    return norm.endswith(("召回", "撤回"), 0, start)


def _posted(gap: str, part: _Part, last: _Part) -> bool:
    """``X驻Y`` + a mission: Y is where X's mission is, not an actor of its own."""
    if last.entry.kind not in ("name", "alias", "role", "fixed", "short"):
        return False
    if gap == "驻":  # 中共驻欧盟使团, 中国驻联合国代表: an organisation hosts a mission too;
        # 伊朗驻叙使馆: a host named by its short form is a place as much as one named in full
        return part.entry.kind in ("name", "alias", "capital", "role", "org", "short")
    return gap[:1] == "驻" and len(gap) == 2 and part.entry.kind == "role"


def _sentence_day(coding: Coding, index: int) -> date | None:
    carried = coding.sentence_dates[index] if index < len(coding.sentence_dates) else None
    return carried.day if carried else coding.document.published


def _resolve(
    coding: Coding, group: list[_Part], index: int, named: dict[str, list[int]] | None = None
) -> Mention | None:
    """The code of a phrase; None for a phrase that names no actor (a lone role, 我们)."""
    if group[0].entry.kind == "none":
        return None  # Latin American
    start, end = group[0].start, group[-1].end
    title, person, country, org = _firsts(group)
    role = title.entry.code if title else ""
    if title is not None and zh.is_former(coding, start, end, title.start):
        role = ""  # 前总统: the title is no longer theirs
    elif title is not None and _party_named(coding.norm[group[0].end : title.start]):
        role = "PTY"  # 摩洛哥宪政联盟总书记: the party's officer
    head = group[0].entry
    if person is not None:
        day = _sentence_day(coding, index)
        body = org or next((p.entry for p in group if p.entry.kind == "fixed" and len(p.entry.code)
                            == 3 and p.entry.code not in coding.reference.actors.countries), None)  # fmt: skip
        if body is not None and day is not None and not any(t.active(day) for t in person.persons):
            # 北约秘书长吕特: out of his old office, he speaks for the organisation he heads.
            return Mention(start, end, body.code, None, "org")
        return _person_mention(coding, group, index, person, role, former=title is not None
                               and not role)  # fmt: skip
    if head.kind == "fixed" and len(head.code) > 3:
        return Mention(start, end, head.code, country, "fixed")
    side = _own_side(group, country)
    if side is not None:  # 也门胡塞武装: the state names where the group is, not who acts
        return Mention(start, end, side, country, "fixed")
    posted = _posted_forces(group, country)
    if posted is not None:  # 驻尼日尔美军: the forces posted there act, not the host
        return Mention(start, end, posted, posted[:3], "fixed")
    if org is not None and (country is None or country == org.code[:3]):
        return Mention(start, end, org.code, None, "org")
    if country is not None:
        return Mention(start, end, country + party_role(role, country), country, head.kind)
    if head.kind == "role":
        # 俄外交部发言人: a one-character short form right before a role names its state.
        begin, prefix = _new_term_prefix(coding, start, named or {})
        if prefix is None:
            begin, prefix = start - 1, _short_prefix(coding, start, named or {})
        if prefix is not None:
            return Mention(begin, end, prefix + party_role(role or "GOV", prefix), prefix, "role")
        if (any(p.entry.home_ok for p in group) and coding.home
                and not coding.norm.endswith(_OTHERS_OWN, 0, start)):  # fmt: skip
            home = _office_owner(coding, start, end)
            code = home + party_role(role or "GOV", home)
            return Mention(start, end, code, home, "role")
    return None


def _talks_named_after(after: str, words: dict) -> bool:
    """Does ``after`` open with talks, a kind of them allowed first (经贸会谈, 第五轮磋商)?"""
    modifiers = words.get("event_modifiers", ())
    while after.startswith(modifiers):
        after = after[next(len(w) for w in modifiers if after.startswith(w)) :]
    return after.startswith(words.get("talks_named", ()))


def _office_owner(coding: Coding, start: int, end: int) -> str:
    """Whose office a bare one is: the home state's, unless the home state has no office of
    that name (商務部, 國務院 in a Taiwanese chapter are the PRC's: Taiwan has 經濟部, 行政院)."""
    if coding.home != "TWN":
        return coding.home
    return (
        "CHN"
        if coding.norm[start:end] in coding.reference.actors.words.get("prc_offices", ())
        else "TWN"
    )


def _own_side(group: list[_Part], country: str | None) -> str | None:
    """The code of an armed group, movement or party of ``country`` named after it in the
    phrase (也门胡塞武装, 黎巴嫩真主党): the phrase is the group, a side of its state, not the
    state's government, as the group named alone is."""
    if country is None or len(group) < 2:
        return None  # (most phrases are one name)
    return next((p.entry.code for p in group[1:] if p.entry.kind == "fixed"
                 and len(p.entry.code) > 3 and p.entry.code[:3] == country), None)  # fmt: skip


def _posted_forces(group: list[_Part], country: str | None) -> str | None:
    """The code of another state's forces named right after a state (驻尼日尔美军, 驻伊拉克美军,
    叙利亚美军基地): the state is where they are posted, the forces' own state acts (the phrase
    was the host's, so 驻尼日尔美军…从尼日尔撤离 was Niger leaving Niger)."""
    if country is None or len(group) < 2:
        return None
    return next((p.entry.code for p in group[1:] if p.entry.kind == "fixed"
                 and p.entry.code.endswith("MIL") and p.entry.code[:3] != country), None)  # fmt: skip


#: 伊朗、埃及等国的外交部: the office is of the states listed, never the home state's; nor is
#: a pair's (两国外交部 21 日各自证实: the two states' ministries, read through the pair).
_OTHERS_OWN = ("等国的", "等国", "各国的", "各国", "两国", "两国的")


def _firsts(group: list[_Part]) -> tuple[_Part | None, Entry | None, str | None, Entry | None]:
    """The phrase's first title (its part), person, country (not of a title or 我们) and
    organisation, in one pass over it (every phrase of a text asks)."""
    title = person = org = None
    country = None
    for p in group:
        kind = p.entry.kind
        if kind == "role" and title is None:
            title = p
        elif kind == "person" and person is None:
            person = p.entry
        elif kind == "org":
            org = p.entry  # the last: 联合国国际法院 is the court
        if country is None and kind not in ("role", "home") and p.entry.country:
            country = p.entry.country
    return title, person, country, org


def _person_mention(
    coding: Coding, group: list[_Part], index: int, person: Entry, role: str, former: bool = False
) -> Mention:
    """A person in office on the sentence's day gives their own code; a country named in the
    phrase (美国总统拜登) must agree, a title of the home state (国家副主席潘坎) need not; a
    former title (前总统) is no office."""
    start, end = group[0].start, group[-1].end
    day = _sentence_day(coding, index)
    named = next((p.entry.country for p in group if p.entry.kind in ("name", "alias")), None)
    active = [t for t in person.persons if (day is None or t.active(day)) and not former
              and (named is None or t.country == named)]  # fmt: skip
    if active:
        return Mention(start, end, active[0].actor_code, active[0].country, "person")
    # Out of office on that day: the person's country, and the role only if a title says so.
    country = named or person.country
    return Mention(start, end, country + party_role(role, country), country, "person")


#: After a list of states, the parties of each (阿根廷、巴西、智利等多国共产党联名祝贺…).
_LIST_PARTIES = re.compile(
    r"(?:等(?:多国|各国|国|\d+国|[一二三四五六七八九十]+国)?)?的?(?:共产党|工人党|劳动党|政党)"
)
_LIST_JOINTS = frozenset(("、", "和", "及", "与", "以及"))
#: A party's own name and 党 right after its state (社会民主党, 克钦邦人民党, 繁荣党), not a
#: party body (党委, 党组) nor a member (党员); the name of _PARTY_NAME's characters.
_NAMED_PARTY = re.compile(rf"({_PARTY_CHAR}{{0,10}}?)党(?![委组校员派])")
#: Words before 党 that name no party (美国两党议员: both parties' members).
_NO_PARTY_NAMES = frozenset(("两", "多", "各", "一", "政"))


def _party_lists(coding: Coding, mentions: list[Mention]) -> None:
    """States listed right before 等多国共产党 or 政党 stand for their parties: each is PTY (GOV
    in a party state), as one named with its party's title is; so does a state named right
    before its party's own name and 党 (罗马尼亚社会民主党, 南非共产党日前发表声明)."""
    if "党" not in coding.norm:
        return  # (both forms end in 党: most texts name no party)
    for i, m in enumerate(mentions):
        if m.code == m.country and m.country not in _PARTY_STATES:
            named = _NAMED_PARTY.match(coding.norm, m.end)
            # (莫桑比克解放阵线|党: a fixed name that holds the party's own words)
            name = named.group(1) if named is not None else "两"
            if not _no_party_name(coding, mentions, i, name) and (name or m.kind == "fixed"):
                m.code = m.code + "PTY"
                continue
        if m.code != m.country or _LIST_PARTIES.match(coding.norm, m.end) is None:
            continue
        j = i
        while True:
            mentions[j].code = mentions[j].code + party_role("PTY", mentions[j].code)
            prev = mentions[j - 1] if j else None
            if (
                prev is None
                or prev.code != prev.country
                or (coding.norm[prev.end : mentions[j].start] not in _LIST_JOINTS)
            ):
                break
            j -= 1


def _no_party_name(coding: Coding, mentions: list[Mention], i: int, name: str) -> bool:
    """Are the words between a state and a later 党 no party's name? Not when they are a word
    of number (两党), hold a date or a digit (以色列12日空袭了真主党: what the state did), reach
    another actor (美国制裁古巴共产党: the party is Cuba's), or follow a side (孟方开展治党治国经验
    交流: 孟方 is the state, 治党 a practice)."""
    m = mentions[i]
    if name in _NO_PARTY_NAMES or any(ch.isdigit() for ch in name):
        return True
    if coding.norm.endswith("方", m.start, m.end):
        return True
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    return after is not None and after.start < m.end + len(name) + 1


#: States whose constitution gives one party the leading role: that party's organs and officers
#: (越南共产党中央总书记, 老挝人民革命党中央) act for the state, as PETRARCH codes a ruling party GOV.
_PARTY_STATES = frozenset(("CHN", "VNM", "LAO", "CUB", "PRK"))


def party_role(role: str, country: str) -> str:
    """A party's role (PTY): the government's (GOV) in a party state; elsewhere a party, ruling
    or not (日本共产党主席, 德国左翼党干事长), speaks for itself, not for its state's government.

    >>> party_role("PTY", "VNM"), party_role("PTY", "JPN"), party_role("MIL", "JPN")
    ('GOV', 'PTY', 'MIL')
    """
    return "GOV" if role == "PTY" and country in _PARTY_STATES else role


def _short_prefix(coding: Coding, start: int, named: dict[str, list[int]]) -> str | None:
    """The country of a short form at ``start - 1`` that begins a word (not 25日外交部): the
    state the text names that it stands for (乌议会 in an item about Uganda), else its first."""
    if start < 1:
        return None
    lex, char = coding.reference.actors, coding.norm[start - 1]
    candidates = lex.short_chars.get(char)
    if not (candidates or char in lex.initials) or not zh.short_begins_word(coding, start - 1):
        return None
    side = zh.named_side(lex, char, named, start, coding.norm)
    if side is None and (not candidates or char in _ADJECTIVE_SHORTS):
        # 新总统, 新政府: the new one, unless the text names Singapore or New Zealand; and a
        # state with no short form of its own is one only where the text names it in full
        # (圭国民议会 after 圭亚那议长, as 圭方 is)
        return None
    return side or candidates[0]


def _new_term_prefix(
    coding: Coding, start: int, named: dict[str, list[int]]
) -> tuple[int, str | None]:
    """美新政府, 柬新一届政府, 俄新一届政府总理: a short form, then 新 or 新一届 (the new
    term) right before a role: the short form names the new government's state, as it does
    right before the role (美政府). Where the phrase starts, and the state (None: no such)."""
    norm = coding.norm
    for new in _NEW_TERM:
        at = start - len(new)
        if at >= 1 and norm.startswith(new, at) and norm[at - 1] != "新":
            state = _short_prefix(coding, at, named)
            if state is not None:
                return at - 1, state
    return start, None


#: The new term's words between a short form and its government's role (美新政府).
_NEW_TERM = ("新一届", "新")


#: Short forms that are also adjectives before a title (新 new, 老 old, 多 many): they stand for
#: their state only where the text names it (新加坡总理…。新总理表示…).
_ADJECTIVE_SHORTS = frozenset("新老多")


#: Before the PRC was proclaimed the government a Taiwanese analyst calls 我國 governed China
#: and acted as it (CHN); from that day the PRC is China and the ROC is Taiwan's (TWN).
_PRC_PROCLAIMED = date(1949, 10, 1)


def _home_mention(
    coding: Coding, group: list[_Part], index: int, before: list[Mention]
) -> Mention | None:
    """我们/我国: the state of the sentence's speaker, else the document's home state."""
    sentence = coding.sentences[index]
    # (``before`` is in text order: its mentions from the sentence's start, not all of them)
    first = bisect.bisect_left(before, sentence.start, key=attrgetter("start"))
    speaker = speaker_before(coding, sentence.start, group[0].start, before[first:])
    country = speaker.country if speaker is not None else coding.home
    start, end = group[0].start, group[-1].end
    if (
        coding.home
        and coding.norm[start:end] == "我国"
        and _traditional(coding.text[start:end], coding.norm[start:end])
    ):
        # A Taiwanese analyst's 我國 is Taiwan even after 宣布 (宏都拉斯宣布與我國斷交); a
        # quoted 我們 stays the speaker's (習近平表示，「…我們將不得不採取斷然措施」).
        country = coding.home
        day = _day_near(coding, sentence, start, end) or _sentence_day(coding, index)
        if country == "TWN" and day is not None and day < _PRC_PROCLAIMED:
            country = "CHN"  # 我國與蘇聯 8 月 14 日簽訂…條約 (1945): the ROC was then China
    if country is None:
        return None
    return Mention(group[0].start, group[-1].end, country, country, "home")


def _day_near(coding: Coding, sentence: Sentence, start: int, end: int) -> date | None:
    """The day of the date told nearest after a mention in its sentence (我國與蘇聯 8 月 14 日
    簽訂…), else nearest before it (…10 月 2 日承認中共政權，我國次日宣布…): the day of its act."""
    dates = coding.dates_within(sentence.start, sentence.end)
    after = [d for d in dates if d.start >= end]
    before = [d for d in dates if d.end <= start]
    near = after[0] if after else before[-1] if before else None
    return near.day if near is not None else None


def speaker_before(
    coding: Coding, start: int, limit: int, mentions: list[Mention]
) -> Mention | None:
    """The actor right before the first speech verb (表示, said) in ``[start, limit)``."""
    verbs = coding.reference.actors.speech_verbs
    found = verbs.search(coding.lower, start, limit) if verbs is not None else None
    frame = _REACTED_TO.match(coding.lower, start)
    if (
        found is not None
        and frame is not None
        and _FRAME_END.search(coding.lower, frame.end(), found.start()) is None
    ):
        # 针对美方表示将寻求…，欧盟发言人16日说: the speech of the frame is what the speaker
        # answers; the speaker is the first to speak after it.
        close = _FRAME_END.search(coding.lower, found.end(), limit)
        if close is not None:
            start = close.end()
            found = verbs.search(coding.lower, start, limit)
    if found is None:
        return None
    verb = found.start()
    # (拜登在东京表示: a place after 在 is where one speaks, not who; 联合国秘书长叙利亚问题特使
    # 表示: a question an envoy is named for is no one who speaks)
    topics = coding.reference.actors.words.get("topic_after", ())
    candidates = [m for m in mentions if start <= m.start and m.end <= verb
                  and not (m.inert and (coding.norm.endswith("在", 0, m.start)
                                        or coding.norm.startswith(topics, m.end)))
                  and (m.country or m.kind == "org") and m.kind != "place"]  # fmt: skip
    if candidates and coding.lower[verb : verb + 1].isascii():
        return en_actors.last_subject(coding.lower, start, verb, candidates)
    return zh.contact_subject(coding, candidates, verb) if candidates else None


#: A sentence opening with what it reacts to (针对美方表示…，; 对于…，), after its day at most
#: (27日，针对美方声称…的表态，扎哈罗娃表示): a frame, not the speech.
_REACTED_TO = re.compile(
    r"\s*(?:(?:当地时间)?(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[（(][^)）]{0,8}[)）])?,\s*)?(?:针对|对于)"
)
_FRAME_END = re.compile(",")
_PLAIN_PLACES = frozenset(("capital", "name", "alias", "fixed"))
#: A state right before a title that names a paper or a journal (英国《卫报》, 美国《科学》杂志,
#: 《柳叶刀》等权威学术杂志): the publication is meant, and what it writes is commentary.
_PUBLICATION = re.compile(
    r"\s*《[^》]{1,12}(?:报|刊|志|网)?》(?:(?<=[报刊志网]》)|[^，,。；;]{0,12}?(?:杂志|期刊|报纸|日报|周刊|网站|媒体))"
)

#: What ``after`` (eight characters, spaces dropped) opens with wherever ``_PUBLICATION`` can
#: match: its title mark, or nothing (spaces all the way, or the text's end).
_TITLE_MARK = ("《", "")
#: A body's member states (or their envoys, ministers) voting, passing or approving a measure in
#: their own clause: the body decides (欧盟成员国代表24日投票通过…, 欧盟成员国今天通过第19轮
#: 对俄制裁), not the members' gathering that ``event_after`` names (成员国领导人签署…宣言). An
#: accord among them (欧盟成员国代表…达成一致) stays theirs: no party outside is named.
_MEMBERS_DECIDE = re.compile(
    r"\s*成员国(?:代表|大使|常驻代表|外长|财长|部长)?[^，,。；;]{0,16}?(?:投票|通过|批准)"
)

#: 在 right before a body, or before a clause saying where it stands (在位于加沙地带中部的联合国
#: 近东救济工程处总部开展军事行动): the body, or its compound, is where the act happens.
_AT_BODY = re.compile(r"在(?:位于[^，,。；;]{1,10}的)?$")

#: What stands right before a subject that opens a clause or a list (or nothing at all).
_CLAUSE_OPENS = ("", "，", ",", "、", "：", ":", "。", "；", ";", "）", ")")


def names_publication(text: str, end: int) -> bool:
    """Does a title that names a paper or a journal follow the state ending at ``end``?"""
    return _PUBLICATION.match(text, end) is not None


def _bloc_leaders(coding: Coding, mentions: list[Mention]) -> None:
    """以美国为首的北约: a state named as the leader of a bloc with a code of its own names the
    bloc, which acts and is acted on (fifteenth prose batch). A bloc with no code (以沙特为首的
    多国联军) keeps its leader as the doer, and a person leading a party (以阮富仲总书记为首的越南
    共产党) stays the party's state's."""
    words = coding.reference.actors.words.get("leader_after", ())
    if not any(word in coding.norm for word in words):
        return  # (a substring test costs less than reading each mention, or a regex)
    by_start: dict[int, Mention] | None = None  # (built for the first leader: most items have none)
    for m in mentions:
        if m.code != m.country or not coding.norm.endswith(("以", "由"), 0, m.start):
            continue
        word = next((w for w in words if coding.norm.startswith(w, m.end)), None)
        if word is None:
            continue
        if by_start is None:
            by_start = {m.start: m for m in mentions}
        bloc = by_start.get(m.end + len(word))
        if bloc is not None and bloc.code and bloc.country != m.country:
            m.inert = True


#: After 来自 a state whose goods a measure falls on (对来自日本、韩国等14个国家的进口产品征收关税):
#: the goods' origin, the party the measure is aimed at, as 原产于 is (seed-196 batch).
_GOODS_FROM = re.compile(
    r"[^,。;]{0,16}?的(?:进口)?(?:产品|商品|货物|钢铁|汽车|钢铝)(?!企业|公司|集团)"
)

#: After a state that fire comes from (从亚美尼亚一些地区向阿塞拜疆…发射): the side it is
#: fired at and the firing, in one clause.
_FIRED_TOWARDS = re.compile(r"[^,。;]{0,8}?向[^,。;]{1,16}?发射")
#: Before 从 when the fire is told as seen or found, with no doer before it.
_SEEN_FROM = ("了从", "到从", "是从", ",从")
#: After a state that fire comes from, told by the fire itself (来自黎巴嫩的火箭弹, 火箭弹从黎巴嫩
#: 南部射向以色列): the side that fired, whose strike it is (``zh.190.fired_from``).
_FIRED_FROM = {
    "来自": re.compile(r"[^,。;的]{0,6}?的[^,。;]{0,8}?(?:火箭弹|导弹|无人机|炮弹)"),
    "从": re.compile(r"[^,。;]{0,6}?(?:射向|飞向)"),
}


def _is_inert(coding: Coding, mention: Mention, group: list[_Part], cjk: bool = True) -> bool:
    """A bare place after 在/于/in, a reporter (据…报道, according to…), or unnamed voices of a
    state (沙特人士, 法国人士)."""
    if group[0].entry.kind == "place":
        return True  # 顿涅茨克, 汗尤尼斯: where an act happens, never who acts (places.py)
    words = coding.reference.actors.words
    before = coding.lower[max(mention.start - 14, 0) : mention.start].rstrip()
    if before.endswith(words.get("reporter_before", ())):
        return True
    after = coding.lower[mention.end : mention.end + 8].lstrip()
    if after.startswith(words.get("reporter_after", ())) or after.startswith(
        words.get("voice_after", ())
    ):
        return True
    if cjk and after.startswith(words.get("topic_after", ())):
        return True  # 因乌克兰问题对俄罗斯施加制裁: the question, not a party
    if cjk and after.startswith("局势") and before.endswith(words.get("topic_marks", ())):
        # 同布林肯就也门局势举行会谈: the situation talked of, as 就也门问题 (coder-lex1); not
        # 巴以局势升级，双方…发生冲突, where the pair before 局势 names who 双方 are.
        return True
    if cjk and after.startswith(words.get("area_after", ())):
        return True  # 对俄方控制区…实施打击: the ground a state holds, where force is used
    if (
        cjk
        and after[:1] in _TITLE_MARK  # (a regex a mention, else: most have no 《 after them)
        and _PUBLICATION.match(coding.lower, mention.end)
        and (
            before[-1:] in _CLAUSE_OPENS
            or coding.lower[mention.start - 1 : mention.start].isspace()
        )
    ):
        return True  # 英国《柳叶刀》等学术杂志刊文抨击…: a publication writes, media commentary
        # (吊销美国《华尔街日报》3名记者的记者证: a paper acted on is its state's)
    if group[0].entry.kind == "org" and mention.code == "IGO" and cjk:
        # In Chinese prose a body with no code of its own (金砖国家, 亚太经合组织) is where or when,
        # never who; English gold (PLOVER) codes such a body as IGO.
        return True
    if group[0].entry.kind == "org" and not _english_office(coding, mention, group):
        # 出席上海合作组织峰会, …峰会期间会见: the summit is meant, or is only the occasion; but
        # attending a China–X summit (中国—东盟峰会) is a meeting with X.
        if cjk and _MEMBERS_DECIDE.match(coding.lower, mention.end):
            return False  # 欧盟成员国代表…投票通过…: the body's members deciding are the body
        forum = zh.forum_named(coding, mention, words) if has_non_latin(after[:1]) else None
        if forum is not None or after.startswith(words.get("event_after", ())):
            return forum is not False
    if group[0].entry.kind == "capital" and after.startswith(words.get("event_after", ())):
        return True  # 北约马德里峰会: the city where the meeting is
    if group[0].entry.kind == "capital" and _talks_named_after(after, words):
        return True  # 马德里经贸会谈, 吉隆坡磋商: the city the talks are named by
    if group[0].entry.kind == "capital" and after.startswith(words.get("capital_named_after", ())):
        return True  # 退出巴黎协定, 落实新明斯克协议: the city names the text signed there
    if group[0].entry.kind in ("capital", "alias") and after.startswith(
        words.get("clock_after", ())
    ):
        return True  # 16 日上午（台北时间）, 北京时间: the city names the clock, no party
    if cjk and group[0].entry.kind == "org" and _AT_BODY.search(before):
        return True  # 在人权理事会以联合发言方式支持…: the body is where they speak (在…斡旋下: mediators)
    if after.startswith(words.get("place_after", ())):
        return False  # 在台湾周边演习: the place is what the act is aimed at
    if group[0].entry.kind == "pair":  # 美中峰会: the pair describes the summit
        return True
    if not all(p.entry.kind in _PLAIN_PLACES for p in group):
        return False  # a person, a role, an organisation: no bare place
    locative = words.get("locative", ())
    if before.endswith(" the") and before[-1].isascii():
        before = before[:-4]  # in the United States: the article does not end the place
    if before.endswith(words.get("origin_before", ())):
        return False  # 原产于美国的商品: the goods' origin, not where an act happens
    if before.endswith(words.get("killer_before", ())):
        return False  # 死于美军无人机空袭: whose strike killed, the attacker, not where one died
    if before.endswith(words.get("blamed_before", ())):
        return False  # 将疫情归咎于中国: the state blamed, not where anything happens
    if cjk and before.endswith(_SEEN_FROM) and _FIRED_TOWARDS.match(coding.lower, mention.end):
        # 探测到了从亚美尼亚一些地区向阿塞拜疆…发射的火箭弹: fire seen with no doer named comes
        # from the side it was fired from (以色列战机当天从黎巴嫩北部向叙利亚…发射: a doer's own
        # way, the state is only where it passed)
        return False
    if cjk and any(before.endswith(w) and f.match(coding.lower, mention.end)
                   for w, f in _FIRED_FROM.items()):  # fmt: skip
        return False  # 来自也门方向的导弹: where the fire comes from, the side that fired
    if cjk and before.endswith("来自") and _GOODS_FROM.match(coding.lower, mention.end):
        return False  # 来自日本的进口产品: where the goods come from, the state they are of
    if before.endswith(locative):
        # An English locative must be a whole word (in, not the end of "within").
        return not before[-1].isascii() or _word_end(before, locative)
    return False


def _english_office(coding: Coding, mention: Mention, group: list[_Part]) -> bool:
    """An English phrase with a title in it (G7 leaders meeting in…): they act; read only for
    an organisation, the one phrase it decides."""
    return coding.norm[mention.start : mention.end].isascii() and any(
        p.entry.kind == "role" for p in group
    )


def _word_end(before: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if before.endswith(w):
            prior = before[: -len(w)]
            return not prior or not prior[-1].isalnum()
    return False
