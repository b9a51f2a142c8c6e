"""Which date an event gets, for the ``provenance`` component.

The nearest date expression of the event's own sentence (one after the trigger counting
double, since Chinese and English readouts name the date first), leaving out:

- dates that bound a span or a deadline (``2019年以来``, ``2月9日前``);
- in news, any date after the document's own: what is planned is dated the day it is
  announced (将于6月13日至20日访问: the intent, on the broadcast's day), and ``2030年亚运会`` is
  no date of the act; in a narrative, a date to come unless the text marks it so;
- a bare year of the document's own year (its day says more), a year that is only the start
  of a span (2019年以来), or an old year told after the act in another clause (习近平在贺电中
  指出，1961年…: history a message recalls; but 2014年，习近平访问澳大利亚 is dated 2014);
- a time right after an actor named after the trigger (赞赏西班牙去年下半年担任…: when that
  actor did something else), or told in a later clause than the trigger (宣布同台湾断交，并于
  21 日同中国建交: the date of the clause's own act);
- for an intent (a rule's ``future`` code), a date marked as to come: 表示将于 7 月访问中国 is
  told on the day it is said, not in July.

A sentence with none takes the day 当天/同日 point back to, else the date it carries
(``Coding.sentence_dates``: the item's lead in news, the last date named in a narrative),
else the document's date. ``Dated.own`` says whether the date came from the sentence itself.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import NamedTuple

from dipwatch.coder import en_dates
from dipwatch.coder.dates import (
    INCIDENT_AFTER,
    INCIDENT_OBJECT_BEFORE,
    background_day,
    count_of,
    is_headline,
    told_as_history,
)
from dipwatch.coder.doc import BY_START, Coding, DateMention, Sentence, starting_in
from dipwatch.coder.genre import NEWS

# After a year these tell a span or a past origin (1961年以来, 自2019年起), not the act's date.
_SINCE = (
    "以来",
    "来",
    "起",
    "至今",
    "迄今",
    "开始",
    "建交",
    "成立",
    "签署的",
    "以前",
    "之前",
    "前",
)
_HISTORY = 3  # a bare year this many years before the document's date is background
_CLAUSE = re.compile(r"[,，;；:：。]")
#: Between a trigger told as the subject (两国, 双方, 会谈; 两国外长) and the time it goes on to: only
#: 于 or 在 (中英两国于 13 日签署…, 会谈于 5 日举行). That time is the act's own, nearer than a frame
#: told before the comma (3 月，…; 春季，…), though a character further off.
_RIGHT_AFTER_SUBJECT = re.compile(
    r"(?:元首|领导人|外长|政府|代表团?|总统|总理|首脑)?\s*(?:已经?)?\s*[于在]\s*"
)
#: Words that date a sentence by the last day named before it (not 同日方, 同日本: "with
#: Japan", as in 中方愿同日方一道, which took the 1972 day a message had just recalled).
SAME_DAY = re.compile(r"当天|同日(?![方本])|同一天|当日|同一日|the same day", re.IGNORECASE)
#: Roots of what a speaker says: statements, appeals, demands, disapproval, rejection, threats.
SPOKEN_ROOTS = ("01", "02", "10", "11", "12", "13")
#: In news, words that put an act on no day of the item's lead: 近日 and 日前 are told on the
#: broadcast's day; 近来 and 近期, whose day cannot be told, in its month.
_RECENT = re.compile(r"近日|日前")
_LATELY = re.compile(r"近来|近期|近几周|近几个月|近一段时间")
#: 近期 right after 就, 对 or 关于 opens a topic (就近期地区局势…举行会谈): it dates what the act
#: is about, not the act, once the verb that closes the topic stands before the trigger (an act
#: inside the topic, 对近期…以色列对贝鲁特的袭击, keeps it).
_LATELY_TOPIC = re.compile(r"(?:就|对|关于)$")
#: The verbs that answer a topic (表示谴责, 提出申诉, 达成一致, 举行会谈, 作出回应).
_TOPIC_ANSWERED = re.compile(r"表示|提出|达成|举行|进行|发表|作出|做出")
#: 近日 or 日前 before a 的 in its clause: it dates a thing named (贾拉里30日表示，伊朗…近日遭到的
#: 网络袭击是由美国和以色列发动的), which a speaker's words are about; they keep his day.
_THING_DATED = re.compile(r"(?:近日|日前)[^,;:。的]*的")


class Dated(NamedTuple):
    """An event's date, its precision and whether its own sentence gave it."""

    day: date
    precision: str
    own: bool


def event_date(coding: Coding, sentence: int, start: int, end: int,
               intent: bool = False, said_by: int = -1,
               spoken: bool = False, target: str | None = None) -> Dated | None:  # fmt: skip
    """The date of an event whose trigger is ``[start, end)`` in sentence ``sentence``
    (see the module docstring); None when nothing dates it. ``said_by``: where the doer of an
    act made by saying ends (-1: none); a date in the words said after it and before the
    trigger is what the words tell, not the act's. ``spoken``: the event is what a speaker
    says (a statement, appeal, demand, criticism, accusation, rejection, threat); ``target``:
    the actor code of whom it is aimed at, if known.

    >>> from dipwatch.coder import coding as code
    >>> from dipwatch.models import Document
    >>> c = code(Document("当地时间8日，王毅会见布林肯。双方同意加强合作。",
    ...                   published=date(2023, 2, 9)))
    >>> [(e.code, e.date.isoformat()) for e in c.events]
    [('040', '2023-02-08'), ('030', '2023-02-08')]
    """
    s = coding.sentences[sentence]
    if not s.cjk:  # English: read by its own tagger (datelines, weekdays, tense)
        found = en_dates.event_date(coding, sentence, start)
        return Dated(found[0], found[1], False) if found else None
    dated = _cjk_date(coding, s, start, end, intent, said_by, spoken, target)
    return _counted_back(coding, s, end, dated)


#: An act whose clause closes with so many days after it (俄罗斯暂停空袭乌克兰三天后，再次…):
#: the clause is a frame, the act that many days before the sentence's own day.
_DAYS_AFTER_IT = re.compile(
    r"[^,，;；:：。]{0,12}?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(天|日|周|星期)(?:之|以)?后[,，]"
)


def _counted_back(coding: Coding, s: Sentence, end: int, dated: Dated | None) -> Dated | None:
    """The day of an act framed by a count of days after it, counted back from the day the
    sentence tells or carries; only when its sentence names no day of its own for it."""
    if dated is None or dated.own or dated.precision != "day":
        return dated
    m = _DAYS_AFTER_IT.match(coding.norm, end, s.end)
    n = count_of(m[1]) if m else None
    if m is None or n is None:
        return dated
    days = n * (1 if m[2] in ("天", "日") else 7)
    return Dated(dated.day - timedelta(days=days), "day", False)


def _cjk_date(coding: Coding, s: Sentence, start: int, end: int, intent: bool, said_by: int,
              spoken: bool, target: str | None) -> Dated | None:  # fmt: skip
    best = _own_date(coding, s, start, end, intent, said_by)
    if spoken and best is not None and _reaction_after_recalled(coding, s, start, best, target):
        # told in the sentence of the act it answers, as its own act (its check needs a date)
        return Dated(coding.document.published, "day", True)
    if best is not None and best.end <= _clause_start(coding, s.start, start):
        recalled = _reaction_to_a_recalled_act(coding, s, start, best.day, own=True)
        if recalled is not None:  # 去年8月6日，乌军突袭…，俄方称乌方此举…
            return recalled
    if best is not None:
        # 巴方1日称，近日在拉法对以军发动伏击: the day told is when they spoke, 近日 the act's.
        lo = _clause_start(coding, best.end, start)
        later = _recent(coding, s, start, lo)
        if later and not (spoken and (_THING_DATED.search(coding.norm, lo, start)
                                      or _recent_in_words(coding, said_by, lo, start))):  # fmt: skip
            return Dated(later.day, later.precision, True)
        return _some_time_after(coding, best, start) or Dated(best.day, best.precision, True)
    topic = _answered_at_once(coding, s, start, end)
    if topic is not None:
        return Dated(topic.day, topic.precision, True)
    if SAME_DAY.search(coding.norm, s.start, s.end):
        before = _last_day_before(coding, s.start)
        if before is not None:
            return Dated(before.day, before.precision, True)
    sequel = _sequel_date(coding, s) or _meeting_day(coding, s) or _at_once_day(coding, s)
    if sequel is not None:
        return Dated(sequel.day, sequel.precision, True)
    published = coding.document.published
    recent = _recent(coding, s, start)
    if recent is not None:
        return recent
    carried = _carried_into(coding, s, end)
    if carried is not None and intent and _plans_own_time(s, carried):
        # 习近平将于今年 5 月赴莫斯科 in a review written that January: the plan is told as it
        # stood on the day of writing, its month being when it is to be carried out
        return Dated(published, "day", False) if published else None
    if spoken and carried and _reaction_after_recalled(coding, s, start, carried, target):
        return Dated(published, "day", False) if published else None
    if carried is not None:
        recalled = _reaction_to_a_recalled_act(coding, s, start, carried.day)
        if recalled is not None:
            return recalled
        back = _answer_to_a_background_act(coding, s, carried)
        if back is not None:
            return Dated(back.day, back.precision, False)
        return Dated(carried.day, carried.precision, _opens_sequel(coding, s, carried))
    return Dated(published, "day", False) if published else None


def _plans_own_time(s: Sentence, carried: DateMention) -> bool:
    """Is the date ``s`` carries its own plan's time: marked as to come, after the document's
    date, and named in ``s`` itself (a narrative carries the last date named)?"""
    return carried.marked and s.start <= carried.start < s.end


#: A speech verb and the mark that opens the words said: a day after it is theirs.
_WORDS_SAID = re.compile(r"(?:说|称|道|表示|指出|强调)[,:]")


def _carried_into(coding: Coding, s: Sentence, end: int) -> DateMention | None:
    """The date sentence ``s`` carries, unless it is a day of its own named in the words said
    after the trigger (希腊国防部门指责说，土耳其战机28日侵入了…: the day of the act the words
    tell, which ``_own_date`` passed over): then the one carried into the sentence. News
    only: a narrative's carried date is the last one named, which it reads otherwise."""
    carried = coding.sentence_dates[s.index]
    if (
        carried is not None
        and coding.genre != NEWS
        and s.start <= carried.start < s.end
        and carried.start >= end
        and _FURTHER_ACT.search(coding.norm, end, carried.start)
    ):
        # …隨後予以強烈譴責，並於 12 月 23 日宣布…: a later clause that opens a further act
        # (并于, 又于) dates that act; the act before it goes on from the date carried into the
        # sentence (not …转往巴基斯坦，12 月 2 日在伊斯兰马巴德…: the journey's day told on)
        return coding.sentence_dates[s.index - 1] if s.index > 0 else None
    if (
        carried is not None
        and coding.genre != NEWS
        and s.start <= carried.start < s.end
        and carried.start >= end
        and FRAME_THEN.match(coding.norm, end)
    ):
        # 華國鋒…5 月 27 日至 6 月 1 日访问日本。访日期间，两国政府 28 日签署…: the visit named as
        # the frame of a later act is the one told before, not an act of that act's day
        return coding.sentence_dates[s.index - 1] if s.index > 0 else None
    if (carried is None or coding.genre != NEWS or not s.start <= carried.start < s.end
            or carried.start < end
            or not _WORDS_SAID.search(coding.norm, end, carried.start)):  # fmt: skip
        return carried
    return coding.sentence_dates[s.index - 1] if s.index > 0 else None


#: The rest of a frame clause after its act (访日期间，): the act is the occasion of the next.
FRAME_THEN = re.compile(r"[^,;:。]{0,3}(?:期间|之际)\s*,")
#: A clause that opens a further act of the doer, its day right after (，并于 12 月 23 日).
_FURTHER_ACT = re.compile(r"[,;]\s*(?:并|又|同时|随后|后)(?:于|在)\s*$")
#: Words that refer back to an act told before (多国批评此举, 指责这一做法) as the object of
#: the sentence's own reaction.
_THE_ACT_BEFORE = re.compile(r"此举|这一做法|这一决定|这一举动|该举动|这一行为")
#: How many days before a news broadcast an act's day makes it a recalled one, not the news.
_RECALLED_DAYS = 7


def _reaction_to_a_recalled_act(coding: Coding, s: Sentence, trigger: int, day: date,
                                own: bool = False) -> Dated | None:  # fmt: skip
    """美英澳9月15日宣布…。多国批评此举…, broadcast a month later: a reaction to an act the
    sentence refers back to (此举), with no day of its own, took the recalled act's day. It
    happened some time after that day, which does not date it, so it keeps that day's month
    (as the dev gold dates 俄方称乌方此举…, after 去年8月6日); an act of a few days before
    (欧盟26日称…。佩斯科夫指责欧盟此举…) keeps its day. ``own``: the day was the sentence's.
    None when the rule does not apply."""
    published = coding.document.published
    if coding.genre != NEWS or published is None or (published - day).days <= _RECALLED_DAYS:
        return None
    clause = _clause_start(coding, s.start, trigger)
    ends = _CLAUSE.search(coding.norm, trigger, s.end)
    if not _THE_ACT_BEFORE.search(coding.norm, clause, ends.start() if ends else s.end):
        return None
    return Dated(day.replace(day=1), "month", own)


#: A sentence answering an act told before it: 对此伊朗外交部反驳说, 俄方回应称, 对袭击予以谴责.
_ANSWERS = re.compile(r"对此|就此|回应称|回应说|反驳说|反驳称|予以谴责|予以强烈谴责")
#: Words that put a reaction at the answered act's time (当晚, 随即), which ``SAME_DAY`` misses.
_AT_ONCE = re.compile(r"当晚|当夜|随即|旋即|立即回应|随后")


def _answer_to_a_background_act(coding: Coding, s: Sentence,
                                carried: DateMention) -> DateMention | None:  # fmt: skip
    """伊朗4号举行演习…。美国财政部3号宣布…制裁。对此伊朗外交部反驳说…: a reaction with no day of
    its own carried the day of the act told right before it, which the story told as background,
    a day or two before the day its lead gives. The reaction is the story's news, on the
    broadcast's day, as the guidelines date a reaction without a day of its own told after a
    recalled act (the xwlb_docs decision of coder-dates20: 俄方回应称，美国指责毫无根据, 对此伊朗外交部
    反驳说), not on the answered act's. An act further back (本月6日，…签署协议。土耳其对此强烈
    不满) is left to ``_reaction_after_recalled``. None when the rule does not apply."""
    norm = coding.norm
    if coding.genre != NEWS or not _ANSWERS.search(norm, s.start, s.end):
        return None
    if _AT_ONCE.search(norm, s.start, s.end):
        return None  # 以军当晚回应称: on the answered act's day, as the sentence says
    if s.index == 0:
        return None
    lead = _lead_day(coding, s.index)
    if lead is None or lead is carried or lead.precision != "day":
        return None
    if carried.start < coding.sentences[s.index - 1].start:
        # carried past a sentence with no day (31日安理会举行会议。伊朗代表在会上表示…。美方代表
        # 对此予以否认: the meeting's day) unless that sentence is a report of the act
        return _told_apart(coding, s, lead, carried)
    if not 0 < (lead.day - carried.day).days <= _BACKGROUND_DAYS:
        return None
    published = coding.document.published
    return DateMention(carried.start, carried.end, published, "day") if published else None


#: How many days before its story's lead an act told as that story's background may be.
_BACKGROUND_DAYS = 2


#: A media report retelling the act (叙利亚媒体报道，美军空袭造成平民伤亡), with no day of its own.
_REPORTED = re.compile(r"媒体报道|媒报道|据报道|报道说|报道称")


def _told_apart(
    coding: Coding, s: Sentence, lead: DateMention, carried: DateMention
) -> DateMention | None:
    """美国国防部27日称，对…发动了空袭。叙利亚媒体报道，美军空袭造成平民伤亡。叙利亚、伊拉克和伊朗
    政府对袭击予以谴责, in a story led by the 28th: the reaction is told apart from the act it
    answers, behind a sentence with no day, and names no time; the act is background before the
    lead. The guidelines date an act with no date of its own on the document's date (the dev
    gold has the broadcast's day), not on the background act's."""
    published = coding.document.published
    if published is None or not 0 < (lead.day - carried.day).days <= _BACKGROUND_DAYS:
        return None
    between = coding.sentences[s.index - 1]
    if (
        s.index < 2
        or carried.start >= coding.sentences[s.index - 2].end
        or not _REPORTED.search(coding.norm, between.start, between.end)
    ):
        return (
            None  # 伊朗代表在会上表示…。美方代表对此予以否认: answers the words said, on their day
        )
    return DateMention(carried.start, carried.end, published, "day")


#: Marks that tell an act as history (曾, 此前, 去年, 已): a reaction told with one belongs to that
#: time (the dev gold: 法德英三国1月14日曾…，遭到伊朗方面强烈反对; 伊朗也已否认…, its month).
_AS_HISTORY = re.compile(r"曾|此前|早前|去年|前年|已")
#: A reaction told in the act's own sentence as what the act brought about (…，引发法国强烈不满).
_BROUGHT_ABOUT = re.compile(r"引发|引起|遭到|招致|激起")
#: How far back before the broadcast an act recalled in a story lies while a reaction told after
#: it is still the story's news; further back the exchange is history, dated by the act's
#: month when the reaction refers back to it (``_reaction_to_a_recalled_act``).
_RECALLED_NEWS_DAYS = 31


def _reaction_after_recalled(coding: Coding, s: Sentence, trigger: int, day: DateMention,
                             target: str | None) -> bool:  # fmt: skip
    """西班牙政府7日宣布…。…意大利政府7月31日决定暂停…。西班牙要求意大利取消边境管控, broadcast on
    8 August: a reaction with no day of its own, told after an act its story recalls with a day
    before the story's lead, took that act's day, which the text does not give it. The
    guidelines date it on the broadcast's day (eval/README.md, the xwlb_docs decision of
    coder-dates20), as they date any act with no day of its own; so one told as what the act
    brought about in the act's sentence (今年4月30日，英国…限制，引发法国强烈不满). Left on the day
    the text ties them to: a reaction that goes on from its story's lead (the lead is the
    story's day), one told with 当天, 随即 or as history (曾, 已), and one aimed at another party
    than the recalled act's doer (墨西哥总统1日称…。欧盟方面称，美国加征关税的做法是错误的: a list of
    answers to the lead's act, the day before it, not an answer to the act told with that day); a
    day told inside the words said (公告称16日将…扣押) is no act's the story recalls."""
    published = coding.document.published
    if coding.genre != NEWS or published is None or target is None or day.precision != "day":
        return False
    if not 0 < (published - day.day).days <= _RECALLED_NEWS_DAYS:
        return False
    norm = coding.norm
    told = coding.sentences[bisect.bisect_right(coding.sentences, day.start, key=BY_START) - 1]
    lo = s.start
    if told.index == s.index:
        lo = _clause_start(coding, day.end, trigger)
        if lo <= day.end or not _BROUGHT_ABOUT.match(norm, lo):
            return False
    elif told.index > s.index:
        return False
    lead = _lead_day(coding, told.index)
    if lead is None or lead.precision != "day" or not day.day < lead.day:
        return False
    clause = _CLAUSE.search(norm, day.end, told.end)
    if _AS_HISTORY.search(norm, told.start, clause.start() if clause else told.end):
        return False
    if _AS_HISTORY.search(norm, lo, trigger) or _AT_ONCE.search(norm, day.end, trigger):
        return False
    # whose the recalled act is: the first party named from the clause its day opens or sits in
    # (美国财政部3号宣布…; 7月31日，意大利政府决定…; 据…报道，以军26日…: not the reporter)
    frm = _clause_start(coding, told.start, day.start)
    # a speech verb before the day in its clause: the day is one the words tell (公告称16日将…扣押)
    says = coding.reference.actors.speech_verbs
    if says is not None and says.search(norm, frm, day.start):
        return False
    hi = lo if told.index == s.index else told.end
    actor = next((m.country for m in starting_in(coding.mentions, frm, hi)
                  if m.country and not m.inert), None)  # fmt: skip
    return actor == target[:3]


def _lead_day(coding: Coding, index: int) -> DateMention | None:
    """The day that leads the story sentence ``index`` is told in, which a reaction after a
    background or recalled act is measured against: the story's lead, else the first day of an
    act it names (both rules, ``_answer_to_a_background_act`` and ``_reaction_after_recalled``,
    read it so)."""
    return _story_lead(coding, index) or _first_day_told(coding, index)


def _first_day_told(coding: Coding, index: int) -> DateMention | None:
    """The first day of an act named in the story before sentence ``index``, when none leads
    it (央视网消息：由于…，西班牙政府7日宣布…: the day stands too far in to lead)."""
    lo = index
    while lo > 0 and not is_headline(coding.norm, coding.sentences[lo - 1]):
        lo -= 1
    if lo == index:
        return None
    days = coding.dates_within(coding.sentences[lo].start, coding.sentences[index].start)
    return next((d for d in days if d.precision == "day" and _dates_an_act(d, True)), None)


def _story_lead(coding: Coding, index: int) -> DateMention | None:
    """The first day carried in the story sentence ``index`` belongs to: since the last
    headline of a round-up before it, else since the item's start."""
    first = None
    for i in range(index - 1, -1, -1):
        if is_headline(coding.norm, coding.sentences[i]):
            break
        first = coding.sentence_dates[i] or first
    return first


def _opens_sequel(coding: Coding, s: Sentence, carried: DateMention) -> bool:
    """Is ``s`` the opening of an item that goes on from the one before (欢迎仪式后，李强同
    黄循财举行会谈), dated by that item's lead day? Its act is the item's own, told with a day
    as a lead is, so that a meeting recalled later in it (今年6月，习近平主席同总理先生…举行会晤)
    is not taken for the first telling and the lead's act dropped as its retelling."""
    lead = coding.document.lead
    return s.index == 0 and lead is not None and carried.end == 0 and carried.day == lead


#: Openers that tell an act as the sequel of the one before (作为回应，伊朗…; 随后，…).
_SEQUEL = re.compile(r"作为回应|作为报复|作为反制|随后|此后|之后|紧接着|接着")


def _sequel_date(coding: Coding, s: Sentence) -> DateMention | None:
    """A sentence that opens as the sequel of the one before and names no date is on that
    sentence's own date (今年6月，以色列…空袭。作为回应，伊朗…: June, not the broadcast's day):
    a recalled exchange stays where its first act is told."""
    if s.index == 0 or not _SEQUEL.match(coding.norm, s.start):
        return None
    before = coding.sentences[s.index - 1]
    news = coding.genre == NEWS
    dates = coding.dates_within(before.start, before.end)
    return next((d for d in dates if _dates_an_act(d, news) and not d.relative), None)


#: A sentence told as said in the meeting the sentence before told (鄧小平在會中表示, 会谈中):
#: the anchor opens it, after its subject at most.
_IN_THE_MEETING = re.compile(
    r"[^,;。]{0,12}?(?:在会中|会中|在会上|会上|会谈中|会晤中|会见中|会谈时|会见时)"
)
#: The meeting's own day told after a span in that sentence (…22 日至 26 日访问北京，24 日与…会谈).
_MET_ON = re.compile(r"\s*(?:同|与|和)[^,;。]{0,20}?(?:会谈|会见|会晤|会面)")


def _meeting_day(coding: Coding, s: Sentence) -> DateMention | None:
    """In a narrative, what a speaker said in the meeting the sentence before told is on that
    meeting's day, not on the visit's span that sentence opens with and carries (英國首相…9 月
    22 日至 26 日訪問北京，24 日與鄧小平會談。鄧小平在會中表示…: the 24th)."""
    if s.index == 0 or coding.genre == NEWS or not _IN_THE_MEETING.match(coding.norm, s.start):
        return None
    before = coding.sentences[s.index - 1]
    days = [d for d in coding.dates_within(before.start, before.end) if d.precision == "day"]
    met = next((d for d in reversed(days) if _MET_ON.match(coding.norm, d.end)), None)
    return met if met is not None and len(days) > 1 else None


#: A narrative's sentence told as done at once after the one before: its subject, then the word.
_OPENS_AT_ONCE = re.compile(r"[^,;。]{0,12}?(?:随即|旋即|当即)")


def _at_once_day(coding: Coding, s: Sentence) -> DateMention | None:
    """In a narrative, an act told as done at once after the sentence before (我國外交部隨即宣布
    …) is on the last day that sentence names, the act it follows (…6 月 7 日至 11 日訪問中國
    大陸，9 日與周恩來簽署建交聯合公報: the 9th), not on the span it opens with and carries."""
    if s.index == 0 or coding.genre == NEWS or not _OPENS_AT_ONCE.match(coding.norm, s.start):
        return None
    before = coding.sentences[s.index - 1]
    dates = coding.dates_within(before.start, before.end)
    days = [d for d in dates if d.precision == "day" and not d.span]
    # (one day before is the day carried too, unless this sentence names a later one in a
    # clause of its own: 隨即轉往仰光，次日與吳努發表聯合聲明, the journey on the day before's)
    return days[-1] if days else None


#: 随后 (隨後) after the doer of another act than the day's says it came some time after that
#: day, not on it (隨即 is at once; ，随后会见… goes on with the day's doer, on its day).
_SOME_TIME_AFTER = re.compile(r"(?<![，,。；;\s])随后")


def _some_time_after(coding: Coding, d: DateMention, trigger: int) -> Dated | None:
    """The month of the day ``d`` when 随后 after a doer stands between it and the trigger
    (美国 12 月 9 日至 10 日召开峰会，中共外交部随后发表报告…: December), in a narrative or a news
    text written more than a week after that day, where the act's own day is not told; a
    broadcast's 随后 stays on its day, the item's, and so does one opening a clause that goes
    on with the day's doer (22 日…会谈，随后集体会见…)."""
    if d.precision != "day" or not _SOME_TIME_AFTER.search(coding.norm, d.end, trigger):
        return None
    published = coding.document.published
    if coding.genre == NEWS and (published is None or (published - d.day).days <= _RECALLED_DAYS):
        return None
    return Dated(d.day.replace(day=1), "month", True)


def _clause_start(coding: Coding, lo: int, trigger: int) -> int:
    """Where the trigger's clause starts, at ``lo`` at the earliest (``trigger`` when ``lo``
    is after it: no word between)."""
    cut = [m.end() for m in _CLAUSE.finditer(coding.norm, lo, trigger)]
    return max(cut[-1] if cut else lo, lo) if lo <= trigger else trigger


def _recent(coding: Coding, s: Sentence, trigger: int, lo: int = -1) -> Dated | None:
    """近日, 日前 (the broadcast's day, or a narrative's writing day) and 近来, 近期 (a news
    item's month) before the trigger of a sentence (after ``lo``, the day it names, if any)
    with no date of its own: the act is not on the day the item's lead gives (谴责以色列
    近期的…行为: 近期 is when the object was done, not the act)."""
    published = coding.document.published
    if published is None:
        return None
    lo = max(lo, s.start)
    if _RECENT.search(coding.norm, lo, trigger):  # (a narrative's 日前 too: its writing day's
        return Dated(published, "day", False)  # past, as eval/README.md dates it)
    if coding.genre != NEWS:
        return None
    for m in _LATELY.finditer(coding.norm, lo, trigger):
        if not (_LATELY_TOPIC.search(coding.norm, max(lo, m.start() - 2), m.start())
                and _TOPIC_ANSWERED.search(coding.norm, m.end(), trigger + 2)):  # fmt: skip
            return Dated(published.replace(day=1), "month", False)
    return None


def _recent_in_words(coding: Coding, said_by: int, lo: int, trigger: int) -> bool:
    """Is the 近日 (日前, 近期…) of ``[lo, trigger)`` inside the words a speaker said, with an
    actor of its own (24日，伊朗外交部发言人表示，近日美国试图…是非法的)? It dates the act the
    words tell, not the saying, which the frame's day dates."""
    if said_by < 0:
        return False
    norm = coding.norm
    m = _RECENT.search(norm, lo, trigger) or _LATELY.search(norm, lo, trigger)
    if m is None or m.start() < said_by:
        return False
    said = _WORDS_SAID.search(norm, said_by, m.start())
    return said is not None and (
        _actor_starts_at(coding, m.end()) or bool(_actor_ends(coding, said.end(), m.start()))
    )


def _own_date(coding: Coding, s: Sentence, start: int, end: int,
              intent: bool = False, said_by: int = -1) -> DateMention | None:  # fmt: skip
    published = coding.document.published
    news = coding.genre == NEWS
    lo, hi = s.start, s.end
    # 赞赏西班牙去年下半年担任…: a time right after an actor named after the trigger is when
    # that actor did something in a clause of its own, not the date of the act.
    owned = _actor_ends(coding, end, hi) if s.cjk else frozenset()
    if any(d.end <= start for d in coding.dates_within(lo, start)):
        # 12日，…游行，抗议美国在上月初袭击委内瑞拉: so is a time after such an actor and 在 or
        # 于, when the sentence gives a time before the trigger (中方赞赏西班牙在去年下半年推动…,
        # with none, keeps the only time it names).
        owned |= {at + 1 for at in owned if coding.norm[at : at + 1] in ("在", "于")}
    best: DateMention | None = None
    best_distance = 0
    for d in coding.dates_within(lo, hi):
        if d.start >= end and d.start in owned:
            continue
        if 0 <= said_by < d.start < start and _WORDS_SAID.search(coding.norm, said_by, d.start):
            continue  # 瓦希迪今天回应称，以色列在6月…，以色列试图…: a day of the words, not the saying
        if not _dates_an_act(d, news) or (intent and d.marked):
            continue
        if d.start >= end and _CLAUSE.search(coding.norm, end, d.start):
            continue  # a later clause's date is its own act's
        if d.anterior and d.end <= start and _CLAUSE.search(coding.norm, d.end, start):
            continue  # 宣布…已于 17 日去世，中方当天致电…: that clause's day, not the act's
        if d.attributive and not _right_after(coding.norm, end, d) and (
                d.end > start or _CLAUSE.search(coding.norm, d.end, start)
                or _reacted_object(coding.norm, d, start)):  # fmt: skip
            continue  # 暂停实施 10 月 9 日公布的措施: the day of the measure named, not of this act
        if _told_again_in_beijing_time(coding, lo, d):
            continue  # 当地时间7日晚，北京时间今天（4月8日）早上，特朗普表示…: the 7th
        if d.end <= start and _inside_closed_aside(coding.norm, lo, d, start):
            continue  # 5 月 14 日抵达西安——…，2013 年 9 月 7 日习近平在…提出的…——当天同习近平会面
        if d.end <= start and _object_before_own_day(coding, lo, d):
            continue  # 5 月 29 日对克林顿前一天宣布的…表示不满: the 29th, the day of the reaction
        if d.end <= start and _topic_after_own_day(coding, lo, d, start):
            continue  # 10日发表声明称，针对冰岛外交部8月1日起暂停…，俄方将作出回应: the 10th
        if (
            news
            and d.precision == "day"
            and d.end <= start
            and _dates_what_came_before(coding, d, start)
        ):
            continue  # 1月20日特朗普入主白宫后美军首次…: the day of what the act came after
        if d.precision == "year" and published and _background_year(coding, d, published,
                                                                    start, end):  # fmt: skip
            continue
        if d.precision == "year" and d.start >= end and _year_of_a_name(coding, d):
            continue
        distance = start - d.end if d.end <= start else 2 * max(d.start - end, 0)
        if d.start >= end and _RIGHT_AFTER_SUBJECT.fullmatch(coding.norm, end, d.start):
            distance = 0  # 3 月，中英两国于 13 日签署…: the subject's own time, not the frame's
        if best is None or distance < best_distance:
            best, best_distance = d, distance
    return _list_head(coding, best) if best is not None else None


#: What stands between a local day and the same moment told on Beijing's clock
#: (当地时间7日晚，北京时间今天（4月8日）早上).
_BEIJING_CLOCK = re.compile(r"[^,，;；。]{0,4}[,，]?\s*北京时间\s*(?:今天|昨天|明天)?\s*[（(]?\s*")


def _told_again_in_beijing_time(coding: Coding, lo: int, d: DateMention) -> bool:
    """Is ``d`` the day a local day just before it gives on Beijing's clock? The news tells a
    far-off act in both clocks; the local day is the act's (as 当地时间16日 alone is), the
    Beijing day only when it was heard in China."""
    return any(
        e.end <= d.start
        and coding.norm.endswith("当地时间", lo, e.start)
        and _BEIJING_CLOCK.fullmatch(coding.norm, e.end, d.start)
        for e in coding.dates_within(lo, d.start)
    )


#: A dash pair sets an aside into a sentence (西安——古丝绸之路的起点——): what it tells is
#: told in passing.
_ASIDE_DASH = "——"


def _inside_closed_aside(norm: str, lo: int, d: DateMention, trigger: int) -> bool:
    """Is ``d`` told inside a dash aside that closes before the trigger? It dates what the
    aside tells (a digression's recalled day), not the act the sentence goes back to."""
    return (
        norm.count(_ASIDE_DASH, lo, d.start) % 2 == 1
        and norm.find(_ASIDE_DASH, d.end, trigger) != -1
    )


def _object_before_own_day(coding: Coding, lo: int, d: DateMention) -> bool:
    """Is the date ``d`` inside the object a reaction opens with 对 or 就, after a day of the
    reaction's own in its clause (外交部发言人 5 月 29 日对克林顿前一天宣布的…附加条件表示不满,
    次日对伊拉克前一天的入侵行动深表遗憾)? That day, nearer the trigger, dates what is reacted
    to; the day before the 对 is the reaction's."""
    clause = _clause_start(coding, lo, d.start)
    opener = INCIDENT_OBJECT_BEFORE if d.attributive else _DUI_OPENS
    opened = opener.search(coding.norm, clause, d.start)
    if opened is None:
        return False
    return any(
        o.precision == "day" and not o.attributive and clause <= o.start and o.end <= opened.start()
        for o in coding.dates_within(clause, opened.start())
    )


def _topic_after_own_day(coding: Coding, lo: int, d: DateMention, trigger: int) -> bool:
    """Is ``d`` inside a topic that 针对, 对于 or 就 opens (in its clause, before the trigger)
    after a day the sentence gives before that topic (俄罗斯外交部10日发表声明称，针对冰岛外交部
    8月1日起暂停…等不友好决定，俄方将作出回应; 联合国安理会11日发表声明，就卡塔尔多哈9日遭空袭表示
    谴责)? The topic's day dates the thing answered or talked of; the earlier day is the
    statement's, and the act's. Not when the act is the topic's own (针对美国政府16日无端指责…的
    做法，他决定…: the accusation is of the 16th): the topic must close before the trigger, at a
    clause's end or at the verb its answer opens with."""
    opened = _TOPIC_FRAME.search(coding.norm, lo, d.start)
    if opened is None or not _TOPIC_CLOSED.search(coding.norm, d.end, trigger):
        return False
    return any(o.precision == "day" and not o.attributive and o.end <= opened.start()
               for o in coding.dates_within(lo, opened.start()))  # fmt: skip


#: A topic opened in the date's own clause: 针对, 对于, or 就 as a preposition (not 也就, 早就,
#: 就是, 就要…: the adverb).
#: What ends the topic: a clause's end, or the verb of the answer to it (表示谴责, 提出申诉,
#: 达成一致, 作出回应).
_TOPIC_CLOSED = re.compile(r"[,;:]|" + _TOPIC_ANSWERED.pattern)
_TOPIC_FRAME = re.compile(
    r"(?:针对|对于|(?<![也这早那成造])就(?![是要在会将已能可此地近职任读业]))[^,。;:]*$"
)


#: The 对 that opens a reaction's object, for a date no verb makes a thing's (对伊拉克前一天的
#: 入侵行动): not 就 (就职三天后 is no object), nor a word that ends in 对 (反对, 针对, 面对).
_DUI_OPENS = re.compile(r"(?<![反面应相针绝])对[^,。;:]*$")
#: A reaction told at once (中方随即向美方提出严正交涉), on the day of the act it answers.
_AT_ONCE_WORDS = re.compile(r"随即|旋即|当即|立即")
#: A clause that opens on the act reacted to (对于美国政府 9 月 7 日宣布的对台政策调整，).
_TOPIC_OPENS = re.compile(r"(?:对于|针对)[^,。;:]*$")


def _answered_at_once(coding: Coding, s: Sentence, trigger: int, end: int) -> DateMention | None:
    """The day of the act a sentence opens on (对于…9 月 7 日宣布的…，) when its reaction is
    told as done at once (中方随即…, the word at or before the trigger ending at ``end``): that
    day, which as a thing's date dates no act itself."""
    clause = _clause_start(coding, s.start, trigger)
    if clause == s.start or not _AT_ONCE_WORDS.search(coding.norm, clause, end):
        return None
    for d in coding.dates_within(s.start, clause):
        if d.attributive and d.precision == "day" and _TOPIC_OPENS.search(
                coding.norm, s.start, d.start):  # fmt: skip
            return d
    return None


def _reacted_object(norm: str, d: DateMention, trigger: int) -> bool:
    """Is the thing's date that of an incident named inside the object a reaction opens with 对
    or 就 in the act's clause, before its trigger (巴方对今年3月达苏恐袭事件造成中方人员遇难表示深切
    哀悼)? Then it dates what is reacted to; the reaction, told with no date of its own, is not
    on it."""
    named = INCIDENT_AFTER.match(norm, d.end)
    if named is None or named.end() > trigger:
        return False  # (针对美方4月24日宣布的对台军售: the act is the thing the date dates)
    return INCIDENT_OBJECT_BEFORE.search(norm, max(0, d.start - 24), d.start) is not None


def _right_after(norm: str, end: int, d: DateMention) -> bool:
    """Does the thing's date follow the trigger's words at once (两国 7 日发表的四点原则共识,
    the trigger 两国)? Then the thing named is the act the trigger's pattern tells, and its
    date is the act's."""
    return d.start >= end and not norm[end : d.start].strip()


def _dates_what_came_before(coding: Coding, d: DateMention, trigger: int) -> bool:
    """Does ``d`` date an event that a 后 (以后, 之后) after it, before the trigger, names as
    what the act came after (这是1月20日特朗普再次入主白宫后美军首次…)? Then the act took place
    after that day, which does not date it. (A month stays: 今年9月日本新政府成立后，…实现通话 is
    dated September, as the dev gold has it. 最后, 此后, 随后 and the like are other words; a 后
    in a clause of its own after the date's is not its.)"""
    norm = coding.norm
    for after in _AFTER.finditer(norm, d.end, trigger):
        if _CLAUSE.search(norm, d.end, after.start()):
            return False
        if _TALKS_ENDED.search(norm, max(d.end, after.start() - 2), after.start()):
            return False  # 次日與普丁會談後，兩國發表聯合聲明: what ends talks is of their day
        if after.end() == trigger or norm[after.end() : after.end() + 1] in _CLAUSE_MARKS:
            return True
        if _actor_starts_at(coding, after.end()):
            return True
    return False


#: Talks a 后 closes (会谈后, 会晤之后): the acts that end them (a statement, a signing) are of
#: the talks' day, as the dev gold has them (z411: 週二與普丁會談後簽署聯合聲明).
_TALKS_ENDED = re.compile("(?:会谈|会晤|会见|通话)$")
_AFTER = re.compile(r"(?<![最今此随然落背幕之以其])(?:之|以)?后(?![续方面来期半天日年月周])")
_CLAUSE_MARKS = ("，", ",")


def _actor_starts_at(coding: Coding, at: int) -> bool:
    """Does an actor mention start at ``at`` (美军 right after …后, 美国 right after 2020年)?"""
    mentions = coding.mentions
    i = bisect.bisect_left(mentions, at, key=lambda m: m.start)
    return i < len(mentions) and mentions[i].start == at


#: Between two dates of one list (3日和4日): the acts of the list are dated by its first day,
#: as a range is (eval/README.md).
_DATE_JOINERS = ("和", "、", "及", "与")


def _list_head(coding: Coding, d: DateMention) -> DateMention:
    """The first date of the list ``d`` ends (3日和4日，…发射火箭弹: the 3rd), else ``d``."""
    dates = coding.dates
    i = coding.date_position(d)
    while (
        i > 0
        and coding.norm[dates[i - 1].end : dates[i].start] in _DATE_JOINERS
        and (dates[i - 1].precision == dates[i].precision)
    ):
        i -= 1
    return dates[i] if i >= 0 else d


def _dates_an_act(d: DateMention, news: bool) -> bool:
    """Not a span's bound, and not a date to come: in news none, a plan being dated the day it
    is told (明天举行的峰会, 将于24日举行会谈); in a narrative one marked so."""
    if news:
        return not d.span and not d.after and not d.marked
    return not d.span and not (d.after and not d.marked)


def _background_year(coding: Coding, d: DateMention, published: date, start: int,
                     end: int) -> bool:  # fmt: skip
    """Is the bare year ``d`` no date of the act at ``[start, end)``: the document's own year,
    a span's start, or a year long before the document told after the act in another clause?"""
    if d.day.year == published.year:
        return True
    if coding.norm.startswith(_SINCE, d.end):
        # 2010年签署的条约: the origin of what the sentence tells, unless the act is that very
        # signing (its trigger right after the year), which the year then dates
        return d.end != start
    if d.end <= start:
        return False  # 2014年，习近平访问澳大利亚: the year frames the act
    # In news any year told after the act in another clause is another act's (支持…，已经兑现
    # 2021年…的承诺); a narrative's only when it is old.
    old = coding.genre == NEWS or published.year - d.day.year >= _HISTORY
    return old and _CLAUSE.search(coding.norm, end, d.start) is not None


def _year_of_a_name(coding: Coding, d: DateMention) -> bool:
    """Does the bare year ``d`` open a name after the act (干涉2020年美国总统大选, 出席2022年北京
    冬奥会)? A year right before an actor or place is part of what the object names, not the
    act's date; the act is dated as if it named none."""
    return _actor_starts_at(coding, d.end)


def _last_day_before(coding: Coding, at: int) -> DateMention | None:
    """The last day-precision date named before ``at`` that dates an act; in news, not an
    anniversary counted back from the day (习近平指出，50年前的今天…。同日，李克强…: the day's
    own messages, not 1972's)."""
    news, dates = coding.genre == NEWS, coding.dates
    today = coding.document.published
    # (dates are sorted by start: step back from the first one at or after ``at``, not forward
    # from the text's start for every sentence that says 同日)
    for i in range(bisect.bisect_left(dates, at, key=_date_start) - 1, -1, -1):
        d = dates[i]
        if (
            d.precision == "day"
            and _dates_an_act(d, news)
            and (news or not background_day(coding.norm, d))
            and not (news and d.relative and told_as_history(d, today))
        ):
            return d
    return None


def _date_start(d: DateMention) -> int:
    return d.start


def _actor_ends(coding: Coding, lo: int, hi: int) -> frozenset[int]:
    """Where the actors in ``[lo, hi)`` end (mentions are sorted by start)."""
    mentions = coding.mentions
    i = bisect.bisect_left(mentions, lo, key=lambda m: m.start)
    ends = []
    while i < len(mentions) and mentions[i].end <= hi:
        ends.append(mentions[i].end)
        i += 1
    return frozenset(ends)
