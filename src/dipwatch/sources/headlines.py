"""Story headlines glued to their story's first sentence in CCTV transcripts, put on lines
of their own (issue 10, point 5).

In the plain-text transcripts of 2020-22 a story's headline often runs into its body with no
punctuation (``芬兰称将加强边境管控芬兰内政部12日宣布，…``, ``专家：制裁伤及欧洲自身12日，
欧盟统计局…``). Read as one sentence, the headline's abbreviated actors and undated act become
the body's: a wrong speaker, an act told twice, or the body's act missed. No summary lists these
headlines (``xwlb._unglue`` handles those one does), so the seam is found by its shape:

- the body opens on its day and a comma (``12日，``, ``今天（5月19日），``, ``当地时间22日，``,
  ``近日，``, ``截至12日，``), on its source and a comma (``据新华社报道，``), or on its
  subject with its day soon after: ``据…``/``根据…`` (``据塔斯社12日报道``) or a full name of a
  state or an organisation (``芬兰内政部12日``), the headline's opening words said again first
  (the body names the headline's actor again), else the last name before the day;
- or the body repeats the speaker of a ``X：…`` headline (``多国人士：…多国人士表示``);
- the headline before the seam is 8 to 40 characters (10 before a name: a shorter one is more
  often the start of a longer name), has no comma or full stop, its quotes and brackets are
  closed, does not start on a word that opens a modifier (由, 包括, 为期) and does not end on a
  word that needs what follows (的, 和, 向), on a classifier of the next name (州, 届, 主席国,
  时间, a title) or on a name, unless the body names that state again.

A headline on a line of its own is what the coder reads as one (``coder.dates.is_headline``):
it starts a story afresh, and its act, when the body tells it again, is kept once
(``coder.provenance.told_in_body``). The reader calls this on the plain-text layout only: the
HTML layout sets each headline in a paragraph of its own, and there the seams this finds are
mostly a name after its apposition.
"""

from __future__ import annotations

import re
from functools import cache
from re import _parser  # (a regex's own parse: the longest text it can match)

from dipwatch.reference.countries import countries
from dipwatch.reference.people import organisations
from dipwatch.trie import trie_pattern

_SHORTEST, _LONGEST = 8, 40
#: Before a body opening on a name, a short "headline" is more often the start of a longer name
#: (美国首都华盛顿哥伦比亚特区, 第三届中国国际…博览会).
_SHORTEST_BEFORE_NAME = 10
#: How far into a sentence its day may stand after the headline and the body's subject.
_FURTHEST_DAY = 60
#: The body's subject between its opening name and its day: a name, a title, a person.
_LONGEST_SUBJECT = 20
#: ... and how much further when it says the headline's opening words again (the repeat is the
#: cue): 某国红十字会向乙国援助物资某国红十字会援助乙国物资交接仪式近日….
_LONGER_AGAIN = 10
#: How long a repeat of the headline's opening words must be to count (伊朗外交部…伊朗外交部, not
#: 伊朗政府…伊朗石油).
_REPEATED = 4
#: A day as the body of a story opens on it: 18日, 5月18日, 18日—19日, 今天（5月19日）, 当地时间
#: 22日上午, 近日, 日前.
_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[—至-](?:\d{1,2}月)?\d{1,2}日)?"
_DATE = re.compile(
    rf"(?:当地时间|北京时间)?(?:(?:今天|昨天|前天|今日|昨日)（{_DAY}）"
    rf"|{_DAY}(?:[上下]午|晚间|晚|凌晨|早上|中午)?|近日|(?<![节生假念期])日前)"
)


def _search_by_mark(
    pattern: re.Pattern[str], mark: str, text: str, lo: int, hi: int
) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for a pattern every match of which holds ``mark``
    (日 of a day, 据 of a source): begun no further back than the longest match before the
    window's first ``mark``, and not at all in a window without one. Most sentences a story's
    opening is sought in have neither, and the engine tried each branch of ``_DATE`` (each
    opens with a group) at each of their first 60 characters."""
    at = text.find(mark, lo, hi)
    if at < 0:
        return None
    return pattern.search(text, max(lo, at + 1 - _longest(pattern)), hi)


@cache
def _longest(pattern: re.Pattern[str]) -> int:
    """The most characters a match of ``pattern`` (a bounded one) can take."""
    return _parser.parse(pattern.pattern).getwidth()[1]


#: A wire's credit line (央视网消息（新闻联播）：, <strong>央视网消息</strong>(新闻联播):), full- or
#: half-width (the coder reads it in its folded text): the one pattern of it, which the coder
#: skips too, as it introduces no speech and names no subject.
CREDIT_LINE = r"[^。，,：:]{0,12}消息(?:<[^>]*>|\s)*(?:[(（][^)）]{0,8}[)）])?\s*[:：]"
#: The source's credit line before the first story.
_CREDIT = re.compile(r"\s*(?:" + CREDIT_LINE + r")?\s*")
#: Where a story's first sentence ends at the latest.
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
#: A body opening on its source (据俄新社30日报道, 根据路透社18日的统计数据) or on the day it
#: counts to (截至北京时间今天（3月10日）16时，); 数据, 依据, 证据 are words, not the opening.
_SOURCED, _UNTIL = re.compile(r"(?<![数依证占根])据|根据"), re.compile(r"截至")
#: A body opening on its source, said with no day (据叙利亚通讯社报道，美国…).
_REPORTED = re.compile(r"(?<![数依证占根])(?:根据|据)[^，,。；;！？：:“”]{2,20}?(?:报道|消息)[，,]")
#: What the body's subject does not hold, and what a headline does not.
_NOT_SUBJECT, _NOT_IN_HEADLINE = (
    re.compile(r"[的“”《》（）()，,。：:、；;]"),
    re.compile(r"[，,。；;！？!?]"),
)
#: A name and its day inside a noun phrase that ends the sentence (赞赏法国总统3日同德国总理
#: 举行的会谈。): the object of the verb before it, not a body's opening.
_NOUN_PHRASE_END = re.compile(r"[^，,。；;]*的[^，,。；;的]{1,3}(?:[。！？]|$)")
#: A day after one of these is a term's, not the body's (联合国禁运期限至今年10月18日).
_NOT_BEFORE_DAY = re.compile(r"(?:至|到|于|自|从|在|截至|今年|去年|明年|本月|上月|下月)$")
_BLANK = " \t\u3000\xa0"
#: Words a headline does not end on: they need what follows (和, 的, 向, 截至, 驻).
_OPEN_ENDS = set("和与及的在从向往对将为是于、（(“《—-·：:截至自到据称说驻非同即赴援兼另有")
#: Words that end on one of those but close their phrase: 所为, "the doing of" (伊朗称近期网络攻击
#: 是美国和以色列所为据伊朗官方媒体31日报道，…).
_CLOSED_ENDS = ("所为",)
#: Words a headline does not start on: they open a modifier of the subject that follows (由…主办
#: 的, 包括…在内的, 为期两天的, 针对…).
_OPEN_STARTS = re.compile(r"(?:由|包括|为期|针对|随着|作为|经过|与|在|据|对)")
#: Titles: a name with one is the start of the body's subject (联合国秘书长也门问题特使…),
#: unless the body names that state again (某某当选智利总统智利国会10日…).
_TITLE = r"(?:秘书长|总统|总理|主席|外长|部长|特使|大使|发言人|代表|国王|首相|秘书|官员)"
#: Nouns a headline does not end on: each classifies the name that follows, its apposition: a
#: title or a title and a person (书记某某7日上午，), a place's rank (美国某州某市), a rank among
#: states (欧盟轮值主席国法国, 南太平洋岛国斐济), a counted edition (第五届中国国际…), a time
#: zone (美国东部时间2月22日).
_CLASSIFIER_END = re.compile(
    rf"(?:{_TITLE}|派别|领地|时间|[国州省县届名位批卷暨等\d年月]|(?:{_TITLE}|书记)[\u4e00-\u9fff]{{2,3}})$"
)
_TITLED_END = re.compile(rf"{_TITLE}?$")
#: A ``X：…`` headline whose speaker the body repeats (学者：对话才是出路学者指出，…).
_SPEAKER_HEAD = re.compile(
    r"([^，。：:\s]{2,8})[：:][^，。；！？]{4,30}?(?=(?:一些|有些|不少|多位|多名|有)?\1[^）)])"
)


@cache
def _names() -> re.Pattern[str]:
    """Full names and aliases of states and organisations in Chinese (not short forms: 美,
    俄 are what a headline abbreviates to), the longest first at one place: as a trie
    (``dipwatch.trie``), which ``re`` compiles in a third of the time the flat alternation took
    (the 1,159 names, once a process that reads transcripts) and reads a branch a character."""
    forms = {f for f, _, kind in countries().terms() if kind in ("name", "alias")}
    forms.update(n for org in organisations() for n in org.names())
    cjk = [f for f in forms if len(f) >= 2 and re.fullmatch(r"[\u4e00-\u9fff·]+", f)]
    # (?!): with no names (a reference of the user's own), an empty pattern would match anywhere
    return re.compile(trie_pattern(sorted(cjk)) or "(?!)")


def _headline_shaped(head: str, opener: str | None, framed: bool = False) -> bool:
    """Is ``head`` a headline before a body that opens on the name ``opener`` (None: on a
    day, a source or, ``framed``, a framing phrase): short, no comma or full stop, its quotes
    closed, ending well?"""
    core = head.strip(_BLANK)
    return (
        (_SHORTEST_BEFORE_NAME if opener else _SHORTEST) <= len(core) <= _LONGEST
        and not _NOT_IN_HEADLINE.search(core)
        and all(core.count(a) == core.count(b) for a, b in ("“”", "《》", "（）", "()"))
        and not _OPEN_STARTS.match(core)
        and _ends_well(core, opener, framed)
    )


def _ends_well(head: str, opener: str | None, framed: bool = False) -> bool:
    """Does ``head`` end as a headline does? On a name, or a name with a title (当选智利总统),
    only when the body opens on that name again (智利国会10日…, 连任联合国秘书长联合国安理会
    8日…): a name before another is its apposition or its modifier (石油输出国组织欧佩克, 美国
    哥伦比亚广播公司). Never on a word that needs what follows (和, 的, 向) nor on a classifier
    of the next name (州, 届). Before a framing phrase (…加入欧盟对于乌克兰加入欧盟一事，) no
    name follows for the last one to be the apposition of."""
    last = _last_name(head)
    tail = _TITLED_END.match(head, last.end()) if last else None
    if last and tail and tail.end() == len(head) and not framed:
        return opener is not None and opener.startswith(last[0])
    open_end = head[-1] in _OPEN_ENDS and not head.endswith(_CLOSED_ENDS)
    return not open_end and not _CLASSIFIER_END.search(head)


def _openings(sentence: str, start: int) -> list[tuple[int, str | None]]:
    """Where a story's body could open in ``sentence`` after ``start``, the likeliest first,
    with the name it opens on: on its source and a comma (据新华社报道，); on a day and a comma;
    else on its source (据…: a name after 据 is in its phrase), then on a name with its day soon
    after: first where the headline's opening words are said again, then the last name first
    (伊朗谴责美国制裁伊朗石油美国财政部11日宣布…: the object of the headline's verb is no
    subject)."""
    day = _search_by_mark(_DATE, "日", sentence, start, start + _FURTHEST_DAY)
    reach = day.start() if day else start + _LONGEST + 20
    reported = _search_by_mark(_REPORTED, "据", sentence, start, reach)
    if reported:
        return [(reported.start(), None)]
    if day is None:
        return []
    if sentence[day.end() : day.end() + 1] in ("，", ","):
        until = [m.start() for m in _UNTIL.finditer(sentence, start, day.start())]
        return [(until[-1] if until and until[-1] + 2 == day.start() else day.start(), None)]
    if _NOT_BEFORE_DAY.search(sentence, start, day.start()) or _NOUN_PHRASE_END.match(
        sentence, day.end()
    ):
        return []
    sourced = [(m.start(), None) for m in _SOURCED.finditer(sentence, start, day.start())]
    named = [(m.start(), m[0]) for m in _names().finditer(sentence, start, day.start())]
    first = named[0][0] if named else 0
    again = [(at, name) for at, name in named[1:]
             if sentence[at : at + _REPEATED] == sentence[first : first + _REPEATED]]  # fmt: skip
    others = [found for found in named if found not in again]
    return [
        (at, name) for at, name in [*sourced[::-1], *again[::-1], *others[::-1]]
        if day.start() - at <= _LONGEST_SUBJECT + _LONGER_AGAIN * ((at, name) in again)
        and not _NOT_SUBJECT.search(sentence, at, day.start())
    ]  # fmt: skip


def glued_headline(sentence: str) -> int | None:
    """Where the body starts in ``sentence`` when a headline is glued before it, else None.

    >>> s = "专家：制裁伤及欧洲自身12日，欧盟统计局公布的数据显示，物价上涨。"
    >>> s[: glued_headline(s)]
    '专家：制裁伤及欧洲自身'
    >>> glued_headline("芬兰内政部发言人12日表示，边境管控将加强。") is None
    True
    """
    seam = _seam(sentence)
    return seam[1] if seam else None


def _seam(sentence: str) -> tuple[int, int] | None:
    """Where the headline glued in ``sentence`` starts (after the credit line) and where its
    body starts, else None."""
    start = _CREDIT.match(sentence).end()  # type: ignore[union-attr]  # all optional: matches
    for at, name in _openings(sentence, start):
        if _headline_shaped(sentence[start:at], name):
            return start, at
    speaker = _SPEAKER_HEAD.match(sentence, start)
    if speaker and _headline_shaped(sentence[start : speaker.end()], speaker[1]):
        return start, speaker.end()
    framed = _framed_opening(sentence, start)
    if (
        framed is not None
        and _headline_shaped(sentence[start:framed], None, framed=True)
        and not (
            sentence.startswith(_FRAMING_VERB, framed) and _ends_on_a_doer(sentence[start:framed])
        )
    ):
        return start, framed
    return None


def _last_name(text: str) -> re.Match[str] | None:
    """The last name of a state or body in ``text``, if any."""
    return next(reversed(list(_names().finditer(text))), None)


def _ends_on_a_doer(head: str) -> bool:
    """Does ``head`` end on a name or a side (美方, 西方)? 针对 is a verb too, and after one
    it tells that one's act (中方坚决反对美方针对中国企业的制裁，…): no framing phrase opens
    there."""
    core = head.strip(_BLANK)
    last = _last_name(core)
    return core.endswith(_SIDE) or (last is not None and last.end() == len(core))


#: The framing word that is a verb as well (to target).
_FRAMING_VERB = "针对"
#: What a side's name ends on (美方, 西方).
_SIDE = "方"
#: A body opening on what it reacts to or the occasion, up to a comma (针对近期…摩擦，
#: 对于芬兰有意加入北约一事，为应对西方国家制裁，), then its subject with its day soon after;
#: not 对于…来说 (for whom the headline's words hold: 这个数字对于乡亲们来说有着特殊的意义，).
_FRAMED = re.compile(
    r"(?:针对|对于|为应对|随着|鉴于)(?:(?!来说|而言)[^，,。；;！？：:]){2,40}?[，,]"
)


def _framed_opening(sentence: str, start: int) -> int | None:
    """Where a body opening on a framing phrase (``_FRAMED``) starts after a headline: the
    phrase closes on a comma and the body's subject and day follow it (俄罗斯外长某某19日, or the
    day at once: 20日，). A phrase with no day after it (随着气温回升，候鸟开始北迁) is as often
    the headline's own words going on."""
    for framed in _FRAMED.finditer(sentence, start + _SHORTEST):
        if framed.start() - start > _LONGEST:
            break
        day = _search_by_mark(_DATE, "日", sentence, framed.end(), framed.end() + _LONGEST_SUBJECT)
        if (
            day
            and not _NOT_SUBJECT.search(sentence, framed.end(), day.start())
            and not _NOT_BEFORE_DAY.search(sentence, framed.end(), day.start())
        ):
            return framed.start()
    return None


def split_glued_headlines(body: str) -> str:
    """``body`` with each headline glued to the first sentence of its story put on a line of
    its own (see the module docstring).

    >>> split_glued_headlines("消息：学者：对话协商才是唯一出路学者指出，各方应坐下来谈。")
    '消息：\\n学者：对话协商才是唯一出路\\n学者指出，各方应坐下来谈。'
    """
    parts: list[str] = []
    done = 0
    for found in _SENTENCE.finditer(body):
        sentence = found[0]
        seam = _seam(sentence)
        if seam is None:
            continue
        start, at = seam
        pieces = (sentence[:start].strip(), sentence[start:at].strip(_BLANK), sentence[at:])
        parts += [body[done : found.start()], "\n".join(p for p in pieces if p)]
        if found.start() and body[found.start() - 1] != "\n":
            parts.insert(-1, "\n")
        done = found.end()
    return "".join([*parts, body[done:]])
