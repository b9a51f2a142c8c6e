"""The ``dates`` component: date expressions in Chinese and English, resolved to days the way
temporal taggers such as HeidelTime do, by the document's genre (``genre.document_genre``).

- A full date (``2021年11月16日``, ``16 November 2021``, a chronology's ``2023.3.10``, Taiwan's
  ``112/3/10``) is what it says; ``3/10`` opening a line is a month and day. A date in brackets
  on another clock (``（台北时间 11 日凌晨）``) is the same moment again: it dates no act.
- A month and day without a year (``11月16日``, ``Nov. 16``): in *news* the year that puts it
  nearest the publication date, a date to come counting three times as far; in a *narrative*
  the year that puts it nearest the last explicit date before it, going forward (a chapter's
  heading "2023 年…" makes its "3 月 25 日" 2023-03-25). Either way a date after the document's
  own is taken only when the text marks it as to come (将于, 预计, will): 1月3日 in a paper of
  2021-12-28 is 2021-01-03, 将于1月3日 is 2022-01-03.
- Taiwan's years without 民國 (``113 年初``, ``112 年底``, ``113 年，…`` opening a clause) are
  those years; elsewhere ``113 年`` may be a count.
- In a narrative the headings' years frame the chapter (``第三章　2021 年…``, ``（2022—2023
  年）``, a section's ``二、2023 年``; a section without one goes back to the title's), and a
  chronology's month headings frame the days listed under them (``一、7 月``, ``十一月``), as a
  year opening a sentence of the body does (``2020 年，…``, ``去年，…``): a bare
  month stays in the frame's years, and a body date of an earlier year is recalled background
  (``该条约于 2001 年 7 月 16 日签署``) that dates the rest of its own sentence only.
- Counted from the last date told: ``次日``, ``三天后``, ``5 日后`` (not the 5th), ``此后两天``,
  ``三天前``, ``一周后`` (days); ``当月``, ``月底``,
  ``数日后`` (its month), ``次月``, ``次月 20 日``, ``上月 5 日``, ``隔年 4 月``; ``年初``, ``年底`` are those of the year told;
  ``大选后两天`` counts from the act named before 后; ``会晤结束当天`` is the span's last day,
  ``抵达前一天``, ``会晤前两天`` and ``抵台翌日`` count from its first, ``结束翌日`` from its end (after a
  day told inside it too); ``距…断交仅九天`` dates its own clause so many
  days back; ``两周后`` after a part of a month named since the last day (``10 月上旬``) is a month;
  ``随后`` after a reacting doer, told more than a week on, is the month of the day told;
  ``前一晚`` is the day before (a span's first), ``翌晚`` the day after; a weekday told after a day that lies
  weeks before the writing, in a narrative or its own sentence, goes on from that day
  (``5 月 20 日（週一）…週四``, ``上週五``, ``下週一``), in the month named since when one was
  (``11 月中旬的一个周二``); after a month's start or end named in its sentence and no day,
  the one such weekday in its seven days (``12 月初…週二``);
  a season or half year (``春季``, ``去年秋天``, ``下半年``) names no month: its year, at year
  precision; ``半个月后`` the month fifteen days on; ``3 月 5、6 日`` is a span as
  ``3 月 5 日至 6 日`` is. A period after ``展望`` is the analyst's outlook: it dates no act.
- A day after 宣布自…起 is when an announced measure takes effect: it dates no act (the
  announcement does).
- A day alone (``16日``, ``22日上午``) takes the month of the last month named before it, unless
  that was a date to come or a deadline (2月9日前), else the document's month (or the previous
  month when the day is still to come): 29日 in a broadcast of 30 January is 29 January.
- ``本月``, ``上月``, ``11月中``, ``12月底``, ``十一月中旬``, ``去年年底``, ``翌年底`` have month
  precision (in a narrative ``上月`` and ``下月`` count from the month told, in news from the
  document's; ``本月`` and ``本月 1 日`` are always of the month the text is written in); ``上周``
  is the month of the day seven days back (as ``last week``); ``去年``, ``2021年`` year
  precision, and are kept as the first day of the month or year; ``明年`` is a year to come,
  not 1 January.
- ``除夕``, ``春节当天``, ``正月初五``: days of the lunar new year (``reference.spring_festival``)
  in the year told; ``春节前夕`` its month (in news written within a week of it, no date).
  ``圣诞节次日``, ``元旦当天``, ``平安夜``, ``元宵节前一天``: a festival's day, moved by the word
  after it (``前夕``, ``期间``: its month), in the year a bare day would be read in.
- ``民國 98 年 12 月`` (a two-digit year after 民國), ``本年 2 月`` (the writing's year, as
  ``今年``), ``13 年 5 月`` (this century's, before a month; not ``第 13 年``, ``13 年 5 个月``), and
  ``4.20　`` opening a chronology's line (after a bullet too: ``◆ 4/20``) are read.
- In a narrative a day before ``曾`` (``1 月 17 日曾因洪水…``) is background: it dates its own
  clause, and no later sentence nor ``当天`` takes it (``background_day``).
- ``今天``, ``昨天``, ``on Tuesday`` need the document's date; without one they are skipped and
  counted.
- A date that bounds a span or a deadline (``2019年以来``, ``2月9日前``, ``截至…``) is marked
  ``span``: it dates no act.

Which date an event gets is decided in ``event_dates``; this module also gives each sentence
the date it carries (``Coding.sentence_dates``): in news the last *lead* day of the item (a day
named near the start of an earlier sentence: 当地时间16日，…), in a narrative the last
explicit date before it, across paragraphs.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from re import _constants, _parser  # (the regex's own parse: which groups a branch holds)

from dipwatch.coder import en_dates
from dipwatch.coder.doc import Coding, DateMention, Sentence
from dipwatch.coder.genre import NARRATIVE, NEWS, document_genre
from dipwatch.reference.calendar import relations_established, spring_festival


def _by_first_character(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with its last top-level group's branches (an alternation ``(?:a|b|…)``)
    gathered in groups each behind a test of the characters its branches can begin with
    (``(?=[\\d民])(?:a|c)|(?=[今去])(?:b)|…``): the engine tries each branch in turn, and a branch
    opening with a group is entered even where its first character cannot match, so ``_ZH``'s
    some 50 branches were all tried at each position it reached. A branch joins an earlier group
    only past branches that cannot begin where it can, so which branch reads a date is unchanged;
    the groups' names stay, and ``_branch_groups`` looks through the gathering."""
    opening = _last_top_group(pattern)
    branches = _top_branches(pattern[opening + 3 : -1])
    gathered: list[tuple[frozenset[str], list[str]]] = []
    for branch in branches:
        first = _first_characters(_parser.parse(branch).data)
        for k in range(len(gathered) - 1, -1, -1):
            if _covers(gathered[k][0], first):
                gathered[k][1].append(branch)
                break
            if _overlap(gathered[k][0], first):
                gathered.append((first, [branch]))
                break
        else:
            gathered.append((first, [branch]))
    parts = [f"(?=[{''.join(sorted(map(_in_class, chars)))}])(?:{'|'.join(group)})" if _ANY not in chars
             else "|".join(group) for chars, group in gathered]  # fmt: skip
    return re.compile(pattern[:opening] + "(?:" + "|".join(parts) + ")")


def _in_class(part: str) -> str:
    return part if len(part) == 2 else re.escape(part)


#: (a branch whose first character may be any: its group is tried everywhere)
_ANY = "any"


def _last_top_group(pattern: str) -> int:
    """Where the group that closes ``pattern`` at its top level opens."""
    opening = max((i for i, c in _top_level(pattern) if c == "("), default=-1)
    if not pattern.startswith("(?:", opening) or pattern[-1] != ")":
        raise ValueError("the pattern must end with a (?:…) alternation")
    return opening


def _top_branches(body: str) -> list[str]:
    """``body`` split at the ``|`` of its top level."""
    cuts = [i for i, c in _top_level(body) if c == "|"]
    return [body[i + 1 : j] for i, j in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


def _top_level(pattern: str) -> list[tuple[int, str]]:
    """The characters of ``pattern`` at its top level, outside groups, character classes and
    escapes, with where they stand (a group's ``(`` is of the level it opens in)."""
    found, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        else:
            depth -= c == ")"
            if depth == 0:
                found.append((i, c))
            depth += c == "("
        i += 1
    return found


def _class_end(pattern: str, i: int) -> int:
    """The ``]`` closing the character class that opens at ``i``."""
    i += 2 if pattern.startswith("[^", i) else 1
    i += pattern[i] == "]"
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _first_characters(items: list) -> frozenset[str]:
    """The characters a parsed regex can begin with, as parts of a character class (``\\d``,
    ``民``); ``_ANY`` among them where that is not worked out (nor an empty match)."""
    found, nullable = _first_of(items)
    return frozenset(found | {_ANY} if nullable else found)


def _first_of(items: list) -> tuple[set[str], bool]:
    found: set[str] = set()
    for op, av in items:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # (zero width: what follows begins the match)
        if op is _constants.LITERAL:
            return found | {chr(av)}, False
        if op is _constants.IN:
            return found | _class_parts(av), False
        if op is _constants.SUBPATTERN:
            more, nullable = _first_of(av[3])
        elif op is _constants.BRANCH:
            firsts = [_first_of(b) for b in av[1]]
            more = set().union(*(f for f, _ in firsts))
            nullable = any(n for _, n in firsts)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            more, nullable = _first_of(av[2])
            nullable = nullable or av[0] == 0
        else:
            return found | {_ANY}, False
        found |= more
        if not nullable:
            return found, False
    return found, True


_CATEGORIES = {_constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_SPACE: r"\s"}


def _class_parts(items: list) -> set[str]:
    parts: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            parts.add(chr(av))
        elif op is _constants.RANGE:
            parts.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _constants.CATEGORY and av in _CATEGORIES:
            parts.add(_CATEGORIES[av])
        else:
            return {_ANY}
    return parts


def _matches(part: str, other: str) -> bool:
    """Whether a character ``part`` stands for (one itself, else ``\\d``, ``\\s``) may be one
    ``other`` stands for."""
    if part == other:
        return True
    return len(part) == 1 and len(other) == 2 and re.fullmatch(other, part) is not None


def _covers(chars: frozenset[str], first: frozenset[str]) -> bool:
    """Whether every character ``first`` may begin with is one of ``chars``."""
    return _ANY in chars or (
        _ANY not in first and all(any(_matches(f, c) for c in chars) for f in first)
    )


def _overlap(chars: frozenset[str], first: frozenset[str]) -> bool:
    """Whether some character may be both one of ``chars`` and one of ``first``."""
    return _ANY in chars | first or any(
        _matches(a, b) or _matches(b, a) for a in chars for b in first
    )


_SUFFIX = r"(?:上午|下午|晚间|晚上|凌晨|早上|中午|夜间|傍晚|晚|早|夜)?"
_PART = r"(初|上旬|中旬|下旬|中|底|末)"
#: How every expression of ``_ZH`` begins: a number before a unit (2023 年, 5 月, 3 天, 十一月,
#: 2023.3.10) or one of the words that open the others (今天, 上月, 年底, 次日, 春季; 其 for
#: 其后三天). Tested first at each position (after ``_ZH_FIRST``, one character class: the
#: engine's quickest test), it skips most positions no expression starts at: most digits
#: (1200 万) and most 一, 上, 年, 同 of a text, where each of the expressions would else be
#: tried in turn. An expression added to ``_ZH`` must begin as one of these does (else it is
#: never tried).
_ZH_FIRST = r"[\d今去前明昨本上下年月次翌隔第此其当同该数几半春夏秋冬中民周星首〇零一二两三四五六七八九十除农大正时建]"
#: 回国当天, 离开当天, 会晤结束当天: the day a journey or act told ends (``homed``); 开幕当天 (开幕式当天),
#: 抵达当天: the first day of the act told (``firstd``). Each is also how its expression begins (``_ZH_STARTS``).
_HOME_DAY = r"(?<=回国|返回|返国|离开|离境|回到|结束|闭幕)当[天日]|(?<=访问结束|行程结束|结束访问)时(?![间期代刻])"
_OPENING_DAY = r"(?<=开幕)当[天日]|(?<=开幕式)当[天日]|(?<=抵.)当[天日]"
#: The day (or evening) before another: 前一天, 前一日, 前一晚, 前一夜.
_EVE = r"前一(?:天|日|晚|夜)"
#: The acts a day may be told before (峰会前一天, 会晤前两天); a visit's own words are added where
#: its arrival counts too.
_ACTS = "峰会|会谈|会晤|会议|访问|选举"
#: The word before 周 that says which week a weekday is of (本周一, 上个星期三, 下周五, 次周二).
_WHICH_WEEK = r"本|[上下]个?|[次隔翌]"
_ZH_STARTS = (
    r"\d\d{0,3}\s*[年月日号天周星个]|\d\d{0,3}[./-]\d"
    r"|[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十]{0,3}\s*[年月天周星个日]"
    r"|[今去前明本]年|今[天日]|昨[天日]|前[天一]|前\s*[\d两三四五六七八九十]\s*[天日]|明[天日]|本月|[上下][月个半旬]|年[初底末中]"
    r"|[昨今前隔翌次同本上去明]\s*\(\s*\d"
    rf"|(?:{_WHICH_WEEK})?(?:周|星期)[一二三四五六日天]"
    r"|第\s*[一二三四1-4]\s*季|第\s*(?:\d{1,2}|[三四五六七八九十]{1,2})\s*天|[一二三四]季度|首季|月[初中底末]|[次翌隔][日月年天晨周晚夜]|第二|此前|[当同该]月|[数几][天日]|半个|[春夏秋冬][季天]|中旬|民国|[此其]后|除夕|春节[前当]|农历|大年初|正月初|圣诞|耶诞|平安夜|元旦|元宵"
    rf"|[上下本]周|上个?星期|上一?年|\d{{1,2}}\s*[—－–~～至]\s*\d|首日|{_OPENING_DAY}|{_HOME_DAY}|建交\s*\d"
)
#: A list's bullet opening a line before its date (◆ 4.20, ▲ 3/22): the date still opens the line.
_AFTER_BULLET = r"(?<=\n[◆◇●○■□▲△▶►•★☆])|(?<=\n[◆◇●○■□▲△▶►•★☆] )"
_ZH = _by_first_character(
    # (the festivals apart: 元, 平 and 圣 open other words far more often, 美元, 和平)
    rf"(?={_ZH_FIRST}|元[旦宵]|圣诞|耶诞|平安夜)(?={_ZH_STARTS})(?:"
    # Taiwan's official calendar: 民國 110 年 11 月 16 日, 110 年 11 月 (a year 1911 after).
    # (民國 98 年 12 月 21 日: a year of two digits, 2010 and before, after 民國 only)
    r"(?P<roc>(?:民国\s*(?P<ry0>[1-9]\d)|(?:民国\s*)?(?<![\d.])(?P<ry1>1[0-2]\d))\s*年\s*(?P<rm>\d{1,2})\s*月"
    r"(?:\s*(?P<rd>\d{1,2})\s*[日号])?)"
    r"|(?P<rocy>民国\s*(?P<ry2>\d{2,3})\s*年(?!\s*\d))"
    # 113 年初, 112 年底, 113 年，…: a year of Taiwan's calendar without 民國, read only where
    # a count of years cannot stand (before 初, 底, 末 or a comma).
    r"|(?P<rocyp>(?<![\d.])(?P<ry5>1[01]\d)\s*年\s*(?:(?P<rp5>初|底|末)(?!期)|(?=[，,])))"
    # In Chinese numerals (二〇二一年十一月十六日, 十一月十六日): a month with its day only, as
    # a month alone names other things (十月革命).
    r"|(?P<cmd>(?:(?P<cy>[〇零一二三四五六七八九]{4})年)?(?P<cm>十[一二]?|[一二三四五六七八九])月"
    r"(?P<cd>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])"
    # (二〇一九年十月: with a year of four numerals, a month is one without its day)
    r"|(?P<cym>(?P<cy2>[〇零一二三四五六七八九]{4})年(?P<cm3>十[一二]?|[一二三四五六七八九])月份?)"
    # 九月上旬, 十一月中旬, 十二月底: a month in Chinese numerals with a part of it named is a
    # month, as 9 月上旬 is (a month alone only in headings or before a clause's comma); 中 only
    # before a comma (九月中方…).
    r"|(?P<cmp>(?<![〇零一二两三四五六七八九十\d个第每])(?P<cm2>十[一二]?|[一二三四五六七八九])月份?"
    r"(?:初|上旬|中旬|下旬|底|末|中(?=\s*[，,]))(?!期)"
    # (六月，…; 三月间，…: alone, a month opening a sentence or clause before its comma, as
    # 6 月，… is; 十月革命 and 五月花 stand before no comma)
    r"|(?<=[。，;\n])(?P<cm4>十[一二]?|[一二三四五六七八九])月(?:份|间)?(?=\s*[，,]))"
    r"|(?P<ymd>(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号])"
    rf"|(?P<ym>(?P<y2>\d{{4}})\s*年\s*(?P<m2>\d{{1,2}})\s*月(?:份)?\s*{_PART}?)"
    # (2018年年底: the year's word told twice, as 去年年底)
    r"|(?P<yend>(?P<y3>\d{4})\s*年\s*年?(?P<yp>底|末|初))"
    # 去年底, 今年初: the end or start of a year named relatively, as 2024年底 (a month).
    # (去年年底, 今年年初: the year's word told twice)
    # (本年 2 月 11 日, 本年底: Taiwan's formal 今年, the year of the writing)
    r"|(?P<rend>(?P<ry3>今年|去年|前年|本年)\s*年?(?P<rp>底|末|初)(?!期))"
    # 2035年远景目标, 2030年议程 name a programme, not a date; 2025 年版《防卫白皮书》 an edition.
    r"|(?P<yr>(?P<y4>\d{4})\s*年(?!\s*\d|度|代|版|远景|愿景|议程|目标|规划))"
    # 5年前我对波兰进行国事访问: the year so many years before the document's; 25年前的今天
    # (今日, 这一天): that very day so many years back, an anniversary's day.
    # (一年前，两国元首在巴厘岛会晤: in a narrative, the year before the one told)
    r"|(?P<ago>(?<![\d.])(?P<n9>\d{1,2}|(?<![〇零一二两三四五六七八九十])[一二两三四五六七八九十]{1,3})\s*年前"
    r"(?P<agoday>的(?:今天|今日|这一天))?)"
    # 年初, 年底 with no year of their own: the start or end of the year being told.
    # (当年年底, 该年年初: the year told, named again before them)
    r"|(?P<ybare>(?:(?<=当年)|(?<=该年)|(?<=同年)|(?<![\d年今去明前本]))年(?P<yp5>初|底|末)(?!期))"
    # 年中，…: the middle of the year told names no month (its year, as 春季's); not 同年中方…
    r"|(?P<ymid>(?<![\d年今去明前本同该当])年中(?=\s*[，,]))"
    r"|(?P<rym>(?P<ry>今年|去年|明年|前年|本年)\s*(?P<m8>\d{1,2})\s*月(?:\s*(?P<d8>\d{1,2})\s*[日号])?)"
    # 13 年 5 月, 15 年 9 月 3 日: a year of this century by its last two digits, as prose
    # shortens it (not 第 13 年, 民国 98 年, 执政 13 年 5 个月; Taiwan's two-digit years are
    # 38 and above, read after 民國 only).
    r"|(?P<yy>(?<![\d.第国])(?<![第国]\s)(?P<y21>[0-2]\d)\s*年\s*(?P<m21>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d21>\d{1,2})\s*[日号])?)"
    # (3 月 5、6 日: two days of one month, a span as 3 月 5 日至 6 日 is.)
    r"|(?P<md>(?<![\d.])(?P<m5>\d{1,2})\s*月\s*(?P<d5>\d{1,2})(?P<dl>\s*[、和\-－–—~～]\s*\d{1,2})?\s*[日号])"
    # 2 月底 3 月初: a span across two months, begun in the first (as 2 月底至 3 月初).
    r"|(?=\d{1,2}\s*月[底末]\s*\d)(?P<mspan>(?<![\d.个第])(?P<m20>\d{1,2})\s*月[底末]\s*\d{1,2}\s*月初)"
    rf"|(?P<mp>(?<![\d.个第])(?P<m6>\d{{1,2}})\s*月(?:份)?\s*{_PART}?(?![\d个]))"
    # 20—22 日, 25-27 日: a span of days of the month told (王毅 3 月访问澳大利亚，25-27 日…),
    # read as 20 日至 22 日 is.
    # (20至22日: 至 with the first day's 日 left out, as the dash is; not 1至2日内, a length)
    r"|(?=\d{1,2}\s*[\-－–—~～至]\s*\d{1,2}\s*[日号])(?P<dspan>(?<![\d.第/\-－–—~～])(?P<d18>\d{1,2})\s*[\-－–—~～至]\s*(?P<d19>\d{1,2})\s*[日号](?![内里]))"
    # 27号与…会谈 is a day; 3号线, 1号楼, 5号文件 are not.
    # (5 日后, 5 日之后: five days after the day told, ``later``; not the 5th; 12日战争, a war
    # that lasted twelve days)
    rf"|(?P<d>(?<![\d.第])(?P<d7>\d{{1,2}})\s*(?:日(?!\s*之?后|战争)|号(?![线楼机令文院门站台车馆位码球店口街路房室卫舰])){_SUFFIX}(?![\d]))"
    # 次月 20 日, 上月 5 日: a day of the month after (before) the one told; 本月 1 日 a day of
    # the month the text is written in.
    r"|(?=(?:[次翌隔本]|上个?)月\s*\d)(?P<nextmd>(?P<mw>次月|翌月|隔月|上月|上个月|本月)\s*(?P<d12>\d{1,2})\s*[日号])"
    # 春季，…; 去年秋天，…; 上半年，…: a season or a half of the year names no
    # month: the year told (or named), at year precision, as 2013年秋 is; only before a clause's
    # end or 以来/期间 (春季攻势 is no date).
    r"|(?=(?:今年|去年|前年)?\s*[春夏秋冬上下一二三四第首])(?P<season>(?:(?P<sr>今年|去年|前年)\s*)?(?:[春夏秋冬](?:季|天)|[上下]半年"
    # (一季度, 第三季度, 首季度: a quarter names no one month either)
    r"|第\s*[一二三四1-4]\s*季度?|[一二三四]季度|首季度?)"
    r"(?=\s*(?:[，,、]|以来|期间|时|起)))"
    # 明年是建交75周年: a year that only names an anniversary is no date of an act.
    # 昨（25）日, 隔（8）日, 本（11）月 7 日, 同（5）月: Taiwan's press writes the day or month
    # in brackets beside the word that places it.
    r"|(?=[昨今前隔翌次同本上去明]\s*\(\s*\d)(?:(?P<pyear>[今去前明本同]\s*\(\s*(?P<py>\d{2,4})\s*\)\s*年"
    r"(?:\s*(?P<pym>\d{1,2})\s*月(?:\s*(?P<pyd>\d{1,2})\s*[日号])?)?)"
    r"|(?P<pday>(?P<pw>[昨今前隔翌次同])\s*\(\s*(?P<pd>\d{1,2})\s*\)\s*[日号])"
    r"|(?P<pmon>[本同上次隔]\s*\(\s*(?P<pm>\d{1,2})\s*\)\s*月(?:\s*(?P<pmd>\d{1,2})\s*[日号])?))"
    # 本周一, 上周三, 周五: a day of the document's week (the one before); not 一周一次, 每周三,
    # nor a weekday in brackets after its date (3 日（周一）), nor one whose day follows in
    # brackets (上周三（19 日）: that day is read).
    # (下周一, 次周三, 隔周周四: of the week after; in a story, of the weeks around the last day
    # named)
    # (30 日，周日: a weekday after a day and a comma names that day again.)
    r"|(?P<wk>(?<![一二两三四五六七八九十\d每(])(?<![日号][，,])(?<![日号][，,]\s)"
    rf"(?:(?P<wr>{_WHICH_WEEK})(?:周|星期)?的?)?(?:周|星期)(?P<wd>[一二三四五六日天])"
    r"(?!\s*\(\s*\d))"
    # 上周 with no weekday after it (上周三 is read above): the week before the document's, at
    # month precision, as the English gold dates "last week" (the month of the day 7 days back).
    r"|(?P<rel>今天|今日|昨天|昨日|前天|明天|明日|本月|上月|上个月|下月|下个月"
    r"|(?:上周|上个?星期)(?![一二三四五六日天末期年])|(?:今年|去年|明年|前年)(?!是|为|恰逢|正值)|本年(?!度|是|为|恰逢|正值))"
    # 次日, 隔日: the day after the last day named (3 月 24 日…；次日转往新德里); not 峰会隔日,
    # the day after an act named (whose own date was given).
    # (隔天, as Taiwan writes it; 次晨, 翌晨: the morning after)
    # (翌晚, 隔晚: the evening after)
    r"|(?P<next>(?<!峰会)(?<!会谈)(?<!会晤)(?<!会议)(?<!抵.)(?:次日|隔日|翌日|第二天|第二日|隔天|次晨|翌晨|翌晚|隔晚|次晚))"
    # 会谈次日: the day after an act named since the last day named (25 日同奥巴马会谈。会谈次日，…),
    # as 峰会前一天 is the day before one; an act named with no day of its own is no anchor.
    r"|(?P<actnext>(?<=(?P<act2>峰会|会谈|会晤|会议))(?:次日|隔日|翌日|第二天))"
    # 马杜罗此前一天再次谴责…, 以军在前一天的空袭中: the day before the last day named (白宫官员
    # 24日说…); not 会晤前一天, the day before an act named, nor 卸任前一天 (19 日，…在卸任前一天
    # 宣布: the eve of leaving office describes the day named).
    # (前一晚, 前一夜: the evening before, 习近平 6 月 19 日会见布林肯。前一晚，…: the 18th)
    rf"|(?P<prev>此前一天|(?<![会议晤谈访问期选任达华])(?<!抵.){_EVE})"
    # 抵达前一天, 访华前一天: the eve of the arrival, the first day of the span told (7 月 25 日至
    # 26 日…访华。就在舍曼抵达前一天: the 24th, not the day before the span's end)
    rf"|(?P<arrprev>(?:(?<=到访|访华|来访|出访)|(?<=抵.)){_EVE})"
    # 抵台翌日, 抵达次日: the day after the arrival, the first day of the span told (8 月 30 日至
    # 9 月 4 日…访台。…抵台翌日: the 31st, not the day after the span's end)
    r"|(?P<arrnext>(?<=抵.)(?:次日|隔日|翌日|第二天|隔天|次晨|翌晨))"
    # 峰会前一天: the day before an act named since the last day named (美日韩 18 日举行峰会。
    # 峰会前一天，…): that day's eve; an act named with no day of its own is no anchor.
    rf"|(?P<actprev>(?<=(?P<act>{_ACTS})){_EVE})"
    # 会晤前两天, 峰会前 3 天, 抵达前三天: so many days before the act named, as 会晤前一天 is
    # one (the act's day, not the last day named, was given to the act told before it).
    rf"|(?P<actprevn>(?<=(?P<act3>{_ACTS}|到访|访华|来访|出访|抵达))前\s*"
    r"(?P<n25>\d{1,2}|[两三四五六七八九十]{1,3})\s*[天日](?![之以]?[后前]|[内里\d]))"
    # 会晤首日, 开幕当天: the first day of the span of days told last (4 月 6 日至 7 日…会晤。
    # 会晤首日晚间: the 6th), else the last day named; not 上任首日 (no act of the story).
    # 回国当天, 离开当天, 会晤结束当天: the day a journey or act told ends, the last day named
    # (its span's end: 10 月 11 日至 12 日…会晤。会晤结束当天 is the 12th, not their month).
    rf"|(?P<homed>{_HOME_DAY})"
    rf"|(?P<firstd>(?<=会晤|会谈|访问|峰会|会议|论坛|演习|行程|开幕|对话|谈判|磋商)首日|{_OPENING_DAY})"
    # 三天后, 4 天后, 一周后: so many days after the last day named (not 90 天内, a span).
    # (三日后, 5 日之后 too, as prose writes them; 此后两天, 其后三天, 此后一周: so many days
    # or weeks on.)
    r"|(?P<later>(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>天|日|周|星期)(?:之|以)?后)"
    # (此前一周, 此前两天: so many days before it)
    r"|(?P<thenn>(?P<w13>此后|其后|此前)\s*(?P<n13>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?P<u13>天|日|周|星期)(?![内里]))"
    # 大选后两天, 会谈之后三天: so many days after the last day named, the day of the act named
    # before 后 (1 月 13 日…大选后两天，瑙鲁宣布…: the 15th), as 两天后 is (召回大使后一个多月: the
    # month after); not 访问的后两天 (the latter two days of a span), nor 此后两天, 其后三天
    # (read above).
    r"|(?P<aftern>(?:(?<=[^的最此其今然随之以]后)|(?<=[^的最此其今然随]之后)|(?<=[^的最此其今然随]以后))"
    r"\s*(?P<n24>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<u24>天|周|星期|个多?月)(?![内里前后\d]))"
    # 除夕, 春节当天, 大年初三, 正月初五: days of the lunar year's start, which moves between
    # 21 January and 20 February (``reference.spring_festival``); 春节前夕, 除夕前夕 the days
    # before it, whose day is not told (its month).
    # 中法建交 50 周年纪念日当天: the day relations were set up (a pair compound 中X names the
    # state: ``reference.relations_established``), so many years on; not 建交 50 周年之际 (a
    # while around it) nor a year named by its anniversary (建交 50 周年, a year at most);
    # 纪念日前夕 its eve, the month (review-zh36).
    r"|(?P<anniv>(?:(?<=中[^\s\d中])|(?<=中[^\s\d中]{2}))建交\s*(?P<an>\d{1,3})\s*周年纪念日(?:当天|当日|(?P<anneve>前夕))?)"
    r"|(?P<lunar>除夕(?P<lunareve1>前夕)?|(?:春节|农历新年|农历春节)(?P<lunarw>前夕|当天|当日)"
    r"|(?:大年|正月|农历正月)初(?P<lunard>[一二三四五六七八九十]))"
    # 圣诞节次日, 元旦当天, 平安夜, 元宵节前夕: days of a festival's fixed day (元宵, the
    # fifteenth of the lunar year, counted from its first), with the word that places the act
    # by it (a bare 圣诞节 names gifts and holidays, not a day); 前夕, 期间 its month.
    r"|(?P<fest>(?P<fname>圣诞节?|耶诞节?|平安夜|元旦|元宵节?)"
    r"(?P<fw>当天|当日|次日|翌日|隔天|隔日|前一天|前一日|前夕|期间)(?![\d]))"
    # 距…断交仅九天: the act of the 距 clause so many days before the last day named (中共与
    # 瑙鲁 1 月 24 日复交，距瑙国宣布断交仅九天: the 15th); not 仅剩三天, 还有三天, a time to come.
    r"|(?P<gap>(?:(?<=[仅只才已])|(?<=[仅只才已]\s))"
    r"(?P<n23>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[天日](?![之以]?[后前]|内|里|[\d]))"
    # 三天前: so many days before the last day named (not 3 日前, a deadline before the 3rd).
    r"|(?P<daysago>(?P<n14>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<u14>天|周|星期)(?:之)?前)"
    # 半个月后: about fifteen days after the last day named; which day is not said (its month).
    r"|(?P<halfm>半个多?月(?:之)?后)"
    # 两个月后: the month so many months after the last date told.
    r"|(?P<laterm>(?P<n11>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个多?月(?:之|以)?(?P<back11>后|前))"
    # 第三天: the third day counting the last day named as the first (第二天 is 次日); not 连续
    # 第 10 天, a count of days an act has gone on.
    r"|(?P<nth>(?<!连续)(?<!持续)(?<!进入)第\s*(?P<n21>\d{1,2}|[三四五六七八九十]{1,2})\s*天)"
    # In a story told in order: the month of the last date (当月, 同月, 月底, 上半月, 数日后), the month
    # after it (次月, 隔月上旬; not 首次月球, 此次月昼), the year after it (隔年 4 月).
    r"|(?P<samem>(?:(?:当月|同月|该月)(?:上旬|中旬|下旬|初|底|末)?|[上下]半月|(?<![\d个本上下次该半])月(?:初|中|底|末))(?!\s*\d)|(?:数|几)(?:天|日)[之]?后"
    # 中旬 with no month of its own (4 月初…；中旬，…): a part of the month told.
    r"|(?<![月\d\s])(?:上旬|中旬|下旬))"
    r"|(?P<nextm>(?<![首此本这每一两几数多某])(?:次月|翌月|隔月)(?:上旬|中旬|下旬|初|底|末)?(?!\s*\d))"
    # 一年后, 两年后: the year so many years after the one told (its year only); 两年后的
    # 10 月 2 日: that month and day of it.
    r"|(?P<yearsl>(?<![\d.])(?P<n17>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(?:之)?后"
    r"(?:的?\s*(?P<m17>\d{1,2})\s*月(?:\s*(?P<d17>\d{1,2})\s*[日号])?)?)"
    # 次周, 隔周: the week after the last day named: the month of the day seven days on.
    r"|(?P<nextw>(?:次周|隔周|翌周)(?![一二三四五六日天]))"
    # 翌年年底, 次年初, 前一年底: the end (start) of the year after (before) the one told.
    r"|(?P<nyend>(?P<nyw>隔年|次年|翌年|第二年|前一年|上一年)\s*年?(?P<nyp>初|底|末)(?!期))"
    # (第二年 3 月: the year after, with its month; 执政第二年 alone is a count)
    r"|(?P<nexty>(?:隔年|次年|翌年|第二年(?=\s*\d{1,2}\s*月))(?:\s*(?P<m10>\d{1,2})\s*月(?:\s*(?P<d10>\d{1,2})\s*[日号])?)?)"
    # 前一年 12 月, 上一年: the year before the one told (a recalled month: 延续前一年 12 月温家宝
    # 访美的气氛 in a review of 2004 is December 2003), not 前一年度, a fiscal year.
    # (上年 12 月 too; 比上年增长 alone is no date)
    rf"|(?P<prevy>(?:前一年|上一年|上年(?=\s*\d{{1,2}}\s*月))(?!度)(?:\s*(?P<m16>\d{{1,2}})\s*月(?:份)?(?:\s*(?P<d16>\d{{1,2}})\s*[日号]|\s*{_PART})?)?)"
    # Numeric dates of chronologies and tables: 2023.3.10, 2023/3/10, Taiwan's 112/3/10, and
    # 3/10 opening a line (a month and day alone only there: 1/3 elsewhere is a fraction); not
    # in a web address (…/2016/12/31/…).
    r"|(?=\d{1,4}[./-]\d)(?:(?P<ymdn>(?<![\d./])(?P<y14>(?:19|20)\d\d)(?P<s14>[./-])(?P<m14>\d{1,2})(?P=s14)(?P<d14>\d{1,2})(?![\d./]))"
    r"|(?P<rocn>(?<![\d./])(?P<ry4>1[01]\d)(?P<s4>[./])(?P<rm4>\d{1,2})(?P=s4)(?P<rd4>\d{1,2})(?![\d./]))"
    # (and one in brackets after the act: 习近平与普京会谈（5/16）)
    # (after a list's bullet too: ◆ 4/20　…)
    r"|(?P<mdn>(?:(?<![^\n])|"
    + _AFTER_BULLET
    + r"|(?<=\()(?=\d{1,2}/\d{1,2}\s*[)\-–~～、,，]))(?P<m15>\d{1,2})/(?P<d15>\d{1,2})(?![\d/]))"
    # 4.20 opening a chronology's line before a space (◆ 4.20　习近平抵达伊斯兰堡…) is a month and
    # day, as 4/20 is there; a number with decimals opening a line goes on to its unit.
    r"|(?P<mdd>(?:(?<![^\n])|"
    + _AFTER_BULLET
    + r")(?P<m22>1[0-2]|0?[1-9])\.(?P<d22>3[01]|[12]\d|0?[1-9])(?= +[^\d\s亿万千百%倍]))))"
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("Jan|January", "Feb|February", "Mar|March", "Apr|April", "May", "Jun|June",
         "Jul|July", "Aug|August", "Sep|Sept|September", "Oct|October", "Nov|November",
         "Dec|December")
    )
    for m in names.split("|")
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN = re.compile(
    r"(?=[A-Za-z\d])(?:"
    rf"(?P<mdy>\b(?P<em1>{_MONTH})\.?\s+(?P<ed1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<ey1>\d{{4}}))?)"
    rf"|(?P<dmy>\b(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<em2>{_MONTH})\b\.?(?:,?\s+(?P<ey2>\d{{4}}))?)"
    rf"|(?P<emon>\b[Ii]n\s+(?:early\s+|mid-|late\s+)?(?P<em3>{_MONTH})\b(?:\s+(?P<ey3>\d{{4}}))?)"
    rf"|(?P<ewd>\b[Oo]n\s+(?P<wd>{'|'.join(_WEEKDAYS)})\b)"
    r"|(?P<eyr>\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?P<ey4>(?:19|20)\d\d)\b)"
    r"|(?P<erel>\b(?:[Tt]oday|[Yy]esterday|[Ll]ast\s+year|[Tt]his\s+year|[Ll]ast\s+month)\b))"
)
_REL_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1,
             "today": 0, "yesterday": -1}  # fmt: skip
#: 本月 is the month the text is written in, in a story too (not the month told, as 上月 is).
#: Words that tell a paragraph from the writer's own time (``_Resolver._writers_paragraph``).
_WRITERS_TIME = re.compile(r"本月|本年|今年|本[（(]\s*\d{1,2}\s*[）)][年月]")
_WRITING_MONTH = "本月"
_REL_MONTHS = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "last month": -1}
_LAST_WEEK = ("上周", "上星期", "上个星期")
_REL_YEARS = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "明年": 1,
    "前年": -2,
    "last year": -1,
    "this year": 0,
}
_HEADING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: A heading's year in Taiwan's calendar (國際情勢週報（民國 100 年 7 月 20 日）): 1911 years on.
_HEADING_ROC_YEAR = re.compile(r"民[國国]\s*(\d{2,3})\s*年")
_ROC_OFFSET = 1911
#: In a heading with a year, the part of it a chapter tells (2023 年下半年, 第二、三季度).
_HEADING_PART = re.compile(r"(上半年|下半年)|第\s*([一二三四、和至—－-]+)\s*季")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4}
#: A heading naming a month in Chinese numerals and nothing else (十一月, 一、十一月, （二）九月份):
#: a chronology's month frame. A month without a day is matched in headings only, or opening a
#: clause before its comma (六月，…; not 十月革命).
_MONTH_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"(十[一二]?|[一二三四五六七八九])\s*月份?\s*"
)
_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九十")} | {"两": 2}


#: Words right before (or after) a date that make it one to come (将出席 11 月 21 日至 22 日举行的
#: 峰会: an attendance announced names the occasion's day after its verb).
_FUTURE = re.compile(
    r"(?:将于|将在|将|将出席|将参加|拟于|拟|定于|定在|预计于|预计在|预定于|预计|计划于|计划|即将|准备于"
    r"|准备在|准备好在)\s*$"
)
#: In news, a day agreed on for an act (黎巴嫩和以色列同意14日举行首次会议) is one to come
#: (coder-audit39's seed 198); a narrative dates such a day as it tells it (雙方並同意明年1月
#: 20日…恢復會談 stays the day of the agreement for its intent). A day proposed for an act
#: (普京提出15日在伊斯坦布尔与乌方直接谈判, 普京11日提出，15日在…) is one to come the same way.
_AGREED_FOR = re.compile(
    r"(?:同意|商定|约定|提出|提议|建议|(?:提出|提议|建议)\s*[，,])(?:于|在)?\s*$"
)
_FUTURE_AFTER = re.compile(r"^\s*(?:[上下中]午|晚间|晚上|凌晨)?\s*(?:将|拟|会继续)")
#: Earlier in a date's sentence, these open a plan that goes on to the date however many words
#: stand between (将率团赴韩国，出席5月10日…; 将作为…特别代表于11月6日出席; 将应邀于6月7日至13日):
#: a day after the document's, there, is one to come, not last year's. (Not the 将 of 将军, 中将,
#: 将领, 将近 "nearly".)
_PLAN_OPENS = re.compile(
    r"(?<![中少上大老名主武])将(?![军领士帅近])|拟|计划|预计|预定|定于|准备(?:于|在|好在)"
)
#: After a date that opens its sentence: the rest of its span (至31日, 至6月1日) and the comma
#: that sets it off from the clause it dates.
_LEAD_TO_PLAN = re.compile(r"\s*(?:(?:至|到|—|－|-|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*)?[，,]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
#: Between the plan's opener and the date: the sentence turns to what was done (此前…, 已于…).
_TOLD_AS_DONE = re.compile(r"此前|曾|已经|已于|已在")
#: After a date, 将 that takes an object to a new state (21 日将双边关系降为代办级, 15 日将华为
#: 列入实体清单) is 把, not "will": the act is done that day.
_DISPOSAL = re.compile(
    r"\s*(?:[上下中]午|晚间|晚上|凌晨)?\s*将[^，,。；;将]{1,24}?"
    r"(?:降为|降至|降级为|升为|升格为|列为|列入|纳入|提高至|提高到|上调至|下调至|调整为|定为|认定为|视为|改为)"
)
_FUTURE_EN = re.compile(r"\b(?:will|shall|scheduled|due|plans?|next)\b[^.;]{0,30}$", re.IGNORECASE)
#: After a date: it bounds a span or a deadline (2月9日前, 2019年以来), it dates no act.
_SPAN_AFTER = re.compile(
    r"^\s*(?:以前|之前|以来|至今(?![天日])|为止|期间|前(?![往来夕线所景沿进行后]))"
)
#: After a day: about then (3 月 5 日前后, 5 日左右), not on it.
_AROUND_AFTER = re.compile(r"\s*(?:前后|左右)")
#: After a date: a verb and 的 make it the date of a thing named (暂停实施 10 月 9 日公布的措施,
#: 撤销 5 月 3 日签署的协议): when that thing came about, not when the sentence's act was done.
#: (落实两国元首 6 月 5 日通话重要共识: the consensus of a call of that day, carried out now.)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s*(?:(?:公布|宣布|发布|签署|签订|通过|出台|提出|达成|发表|颁布|发生)的"
    r"|(?:通话|会晤|会谈|会见)的?重要?共识)"
)
#: After a date: a document's number (根据2025年4月8日第14259号行政令): the date is part of
#: the document's name, even after 根据.
_DOCUMENT_NUMBER = re.compile(r"\s*第\s*\d+\s*号")
#: Before a date: a plan not kept (原定 6 月对美国的访问, 原定于 7 月举行的会谈): the date is the
#: plan's, a thing named, not that of the act the sentence tells of it.
#: So is a date a thing should have come on (该停火协议本应在 10 日生效，但冲突并未停止: coder-zh103).
_PLANNED = re.compile(r"原定|原订|原计划|本应|本该")
_PLANNED_BEFORE = re.compile(r"(?:原定|原订|原计划|本应|本该)(?:于|在)?\s*$")
#: After a date: an incident's name (今年3月达苏恐袭事件). Verbs are not kept out of it
#: (普京10日谴责克罗库斯恐袭事件 matches too), so it makes the date the incident's only inside
#: the object a reaction opens (``INCIDENT_OBJECT_BEFORE``).
INCIDENT_AFTER = re.compile(
    r"\s*[^\s,，。；;:：的就对向在于与同和将已称说表了]{1,8}?(?:事件|惨案)(?![发后])(?!以来)"
)
#: Before a date, in its clause: the 对 or 就 that opens what a reaction is about (巴方对今年3月
#: 达苏恐袭事件造成中方人员遇难表示深切哀悼).
INCIDENT_OBJECT_BEFORE = re.compile(r"(?:对|就|针对)[^,，。;；:：]*$")
_REPORT_BEFORE = re.compile(r"据[^,，。;；]*$")
#: Before a thing's date: the clause a reaction opens on names the act reacted to (针对…).
_REACTION_TOPIC = re.compile(r"(?:针对|对于)[^,，。;；]*$")
#: Before a date: the same moment on another clock, in brackets (（台北时间 11 日凌晨）).
_OTHER_CLOCK = re.compile(r"[（(][^（()）]{0,8}时间\s*$")
#: Before a date: the analyst looks ahead to it (展望下半年，若…): it dates no act. Not a
#: heading's 展望 on the line before (五、展望\n7 月 21 日，外交部宣布…): the date opens a line.
_OUTLOOK_BEFORE = re.compile(r"展望[^\S\n]*$")
#: After a date that 直到 or 到 opens: 才 makes it the day the act was done at last
#: (中方直到 4 日才宣布…), no span's end.
_NOT_UNTIL = re.compile(r"\s*(?:[上下]午|晚间|晚上|凌晨|当天)?\s*(?:才|方才)")
# The end of a span (3 月 27 日至 4 月 7 日) dates no act either: the act began before.
_SPAN_BEFORE = re.compile(r"(?:截至|截止到|截止|直到|到|至|—|-|~)\s*$")
# After a day, these open a span to a later one (5 月 5 日至 10 日): in a narrative the act is
# dated by the span's month, not its first day.
_SPAN_START = re.compile(
    r"\s*(?:至|到|—|-|~)\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]"
)
# After a numeric date, the end of its span (3/20-22, 2023.3.20-3.22).
_NUMERIC_SPAN = re.compile(r"\s*[-–~～]\s*(?:\d{1,2}[./])?\d{1,2}(?![\d./])")
# A measure's start (宣布自 6 月 1 日起加征关税; 11日…要求波方自 8 月 29 日起关闭…): the day it
# takes effect, not the day of the act, which is the announcement's, or the day named before it
# in the sentence (alone, 自 3 月 1 日起暂停输入… is the act's date: nothing else dates it).
# (宣布，自 10 日起…: a comma may part the announcing verb from 自.)
_EFFECTIVE_BEFORE = re.compile(r"(?:宣布|决定|通知|公告|表示)\s*[，,]?\s*(?:将)?\s*(?:自|从)\s*$")
_FROM_BEFORE = re.compile(r"(?:自|从)\s*$")
#: The rest of a clause that 自 + a date opens and 以来 closes (自23日…发动空袭以来，).
_SINCE_CLAUSE = re.compile(r"[^，,。；;]{0,30}?以来")
#: The same without 自 (这是今年2月乌克兰冲突爆发以来，…首次…; 塔利班8月15日控制喀布尔以来):
#: the event that opens the span, told in a short clause with no other 自 or 从 (where the span
#: would start), no speech verb (12日表示…以来: the day of the saying), no 的 or 是 (11月14日的
#: 会晤是两人就任以来首次…: the date's own act, 以来 in what is said of it) and no record
#: (7月…气温达到有记录以来最高: that month's own measure). Seed 207's batch, coder-zh140.
_BARE_SINCE_CLAUSE = re.compile(
    r"[^，,。；;自从表说称指是的\d]{0,25}?(?<!有记录)(?<!有纪录)(?<!有史)以来"
)
_EFFECTIVE_AFTER = re.compile(r"^\s*起")
#: The part of a month a month's mention ends with (``_PART``, as the mention read it), and
#: the first day of that part.
_PART_NAMED = re.compile(rf"{_PART}\s*$")
_PART_FIRST_DAYS = {"初": 1, "上旬": 1, "中": 11, "中旬": 11, "下旬": 21, "底": 25, "末": 25}
#: The seven days a month's start or end spans, which hold each weekday once: a weekday told
#: in one is that day (a 旬 of ten days may hold two, and 11 月中旬的一个周二 is left its month).
_PART_DAYS = {"初": (1, 7), "底": (-6, 0), "末": (-6, 0)}
#: The days of a 旬 (下旬: the 21st to the month's end). A weekday told as the 旬's own, right
#: after it (该月下旬的周四), is its day when the 旬 holds it once; not one told as any
#: (11 月中旬的一个周二) or in a clause after it (12 月中旬，…，周二…): their month.
_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 0)}
_OF_THE_PART = re.compile(r"\s*的\s*")
#: The month told or the one after it, with a part of it (该月下旬, 同月底, 隔月上旬): the month
#: a weekday or a bare day told after it lies in.
_SAME_MONTH_PART = re.compile(r"[当同该次翌隔]月")
#: Right before 翌日: the act named ended on the last day named (会谈结束翌日: the day after
#: the span, not its second day).
_ENDED_BEFORE = re.compile(r"(?:结束|闭幕)\s*$")
#: 6月1日起将暂停…: a measure that starts on the day, announced before it.
_EFFECTIVE_TO_COME = re.compile(r"^\s*起\s*[，,]?\s*(?:将|拟)")
# After 次日: the clause leaves the span of days before it (次日转往新德里): the day after its end.
_LEAVES = re.compile(
    r"\s*(?:[上下]午|晚间|凌晨)?\s*(?:即|便|就)?(?:转往|转赴|前往|抵达|离开|启程|返回|回国|结束|飞往|赴)"
)
# Right before a day: told as already past when its clause is (宣布金正日已于 17 日去世, 已于同月
# 1 日签署): the day of that clause only; 当天, 翌日 after it count from the day the sentence tells.
#: "The same year" before a month: the month is in the year told before it.
_SAME_YEAR = re.compile(r"(?:同年|当年|该年)\s*$")
_ANTERIOR = re.compile(r"(?:已|已经)\s*(?:于|在)\s*(?:同月|当月|同年)?\s*$")
#: Right after a day: 曾 tells its clause as background (雅加达 1 月 17 日曾因洪水宣布…): the
#: day of that clause only, carried to no later sentence (习近平当天…: the day told before).
_ONCE_AFTER = re.compile(r"\s*(?:[上下]午|晚间|凌晨)?\s*曾(?:经)?(?!经常)")


def background_day(norm: str, d: DateMention) -> bool:
    """Is ``d`` a day a narrative tells as background with 曾 (10 月 2 日，…抵达雅加达。雅加达
    1 月 17 日曾因洪水…。习近平当天…)? It dates its own clause; no later sentence, nor 当天 after
    it, takes its day. (Not in news: a broadcast's 5日曾宣布… is its item's lead day.)"""
    return _ONCE_AFTER.match(norm, d.end) is not None


#: Where a sentence ends in the normalised text (。 and ! ? folded).
_ENDS = "。!?\n"
SENTENCE_END = re.compile(f"[{_ENDS}]")
_FUTURE_WORDS = frozenset(("明天", "明日", "下月", "下个月", "明年"))
_NUMERIC = frozenset(("ymdn", "rocn", "mdn"))
#: (年底, 2007 年底, 去年底 name a month too: 年底回访，28 日在北京会谈 is 28 December.)
_EXPLICIT = frozenset(("ymd", "ym", "rym", "prevy", "md", "mp", "mdy", "dmy", "emon", "roc", "cmd", "cmp", "cym",
                       "nextmd", "pmon", "pyear", "ybare", "yend", "rend", *_NUMERIC))  # fmt: skip
_WITH_YEAR = frozenset(("ymd", "ym", "yend", "yr", "rym", "prevy", "md", "mp", "mdy", "dmy", "emon", "eyr",
                        "roc", "rocy", "rocyp", "cmd", "cmp", "cym", "pmon", "pyear", *_NUMERIC))  # fmt: skip
#: 次年 4 月, 两年后的 10 月 2 日: a year counted on from the one told frames the bare days
#: after it as an explicit year does (次年 4 月 2 日至 6 日…，3 日同…会谈 is April's 3rd, not
#: the 3rd of the month told before), with its month when it names one.
_LATER_YEARS = frozenset(("nexty", "yearsl"))
#: From this month of a year told, 年初 in a frame holding the next year is that year's.
_LATE_MONTH = 10
#: Taiwan's calendar counts from 1912 (民國元年).
_ROC = 1911
#: Right before a day in brackets: a weekday (上周四（10 日）), which that day names again.
_WEEKDAY_BEFORE = re.compile(
    rf"(?P<wr>{_WHICH_WEEK})?(?:周|星期)(?P<wd>[一二三四五六日天])\s*\(\s*$"
)
_DEICTIC_DAYS = {"昨": 1, "今": 0, "前": 2}  # 昨（25）日: so many days before the document's
_ON_FROM_LAST = {"翌": 1, "隔": 1, "次": 1, "同": 0}  # 翌（11）日: days after the last day named
#: What a clause opens after (113 年，… opening one is a year of Taiwan's calendar).
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "\n", ":", "：")
_WEEKDAY_INDEX = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
#: 本周一 is of the writer's own week, in a story too (as 本月 is of the writer's month).
_WRITING_WEEK = "本"
_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


class _Resolver:
    """Turns regex matches into DateMentions, remembering the dates named so far: the last
    explicit day or month (``context``, the month of a later bare day) and, in a narrative,
    the last explicit date with a year (``reference``, the frame of a later month and day)."""

    def __init__(self, doc_date: date | None, genre: str = NEWS, anchor: date | None = None,
                 text: str = "") -> None:  # fmt: skip
        self.doc_date = doc_date
        self.genre = genre
        self.anchor = anchor  # for an undated document: the end of the latest year it names
        self.text = text
        # 原定/原订/原计划 anywhere in the text: without one no date is a plan's (``_PLANNED_BEFORE``)
        self.plans = _PLANNED.search(text) is not None
        self.context: DateMention | None = None
        self.last_day: date | None = None  # the last day named (次日 counts from it)
        self.last_day_at = -1  # where it was named
        # The first day of the last span of days (18 日至 20 日) and where it was named, while
        # the last day named is that span's end: 次日 in its sentence is the span's second day.
        self.span_first: tuple[date, int] | None = None
        # The last day of the last span told (至 12 日) and where: 结束翌日 counts from it.
        self.span_last: tuple[date, int] | None = None
        self.after_span = False
        self.reference: date | None = None
        self.reference_year = False  # the reference names a year only (a heading's)
        self.marked = False  # the expression being resolved is marked as one to come
        self.here = 0  # where that expression starts
        # A narrative's frame: the years its last heading names (第三章　2021 年…, （2019─2020 年）).
        # A date of an earlier year in the body is recalled background (该条约于 2001 年…签署):
        # it frames the rest of its own sentence (``recall`` up to ``recall_end``), no later one.
        self.frame: set[int] = set()
        self.chapter: set[int] = set()
        # The months of the part of the year the heading tells (下半年: 7-12), if it names one.
        self.frame_months: frozenset[int] | None = None
        self.chapter_months: frozenset[int] | None = None
        self.in_heading = False
        self.frame_opened = False  # the frame is a body year's (2023 年，…), not a heading's
        self.sentence_start = self.sentence_end = 0
        self.recall: date | None = None
        self.recall_end = 0
        # What a recalled date replaced as the month of later bare days and the day 次日 counts
        # from (``_forget_recall``): the recalled mention, then the context and last day before it.
        self.before_recall: tuple[DateMention, DateMention | None, date | None, int] | None = None
        self.unresolved = 0
        self.last: DateMention | None = None  # the expression resolved before

    def near_year(self, month: int, day: int) -> date | None:
        """The date with this month and day nearest the frame: the publication date (news,
        the past preferred) or the last explicit date (narrative, the future preferred); never
        after the document's own date unless marked as to come."""
        base = self.reference if self.genre == NARRATIVE and self.reference else None
        if self.genre == NARRATIVE and self.recall is not None and self.here < self.recall_end:
            base = self.recall
        ceiling = None if self.marked else self.doc_date
        if base is not None and self.reference_year:  # under "2021 年第四季": that year
            framed = _safe(base.year, month, day)
            if framed is not None and (ceiling is None or framed <= ceiling):
                return self._past_the_part(framed, ceiling)
        base = base or self.doc_date or self.anchor or (self.context.day if self.context else None)
        if base is None:
            return None
        # A month and day the frame cannot hold, being after the document (12 月 in a chapter
        # on 2023-H1 written in July 2023), is recalled: the nearest year before, as unframed.
        years = self._framed_years(base)
        found = self._nearest(base, month, day, years, ceiling)
        if not found and years:  # (with no frame the first try was the unframed one)
            found = self._nearest(base, month, day, (), ceiling)
        return self._past_the_part(min(found)[1], ceiling) if found else None

    def _past_the_part(self, found: date, ceiling: date | None) -> date:
        """Under a heading of the second half or a later quarter of its last year (2023 年下半年),
        a month before that part is the next year's (1 月 15 日 in a chapter on 2023-H2 written
        in January 2024), when the document was written by then; a month after it (10 月 in a
        chapter on the second and third quarters) stays in the frame's year."""
        part = self.frame_months
        if (
            self.genre != NARRATIVE
            or not part
            or found.month in part
            or found.month > min(part)
            or found.year != max(self.frame, default=0)
        ):
            return found
        later = _safe(found.year + 1, found.month, found.day)
        return later if later is not None and (ceiling is None or later <= ceiling) else found

    def _nearest(self, base: date, month: int, day: int, years: tuple[int, ...],
                 ceiling: date | None) -> list[tuple[int, date]]:  # fmt: skip
        """(distance, date) of each year's candidate up to ``ceiling``: in ``years``, else in
        the base's year and those either side of it."""
        found: list[tuple[int, date]] = []
        for year in years or (base.year - 1, base.year, base.year + 1):
            candidate = _safe(year, month, day)
            if candidate is None or (ceiling is not None and candidate > ceiling):
                continue
            ahead, behind = (candidate - base).days, (base - candidate).days
            if self.genre == NARRATIVE and base is not self.doc_date:
                distance = ahead if ahead >= 0 else 3 * behind
            else:
                distance = behind if behind >= 0 else 3 * -behind
            found.append((distance, candidate))
        return found

    def _framed_years(self, base: date) -> tuple[int, ...]:
        """In a narrative under a heading's years, the years of that frame a bare month and
        day may take (12 月初 under "2024 年…" after 1 月 24 日 is December 2024), unless the
        base is a recalled date of another year or the frame lies after the document."""
        if self.genre != NARRATIVE or not self.frame:
            return ()
        # The document's own date (a review's writing line, （2018 年 1 月 22 日）, or no date
        # told yet) is no story's date: the title's years still frame a first bare day (1 月 15
        # 日 in a review of 2017 written that January is 2017's).
        if base.year not in self.frame and base != self.doc_date:
            return ()
        return tuple(y for y in sorted(self.frame) if self.doc_date is None
                     or y <= self.doc_date.year)  # fmt: skip

    def start_sentence(self, start: int, end: int, heading: bool) -> None:
        """A new sentence from ``start`` to ``end``: a heading's years, with those between
        (（2022—2023 年）), make the frame afresh."""
        first, self.sentence_end, self.in_heading = self.sentence_end == 0, end, heading
        self.sentence_start = start
        self._forget_recall()
        if not heading or self.genre != NARRATIVE:
            return
        self.frame_opened = False  # a heading's frame now, not a body year's
        years = _heading_years(self.text, start, end)
        frame = set(range(min(years), max(years) + 1)) if years else set()
        months = _heading_months(self.text[start:end]) if years else None
        if first:  # the title's years frame the chapter; a section without years goes back to them
            self.chapter, self.chapter_months = frame, months
        self.frame = frame or self.chapter
        self.frame_months = months if frame else self.chapter_months

    def _forget_recall(self) -> None:
        """A recalled date of an earlier year dates its own sentence only (甘比亞曾於 2013 年
        11 月 14 日宣布與我國斷交。31 日，習近平…: 31 March of the chapter's year; 美方上一次…是在
        2008 年 10 月 3 日。次日，…: the day after the act told before the recall): when its
        sentence ends, the month of later bare days and the day 次日 counts from are again
        those before it, unless a later date of that sentence took their place."""
        if self.before_recall is None:
            return
        recalled, context, last_day, last_day_at = self.before_recall
        self.before_recall = None
        if self.context is recalled:
            self.context = context
        if self.last_day_at == recalled.start:
            self.last_day, self.last_day_at = last_day, last_day_at

    def _recalled_in_passing(self, m: re.Match[str], found: DateMention) -> bool:
        """Is ``found`` a recalled date told inside its sentence (甘比亞曾於 2013 年 11 月 14 日…,
        …是在 2008 年 10 月 3 日)? Not one opening it (去（2022）年 8 月 2 日，裴洛西訪臺。中共
        隨即於 4 日至 7 日…): the story goes back there, and its later bare days with it."""
        return (
            self.recall is found.day
            and self.recall_end == self.sentence_end
            and bool(self.text[self.sentence_start : m.start()].strip())
        )

    def _remember(self, found: DateMention, group: str | None) -> None:
        """Update the narrative's frame, reference and recall with an explicit year's date."""
        year = found.day.year
        if (
            self.genre == NARRATIVE
            and not self.in_heading
            and self.frame
            and year < min(self.frame)
        ):
            self.recall, self.recall_end = found.day, self.sentence_end
            return  # background: the narrative's own reference stays
        self.reference, self.reference_year = found.day, found.precision == "year"

    def day_only(self, day: int) -> date | None:
        """A day of the month named last (unless that was a date to come or a deadline, and
        not right before; in news, only in the same sentence: 7月2日的事故… 23日表示 in an August
        broadcast is 23 August), else of the document's month, or the one before when the day
        is still to come and not marked so."""
        ctx = self.context
        if (
            ctx is not None
            and (not ctx.after or (ctx.marked and self.here - ctx.end <= 12))
            and (self.genre != NEWS or self.doc_date is None or self._same_sentence(ctx.end))
        ):
            return _safe(ctx.day.year, ctx.day.month, day)
        if self.doc_date is None:
            return _safe(ctx.day.year, ctx.day.month, day) if ctx is not None else None
        this = self.doc_date
        if day > this.day + 1 and not self.marked:  # news reports what happened
            this = (this.replace(day=1) - timedelta(days=1)).replace(day=1)
        return _safe(this.year, this.month, day)

    def _plan_goes_on(self, at: int) -> bool:
        """将于10月28日至11月2日访问沙特和科威特，11月3日至5日赴卡塔尔: in news, a day after one
        marked as to come, in the same sentence, goes on telling the plan (not last year's
        November)."""
        last = self.last
        return (self.genre == NEWS and last is not None and last.marked
                and self._same_sentence(last.end) and at > last.end)  # fmt: skip

    def _in_a_plan(self, at: int) -> bool:
        """Does a plan opened earlier in the sentence (``_PLAN_OPENS``) go on to the date at
        ``at``, with nothing between telling of what was done?"""
        text = self.text
        # (called at most dates, which have no opener before them: one search for any first,
        # then the sentence's last end by rfind, and the last opener kept as found)
        start = max(self.sentence_start, 0)
        if _PLAN_OPENS.search(text, start, at) is None:
            return False
        lo = max(start, *[text.rfind(c, start, at) + 1 for c in _ENDS])
        last = None
        for last in _PLAN_OPENS.finditer(text, lo, at):  # noqa: B007 (the last one is wanted)
            pass
        return last is not None and _TOLD_AS_DONE.search(text, last.end(), at) is None

    def _plan_follows(self, start: int, end: int) -> bool:
        """5月29日至31日，习近平主席将分别为…举行国事活动: a date (or span) that opens its
        sentence, set off by a comma, before a clause told as a plan (将, 拟, 计划…) with
        nothing of what was done before the opener, is that plan's day."""
        text = self.text
        if text[max(self.sentence_start, 0) : start].strip(" \t　#*>") or self.genre != NEWS:
            return False
        lead = _LEAD_TO_PLAN.match(text, end)
        if lead is None:
            return False
        clause = _CLAUSE_END.search(text, lead.end())
        stop = clause.start() if clause else len(text)
        opener = _PLAN_OPENS.search(text, lead.end(), stop)
        return opener is not None and _TOLD_AS_DONE.search(text, lead.end(), opener.start()) is None

    def _same_sentence(self, start: int) -> bool:
        """No sentence ends between ``start`` and the expression being resolved."""
        return SENTENCE_END.search(self.text, start, self.here) is None

    def same_year(self, start: int) -> int | None:
        """The year of the date told before, for a month told after 同年, 当年 or 该年
        (2018年5月…。同年11月，…: November 2018, not the broadcast's year's)."""
        if self.last is None or self.last.end > start:
            return None
        return (
            self.last.day.year if _SAME_YEAR.search(self.text, max(0, start - 3), start) else None
        )

    def bare_year_part(self, part: str) -> date | None:
        """年初 (January), 年底 (December) of the year told: the narrative's frame or last date,
        else the document's year."""
        base = self.reference if self.genre == NARRATIVE and self.reference else self.doc_date
        if base is None:
            return None
        if part == "初" and self._next_in_frame(base):
            return date(base.year + 1, 1, 1)
        return date(base.year, 1 if part == "初" else 12, 1)

    def _next_in_frame(self, base: date) -> bool:
        """Does 年初 after the last months of a year told open the next one, which the frame
        holds (12 月 5 日…。年初，… under "（2019 年 11 月至 2020 年 2 月）": January 2020)?"""
        after = date(base.year + 1, 1, 1)
        return (self.genre == NARRATIVE and base.month >= _LATE_MONTH
                and base.year + 1 in self.frame
                and (self.doc_date is None or after <= self.doc_date))  # fmt: skip

    def season_year(self, named: str | None) -> date | None:
        """春季, 去年秋天: the season's year (the one named, else the year told, as 年初's),
        kept as 1 January at year precision: a season spans months, it names none."""
        if named:
            year = self.relative(named)
            return year[0] if year else None
        base = self.reference if self.genre == NARRATIVE and self.reference else self.doc_date
        return date(base.year, 1, 1) if base is not None else None

    def heading_month(self, start: int, end: int, month: int) -> DateMention | None:
        """A heading that names a month alone (十一月, （二）九月份): the month of the days
        listed under it, as 一、7 月 is, in the year the chapter frames."""
        self.here, self.marked = start, False
        day = self.near_year(month, 1)
        if day is None:
            self.unresolved += 1
            return None
        found = DateMention(start, end, day, "month", after=self._after(day, "month"))
        self.last = found
        if not found.after:
            self.context = found
            self._remember(found, "mp")
        return found

    def told_month(self, ahead: int) -> date | None:
        """The month of the last date told (当月, 月底), or the one after it (次月): a month
        named after the last day counts (3 月 5 日…；4 月初…；中旬: April)."""
        ctx = self.context
        later = ctx is not None and ctx.start > self.last_day_at
        last = ctx.day if later and ctx is not None else self.last_day
        return _add_months(last.replace(day=1), ahead) if last is not None else None

    def story_month(self, word: str) -> date | None:
        """In a narrative that has told a day or month, 上月 and 下月 count from it, as HeidelTime
        reads a narrative's relative dates against its last date (11 月 3 日…以回应美方上月…:
        October); a news item's count from its own date (None here)."""
        if self.genre != NARRATIVE or word not in _REL_MONTHS or word == _WRITING_MONTH:
            return None
        if self._writers_paragraph():
            return None
        return self.told_month(_REL_MONTHS[word])

    def _writers_paragraph(self) -> bool:
        """Is the paragraph being read told from the writer's own time, naming 本月, 本年, 今年
        or 本（5）月 (a section on the quarter the chapter is written in: 本年 2 月 11 日…。上月
        24 日…。本月 8 日…)? Its 上月 and 下月 count from the writing month, as a brief's do,
        not from the month told (the December of a chronology's 理由是…上月通过…)."""
        if self.doc_date is None:
            return False
        start = self.text.rfind("\n", 0, self.here) + 1
        end = self.text.find("\n", self.here)
        return (
            _WRITERS_TIME.search(self.text, start, end if end >= 0 else len(self.text)) is not None
        )

    def day_of_writing_month(self, day: int) -> date | None:
        """本月 1 日: that day of the month the text is written in, in a narrative too. 上月 and
        下月 in a story count from the month told (以回应美方上月…), but 本月 is the writer's
        own month (a weekly brief's 本月 1 日 after its 上（6）月 20 日: July, not June)."""
        if self.doc_date is None:
            return self.day_of_told_month(0, day)
        return _safe(self.doc_date.year, self.doc_date.month, day)

    def day_of_told_month(self, ahead: int, day: int) -> date | None:
        """次月 20 日, 上月 5 日: that day of the month after (before) the one told; in news
        without a month told, of the document's (上月 5 日 in a broadcast)."""
        story = self.genre == NARRATIVE and not self._writers_paragraph()
        month = self.told_month(ahead) if story else None
        if month is None and self.doc_date is not None:
            month = _add_months(self.doc_date.replace(day=1), ahead)
        return _safe(month.year, month.month, day) if month is not None else None

    def next_year(
        self, month: str | None, day: str | None, ahead: int = 1
    ) -> tuple[date | None, str]:
        """隔年, 次年 4 月 (``ahead`` 1), 前一年 12 月 (-1): the year after (before) the
        narrative's (or the document's), at the precision given."""
        base = self.reference if self.genre == NARRATIVE and self.reference else self.doc_date
        if base is None:
            return None, "year"
        year = base.year + ahead
        if month is None:
            return date(year, 1, 1), "year"
        found = _safe(year, int(month), int(day or 1))
        return found, "day" if day else "month"

    def nth_day(self, n: int) -> date | None:
        """第三天: the n-th day counting the last day named as the first, or the first day of
        the span of days that named it (5 日至 9 日访问…。访问第三天: the 7th)."""
        if self.last_day is None:
            return None
        first = self.span_first[0] if self.after_span and self.span_first else self.last_day
        return first + timedelta(days=n - 1)

    def years_ago(self, count: str, same_day: bool = False) -> tuple[date | None, str]:
        """5 年前: so many years before the document's date; in a narrative that has told a
        date, before that date's year (11 月 15 日…旧金山会晤。一年前，两国元首在巴厘岛会晤: the
        year before), as its other relative dates count from the last date told. 25年前的今天
        (``same_day``): the document's own day of that year (a speech recalling what happened
        on this day), at day precision."""
        years = count_of(count)
        if same_day:
            base = self.doc_date
            return (
                _safe(base.year - years, base.month, base.day) if base and years else None
            ), "day"
        base = self.reference if self.genre == NARRATIVE and self.reference else self.doc_date
        return (date(base.year - years, 1, 1) if base and years else None), "year"

    def first_day_told(self) -> date | None:
        """会晤首日, 开幕当天: the first day of the act told last, the first of its span of days
        when the last day named ended one (4 月 6 日至 7 日…会晤。会晤首日晚间: the 6th)."""
        if self.after_span and self.span_first is not None:
            return self.span_first[0]
        return self.last_day

    def journey_end(self) -> date | None:
        """回国当天, 访问结束时: the day the act told last ends, the last day named; when that day
        lies inside the span of days told last in its paragraph (12 月 19 日至 23 日…访华。21 日，
        …会见…。访问结束时: the 23rd, not the 21st), the span's last day."""
        first, last, day = self.span_first, self.span_last, self.last_day
        if (
            first is None
            or last is None
            or day is None
            or not first[1] < last[1] < self.last_day_at
            or "\n\n" in self.text[first[1] : self.here]
        ):
            return day
        return last[0] if first[0] <= day < last[0] else day

    def end_span(self, first: date, last: int, at: int) -> None:
        """3 月 3、4 日 (3-4 日): the span's last day is the last day named, as 4 日 of 3 日至
        4 日 is (次日 after it is the 5th)."""
        end = _safe(first.year, first.month, last)
        if end is not None and end > first:
            self.last_day, self.last_day_at = end, at

    def next_day(self, end: int, ended: bool = False) -> date | None:
        """次日 (隔日, 翌日, 第二天): the day after the last day named; right after a span of days
        in its own sentence (9 月 18 日至 20 日访问平壤，双方次日签署…), the span's second day, as
        the span frames the sentence, unless the clause leaves it (次日转往…) or the act is said
        to have ended (``ended``: 会谈结束翌日)."""
        if self.last_day is None:
            return None
        first = self.span_first
        if (
            not ended
            and self.after_span
            and first is not None
            and self._same_sentence(first[1])
            and not _LEAVES.match(self.text, end)
        ):
            return first[0] + timedelta(days=1)
        last = self.span_last
        if ended and last is not None and self._inside_span(self.last_day, last):
            # (11 月 10 日至 12 日訪問希臘，抵達翌日…；行程結束翌日: the 13th, not the day after
            # the talks 抵達翌日 told)
            return last[0] + timedelta(days=1)
        return self.last_day + timedelta(days=1)

    def _inside_span(self, day: date, last: tuple[date, int]) -> bool:
        """Does ``day`` lie inside the span ending at ``last``, told in its sentence?"""
        first = self.span_first
        return (first is not None and first[1] < last[1] and self._same_sentence(last[1])
                and first[0] <= day < last[0])  # fmt: skip

    def bracketed_day(self, word: str, day: int) -> date | None:
        """昨（25）日, 今（26）日, 前（24）日 count from the document's date, the day in brackets
        checking it; 翌（11）日, 隔（8）日 and 同（13）日 from the last day named (上週四（10 日）…
        翌（11）日, after a month recalled before them), when the day checks it; else, and when
        a check fails, the day is read as a bare one."""
        back = _DEICTIC_DAYS.get(word)
        if back is not None and self.doc_date is not None:
            told = self.doc_date - timedelta(days=back)
            if told.day == day:
                return told
        on = _ON_FROM_LAST.get(word)
        if on is not None and self.last_day is not None:
            told = self.last_day + timedelta(days=on)
            if told.day == day:
                return told
        return self.day_only(day)

    def weekday(self, which: str | None, name: str) -> tuple[date | None, str]:
        """本周一, 上周三, 周五: that day of the document's week (of the week before with 上, the
        week after with 下, 次, 隔 or 翌), and its precision; a bare weekday is the last such day
        up to the document's date, as a report tells what happened. In a story told weeks before
        the writing, any but 本 is read from the story's last day (``_story_weekday``)."""
        if self.doc_date is None:
            return None, "day"
        if not which and (told := self._weekday_in_month_told(name)) is not None:
            return told
        if which != _WRITING_WEEK and (told := self._story_weekday(which, name)) is not None:
            return told
        monday = self.doc_date - timedelta(days=self.doc_date.weekday())
        found = monday + timedelta(days=_WEEKDAY_INDEX[name] + 7 * _weeks_on(which))
        if not which and found > self.doc_date:
            return found - timedelta(days=7), "day"
        return found, "day"

    def _story_weekday(self, which: str | None, name: str) -> tuple[date, str] | None:
        """A weekday told after a day that lies more than a week before the document's date,
        in a narrative or in the same sentence (5 月 13 日（週一）…。週三，…: the 15th;
        5 月 20 日（週一）就職，共軍週四起…: the 23rd), goes on from that day, as HeidelTime reads
        a narrative's weekdays against its last date: a bare one to the next such day, 上週五
        and 下週一 in the weeks before and after that day's (6 月 5 日（週四）…上週五: 30 May); a
        bare one after a month named since that day (11 月中旬的一個週二) lies in that month
        (which day is not told). A brief that tells its own week (週一，… in a brief of that
        Friday) keeps the document's week."""
        last, doc = self.last_day, self.doc_date
        if last is None or doc is None or (doc - last).days <= 7:
            return None
        if self.genre != NARRATIVE and not self._same_sentence(self.last_day_at):
            return None
        if not which and (month := self._month_since_last_day()) is not None:
            return month.day, "month"
        if which:
            monday = last - timedelta(days=last.weekday())
            return monday + timedelta(days=_WEEKDAY_INDEX[name] + 7 * _weeks_on(which)), "day"
        return last + timedelta(days=(_WEEKDAY_INDEX[name] - last.weekday()) % 7), "day"

    def _weekday_in_month_told(self, name: str) -> tuple[date, str] | None:
        """A bare weekday after a month named in its sentence, with no day named since, weeks
        before the writing: after the month's start or end, the one such weekday in its seven
        days (峰會 12 月初舉行前，…並於週二…: 1 December 2015; 3 月底…週二: the 29th); in a story,
        after another part or none (12 月中旬…週二), the month, as ``_story_weekday`` reads one
        after a day. Not the writing's week either way."""
        ctx, doc = self.context, self.doc_date
        if (
            ctx is None
            or doc is None
            or ctx.precision != "month"
            or ctx.relative
            or ctx.start < self.last_day_at
            or not self._same_sentence(ctx.end)
        ):
            return None
        first = ctx.day.replace(day=1)
        end = _add_months(first, 1) - timedelta(days=1)
        part = _PART_NAMED.search(self.text, ctx.start, ctx.end)
        if part is not None and (
            part[1] in _PART_DAYS
            or (part[1] in _TEN_DAYS and _OF_THE_PART.fullmatch(self.text, ctx.end, self.here))
        ):
            low, high = _PART_DAYS.get(part[1]) or _TEN_DAYS[part[1]]
            low, high = (end.day + low, end.day) if low < 0 else (low, high or end.day)
            days = [d for d in range(low, high + 1)
                    if first.replace(day=d).weekday() == _WEEKDAY_INDEX[name]]  # fmt: skip
            if len(days) == 1:
                found = first.replace(day=days[0])
                return (found, "day") if (doc - found).days > 7 else None
        return (first, "month") if self.genre == NARRATIVE and (doc - end).days > 7 else None

    def weekday_day(self, start: int, day: int) -> date | None:
        """上週四（10 日）: a day in brackets after a weekday of the document's week (or the
        one before) is that weekday, when the day checks it; not a bare day of the month told
        last (a brief that recalls 今年 5 月 before it means this week's Thursday)."""
        named = _WEEKDAY_BEFORE.search(self.text, max(0, start - 8), start)
        if named is None:
            return None
        found, precision = self.weekday(named["wr"], named["wd"])
        return found if found is not None and precision == "day" and found.day == day else None

    def lunar_day(self, offset: int) -> date | None:
        """The day ``offset`` days from a lunar new year's day (除夕: -1): in a narrative the
        one nearest the date told, going forward (1 月 5 日…。除夕: that winter's; 12 月 20 日…。
        除夕: the next year's); in news the last one by the document's date. Never after the
        document's own date unless marked as to come. Under a heading's years it stays in
        them, as a bare month and day does (正月初三 opening a section after a chronology that
        reached October, in a chapter on 2013: February 2013, not 2014)."""
        narrative = self.genre == NARRATIVE and self.reference is not None
        base = self.reference if narrative else self.doc_date
        if base is None:
            return None
        ceiling = None if self.marked else self.doc_date
        found: list[tuple[int, date]] = []
        for year in (base.year - 1, base.year, base.year + 1):
            festival = spring_festival(year)
            day = festival + timedelta(days=offset) if festival else None
            if day is None or (ceiling is not None and day > ceiling):
                continue
            ahead = (day - base).days
            found.append((ahead if narrative and ahead >= 0 else 3 * abs(ahead), day))
        framed = [f for f in found if narrative and self._in_frame(f[1])]
        return min(framed or found)[1] if found else None

    def _in_frame(self, day: date) -> bool:
        """Would a bare month and day told now be read as ``day`` for the frame: in the
        heading's years, and not before the part of its last year it tells (``_past_the_part``)?"""
        if self.reference is None or day.year not in self._framed_years(self.reference):
            return False
        part = self.frame_months
        return not part or day == self._past_the_part(day, None)

    def count_on(self, count: str, unit: str) -> tuple[date | None, str]:
        """三天后, 两周后: so many days on from the last day named, or, when a month or a part
        of one was named after it (10 月上旬…；两周后), the month so many days on from that
        part's first day: which day is not told."""
        n = count_of(count)
        if n is None:
            return None, "day"
        if (ctx := self._month_since_last_day()) is not None:
            part = _PART_NAMED.search(self.text, ctx.start, ctx.end)
            first = ctx.day.replace(day=_PART_FIRST_DAYS[part[1]] if part else 1)
            return (first + timedelta(days=n * (1 if unit == "天" else 7))).replace(day=1), "month"
        return self.days_later(count, unit), "day"

    def _month_since_last_day(self) -> DateMention | None:
        """The month (or part of one) named after the last day named (9 月 28 日…；10 月上旬), which
        a weekday or a count of days told then lies in or counts from; None when the date told
        last is no such month."""
        ctx = self.context
        if ctx is None or ctx.precision != "month" or ctx.start <= self.last_day_at:
            return None
        return ctx

    def days_later(self, count: str, unit: str, back: bool = False) -> date | None:
        """三天后, 一周后: counted from the last day named (None when no day was); 此前两天
        (``back``): so many days before it."""
        n = count_of(count)
        if self.last_day is None or n is None:
            return None
        days = n * (1 if unit == "天" else 7)
        return self.last_day + timedelta(days=-days if back else days)

    def relative(self, word: str) -> tuple[date, str] | None:
        if self.doc_date is None:
            return None
        key = " ".join(word.lower().split()) if word.isascii() else word
        if key in _REL_DAYS:
            return self.doc_date + timedelta(days=_REL_DAYS[key]), "day"
        if key in _REL_MONTHS:
            return _add_months(self.doc_date.replace(day=1), _REL_MONTHS[key]), "month"
        if key in _LAST_WEEK:
            return (self.doc_date - timedelta(days=7)).replace(day=1), "month"
        return date(self.doc_date.year + _REL_YEARS[key], 1, 1), "year"

    def mention(self, m: re.Match[str], resolve, english: bool) -> DateMention | None:
        """The DateMention of one match, flagged, and the memory updated."""
        self.here = m.start()
        before_it = (self.context, self.last_day, self.last_day_at)
        before = self.text[max(0, m.start() - 40 if english else m.start() - 6) : m.start()]
        after = self.text[m.end() : m.end() + 6]
        word = m.group(m.lastgroup or 0)
        self.marked = bool(
            (_FUTURE_EN.search(before) if english else _FUTURE.search(before))
            or (not english and _FUTURE_AFTER.match(after) and not self._disposal(m.end()))
            or word in _FUTURE_WORDS
            or (not english and self.genre == NEWS and _AGREED_FOR.search(before) is not None)
        )
        # No word right at the date, but the sentence tells a plan that goes on to it
        inferred = (
            not self.marked
            and not english
            and (
                self._plan_goes_on(m.start())
                or self._in_a_plan(m.start())
                or self._plan_follows(m.start(), m.end())
            )
        )
        self.marked = self.marked or inferred
        day, precision = resolve(m, self)
        if day is None:
            self.unresolved += 1
            return None
        if inferred and not self._after(day, precision) and not self._month_running(day, precision):
            # Not after the document's day, it resolves as it would unmarked (the ceiling held
            # back no nearer day): a day told as past in the plan's sentence (对于美方称将自8月1日
            # 起…，巴方15日举行会议) is an act's, not one to come.
            self.marked = False
        if not english and precision == "day":
            day = _first_of_a_day_list(before, day)
        bound = bool(_SPAN_AFTER.match(after) or self._effective(before, after, english)
                     or (not english and _OUTLOOK_BEFORE.search(before))
                     or (not english and self._other_clock(m.start()))
                     or (not english and self._since_start(m.end())))  # fmt: skip
        # (距…仅九天 dates the act of its own clause, as a day told as past does)
        anterior = not english and (_ANTERIOR.search(before) is not None or m.lastgroup == "gap")
        attributive = not english and self._attributive(m)
        # 至 3 月 27 日: a span's end; not 直到 4 日才宣布, the day the act waited for
        span_end = _SPAN_BEFORE.search(before) is not None and not _NOT_UNTIL.match(after)
        if not english and _AROUND_AFTER.match(after):
            day, precision = _around(day, precision)
        if precision == "day":
            # 次日 counts from an act's day, not a deadline's, a measure's start, a day told as
            # past or a thing's date (自 9 月 24 日起, 已于 17 日, 10 月 9 日公布的)
            if not (bound or anterior or attributive) or (attributive and self._reacted_to(m)):
                self.last_day, self.last_day_at = day, m.start()
                self.after_span = self.span_first is not None and span_end
                if span_end:
                    self.span_last = (day, m.start())
            starts_span = _SPAN_START.match(self.text, m.end()) is not None or (
                m.lastgroup in _NUMERIC and _NUMERIC_SPAN.match(self.text, m.end()) is not None
            )
            if starts_span:
                self.span_first = (day, m.start())
            if self.genre == NARRATIVE and starts_span:
                day, precision = day.replace(day=1), "month"
        found = DateMention(m.start(), m.end(), day, precision, after=self._after(day, precision),
                            marked=self.marked, relative=m.lastgroup in ("rel", "erel", "ago"),
                            span=bound or span_end,
                            anterior=anterior, attributive=attributive)  # fmt: skip
        last = self.last
        if last is not None and self.text[last.end : m.start()] in ("（", "("):
            found.span = found.span or last.span  # 至今天（7月21日）: the same date, a range's end
        self.last = found
        usable = not found.span and not attributive and (not found.after or found.marked)
        # (胡锦涛原定 9 月初对美国进行国事访问，因…延期；13 日…: the plan's month still frames
        # the bare days after it, though it dates no act of its own)
        if (m.lastgroup in _EXPLICIT or (m.lastgroup in _LATER_YEARS and precision != "year")) and (
            usable or (not english and not found.span and self._planned(m, 6))
        ):
            self.context = found  # a month named explicitly: the month of later bare days
        elif (
            not english
            and usable
            and m.lastgroup in ("samem", "nextm")
            and _SAME_MONTH_PART.match(m[0])
        ):
            self.context = found  # 该月下旬的周四, 隔月上旬的周五: the month a weekday lies in
        if (
            usable
            and not found.after
            and (
                (m.lastgroup in _WITH_YEAR and not found.relative)
                or m.lastgroup in _LATER_YEARS
                or self._story_year(m, found)
            )
        ):
            self._remember(found, m.lastgroup)
            self._open_frame(m, found)
            if self._recalled_in_passing(m, found):
                kept = self.before_recall[1:] if self.before_recall else before_it
                self.before_recall = (found, *kept)  # the last recalled, the state before the first
        return found

    def _story_year(self, m: re.Match[str], found: DateMention) -> bool:
        """Does a year named relatively open a narrative's story (去年，中欧关系…。1 月 17 日…)?
        It is remembered as 2023 年 would be (a review written in February 2024 of the year
        before)."""
        return (self.genre == NARRATIVE and m.lastgroup == "rel" and found.precision == "year"
                and self.text.startswith(("，", ","), m.end()))  # fmt: skip

    def _open_frame(self, m: re.Match[str], found: DateMention) -> None:
        """A year that opens a sentence of a narrative whose headings name none (2023 年，…;
        去年，…), or one of the heading's years (（2019—2020 年）…2020 年，…), frames the
        section as a heading's would: its later months and days stay in that year (1 月 17 日…。
        12 月 7 日… in a review written in February 2024), until another such year or heading."""
        if (
            self.genre == NARRATIVE
            and (not self.frame or self.frame_opened or found.day.year in self.frame)
            and not self.in_heading
            and found.precision == "year"
            and not self.text[self.sentence_start : m.start()].strip()
            and self.text.startswith(("，", ","), m.end())
        ):
            self.frame, self.frame_opened = {found.day.year}, True

    def _planned(self, m: re.Match[str], reach: int) -> bool:
        """Is the date a plan's (原定 6 月), its 原定 within ``reach`` characters before it?"""
        return (
            self.plans
            and _PLANNED_BEFORE.search(self.text, max(0, m.start() - reach), m.start()) is not None
        )

    def _attributive(self, m: re.Match[str]) -> bool:
        """Does the date only say when a thing named came about (暂停实施 10 月 9 日公布的措施)?
        Not the date of a report an act is told from (据以色列国防军 23 日发布的消息，以军…空袭):
        a report tells what happened on its day."""
        before = max(0, m.start() - 24)
        if self._planned(m, 24) or _DOCUMENT_NUMBER.match(self.text, m.end()):
            return True  # 推迟…原定 6 月对美国的访问: when the plan put off was to be
        if not _ATTRIBUTIVE_AFTER.match(self.text, m.end()) and not (
            INCIDENT_AFTER.match(self.text, m.end())
            and INCIDENT_OBJECT_BEFORE.search(self.text, before, m.start())
        ):
            return False
        return _REPORT_BEFORE.search(self.text, before, m.start()) is None

    def _reacted_to(self, m: re.Match[str]) -> bool:
        """Is the thing's date that of an act a reaction opens on (针对美方 4 月 24 日宣布的对台
        军售，中方次日表示…)? The reaction's 次日 counts from it, as from the act's own day."""
        return _REACTION_TOPIC.search(self.text, max(0, m.start() - 16), m.start()) is not None

    def _disposal(self, end: int) -> bool:
        """Is the 将 right after the date at ``end`` the object marker (将双边关系降为代办级)?"""
        return _DISPOSAL.match(self.text, end) is not None

    def _other_clock(self, start: int) -> bool:
        """Is the date in brackets after another, on another clock (3 月 10 日晚间（台北时间
        11 日凌晨））? It is the same moment told again: the first date is the act's."""
        return _OTHER_CLOCK.search(self.text, max(0, start - 12), start) is not None

    def _since_start(self, end: int) -> bool:
        """Is the date the start of a span whose 以来 closes its clause (自23日以色列对黎巴嫩
        发动大规模空袭以来，…), or, with no 自, of a short clause 以来 closes (这是今年2月乌克兰冲突
        爆发以来，…首次…)? It bounds a span: 当天 in the next sentence is not that day."""
        if not _FROM_BEFORE.search(self.text, max(0, self.here - 1), self.here):
            return _BARE_SINCE_CLAUSE.match(self.text, end) is not None
        return _SINCE_CLAUSE.match(self.text, end) is not None

    def _effective(self, before: str, after: str, english: bool) -> bool:
        """Is the date the start of a measure (宣布自 9 月 1 日起…; 11日…要求…自 8 月 29 日
        起…; 5月31日宣布，6月1日起将暂停…): 起 right after it, and 自 or 从 right before it
        with an announcing verb before 自 or a day named earlier in the sentence, or 将 after
        起 (the measure is still to come: the act is its announcement)?"""
        if english or not _EFFECTIVE_AFTER.match(after):
            return False
        if _EFFECTIVE_TO_COME.match(after):
            return True
        before_from = self.text[max(0, self.here - 10) : self.here]
        if _EFFECTIVE_BEFORE.search(before_from):
            return True
        last = self.last
        return bool(
            _FROM_BEFORE.search(before_from)
            and last is not None
            and last.precision == "day"
            and not SENTENCE_END.search(self.text, last.end, self.here)
        )

    def _month_running(self, day: date, precision: str) -> bool:
        """Is ``day`` the month (no day told) the news document is written in, which a plan told
        before it in its sentence reaches (以方将在…，也就是3月和4月中旬期间…实施临时停火, told on 2
        March: the month the plan is for, the rest of it to come, not the act's)?"""
        doc = self.doc_date
        return (self.genre == NEWS and precision == "month" and doc is not None
                and (day.year, day.month) == (doc.year, doc.month))  # fmt: skip

    def _after(self, day: date, precision: str) -> bool:
        """Is ``day`` (at its precision) after the document's own date?"""
        doc = self.doc_date
        if doc is None:
            return False
        if precision == "year":
            return day.year > doc.year
        if precision == "month":
            return (day.year, day.month) > (doc.year, doc.month)
        return day > doc


def _heading_years(text: str, start: int, end: int) -> list[int]:
    """The years a heading names, in either calendar: a brief headed by its date in Taiwan's
    (民國 100 年 7 月 20 日) frames its body as one headed 2011 would, so that a year recalled
    in it (繼 2010 年 2 月之後) is background, not the month of the week's bare days."""
    years = [int(y) for y in _HEADING_YEAR.findall(text, start, end)]
    return years + [int(y) + _ROC_OFFSET for y in _HEADING_ROC_YEAR.findall(text, start, end)]


def _heading_months(heading: str) -> frozenset[int] | None:
    """The months of the part of the year a heading names (下半年: 7-12; 第二、三季度: 4-9)."""
    m = _HEADING_PART.search(heading)
    if m is None:
        return None
    if m.group(1):
        return frozenset(range(1, 7) if m.group(1) == "上半年" else range(7, 13))
    quarters = [_QUARTERS[c] for c in m.group(2) if c in _QUARTERS]
    return frozenset(3 * q - k for q in quarters for k in range(3)) or None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def count_of(word: str) -> int | None:
    """4, 三, 十二, 二十: a small count in digits or Chinese numerals."""
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("十")
    if "十" not in word:
        return _NUMERALS.get(word) if len(word) == 1 else None
    high = _NUMERALS.get(tens, 0) if tens else 1
    low = _NUMERALS.get(units, 0) if units else 0
    return high * 10 + low


def _numeral_year(numerals: str) -> int:
    """二〇一九 → 2019: a year written digit by digit in Chinese numerals."""
    return int("".join(_DIGITS[c] for c in numerals))


def _weeks_on(which: str | None) -> int:
    """How many weeks on from the week told a weekday's word places it: 上周 -1, 下周, 次周,
    隔周 and 翌周 1, 本周 and a bare weekday 0."""
    if not which or which == _WRITING_WEEK:
        return 0
    return -1 if which[0] == "上" else 1


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


Branches = tuple[dict[str, None], dict[str, tuple[str, ...]]]


def _groups(m: re.Match[str], regex_branches: Branches) -> dict[str, str | None]:
    """``m.groupdict()``, reading only the groups of the branch of the regex's alternation that
    matched (``_branch_groups``; the others hold nothing): ``_ZH`` has some 90 groups and a
    date uses a few; the whole dict was a tenth of the time the Chinese dates took."""
    nones, branches = regex_branches
    names = branches.get(m.lastgroup or "")
    if names is None:
        return m.groupdict()
    g = nones.copy()
    for name in names:
        g[name] = m.group(name)
    return g


def _branch_groups(regex: re.Pattern[str]) -> Branches:
    """Every group name of ``regex`` as None, and for each name the names of its branch of the
    regex's top-level alternation (with those outside the alternation, if any). ``lastgroup``,
    the group closed last, lies in the branch that matched. (Worked out once, at import: a
    cache keyed by the regex would hash its compiled code at each call.)"""
    number = {i: name for name, i in regex.groupindex.items()}
    top = _parser.parse(regex.pattern, regex.flags).data
    branches = [b for op, av in top if op is _constants.BRANCH for b in _leaves(av[1])]
    outside = [(op, av) for op, av in top if op is not _constants.BRANCH]
    common = _group_numbers(outside)
    table: dict[str, tuple[str, ...]] = {}
    for branch in branches:
        names = tuple(number[i] for i in sorted(_group_numbers(branch) | common) if i in number)
        table.update(dict.fromkeys(names, names))
    return dict.fromkeys(regex.groupindex), table


def _leaves(branches: list) -> list[list]:
    """The branches of an alternation, with those of a gathered one (``_by_first_character``: a
    test of the first character before an alternation) in its place."""
    found = []
    for branch in branches:
        ops = [op for op, _ in branch]
        if ops and ops[-1] is _constants.BRANCH and all(op is _constants.ASSERT for op in ops[:-1]):
            found += _leaves(branch[-1][1][1])
        else:
            found.append(list(branch))
    return found


def _group_numbers(node: object) -> set[int]:
    """The numbers of the capturing groups anywhere in a parsed regex's ``node``."""
    found: set[int] = set()
    if isinstance(node, _parser.SubPattern):
        node = node.data
    if isinstance(node, (list, tuple)):
        if len(node) == 2 and node[0] is _constants.SUBPATTERN and node[1][0] is not None:
            found.add(node[1][0])
        for item in node:
            found |= _group_numbers(item)
    return found


_ZH_BRANCHES = _branch_groups(_ZH)


def _zh(m: re.Match[str], r: _Resolver) -> tuple[date | None, str]:
    g = _groups(m, _ZH_BRANCHES)
    if g["ymdn"]:
        return _safe(int(g["y14"]), int(g["m14"]), int(g["d14"])), "day"
    if g["rocn"]:
        return _safe(int(g["ry4"]) + _ROC, int(g["rm4"]), int(g["rd4"])), "day"
    if g["mdn"]:
        return r.near_year(int(g["m15"]), int(g["d15"])), "day"
    if g["mdd"]:
        return r.near_year(int(g["m22"]), int(g["d22"])), "day"
    if g["cmp"]:
        return r.near_year(count_of(g["cm2"] or g["cm4"]) or 0, 1), "month"
    if g["cym"]:
        return _safe(_numeral_year(g["cy2"]), count_of(g["cm3"]) or 0, 1), "month"
    if g["roc"] or g["rocy"] or g["cmd"]:
        return _zh_other_calendar(g, r)
    if g["ymd"]:
        return _safe(int(g["y1"]), int(g["m1"]), int(g["d1"])), "day"
    if g["ym"]:
        return _safe(int(g["y2"]), int(g["m2"]), 1), "month"
    if g["yend"]:
        return _safe(int(g["y3"]), 12 if g["yp"] in "底末" else 1, 1), "month"
    if g["rocyp"]:
        year, part = int(g["ry5"]) + _ROC, g["rp5"]
        if not part:  # 113 年，…: only opening its clause (执政 113 年，… is a count)
            before = r.text[max(0, m.start() - 3) : m.start()].rstrip(" ")
            opens = m.start() == 0 or not before or before.endswith(_CLAUSE_MARKS)
            return (_safe(year, 1, 1) if opens else None), "year"
        return _safe(year, 12 if part in "底末" else 1, 1), "month"
    if g["rend"]:
        year = r.relative(g["ry3"])
        return ((year[0].replace(month=12 if g["rp"] in "底末" else 1) if year else None),
                "month")  # fmt: skip
    if g["yr"]:
        return _safe(int(g["y4"]), 1, 1), "year"
    if g["ago"]:
        return r.years_ago(g["n9"], same_day=bool(g["agoday"]))
    if g["ybare"]:
        return r.bare_year_part(g["yp5"]), "month"
    if g["ymid"]:
        return r.season_year(None), "year"
    if g["season"]:  # a bare season in news (这个冬季，…) names no act's time, nor one
        bare_in_news = r.genre != NARRATIVE and not g["sr"]  # looked ahead to (展望第四季，…)
        ahead = _OUTLOOK_BEFORE.search(r.text, max(0, m.start() - 4), m.start()) is not None
        return (None if bare_in_news or ahead else r.season_year(g["sr"])), "year"
    if g["rym"]:
        year = r.relative(g["ry"])
        if year is None:
            return None, "day"
        day = _safe(year[0].year, int(g["m8"]), int(g["d8"] or 1))
        return day, "day" if g["d8"] else "month"
    if g["yy"]:
        year = 2000 + int(g["y21"])
        if r.doc_date is None or year > r.doc_date.year:
            return None, "day"
        return _safe(year, int(g["m21"]), int(g["d21"] or 1)), "day" if g["d21"] else "month"
    if g["md"]:
        first = r.near_year(int(g["m5"]), int(g["d5"]))
        year = r.same_year(m.start())
        if year is not None and not g["dl"]:
            return _safe(year, int(g["m5"]), int(g["d5"])), "day"
        if g["dl"]:  # 5、6 日: a span of days
            return _day_span(r, m.start(), first, int(re.sub(r"\D", "", g["dl"])))
        return first, "day"
    if g["dspan"]:
        return _day_span(r, m.start(), r.day_only(int(g["d18"])), int(g["d19"]))
    if g["halfm"]:
        later = r.days_later("15", "天")
        return (later.replace(day=1) if later else None), "month"
    if g["mspan"]:
        return (r.near_year(int(g["m20"]), 1) if 1 <= int(g["m20"]) <= 12 else None), "month"
    if g["mp"]:
        day = r.near_year(int(g["m6"]), 1) if 1 <= int(g["m6"]) <= 12 else None
        year = r.same_year(m.start())
        if year is not None and day is not None:
            day = day.replace(year=year)
        return day, "month"
    if g["d"]:
        return r.weekday_day(m.start(), int(g["d7"])) or r.day_only(int(g["d7"])), "day"
    if g["next"]:
        return r.next_day(
            m.end(),
            ended=_ENDED_BEFORE.search(r.text, max(0, m.start() - 3), m.start()) is not None,
        ), "day"
    if g["prev"]:  # after a span of days, the eve of its first (a day inside it is no eve)
        first = r.first_day_told()
        return (first - timedelta(days=1) if first else None), "day"
    if g["homed"]:
        return r.journey_end(), "day"
    if g["firstd"]:
        return r.first_day_told(), "day"
    if g["arrnext"]:
        first = r.first_day_told()
        return (first + timedelta(days=1) if first else None), "day"
    if g["arrprev"]:
        first = r.first_day_told()
        return (first - timedelta(days=1) if first else None), "day"
    if g["actprev"]:
        return _beside_act(m, r, "act", -1), "day"
    if g["actprevn"]:
        back = count_of(g["n25"])
        return (_beside_act(m, r, "act3", -back) if back else None), "day"
    if g["actnext"]:
        return _beside_act(m, r, "act2", 1), "day"
    if g["later"]:
        return _days_on(m, r)
    if g["thenn"]:
        unit = "天" if g["u13"] in "天日" else "周"
        if g["w13"] != "此前":
            return r.count_on(g["n13"], unit)
        return r.days_later(g["n13"], unit, back=True), "day"
    if g["anniv"]:
        day = _anniversary(m, r, int(g["an"]))
        if day is None or not g["anneve"]:
            return day, "day"
        # 纪念日前夕: the days before it, whose day is not told: a broadcast's own day when it
        # is told within a week of it, else the month of the day before (as 春节前夕, review-zh36)
        eve, doc = day - timedelta(days=1), r.doc_date
        if r.genre == NEWS and (doc is None or abs((doc - day).days) <= _BROADCAST_WEEK):
            return None, "day"
        return eve.replace(day=1), "month"
    if g["lunar"]:
        return _lunar(m, r, g)
    if g["fest"]:
        return _festival(r, g["fname"], g["fw"])
    if g["aftern"]:
        if g["u24"].endswith("月"):  # 召回大使后一个多月: the month after the one told
            months = count_of(g["n24"])
            return (r.told_month(months) if months else None), "month"
        return r.count_on(g["n24"], "天" if g["u24"] == "天" else "周")
    if g["gap"]:
        return _gap_back(m, r, g["n23"]), "day"
    if g["daysago"]:
        back = count_of(g["n14"])
        back = back * (1 if g["u14"] == "天" else 7) if back else None
        return (r.last_day - timedelta(days=back) if r.last_day and back else None), "day"
    if g["nextmd"]:
        if g["mw"] == _WRITING_MONTH:
            return r.day_of_writing_month(int(g["d12"])), "day"
        return r.day_of_told_month(1 if g["mw"][0] in "次翌隔" else -1, int(g["d12"])), "day"
    if g["samem"] or g["nextm"]:
        return r.told_month(1 if g["nextm"] else 0), "month"
    if g["laterm"]:  # 两个月后, 两个月前: the month so many months on (back)
        months = count_of(g["n11"])
        months = -months if months and g["back11"] == "前" else months
        return (r.told_month(months) if months else None), "month"
    if g["nth"]:
        n = count_of(g["n21"])
        return (r.nth_day(n) if n else None), "day"
    if g["nyend"]:
        year = r.next_year(None, None, ahead=-1 if g["nyw"][0] in "前上" else 1)[0]
        return (year.replace(month=12 if g["nyp"] in "底末" else 1) if year else None), "month"
    if g["nexty"]:
        return r.next_year(g["m10"], g["d10"])
    if g["prevy"]:
        return r.next_year(g["m16"], g["d16"], ahead=-1)
    if g["yearsl"]:
        years = count_of(g["n17"])
        return r.next_year(g["m17"], g["d17"], ahead=years) if years else (None, "year")
    if g["nextw"]:
        return (r.last_day + timedelta(days=7)).replace(day=1) if r.last_day else None, "month"
    if g["pyear"]:
        return _bracketed_year(g)
    if g["pday"]:
        return r.bracketed_day(g["pw"], int(g["pd"])), "day"
    if g["pmon"]:
        month = int(g["pm"])
        if not 1 <= month <= 12:
            return None, "day"
        if g["pmd"]:
            return r.near_year(month, int(g["pmd"])), "day"
        return r.near_year(month, 1), "month"
    if g["wk"]:
        return r.weekday(g["wr"], g["wd"])
    told = r.story_month(g["rel"])
    if told is not None:
        return told, "month"
    found = r.relative(g["rel"])
    return (found[0], found[1]) if found else (None, "day")


def _day_span(r: _Resolver, at: int, first: date | None, last: int) -> tuple[date | None, str]:
    """3 月 5、6 日, 20—22 日: a span of days from ``first`` to the day ``last`` of its month,
    dated in a narrative by its month as 20 日至 22 日 is (its last day the one 次日 counts
    from), in news by its first day."""
    if first is None or r.genre != NARRATIVE:
        return first, "day"
    r.end_span(first, last, at)
    return first.replace(day=1), "month"


def _around(day: date, precision: str) -> tuple[date, str]:
    """About a time (3 月 5 日前后, 年底前后): one step vaguer, as it may lie on either side of
    it (年底前后 may be November or January: its year)."""
    if precision == "day":
        return day.replace(day=1), "month"
    if precision == "month":
        return day.replace(month=1, day=1), "year"
    return day, precision


def _beside_act(m: re.Match[str], r: _Resolver, group: str, days: int) -> date | None:
    """The day ``days`` from the act ``m`` names in ``group`` (峰会前一天: -1, 会谈次日: 1), when
    the text named that act after the last day it named (18 日举行峰会。峰会前一天; 25 日同奥巴马
    会谈。会谈次日): the act took place that day."""
    if r.last_day is None or r.last_day_at < 0:
        return None
    act = m.group(group)
    told = r.text.find(act, _sentence_of_last_day(r), m.start() - len(act))
    # An eve counts back from the act's first day (12 月 9 日至 10 日…峰會。峰會前一天: the 8th),
    # a morrow on from its last (峰會次日: the 11th).
    base = r.first_day_told() if days < 0 else r.last_day
    return base + timedelta(days=days) if told >= 0 and base is not None else None


def _sentence_of_last_day(r: _Resolver) -> int:
    """Where the sentence that named the last day begins: the act may be named there before
    its day (论坛部长级会议于 1 月 8 日开幕…。会议前一日, 峰会 18 日举行。峰会次日)."""
    return r.text.rfind("。", 0, r.last_day_at) + 1


def _days_on(m: re.Match[str], r: _Resolver) -> tuple[date | None, str]:
    """三天后, 5 日后: so many days after the last day named (``count_on``); but 自 15 日后 is
    the 15th on (自 and 从 make the number a day of the month)."""
    count, unit = m["n"], m["unit"]
    if unit == "日" and _FROM_BEFORE.search(r.text, max(0, m.start() - 2), m.start()):
        return (r.day_only(int(count)) if count.isdigit() else None), "day"
    return r.count_on(count, "天" if unit == "日" else unit)


_BROADCAST_WEEK = 7  # days: a news text written within them tells its own 春节前夕


def _anniversary(m: re.Match[str], r: _Resolver, years: int) -> date | None:
    """中法建交 50 周年纪念日: the day the state the compound names set up relations with the PRC,
    ``years`` on (the two-character form first: 中印尼 is Indonesia, not India)."""
    for width in (2, 1):
        if r.text[m.start() - width - 1 : m.start() - width] != "中":
            continue
        first = relations_established(r.text[m.start() - width : m.start()])
        if first is not None:
            return _safe(first.year + years, first.month, first.day)
    return None


def _lunar(m: re.Match[str], r: _Resolver, g: dict[str, str | None]) -> tuple[date | None, str]:
    """除夕 (the day before the lunar new year), 春节当天, 正月初五 (so many days into it); 春节
    前夕 at month precision. Right after a day named (2 月 9 日除夕当天) it names that day again."""
    last = r.last
    if last is not None and not r.text[last.end : m.start()].strip():
        return last.day, last.precision
    vague = bool(g["lunareve1"]) or g["lunarw"] == "前夕"
    offset = count_of(g["lunard"]) - 1 if g["lunard"] else 0 if g["lunarw"] else -1
    offset -= 1 if g["lunareve1"] else 0
    day = r.lunar_day(offset)
    if day is None or not vague:
        return day, "day"
    # A broadcast's 春节前夕 is its own day (习近平春节前夕看望…), not one to read off the calendar.
    doc, festival = r.doc_date, spring_festival(day.year + 1)
    if r.genre == NEWS and (
        doc is None
        or (doc - day).days <= _BROADCAST_WEEK
        or (festival is not None and (festival - doc).days <= _BROADCAST_WEEK)
    ):
        return None, "day"
    return day.replace(day=1), "month"


#: The fixed day (month, day) of a festival; 元宵 is the lunar year's fifteenth day (None).
_FESTIVALS = {"圣诞": (12, 25), "耶诞": (12, 25), "平安夜": (12, 24), "元旦": (1, 1), "元宵": None}
#: Days from the festival's own that the word after it names.
_FESTIVAL_WORDS = {"次日": 1, "翌日": 1, "隔天": 1, "隔日": 1, "前一天": -1, "前一日": -1}


def _festival(r: _Resolver, name: str, word: str) -> tuple[date | None, str]:
    """圣诞节次日, 元旦当天, 元宵节前夕: the festival's day in the year a bare day would be read
    in (``near_year``), moved by the word after it; 前夕 and 期间 its month, and in news
    written within a week of the festival no date (a broadcast's 元旦前夕 is its own day)."""
    fixed = _FESTIVALS[name.rstrip("节")]
    day = r.lunar_day(14) if fixed is None else r.near_year(*fixed)
    if day is None:
        return None, "day"
    if word in ("前夕", "期间"):
        doc = r.doc_date
        if r.genre == NEWS and (doc is None or _festival_near(doc, fixed)):
            return None, "day"
        day -= timedelta(days=1 if word == "前夕" else 0)
        return day.replace(day=1), "month"
    return day + timedelta(days=_FESTIVAL_WORDS.get(word, 0)), "day"


def _festival_near(doc: date, fixed: tuple[int, int] | None) -> bool:
    """Does the festival fall within a week of ``doc``, before or after it?"""
    for year in (doc.year - 1, doc.year, doc.year + 1):
        if fixed is None:
            first = spring_festival(year)
            day = first + timedelta(days=14) if first else None
        else:
            day = _safe(year, *fixed)
        if day is not None and abs((doc - day).days) <= _BROADCAST_WEEK:
            return True
    return False


#: 距 (距离) opening the clause of a 仅九天: the clause's act lay that many days before.
_GAP_FROM = re.compile(r"距[^，,。；;：:]{1,40}$")


def _gap_back(m: re.Match[str], r: _Resolver, count: str) -> date | None:
    """距…断交仅九天: so many days before the last day named, the day of the act the 距 clause
    names (it dates that clause only: ``mention`` marks it anterior); None without 距 (仅三天时间
    is no date)."""
    n = count_of(count)
    if (
        not n
        or r.last_day is None
        or not _GAP_FROM.search(r.text, max(0, m.start() - 44), m.start())
    ):
        return None
    return r.last_day - timedelta(days=n)


def _bracketed_year(g: dict[str, str]) -> tuple[date | None, str]:
    """去（2021）年 11 月 16 日, 今（112）年: the year in brackets (Taiwan's calendar when it has
    three digits or fewer), at the precision given."""
    year = int(g["py"])
    year += _ROC if year < 1000 else 0
    if not g["pym"]:
        return _safe(year, 1, 1), "year"
    return _safe(year, int(g["pym"]), int(g["pyd"] or 1)), "day" if g["pyd"] else "month"


def _zh_other_calendar(g: dict[str, str], r: _Resolver) -> tuple[date | None, str]:
    """Dates in Taiwan's calendar (110 年 11 月 16 日) or in Chinese numerals (十一月十六日)."""
    if g["rocy"]:
        return _safe(int(g["ry2"]) + _ROC, 1, 1), "year"
    if g["roc"]:
        year, month = int(g["ry1"] or g["ry0"]) + _ROC, int(g["rm"])
        return _safe(year, month, int(g["rd"] or 1)), "day" if g["rd"] else "month"
    month, day = count_of(g["cm"]), count_of(g["cd"])
    if month is None or day is None:
        return None, "day"
    if g["cy"]:
        return _safe(_numeral_year(g["cy"]), month, day), "day"
    return r.near_year(month, day), "day"


def _en(m: re.Match[str], r: _Resolver) -> tuple[date | None, str]:
    g = m.groupdict()
    if g["mdy"] or g["dmy"]:
        month = _MONTHS[g["em1"] or g["em2"]]
        day, year = int(g["ed1"] or g["ed2"]), g["ey1"] or g["ey2"]
        return (_safe(int(year), month, day) if year else r.near_year(month, day)), "day"
    if g["emon"]:
        month = _MONTHS[g["em3"]]
        return (_safe(int(g["ey3"]), month, 1) if g["ey3"] else r.near_year(month, 1)), "month"
    if g["ewd"]:
        if r.doc_date is None:
            return None, "day"
        back = (r.doc_date.weekday() - _WEEKDAYS.index(g["wd"])) % 7
        return r.doc_date - timedelta(days=back), "day"
    if g["eyr"]:
        return date(int(g["ey4"]), 1, 1), "year"
    found = r.relative(g["erel"])
    return (found[0], found[1]) if found else (None, "day")


def find_dates(text: str, doc_date: date | None, english: bool = False,
               genre: str = NEWS) -> list[DateMention]:  # fmt: skip
    """Every date expression in ``text`` (folded), resolved against ``doc_date``.

    >>> [(m.day.isoformat(), m.precision) for m in find_dates("12月31日", date(2022, 1, 2))]
    [('2021-12-31', 'day')]
    >>> [m.span for m in find_dates("须在2月9日前答复", date(2022, 1, 30))]
    [True]
    """
    resolver = _Resolver(doc_date, genre, text=text)
    regex, resolve = (_EN, _en) if english else (_ZH, _zh)
    return [d for m in regex.finditer(text) if (d := resolver.mention(m, resolve, english))]


def resolve_dates(coding: Coding) -> None:
    """Fill ``coding.genre``, ``coding.dates`` and ``coding.sentence_dates`` (the date each
    sentence carries).

    The Chinese expression is read over each Chinese sentence in document order (the dates
    named so far resolve later ones), never across two (a heading "2023 年" does not swallow
    the "2 月 16 日" that opens the next line); English sentences are read by ``en_dates``.
    """
    sentences = coding.sentences
    coding.genre = document_genre(coding.document)
    starts = [s.start for s in sentences]
    published = coding.document.published
    resolver = _Resolver(published, coding.genre, None if published else infer_anchor(coding.norm),
                         coding.norm)  # fmt: skip
    per_sentence: list[list[DateMention]] = [[] for _ in sentences]
    for s in sentences:
        if s.cjk:
            heading = is_headline(coding.norm, s)
            resolver.start_sentence(s.start, s.end, heading)
            month = _MONTH_HEADING.fullmatch(coding.norm, s.start, s.end) if heading else None
            if month and (found := resolver.heading_month(s.start, s.end, count_of(month[1]) or 0)):
                per_sentence[s.index].append(found)
            for m in _ZH.finditer(coding.norm, s.start, s.end):
                found = resolver.mention(m, _zh, False)
                if found is not None:
                    per_sentence[s.index].append(found)
    _english_dates(coding, per_sentence, starts)
    coding.dates = [d for found in per_sentence for d in found]
    coding.sentence_dates = _frames(coding, per_sentence)
    if resolver.unresolved:
        coding.counts["dates_unresolved"] += resolver.unresolved


#: Days listed before the one a date expression ends with (28、29日两天, 18、19日连续…).
_DAY_LIST = re.compile(r"(\d{1,2})(?:、\d{1,2})*、$")


def _first_of_a_day_list(before: str, day: date) -> date:
    """28、29日两天，普京与…举行会谈: a list of days is dated by its first, as a range is (the
    guidelines); the expression matched is only the last day, with the list's earlier days
    right before it."""
    listed = _DAY_LIST.search(before)
    if listed is None:
        return day
    first = int(listed[1])
    return day.replace(day=first) if 1 <= first < day.day else day


#: How far into its sentence a day may stand and still lead what follows (当地时间16日，…;
#: 国家主席习近平10月15日同…), a broadcast's "央视网消息(新闻联播)：" included.
_LEAD_WITHIN = 40
_ONE_STORY = frozenset(("xwlb",))
#: The title of a broadcast's round-up (国际联播快讯, 联播快讯; an untitled item of 2021-22 may
#: be one): its headlines open stories of their own.
_ROUND_UP_TITLE = re.compile(r"快讯|^$")


def _frames(coding: Coding, per_sentence: list[list[DateMention]]) -> list[DateMention | None]:
    """The date each sentence carries: its own first usable date, else the last one carried
    before it. News carries only lead days (named near the start of their sentence, not
    昨天-like words); a narrative carries every explicit date, a year heading included. In a
    broadcast item, a later paragraph opening on an occasion of its own goes back to the day of
    the item's top, and a day in the words of a speaker who opens a later paragraph leads
    nothing: each tells another act than the one the next sentences tell."""
    news = coding.genre == NEWS
    today = coding.document.published
    # A broadcast item is one story whatever its paragraphs; other news starts afresh with
    # each paragraph; a narrative carries on.
    one_story = coding.document.kind in _ONE_STORY
    per_paragraph = news and not one_story
    # Any other item's bold sub-headline (多国爆发抗议反对以色列拦截…) may go on with the item's
    # story: a sentence after it whose day is only 当天 (以军当天还称…) is on the day before it.
    sub_story = one_story and not _ROUND_UP_TITLE.search(coding.document.title)
    before_head: DateMention | None = None
    # A day told as history that leads the sentences after it, and the day carried before it.
    history: DateMention | None = None
    before_history: DateMention | None = None
    carried: list[DateMention | None] = []
    # An item that goes on from the one before (欢迎仪式后，…) starts on that item's lead day.
    lead = coding.document.lead
    last: DateMention | None = DateMention(0, 0, lead, "day") if news and lead else None
    paragraph = -1
    headlines: list[int] = []
    # The day told at the top of the item (or of a round-up's story): its first paragraph's.
    top, top_paragraph = last, -1
    words = len(coding.norm)
    for s, found in zip(coding.sentences, per_sentence, strict=True):
        opens = s.paragraph != paragraph
        if per_paragraph and opens:
            last = None
        if opens:  # where the words of a speaker opening the paragraph start, if it does
            said = _SPEAKER_OPENS.match(coding.norm, s.start) if one_story else None
            words = said.end() if said else len(coding.norm)
        paragraph = s.paragraph
        heading = news and is_headline(coding.norm, s)
        if heading:  # a round-up's next story
            headlines.append(s.index)
            before_head, last = last if sub_story else None, None
            top, top_paragraph = None, -1
        elif top_paragraph < 0:
            top_paragraph = s.paragraph
        if (news and last is not None and today is not None and last.day != today
                and not _NARRATED.match(coding.norm, s.start)):  # fmt: skip
            _speech_time(coding, found, last.day, today, s.start)
        # 今天 or 明天 said later in the item leads nothing: the item's own day does.
        own = next((d for d in found if _carries(d, s.start, news, today, coding.norm)
                    and not (d.relative and last is not None)
                    and not (d.start >= words and s.paragraph != top_paragraph)), None)  # fmt: skip
        if news and own is None and last is None and _THAT_DAY.search(coding.norm, s.start, s.end):
            if before_head is not None:
                last = before_head
            else:
                headlines.append(s.index)  # 当天下午，李强结束…: the day the item names next
        before_head = before_head if heading else None  # (only right after the sub-headline)
        if one_story and opens and own is None and s.paragraph != top_paragraph:
            if _NEW_OCCASION.match(coding.norm, s.start):
                last = top  # 在中国驻斯洛文尼亚使馆…举办的新春招待会上，…: not the last story's day
            if _RECENT_OPENS.match(coding.norm, s.start):
                last = None  # 中国驻基里巴斯使馆近日也举行招待会。…: the broadcast's day, as 近日's
        if news and own is not None and told_as_history(own, today):
            before_history = last if history is None else before_history
            history = own  # 1921年7月1日，中国共产党诞生: a recalled story, told on…
        elif own is not None:
            history = None
        elif history is not None and (_BACK_TO_TODAY.match(coding.norm, s.start)
                                      or _SPEAKER_OPENS.match(coding.norm, s.start)):  # fmt: skip
            last, history = before_history, None  # …until 我谨…祝贺, 目前，…: the day's again
        last = own or last
        if s.paragraph == top_paragraph:
            top = last
        carried.append(last)
    heads = set(headlines)
    for h in headlines:  # a headline tells its story's act on the day its lead gives
        carried[h] = _story_day(carried, h, heads)
    return carried


#: How long before the document's date a lead's day or month ends to be told as history.
_HISTORY_DAYS = 366


def told_as_history(d: DateMention, today: date | None) -> bool:
    """Is a news sentence's lead day (or month) over a year before the document's date
    (1921年7月1日，中国共产党诞生; 2013年3月，…首次提出…)? It opens a recalled story: the
    narrator's next sentences go on with it (土耳其随后召回…), until one returns to the day."""
    if today is None or d.precision not in ("day", "month"):
        return False
    end = d.day if d.precision == "day" else _add_months(d.day, 1) - timedelta(days=1)
    return (today - end).days > _HISTORY_DAYS


#: A sentence that leaves a recalled story for the day's own words and acts: a speaker
#: opening (通伦表示，), the first person of a message or speech (我谨对…表示热烈祝贺; not 我国,
#: 我军, 我驻…, the broadcast's voice), or the present (目前，…; 当前，…).
_BACK_TO_TODAY = re.compile(
    r"\s*[“「]?(?:目前|当前|如今|现在|眼下|今天|我们|我(?![国军方省市区县驻部院校队舰]))"
)


#: A paragraph that opens on an occasion of its own, a place and its hosts (在中国驻斯洛文尼亚
#: 使馆和…孔子学院共同举办的新春招待会上，; 中国驻柬埔寨大使馆举办的国庆招待会上，): in a
#: round-up of such events it tells another one, whose day is not the one an earlier paragraph
#: told for its own event (21日，中国常驻联合国代表团…); it takes the item's top day, else the
#: broadcast's.
_NEW_OCCASION = re.compile(
    r"\s*在?[^，,。；;：:“”]{2,60}?(?:举办|举行|主办)的[^，,。；;：:]{0,24}?上[，,]"
)
#: A later paragraph whose first clause tells its act 近日 or 日前 (中国驻基里巴斯大使馆近日也
#: 举行招待会): another act of no day told, whose next sentences are not on the day an earlier
#: paragraph named (coder-dates25 left it; coder-zh126). Not 近日 dating a thing (近日遭到的).
_RECENT_OPENS = re.compile(r"[^，,。；;：:]{0,30}?(?:近日|日前)(?![^，,。；;：:的]*的)")


#: A paragraph that opens on a speaker's words (李强表示，…; 赵乐际说，…): a day they name
#: (习近平主席昨天（9月9日）同首相先生会晤) recalls another act; it dates its own sentence only,
#: not the words that follow, said on the day of the talks.
_SPEAKER_OPENS = re.compile(r"[^，,。；;：:“”]{1,24}?(?:表示|说|指出|强调)[，,：:]")


def _story_day(
    carried: list[DateMention | None], h: int, headlines: set[int]
) -> DateMention | None:
    """The first day carried after headline ``h`` in its own story, up to the next headline of
    a round-up (a story told 日前 has no day of its own, not the next story's)."""
    for i in range(h + 1, len(carried)):
        if i in headlines:
            return None
        if carried[i] is not None:
            return carried[i]
    return None


#: A headline: a short line with no full stop (魁北克枪击案 凶手被控多项谋杀罪).
_HEADLINE_LONGEST = 40


def is_headline(norm: str, s: Sentence) -> bool:
    r"""Is the sentence a line of its own, short, and without a full stop?

    >>> from dipwatch.coder.doc import Sentence
    >>> text = "魁北克枪击案 凶手被控多项谋杀罪\n加拿大警方30日确定凶手。"
    >>> [is_headline(text, Sentence(0, a, b, 0, True)) for a, b in ((0, 16), (17, 29))]
    [True, False]
    """
    known = s.headline  # asked of every sentence by several components: worked out once
    if known is None:
        end = min(s.end, len(norm))
        known = s.headline = (
            0 < end - s.start <= _HEADLINE_LONGEST
            and norm[end - 1] not in "。!?;.:"
            and (s.end >= len(norm) or norm[s.end] == "\n")
            and (s.start == 0 or norm[s.start - 1] == "\n")
        )
    return known


#: A sentence the narrator attributes to a source (另据叙利亚媒体报道，以军今天空袭了…) is told
#: in the broadcast's voice: its 今天 is the broadcast's day, not the day of the item's lead.
_NARRATED = re.compile(r"\s*(?:另|此外，|此外,)?据[^。，,；;]{1,24}?(?:报道|消息|援引)")


def _spoken(norm: str, speech: re.Pattern[str] | None, start: int, at: int) -> bool:
    """Is ``at`` inside speech: after a speech verb and its comma or colon (习近平指出，今天…),
    or after an opening quote, in the sentence from ``start``?"""
    if _QUOTE_OPENS.search(norm, start, at):
        return True
    found = speech.finditer(norm, start, at) if speech is not None else ()
    return any(norm[m.end() : m.end() + 1] in _SPEECH_MARKS for m in found)


_QUOTE_OPENS = re.compile(r"[“「\"]")
_SPEECH_MARKS = frozenset(",，:：")


#: After a relative day: the narrator reports (乌克兰方面今天称): the day is the broadcast's.
_REPORTED = re.compile(r"\s*(?:[上下]午|晚间|凌晨)?\s*(?:称|表示|宣布|说|发布|报道|发表)")


def _speech_time(
    coding: Coding, found: list[DateMention], lead: date, today: date, start: int
) -> None:
    """今天 said by the people of an item whose lead is another day (习近平5日会见…; …今天双方
    发表联合声明) is the day they spoke, the lead's: relative days move with it. Not in a
    sentence the narrator dates by the broadcast (真主党武装今天称，该武装今天清晨…袭击了…): its
    other 今天 are the broadcast's too; nor one the narrator tells before any speech (胡塞武装
    政治局今天指责…, the sentence starting at ``start``)."""
    norm, speech = coding.norm, coding.reference.actors.speech_verbs
    if any(d.relative and _REPORTED.match(norm, d.end) for d in found):
        return
    for d in found:
        if (d.relative and d.precision == "day" and not _REPORTED.match(norm, d.end)
                and not norm.startswith(("(", "（"), d.end)
                and _spoken(norm, speech, start, d.start)):  # fmt: skip
            # (记者从今天（7月29日）的…上获悉: the date in brackets tells which day it is)
            d.day = lead + (d.day - today)
            d.after = d.day > today


#: "That day" with nothing before it to refer to: an item that opens on it (当天下午，…) tells
#: of the day it names next.
_THAT_DAY = re.compile(r"当天|当日|同日(?![方本])")  # (同日方: "with Japan")
#: Local time (于墨西哥当地时间23日在…发表致辞): the day of the act its clause tells, however
#: far into the sentence it stands.
_LOCAL_TIME = "当地时间"


#: Openers of a news sentence that recalls an earlier act: its day is its own, not the item's.
_RECALLED = ("此前", "早前", "此前的")
#: A sentence that opens by saying what the act told before is (这是…以来首次…, 这也是…):
#: a comment on that act, not another one; the day it names (这是1月20日特朗普再次入主白宫后
#: 美军首次…) is what the act is measured against, and leads no later sentence.
RESTATED = re.compile(r"(?:这|此|这也|此次|这次|此举|这已)是")


def _carries(d: DateMention, start: int, news: bool, today: date | None, norm: str) -> bool:
    if d.span or d.attributive or (d.after and (news or not d.marked)):
        return False
    if not news and background_day(norm, d):
        return False
    if not news:
        return True
    if norm.startswith(_RECALLED, start) or RESTATED.match(norm, start):
        return False  # 此前，美国防长于9日访问了拉脱维亚: a recalled day leads no later act
    if (d.precision == "month" and d.start == start and norm[d.start].isdigit()
            and norm.startswith(_MONTH_LEAD, d.end)):  # fmt: skip
        return not d.relative  # 5月，…; 6月，…: a review of the year moves on to that month
    invited = _INVITATION.match(norm, start, d.start)
    opened = invited.end() if invited else start
    lead = d.start - opened <= _LEAD_WITHIN or norm.endswith(_LOCAL_TIME, 0, d.start)
    return d.precision == "day" and lead and (not d.relative or d.day == today)


#: An invitation clause opening the lead (应吉尔吉斯斯坦议长图尔贡别克乌鲁邀请，全国人大常委会
#: 委员长赵乐际23日至24日…访问): a frame before the subject, however long the inviter's name;
#: the day after it still leads what follows.
_INVITATION = re.compile(r"[^。，,]{0,14}?应[^，,。；;]{1,40}?邀请[，,]")


_MONTH_LEAD = ("，", ",")  # a month that opens its sentence alone, before a comma


def _english_dates(
    coding: Coding, per_sentence: list[list[DateMention]], starts: list[int]
) -> None:
    """English sentences: their expressions with roles (``en_dates``) in ``coding.timexes``;
    those with a day (an act's or a plan's) also among the sentence's dates."""
    spans = [(s.start, s.end) for s in coding.sentences if not s.cjk]
    if not spans:
        return
    spans = en_dates.story_spans(coding.norm, spans)
    coding.timexes = en_dates.find_timexes(coding.norm, spans, coding.document.published)
    for t in coding.timexes:
        if t.day is not None:
            i = bisect.bisect_right(starts, t.start) - 1
            per_sentence[i].append(DateMention(t.start, t.end, t.day, t.precision))


_YEAR_NAMED = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年|\b(?:[Ii]n|[Ss]ince|[Bb]y)\s+((?:19|20)\d\d)\b"
)


def infer_anchor(text: str, today: date | None = None) -> date | None:
    """For a document with no date of its own (a report chapter, say): the last day of the
    latest year it names, so that its bare "11 月 16 日" falls in the year it writes about.

    >>> infer_anchor("2021 年 5 月 4 日……2021 年底美中關係")
    datetime.date(2021, 12, 31)
    """
    limit = (today or date.today()).year
    years = [int(m.group(1) or m.group(2)) for m in _YEAR_NAMED.finditer(text)]
    named = [y for y in years if y <= limit]
    return date(max(named), 12, 31) if named else None
