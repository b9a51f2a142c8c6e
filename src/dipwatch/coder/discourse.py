"""Who speaks in a Chinese text, and to whom: the ``discourse`` component.

A readout names its speaker once (``李克强表示，…``) and goes on in that voice for several
sentences (``…。欢迎卡方加大对华投资。``); the first and second persons in it (``我``, ``我们``;
``你``, ``总统先生``) are the speaker's state and the party spoken to, the other party of the
text's lead (the two states its first sentence with two of them names). A title with an
unknown name (``东盟秘书长高金洪``) makes the name alone (``高金洪表示``) the same actor further on.

``coding.speakers[i]`` is the speaker in force when sentence ``i`` opens: the actor right
before the last ``表示，``-like verb of an earlier sentence, or None after a speaker who is no
actor (``国际人士指出，``, an unknown name) or a headline that starts another story.

>>> from datetime import date
>>> from dipwatch.coder import coding
>>> from dipwatch.models import Document
>>> c = coding(Document("李强会见新西兰总理。李强表示，中方愿加强合作。欢迎新方参与。",
...                     published=date(2024, 6, 13)))
>>> [s.code if s else None for s in c.speakers]
[None, None, 'CHNGOV']
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from dipwatch.coder.actors import party_role
from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Coding, Mention, Sentence, starting_in
from dipwatch.coder.summits import find_participants
from dipwatch.coder.zh_actors import contact_subject, ends_word, pick
from dipwatch.coder.zh_named_speaker import named_subject, pronoun_speakers
from dipwatch.coder.zh_spoken_names import spoken_names

#: Speech verbs whose words a Taiwanese analyst may give as the speaker's (all but 宣布: an
#: announcement is told in the writer's words, 曼德拉宣布，南非將於 1997 年底終止與我國的外交關係:
#: 我國 Taiwan).
_QUOTING_VERBS = "表示|指出|强调|说|称|认为|回应|重申|警告|介绍|祝愿|预祝"
#: A speech verb that opens what is said: 表示，… 指出：…
_SAYS = re.compile(rf"(?:{_QUOTING_VERBS}|宣布)\s*[,:]")
#: A speech verb that opens words given as the speaker's (``_writers_own``).
_QUOTES = re.compile(rf"(?:{_QUOTING_VERBS})\s*[,:]")
#: Pronoun subjects that go on in the speaker's voice (他表示) or in both parties' (双方表示).
_SAME_VOICE = ("他", "她", "其")
_ALIAS_LONGEST = 8


def _same_voice(lead: str) -> bool:
    """Does ``lead`` open with a singular pronoun (他表示): one person goes on speaking? 他们, 她们
    are a group (the people named before, a crowd), not the one person who opened the sentence
    before, so they carry no speaker."""
    lead = lead.lstrip("，, ")
    return lead.startswith(_SAME_VOICE) and not lead.startswith(_PLURAL)


#: Plural pronouns: a group speaks.
_PLURAL = ("他们", "她们")
#: A place name after a short form: 俄列宁格勒州, 乌扎波罗热州 (not one that a conjunction
#: begins: 以及德拉省 is no Israel before 及德拉省).
#: The short forms news puts before a region of their state (俄列宁格勒州, 乌哈尔科夫州): others
#: before a name and 州/省 begin a foreign place's name (法尔孔州, 伊德利卜省).
_REGION_SHORTS = frozenset("俄乌")
_NAMED_PLACE = re.compile(r"(?![在于从向对及和与])[\u4e00-\u9fff]{2,6}(?:州|省|边疆区)")

_SAYS_END = re.compile(r"(?:表示|指出|强调|说|称)$")
_CLAUSE_START = re.compile(r"[,:;，：；。]")
#: Markup and spaces, no subject (a wire's credit line, 央视网消息（新闻联播）：, needs no place
#: here: its colon opens the clause the gap is read from).
_LEAD = re.compile(r"<[^>]*>|\s")
#: A sentence that announces proposals (提出5点建议): what follows is proposed, not done.
_PROPOSES = re.compile(r"提出\s*[\d一二三四五六七八九十两]*\s*点?\s*(?:建议|倡议|主张|意见|希望)")


def resolve_discourse(coding: Coding) -> None:
    """Fill ``coding.speakers``, ``coding.participants`` (``summits``) and ``coding.leads`` (the
    pair each sentence's item opens with, which 双方 stands for); add the mentions of
    names a title introduced; give ``我``, ``我们`` and ``你``, ``总统先生`` the states of the
    speaker and the party spoken to."""
    coding.speakers = [None] * len(coding.sentences)
    if not any(s.cjk for s in coding.sentences):
        return
    for m in coding.mentions:  # a body without a code (G20, BRICS, APEC) is no actor
        if m.code == "IGO":
            m.inert = True
    _add_short_places(coding)
    _places_in_phrase(coding)
    _add_aliases(coding)
    by_sentence = _mentions_by_sentence(coding)
    coding.speakers = _speakers(coding, by_sentence)
    edges = _item_edges(coding)  # the headlines, found once for both readings of the leads
    _persons(coding, by_sentence, edges)
    by_sentence = _add_pronoun_speakers(coding)
    coding.participants = find_participants(coding, by_sentence)
    coding.leads = _item_leads(coding, by_sentence, edges)


def _add_pronoun_speakers(coding: Coding) -> list[list[Mention]]:
    """他表示赞赏中方… after a sentence that a foreign person opens: 他 is that person, not the
    home state a bare 表示 falls back on. Gives the mentions by sentence after (those it read,
    when it added none: most texts)."""
    by_sentence = _mentions_by_sentence(coding)
    added = pronoun_speakers(coding, by_sentence)
    if added:
        coding.mentions = sorted(coding.mentions + added, key=lambda m: m.start)
        by_sentence = _mentions_by_sentence(coding)
    return by_sentence


def _mentions_by_sentence(coding: Coding) -> list[list[Mention]]:
    starts = [s.start for s in coding.sentences]
    found: list[list[Mention]] = [[] for _ in coding.sentences]
    for m in coding.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0:
            found[i].append(m)
    return found


def _speakers(coding: Coding, by_sentence: list[list[Mention]]) -> list[Mention | None]:
    """The speaker in force as each sentence opens (see the module docstring)."""
    out: list[Mention | None] = []
    current: Mention | None = None
    before: tuple[Sentence, list[Mention]] | None = None  # 他表示 may be who opened it
    paragraph = -1
    for s, mentions in zip(coding.sentences, by_sentence, strict=True):
        # An analyst quotes a speaker within a paragraph; the next one is in the analyst's
        # own voice (a Taiwanese chapter's 我國 there is Taiwan, not the last speaker's state).
        new_paragraph = coding.genre == "narrative" and s.paragraph != paragraph
        if is_headline(coding.norm, s) or new_paragraph:
            current = before = None
        paragraph = s.paragraph
        out.append(current)
        if s.cjk:
            current = _next_speaker(coding, s, mentions, current, before)
            before = (s, mentions)
    return out


def _next_speaker(
    coding: Coding,
    s: Sentence,
    mentions: list[Mention],
    current: Mention | None,
    before: tuple[Sentence, list[Mention]] | None = None,
) -> Mention | None:
    """The speaker after sentence ``s``: the one it introduces, the same one when it goes on in
    a pronoun's voice (the person who opened the sentence ``before``, if one did: 刚果（金）外长…接受专访。他表示，…), None when an unnamed voice or an unknown
    name speaks."""
    if _PROPOSES.search(coding.norm, s.start, s.end):
        return None
    found = _SAYS.search(coding.norm, s.start, s.end)
    if found is None:
        return current
    verb = found.start()
    lead = coding.norm[s.start : verb]
    if _same_voice(lead):
        # …米尔济约耶夫请赵乐际转达问候。他说，…: the person who opened the sentence before
        # speaks, whoever spoke earlier.
        named = named_subject(coding, *before) if before is not None else None
        return named or current
    if unnamed_voice(coding, s.start, verb):
        return None
    candidates = [m for m in mentions if m.end <= verb and m.country and not m.inert]
    if not candidates:
        return None
    return contact_subject(coding, candidates, verb)


def subjectless(mt, left: int) -> bool:
    """Does the clause before ``left`` name no subject: only the words of ``speaker_adverbs``
    (也, 衷心, 再次…) stand between its start and the act?"""
    text = mt.text
    lo = max(_CLAUSE_START.finditer(text, mt.s.start, left), key=lambda m: m.end(), default=None)
    start = lo.end() if lo is not None else mt.s.start
    gap = _LEAD.sub("", text[start:left])
    return _only_words(gap, mt.rules.lexicon.get("speaker_adverbs", ()))


def unnamed_voice(coding: Coding, start: int, verb: int) -> bool:
    """Is the voice before ``verb`` a group that is no actor (国际人士, 沙特各界人士, 与会企业代表)?
    A third-party word right before the verb, or right after the last actor named before it."""
    words = coding.reference.actors.words.get("third_parties", ())
    head = coding.norm[start:verb].rstrip()
    return bool(words) and any(w in head[-8:] for w in words)


def _persons(coding: Coding, by_sentence: list[list[Mention]], edges: list[int]) -> None:
    """我/我们 as the speaker's state when the sentence names no speaker before them; 你/总统先生
    as the other party of the lead; a second person that cannot be told is dropped."""
    leads = _item_leads(coding, by_sentence, edges)
    kept: list[Mention] = []
    for i, mentions in enumerate(by_sentence):
        lead = leads[i]
        for m in mentions:
            if m.kind == "home" and m.end - m.start == 1 and not _opens_clause(coding, m.start):
                continue  # 邀请我访华, 我的国: a first person that is no subject acts for no one
            if m.kind in ("home", "addressee"):
                said = _last_said(coding, coding.sentences[i], m.start)
                speaker = _pronoun_speaker(coding, i, said, by_sentence) or _speaker_at(
                    coding, i, m, mentions, said
                )
                if m.kind == "home" and (
                    _writers_own(coding, i, m)
                    or _speaker_named_beside(coding, i, m, speaker, mentions)
                ):
                    speaker = None  # (the mention keeps the document's home, Taiwan)
                if m.kind == "home" and speaker is not None:
                    m.country = speaker.country
                    # …党主席表示，我们愿…: a party's officer speaks for the party (PTY)
                    party = speaker.code.endswith("PTY")
                    # 联合国秘书长…：我完全赞同…: a body's officer speaks for the body (UNO)
                    m.code = speaker.code if party or not speaker.country else speaker.country
                elif m.kind == "addressee":
                    other = _other(lead, speaker.country if speaker is not None else None)
                    if other is None:
                        continue
                    m.country = m.code = other
            kept.append(m)
    coding.mentions = kept


def _writers_own(coding: Coding, i: int, m: Mention) -> bool:
    """我國民眾 26 日在臺北舉行大遊行: in a Taiwanese analyst's narrative, 我國 in a sentence that
    quotes no one before it (an announcement is no quotation) is the writer's own state, whoever
    spoke in the sentence before (美國白宮同日表示…)."""
    s = coding.sentences[i]
    return (coding.genre == "narrative" and coding.home == "TWN" and m.country == "TWN"
            and coding.norm.startswith("我国", m.start)
            and _unquoted(coding, s, m.start)
            and _QUOTES.search(coding.norm, s.start, m.start) is None)  # fmt: skip


def _speaker_named_beside(
    coding: Coding, i: int, m: Mention, speaker: Mention | None, mentions: list[Mention]
) -> bool:
    """日本外相大平正芳同日表示，…，日本與我國的外交關係隨之終止: in a Taiwanese analyst's
    narrative, 我國 in a clause that names the speaker's own state beside it is not the speaker
    speaking of itself twice, but the analyst's paraphrase: the writer's state."""
    if speaker is None or not _unquoted(coding, coding.sentences[i], m.start):
        return False
    if not (coding.genre == "narrative" and coding.home == "TWN" and m.country == "TWN"):
        return False
    norm = coding.norm
    lo = max((c.end() for c in _CLAUSE_START.finditer(norm, max(0, m.start - 40), m.start)),
             default=m.start - 40)  # fmt: skip
    end = _CLAUSE_START.search(norm, m.end)
    hi = end.start() if end else len(norm)
    return any(x is not m and x.kind != "home" and x.country == speaker.country
               and lo <= x.start < hi for x in mentions)  # fmt: skip


def _unquoted(coding: Coding, s: Sentence, at: int) -> bool:
    """Is ``at`` outside a quotation of its sentence? 我國 anywhere in a sentence with no speech
    verb before it (南非總統曼德拉…宣布，…。1 月 1 日，南非同日終止與我國的外交關係) is the
    writer's state: a speaker of an earlier sentence speaks for it only in words quoted 「…」."""
    before = coding.norm[s.start : at]
    return max(before.rfind("“"), before.rfind("「")) <= max(before.rfind("”"), before.rfind("」"))


def _opens_clause(coding: Coding, at: int) -> bool:
    """Does a clause start at ``at`` (after punctuation, a line break or 表示-like verb)?"""
    before = coding.norm[max(at - 2, 0) : at]
    return at == 0 or before[-1:] in '，,。：:；;“"\n' or bool(_SAYS_END.search(before))


def _last_said(coding: Coding, s: Sentence, at: int) -> re.Match[str] | None:
    """The last speech verb (``_SAYS``) of sentence ``s`` before ``at``."""
    found = None
    for said in _SAYS.finditer(coding.norm, s.start, at):
        found = said
    return found


def _speaker_at(
    coding: Coding, i: int, m: Mention, mentions: list[Mention], found: re.Match[str] | None
) -> Mention | None:
    """Who speaks where ``m`` stands: the sentence's own speaker before it (``found``: its last
    speech verb before ``m``), else the one in force."""
    if found is not None:
        candidates = [x for x in mentions if x.end <= found.start() and x.country and x is not m
                      and x.kind not in ("home", "addressee")]  # fmt: skip
        if candidates:
            return contact_subject(coding, candidates, found.start())
    return coding.speakers[i]


def _pronoun_speaker(
    coding: Coding, i: int, found: re.Match[str] | None, by_sentence: list[list[Mention]]
) -> Mention | None:
    """他表示，我愿…: the person who opened the sentence before (the speaker ``_next_speaker``
    gives the sentences after this one), when a pronoun alone speaks (``found``: the sentence's
    last speech verb before the first person)."""
    s = coding.sentences[i]
    if i == 0 or is_headline(coding.norm, s):
        return None
    if found is None or not _same_voice(coding.norm[s.start : found.start()]):
        return None
    if any(x.start < found.start() and x.kind not in ("home", "addressee") for x in by_sentence[i]):
        return None  # 他表示，…；X表示，我…: the actor named before the verb speaks
    before = coding.sentences[i - 1]
    if coding.genre == "narrative" and before.paragraph != s.paragraph:
        return None
    return named_subject(coding, before, by_sentence[i - 1])


def _item_edges(coding: Coding) -> list[int]:
    """Where the items begin (its headlines, and the text's start) and the text ends: the
    headlines do not change while the discourse is resolved, so they are found once."""
    heads = [i for i, s in enumerate(coding.sentences) if is_headline(coding.norm, s)]
    return sorted({0, *heads, len(coding.sentences)})


def _item_leads(
    coding: Coding, by_sentence: list[list[Mention]], edges: list[int]
) -> list[tuple[str, str] | None]:
    """The lead pair in force at each sentence: that of its item, which a headline starts (a
    day's transcript holds many items; 总统先生 in the tenth is not the first item's partner)."""
    leads: list[tuple[str, str] | None] = [None] * len(coding.sentences)
    for lo, hi in itertools.pairwise(edges):
        leads[lo:hi] = [_lead_pair(by_sentence[lo:hi])] * (hi - lo)
    return leads


def _lead_pair(by_sentence: list[list[Mention]]) -> tuple[str, str] | None:
    """The first two states of the first sentence that names two (习近平会见新西兰总理: CHN, NZL);
    failing that, a state and the body it addresses (习近平致电…祝贺他当选欧洲理事会主席: CHN, EEC)."""
    for states_only in (True, False):
        for mentions in by_sentence:
            if len(mentions) < 2:
                continue  # one mention names no pair
            seen: list[str] = []
            for m in mentions:
                party = m.country or (None if states_only or m.kind != "org" else m.code)
                if (party and party != "IGO" and not m.inert
                        and m.kind not in ("home", "addressee") and party not in seen):  # fmt: skip
                    seen.append(party)
            if len(seen) >= 2:
                return seen[0], seen[1]
    return None


def _other(lead: tuple[str, str] | None, country: str | None) -> str | None:
    if lead is None or country is None or country not in lead:
        return None
    return lead[1] if country == lead[0] else lead[0]


def _add_short_places(coding: Coding) -> None:
    """A one-character short form of ``place_shorts`` before a place or a body (黎南部, 俄列宁
    格勒州, 黎真主党, 巴武装派别) names its state; an ambiguous one the state the text names."""
    lex = coding.reference.actors
    words = lex.words
    shorts = set(words.get("place_shorts", ()))
    if not shorts:
        return
    heads = words.get("short_heads", ())
    norm = coding.norm
    taken = bytearray(len(norm) + 1)
    for m in coding.mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    named = {m.country for m in coding.mentions}
    added = []
    for found in _short_places(frozenset(shorts)).finditer(norm):
        at = found.start()
        char = norm[at]
        before = norm[at - 1] if at > 0 else ""
        if taken[at] or before in lex.name_chars or before.isdigit():
            continue  # 萨巴南部: inside a transliterated name; 9日在安徽省: a date
        if ends_word(norm, at, words):
            continue  # 唯一合法政府: 法 ends the word 合法
        if not norm.startswith(heads, at + 1) and (
            char not in _REGION_SHORTS
            or not _NAMED_PLACE.match(norm, at + 1)
            or _after_a_place(coding, taken, at)
            or _named_before_as_a_place(coding, taken, at)
        ):
            continue  # 美国俄亥俄州, 法尔孔州, 伊德利卜省: a place of the state named before
        candidates = lex.short_chars.get(char, ())
        if candidates:
            country = pick(candidates, named)
            code = country + _party_after(norm, at + 1, heads, country)
            added.append(Mention(at, at + 1, code, country, "short", _sited(coding, at)))
    if added:
        coding.mentions = sorted(coding.mentions + added, key=lambda m: m.start)


def _party_after(norm: str, at: int, heads: tuple[str, ...], country: str) -> str:
    """黎真主党领导人卡西姆…指责…: a short form before a party (a head ending in 党) names the
    party, whose role it takes as the full name does (黎巴嫩真主党: LBNPTY); not before its armed
    wing (黎真主党武装), which stays the state's side."""
    head = next((h for h in heads if h.endswith("党") and norm.startswith(h, at)), None)
    if head is None or norm.startswith("武装", at + len(head)):
        return ""
    return party_role("PTY", country)


def _after_a_place(coding: Coding, taken: bytearray, at: int) -> bool:
    """Does a named state or a part of one (北部) end right before ``at``?"""
    if at > 0 and taken[at - 1]:
        return True
    words = coding.reference.actors.words.get("place_words", ())
    return coding.norm.endswith(tuple(w for w in words if len(w) > 1), 0, at)


def _named_before_as_a_place(coding: Coding, taken: bytearray, at: int) -> bool:
    """…在美国俄克拉荷马州…，俄克拉荷马州参议员…: a place the text named before right after a
    state (a place of that state) is that place again, its first character no short form."""
    named = _NAMED_PLACE.match(coding.norm, at + 1)
    if named is None:
        return False
    word = coding.norm[at : named.end()]
    seen = coding.norm.find(word, 0, at)
    while seen > 0:
        if taken[seen - 1]:
            return True
        seen = coding.norm.find(word, seen + 1, at)
    return False


def _sited(coding: Coding, at: int) -> bool:
    """在黎南部打击了…: after 在 and before a part of a country, a short form is where the act
    is done, as a full name there is (no doer, no target)."""
    words = coding.reference.actors.words
    parts = tuple(w for w in words.get("place_words", ()) if len(w) > 1)
    return coding.norm.endswith(tuple(words.get("locative", ())), 0, at) and coding.norm.startswith(
        parts, at + 1
    )


@cache
def _short_places(shorts: frozenset[str]) -> re.Pattern[str]:
    """A short form (of those that are CJK characters) before another CJK character, compiled
    once: testing every character of a text for one of them cost more than the rest of the
    discourse component."""
    chars = "".join(sorted(c for c in shorts if len(c) == 1 and "\u4e00" <= c <= "\u9fff"))
    return re.compile(f"[{re.escape(chars)}](?=[\u4e00-\u9fff])" if chars else "(?!)")


def _places_in_phrase(coding: Coding) -> None:
    """After a place (在加沙地带北部加沙城的…), the actors joined to it only by ``place_words``
    are in the same place: no doers either."""
    words = coding.reference.actors.words.get("place_words", ())
    mentions, norm = coding.mentions, coding.norm
    opened = 0  # where the place phrase the last mention is in starts
    for prev, m in itertools.pairwise(mentions):
        if not prev.inert or m.inert:
            opened = m.start
            continue
        gap = norm[prev.end : m.start]
        if prev.kind == "org" and gap.strip() == _OF:
            # 出席中国－中亚峰会的土库曼斯坦总统: a body, inert as the occasion or as one with no
            # code, is no place; the guests after its 的 are not in it (中非合作论坛北京峰会: the
            # city right after the body names its summit, and stays inert)
            opened = m.start
            continue
        if not _only_words(gap, words):
            opened = m.start
        elif gap.endswith(_OF) and norm.endswith(_SITED, 0, opened):
            opened = m.start  # 向位于大马士革南部的叙利亚军营: 的 closes where the camp is
        else:
            m.inert = True


#: A verb that opens a clause saying where its head is (位于…的X): X, after 的, is not there.
_SITED = ("位于",)
_OF = "的"


def _only_words(gap: str, words: tuple[str, ...]) -> bool:
    """Is ``gap`` made of ``words`` only, one after another (or empty)?"""
    while gap:
        word = next((w for w in words if gap.startswith(w)), None)
        if word is None:
            return False
        gap = gap[len(word) :]
    return True


def _add_aliases(coding: Coding) -> None:
    """A name that followed a title (总理斯迈洛夫) names the same actor where it stands alone
    later in the text (斯迈洛夫表示), unless inside another name or actor. A shorter name the
    dictionary found inside it (利马 in 副总统奇利马…。奇利马表示) is a part of the name, no
    actor: the name replaces it."""
    norm = coding.norm
    named = spoken_names(coding) | _titled_names(coding)
    if not named:
        return
    chars = coding.reference.actors.name_chars
    taken = bytearray(len(norm) + 1)
    for m in coding.mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    added: list[Mention] = []
    inside: list[Mention] = []
    longest = max((m.end - m.start for m in coding.mentions), default=0)
    for name, (first, mention) in named.items():
        at = norm.find(name, first)
        while at >= 0:
            end = at + len(name)
            parts = _within(coding.mentions, at, end, longest) if any(taken[at:end]) else []
            free = not any(taken[at:end]) or bool(parts)
            if (free and not (at > 0 and norm[at - 1] in chars)
                    and not (end < len(norm) and norm[end] in chars)):  # fmt: skip
                # (a body's officer, 联合国副秘书长格里菲斯, stands for the body as a known one
                # does, 谭德塞 UNO: an actor a speech verb after the name alone can take)
                country = mention.country or (mention.code[:3] if mention.kind == "org" else None)
                added.append(Mention(at, end, mention.code, country, "person"))
                inside.extend(parts)
                taken[at:end] = b"\x01" * len(name)
            at = norm.find(name, end)
    if added:
        gone = {id(p) for p in inside}
        kept = [m for m in coding.mentions if id(m) not in gone]
        coding.mentions = sorted(kept + added, key=lambda m: m.start)


def _within(mentions: list[Mention], start: int, end: int, longest: int) -> list[Mention]:
    """The mentions that overlap ``[start, end)``, if each lies inside it and is shorter (a
    place's name inside a person's: 利马 in 奇利马), or a short form read from one of its
    characters (斯当选总统 from 西蒙斯当选总统: the name's 斯 taken for Sri Lanka); else none (the
    span crosses an actor). ``longest``: the longest mention's length, so only those starting
    from ``start - longest`` are read (a scan of every mention for each hit made a long text
    quadratic)."""
    over = [m for m in starting_in(mentions, start - longest, end) if start < m.end]
    if all((start <= m.start and m.end <= end and m.end - m.start < end - start
            and m.kind not in ("person", "role"))
           or (m.kind == "short" and start < m.start) for m in over):  # fmt: skip
        return over
    return []


def _titled_names(coding: Coding) -> dict[str, tuple[int, Mention]]:
    """Each unknown name that ends an actor phrase after a title, with where it ends."""
    words = coding.reference.actors.words
    titles = words.get("titles", ())
    chars = coding.reference.actors.name_chars
    norm = coding.norm
    found: dict[str, tuple[int, Mention]] = {}
    for m in coding.mentions:
        if not m.country and m.kind != "org":
            continue
        end = m.end
        start = end
        while start > m.start and norm[start - 1] in chars and end - start < _ALIAS_LONGEST:
            start -= 1
        name = norm[start:end]
        if len(name) >= 2 and norm.endswith(titles, m.start, start) and name not in found:
            found[name] = (end, m)
    return found
