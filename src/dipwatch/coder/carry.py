"""Chinese sentences whose actors were named in the sentence before, for the ``patterns``
component.

A readout names the parties once and goes on without them: ``习近平同普京通电话。双方表示，愿
加强协调。``, ``对此，他表示…``, ``会谈中，…``; an analyst goes on about an act a few sentences later (雙方在峰會中…,
習近平在會中警告…, 中共外交部對此表示…). When a sentence opens with one of the lexicon's
``carry_openers`` (对此, 他, 她, 双方, 两国, 会谈中, 会见时…), or has one right after its subject,
and a recent sentence (the same paragraph, or any in a narrative) coded an event, that event's
source and target stand in for the actors this sentence does not name; a source the sentence
names itself (对此，外交部发言人表示) always wins.

>>> from datetime import date
>>> from dipwatch.coder import code_document
>>> from dipwatch.models import Document
>>> text = "国家主席习近平同俄罗斯总统普京举行会谈。会谈中，双方同意加强合作。"
>>> [(e.source_actor, e.code, e.target_actor)
...  for e in code_document(Document(text, published=date(2022, 2, 25)))][1]
('CHNGOV', '030', 'RUSGOV')
"""

from __future__ import annotations

import re

from dipwatch.coder.dates import is_headline
from dipwatch.coder.doc import Coding, Match, Mention, Sentence, fixed_actor, starting_in
from dipwatch.coder.memo import per_table
from dipwatch.coder.zh_actors import one_of

# Markup, spaces, bullets and a date before the opener do not count (</p><p>25日，他表示).
_LEAD = re.compile(
    r"(?:<[^>]*>|[\s,，、:：()（）\d]|[日号月年至]|当天|同日|次日|隔日|翌日|当晚|同月|当月)*"
)
# How far back (in sentences) the act a sentence goes on about may be, and how close an
# opener after the subject must stand (习近平在会中警告, 中共外交部对此表示).
LOOKBACK = 4
_AFTER_SUBJECT = 3


def carried(
    coding: Coding, sentence: Sentence, recent: list[Match]
) -> tuple[Mention, Mention | None] | None:
    """(source, target) to lend ``sentence``: those of the most confident event of the sentence
    before, in the same paragraph, when ``sentence`` opens with a carry word or has one right
    after its subject. A ``carry_back_openers`` word may reach up to ``LOOKBACK`` sentences
    back, to the latest that coded an event: one in the same paragraph, or a meeting (root 04)
    in an earlier paragraph of a narrative. Else None."""
    opener = _opener(coding, sentence)
    if opener is None:
        return None
    lex = coding.reference.rules["zh"].lexicon
    statements = lex.get("statement_openers", ())
    if opener in statements:
        issued = statement_issuer(coding, sentence, recent)
        if issued is not None:
            return issued
        # (伊朗外交部和苏丹外交部…发表联合声明称…。声明说，…双方同意…: a statement of several
        # lends no one issuer; a later clause's own opener, 双方, may still carry the pair.)
        opener = _opener(coding, sentence, skip=statements)
        if opener is None:
            return None
    dated = opener == _DATED
    back = dated or opener in lex.get("carry_back_openers", ())
    narrative = coding.genre == "narrative"
    paragraph = sentence.paragraph
    section = _section_start(coding, sentence) if narrative else 0
    usable = []
    for m in recent:
        if m.sentence < section:
            continue  # a section heading between: another topic
        near = m.sentence == sentence.index - 1 or (
            back and m.sentence >= sentence.index - LOOKBACK
        )
        same = coding.sentences[m.sentence].paragraph == paragraph
        if near and (same or (back and not dated and narrative and m.code.startswith("04"))):
            usable.append(m)
    if not usable:
        return told_of(coding, sentence) if opener in lex.get("told_of_openers", ()) else None
    last = max(m.sentence for m in usable)
    told = [m for m in usable if m.sentence == last]
    # 李鹏先后访问乌兹别克斯坦…和哈萨克斯坦四国。在哈萨克斯坦期间，两国外长…签署…: of the acts
    # told with a list, the one with the state this sentence names (a place, even) is its pair
    here = {m.country for m in starting_in(coding.mentions, sentence.start, sentence.end)}
    named = [m for m in told if m.target is not None and m.target.country in here]
    if len({m.target.country for m in told if m.target is not None}) > 1 and named:
        told = named
    first = min(told, key=lambda m: (-m.confidence, m.start))
    if first.source is None:
        return None
    if first.target is not None and _joins_reaction(coding, sentence, first):
        return first.target, first.source
    return first.source, first.target


#: Roots of a reaction another state may join (谴责, 指责, 拒绝): 也对此予以谴责 joins it.
_REACTIONS = ("11", "12")


def _joins_reaction(coding: Coding, sentence: Sentence, told: Match) -> bool:
    """哈马斯谴责以军行动…。伊朗、叙利亚也对此予以谴责: a third state that opens the sentence
    and reacts as the sentence before reacted is aimed where that reaction was (the target
    comes first in what is lent), not at the one who reacted first."""
    if told.code[:2] not in _REACTIONS:
        return False
    lead = _LEAD.match(coding.norm, sentence.start, sentence.end)
    at = lead.end() if lead else sentence.start
    subject = next(starting_in(coding.mentions, at, at + 1), None)
    parties = (told.source.country, told.target.country)  # type: ignore[union-attr]
    return subject is not None and not subject.inert and subject.country not in parties


def _section_start(coding: Coding, sentence: Sentence) -> int:
    """The index of the last heading before ``sentence`` (0 when none)."""
    for s in reversed(coding.sentences[: sentence.index]):
        if is_headline(coding.norm, s):
            return s.index
    return 0


def told_of(coding: Coding, sentence: Sentence) -> tuple[None, Mention] | None:
    """美国总统川普签署「台湾旅行法」。中方对此坚决反对: when the sentence before coded no
    event, what 对此 reacts to is still its first actor; it is lent as a target only."""
    if sentence.index == 0:
        return None
    before = coding.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph and coding.genre != "narrative":
        return None
    # An organisation with a code of its own counts (欧盟委员会决定…。对此，匈牙利…反对).
    found = next((m for m in starting_in(coding.mentions, before.start, before.end)
                  if not m.inert and (m.country or m.kind == "org")), None)  # fmt: skip
    return (None, found) if found is not None else None


#: A statement issued, in a sentence before one that opens with the statement (声明谴责…), or a
#: resolution or declaration adopted (联合国大会16日表决通过一项决议。决议指出，…).
_ISSUED = re.compile(
    r"(?:发表|发布|公布|发出)了?[^,。;]{0,6}?(?:声明|公报)|通过了?[^,。;]{0,6}?(?:决议|宣言)"
)


def statement_issuer(coding: Coding, sentence: Sentence, recent: list[Match]) -> SourceOnly | None:
    """伊朗外交部发言人24日发表声明说，…。声明谴责美军空袭是“侵略行径”: a sentence whose
    speaker is the statement a recent sentence of its paragraph says was issued speaks for the
    issuer, the one actor of the clause that issues it (seed-157 batch); lent as the source only,
    with the target of an act that sentence coded with the issuer as its doer, if any. None
    when no such sentence is near or the statement is several actors' (a joint statement)."""
    norm = coding.norm
    for before in reversed(coding.sentences[max(sentence.index - LOOKBACK, 0) : sentence.index]):
        if before.paragraph != sentence.paragraph:
            return None
        issued = _ISSUED.search(norm, before.start, before.end)
        if issued is None:
            continue
        marks = list(_CLAUSE_MARK.finditer(norm, before.start, issued.start()))
        clause = marks[-1].end() if marks else before.start
        issuers = [m for m in starting_in(coding.mentions, clause, issued.start())
                   if not m.inert and (m.country or m.kind == "org")]  # fmt: skip
        if len({m.country or m.code for m in issuers}) != 1:
            return None
        issuer = issuers[0]
        told = [m for m in recent if before.index <= m.sentence < sentence.index
                and m.source is not None and m.source.country == issuer.country]  # fmt: skip
        target = max(told, key=lambda m: (m.sentence, m.confidence)).target if told else None
        return SourceOnly((issuer, target))
    return None


#: Roots of what a statement itself does: say, appeal, intend, praise or support (051),
#: demand, disapprove, reject, threaten. It meets, signs, sanctions or fights no one, so its
#: issuer is lent to no such act.
_SPOKEN_ROOTS = ("01", "02", "03", "10", "11", "12", "13")


def spoken(code: str) -> bool:
    """Can a statement do what ``code`` says (``statement_issuer``'s lent source)?"""
    return code[:2] in _SPOKEN_ROOTS or code[:3] == "051"


def lent_for(
    carry: tuple[Mention, Mention | None] | None, code: str
) -> tuple[Mention, Mention | None] | None:
    """``carry`` for an act coded ``code``: none when it is a statement's issuer
    (``SourceOnly``) and the act no statement does (声明还说，新一轮制裁…: a statement sanctions
    no one; 声明谴责…，将给阿富汗经济带来致命打击: nor strikes anyone)."""
    return None if isinstance(carry, SourceOnly) and not spoken(code) else carry


class SourceOnly(tuple):
    """(issuer, target or None) lent by ``statement_issuer``: the issuer is the sentence's
    speaker only, never the target of an act whose doer the sentence names (声明称，内塔尼亚胡…
    言论侵犯了阿拉伯国家的主权: the league that issued the statement is not what Netanyahu's
    words fall on), and the target goes to the issuer's acts alone (``lend_target``)."""

    __slots__ = ()


def _opener(coding: Coding, sentence: Sentence, skip: tuple[str, ...] = ()) -> str | None:
    """The carry word that opens ``sentence`` or one of its clauses (…在北京，两人再度会晤), or
    stands right after an actor that opens one (中共外交部次日表示，中方对此坚决反对), if any;
    none of ``skip``."""
    lexicon = coding.reference.rules["zh"].lexicon
    openers, exceptions = lexicon.get("carry_openers", ()), lexicon["carry_opener_exceptions"]
    if skip:
        openers = tuple(w for w in openers if w not in skip)
    if not openers:
        return None
    # A narrative's clause that opens with a bare day reaches past a ； clause that coded none
    # (他在利雅得提出五点倡议；27 日在德黑兰同…签署…: the doer of the visits told before), so the
    # day is asked first.
    if _goes_on_from_a_day(coding, sentence):
        return _DATED
    if _goes_on_after_semicolon(coding, sentence):
        return _SEMICOLON
    norm, mentions = coding.norm, coding.mentions
    longest = _AFTER_SUBJECT + max(map(len, openers))
    starts = [sentence.start] + [mark.end() for mark in
                                 _CLAUSE_MARK.finditer(norm, sentence.start, sentence.end)]  # fmt: skip
    own = list(starting_in(mentions, sentence.start, sentence.end + 1))
    for start in starts:
        lead = _LEAD.match(norm, start, sentence.end)
        at = lead.end() if lead else start
        # A later clause goes on about another sentence only when the sentence has named no
        # other state before it (…在北京，两人再度会晤; 外交部表示，中方对此…; not 习近平会见通伦，
        # 两国签署…, where the pair is the sentence's own).
        earlier = {m.country for m in own if m.end <= start and not m.inert
                   and not visit_frame(norm, m)}  # fmt: skip
        found = _opening(openers, norm, at)
        if found is not None and norm.startswith(exceptions, at):
            return None  # (另据…报道，…: another report, and its clauses tell its own doers)
        if found is not None and not earlier:
            return found
        subject = next(starting_in(mentions, at, len(norm) + 1), None)
        if subject is None or subject.start != at or subject.end > sentence.end:
            continue
        if earlier - {subject.country}:
            continue
        first, subject = subject, _last_of_list(coding, subject, sentence.end)
        after = _LEAD.match(norm, subject.end, sentence.end)  # 中共外交部 8 月 31 日表示…
        rest = after.end() if after else subject.end
        window = norm[rest : rest + longest]
        found = next((w for w in openers if 0 <= window.find(w) <= _AFTER_SUBJECT), None)
        if found is not None and _names_partner(own, subject, rest + window.find(found)):
            return None  # 纳扎尔巴耶夫…访华，两国元首签署…: the visit's pair, named before 两国
        if found in PAIR_WORDS and _names_a_pair(own, first.start, subject.end):
            return None  # 中英两国政府代表…: the list before 两国 is the pair, no other's
        if found is not None:
            return found
    return None


def visit_frame(norm: str, m: Mention) -> bool:
    """Is ``m`` the state of a visit named as a frame (访日期间，两国政府…签署…)? The visit is the
    one told before, whose pair the clause after goes on with."""
    return norm[m.start - 1 : m.start] == "访" and norm.startswith(("期间", "之际"), m.end)


#: The opener a clause after ； stands for when it goes on without a subject of its own.
_SEMICOLON = ";"
#: Words that open a clause with no subject (在巴拿马市与…会谈, 与…会谈, 同…签署).
_SUBJECTLESS_OPENERS = ("在", "于", "与", "同")


def _goes_on_after_semicolon(coding: Coding, sentence: Sentence) -> bool:
    """习近平在布宜诺斯艾利斯与马克里举行会谈；翌日在巴拿马市与巴雷拉会谈: a clause after ； in
    the same paragraph that opens (past its date) with a preposition, no actor before it, goes
    on with the subject of the clause before the ；."""
    if sentence.index == 0:
        return False
    before = coding.sentences[sentence.index - 1]
    norm = coding.norm
    if before.paragraph != sentence.paragraph or not norm[before.start : before.end].endswith(";"):
        return False
    lead = _LEAD.match(norm, sentence.start, sentence.end)
    at = lead.end() if lead else sentence.start
    if not norm.startswith(_SUBJECTLESS_OPENERS, at):
        return False
    return next(starting_in(coding.mentions, at, at + 1), None) is None


#: The opener a narrative's sentence stands for when it opens with a bare day and goes on
#: without a subject of its own (19 日在巴西利亚与罗赛芙会谈).
_DATED = "日"
_BARE_DAY = re.compile(r"\s*\d{1,2}\s*日\s*")
#: What such a sentence opens with after its day: a preposition, or a move on to the next stop.
_DAY_OPENERS = (*_SUBJECTLESS_OPENERS, "转往", "转赴", "转抵")


def _goes_on_from_a_day(coding: Coding, sentence: Sentence) -> bool:
    """李克强 5 月 18 日至 26 日先后访问巴西…。19 日在巴西利亚与罗赛芙会谈: a narrative's
    sentence that opens with a bare day, then a preposition or 转往, no actor before it, goes on
    with the subject of the latest sentence of its paragraph that coded an event (the one right
    before may be a clause after ； that coded none: …；同日并发表演讲。9 日转往塔什干…)."""
    if coding.genre != "narrative" or sentence.index == 0:
        return False
    if coding.sentences[sentence.index - 1].paragraph != sentence.paragraph:
        return False
    norm = coding.norm
    day = _BARE_DAY.match(norm, sentence.start, sentence.end)
    if day is None or not norm.startswith(_DAY_OPENERS, day.end()):
        return False
    return next(starting_in(coding.mentions, day.end(), day.end() + 1), None) is None


def _opening(openers: tuple[str, ...], norm: str, at: int) -> str | None:
    """The first of ``openers`` that ``norm`` has at ``at``; most clauses open with none, which
    one ``startswith`` over them all tells at once."""
    if not norm.startswith(openers, at):
        return None
    return next(w for w in openers if norm.startswith(w, at))


_CLAUSE_MARK = re.compile("[，,：:；;]")
#: Between the actors of a list that opens a sentence (巴勒斯坦、联合国及阿盟), and after it (等多方).
_LIST_JOINS = ("、", "和", "及", "与", "以及")
_LIST_END = re.compile(r"等(?:多方|国|方)?|也")


def _names_partner(own: list[Mention], subject: Mention, at: int) -> bool:
    """Does a state other than the subject's stand between the subject and the opener at
    ``at``, across a clause mark (纳扎尔巴耶夫 10 月 18 日至 21 日访华，两国元首…: 华)? Then the
    sentence has named its pair before the opener, which goes on about it, not about another
    sentence's (雷蒙多…訪中，雙方同意…, with no state named, still does)."""
    return any(subject.end <= m.start and m.end <= at and not m.inert and m.country
               and m.country != subject.country for m in own)  # fmt: skip


def _names_a_pair(own: list[Mention], start: int, end: int) -> bool:
    """Do the actors in ``[start, end)``, a list that opens a clause, name two states or more
    (中英两国, 美、日两国)? Then the 两国 or 双方 after them is theirs."""
    return len({m.country for m in own
                if start <= m.start and m.end <= end and not m.inert and m.country}) >= 2  # fmt: skip


def _last_of_list(coding: Coding, subject: Mention, end: int) -> Mention:
    """The last actor of a list that ``subject`` opens, its 等… tail included as a zero-width
    mention's end, so that 巴勒斯坦、联合国等多方7日对此… finds the opener after the list; an
    actor right after another is the same phrase (我国陆委会同日予以谴责)."""
    norm, last = coding.norm, subject
    for m in starting_in(coding.mentions, subject.end, end + 1):
        joined = m.start == last.end or norm[last.end : m.start] in _LIST_JOINS
        if m.start >= last.end and m.end <= end and joined:
            last = m
        elif m.start >= last.end:
            break
    tail = _LIST_END.match(norm, last.end, end)
    if last is subject and tail is None:
        return subject
    stop = tail.end() if tail else last.end
    return Mention(subject.start, stop, subject.code, subject.country, subject.kind)


def own_subject(coding: Coding, sentence: Sentence, at: int) -> int | None:
    """Where the last clause of ``sentence`` before ``at`` that opens with a body no actor list
    knows starts, if one does (…。另据日本媒体报道，宫城县渔业协会29日…表达了反对…: the
    association's stand, not that of the state the sentence before told of). Its head noun
    (协会, 委员会, 县…: the lexicon's ``body_heads``) and what follows it (a date, 表示, 在…:
    ``body_after``) tell it. A doer found after it, lent or the home state is none of its
    acts' doers: none is better than another's."""
    finders = _body_finder(coding)
    norm = coding.norm
    # (most sentences name no body: a head and what follows it anywhere before ``at``, one
    # search, comes before the clause-by-clause reading)
    if finders is None or finders[1].search(norm, sentence.start, at) is None:
        return None
    finder = finders[0]
    starts = [sentence.start] + [mark.end() for mark in
                                 _CLAUSE_MARK.finditer(norm, sentence.start, at)]  # fmt: skip
    for start in reversed(starts):
        lead = _LEAD.match(norm, start, at)
        pos = lead.end() if lead else start
        body = finder.match(norm, pos, at) if not norm[pos - 1 : pos].isdigit() else None
        end = body.end() if body else pos + 1
        speaks = _SPEAKS_FOR.match(norm, end)  # 77国集团主席国圭亚那表示: a known one speaks for it
        end = speaks.end() + 1 if speaks else end
        named = any(not m.inert for m in starting_in(coding.mentions, pos, end))
        if named:
            return None  # a later clause's known subject (…，日本政府则…) has the say
        if body is not None:
            return pos
    return None


def _body_finder(coding: Coding) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The regex of a named body that opens a clause, and of its head with what follows it
    (found anywhere), built once per lexicon."""
    lex = coding.reference.rules["zh"].lexicon
    return per_table(lex, "own_subject", lambda: _body_regex(lex))


def _body_regex(lex: dict) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    heads, after = lex.get("body_heads", ()), lex.get("body_after", ())
    if not heads or not after:
        return None
    never = lex.get("body_never_first", ())
    skip = f"(?!{one_of(never)})" if never else ""
    head = f"(?:{one_of(heads)})(?=\\d|{one_of(after)})"
    return re.compile(rf"{skip}[\u4e00-\u9fff]{{1,12}}?{head}"), re.compile(head)


#: The one who speaks for a body, named right after it (渔业协会会长…, 集团主席国圭亚那).
_SPEAKS_FOR = re.compile("会长|主席国|主席|理事长|负责人|代表|官员|发言人")


def lend_source(source: Mention | None, named: bool, carry) -> Mention | None:
    """The carried source when the sentence named none (a default such as the home state is a
    zero-width mention: it gives way too)."""
    if carry is None or not lends_to(source, named):
        return source
    return carry[0]


def lends_to(source: Mention | None, named: bool) -> bool:
    """Would a carried source replace ``source`` (none named, none found or a zero-width
    default)? Only then need the carry be worked out: most candidates name their doer."""
    return not named and (source is None or source.start == source.end)


def lend_target(source: Mention, target: Mention | None, carry) -> Mention | None:
    """The carried party of another country than ``source`` when no target was found."""
    if target is not None or carry is None:
        return target
    if isinstance(carry, SourceOnly):
        # the issuer's own act told before lends its target to the issuer alone
        lent = carry[1]
        same = carry[0].country == source.country
        return lent if same and lent is not None and lent.country != source.country else None
    for party in carry:
        if party is not None and party.country != source.country:
            return party
    return None


#: Words of a pair that names itself no further (两国元首的电话, 双方同意…).
PAIR_WORDS = ("两国", "双方")


def item_pair(coding: Coding, sentence: Sentence) -> tuple[Mention, Mention] | None:
    """In news, the two parties an item opens with (``coding.leads``: 习近平同法国总统马克龙举行
    会谈) for a later sentence whose 双方 does a joint act (此访期间，双方签署18项…合作协议;
    习近平主席访问期间，双方签署…) or accuses the other (双方都指责对方…) and that names no party but those two: the item's pair, as a
    narrative's section heading lends its own (``heading_pair``)."""
    if coding.genre == "narrative" or sentence.index >= len(coding.leads):
        return None
    lead = coding.leads[sentence.index]
    norm = coding.norm
    if lead is None or _JOINT_BOTH.search(norm, sentence.start, sentence.end) is None:
        return None
    named = [m for m in starting_in(coding.mentions, sentence.start, sentence.end)
             if not m.inert and m.country]  # fmt: skip
    if any(m.country not in lead or m.kind == "pair" for m in named):
        return None  # another party named, or a pair of its own (中法双方)
    first, other = fixed_actor(lead[0], sentence.start), fixed_actor(lead[1], sentence.start)
    return (first, other) if first is not None and other is not None else None


#: 双方 as the doer of a joint act, opening its clause or after a time word (此访期间，双方签署…,
#: 会后双方发表…, 双方还一致同意…); not after a name (中非双方: a pair of its own).
_JOINT_BOTH = re.compile(
    r"(?:^|(?<=[，,。；;：:\s])|(?<=[后间中时]))"
    r"双方(?:(?:还|并|也|共同|正式|一致)*(?:签署|签订|发表|发布|交换|同意|商定|达成|宣布|决定)"
    # 此前一天，双方就都指责对方攻击民用目标: the two sides of the item's war accuse each other
    r"|就?(?:都|均|各自)(?:指责|谴责|指控)对方)",
    re.MULTILINE,
)


def heading_pair(coding: Coding, sentence: Sentence) -> tuple[Mention, Mention] | None:
    """In a narrative, the two states of the section heading over ``sentence`` (贰、美中关系),
    when the sentence speaks of a pair (两国元首的电话) and names no state of its own."""
    if coding.genre != "narrative":
        return None
    norm = coding.norm
    if not any(w in norm[sentence.start : sentence.end] for w in PAIR_WORDS):
        return None
    mentions = coding.mentions
    if any(m.country and not m.inert for m in starting_in(mentions, sentence.start, sentence.end)):
        return None
    for s in reversed(coding.sentences[: sentence.index]):
        if not is_headline(norm, s):
            continue
        states = [m for m in starting_in(mentions, s.start, s.end) if m.country]
        first = states[0] if states else None
        other = next((m for m in states if first and m.country != first.country), None)
        return (first, other) if first is not None and other is not None else None
    return None
