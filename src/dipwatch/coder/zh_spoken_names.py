"""Chinese speakers named after a title the coder does not know (issue 10, eval/README.md
``xwlb_docs``): a subject carried across sentences, which the coder lost when the speaker's
name was not one it knew.

``spoken_names``: a name after a title that is not written in the transliteration characters
(越南国会主席王庭惠, a Vietnamese, Korean or Japanese name), or that follows a title the state's
actor phrase stopped before (利比亚民族统一政府总理兼外长德拜巴), is that state's actor where it
later speaks on its own (``王庭惠表示，…``), so that the sentences in its voice have a speaker
(``discourse`` adds its mentions as it does those of ``_titled_names``).

A name told again with a leader's title (愿同帕霍尔总统一道努力, 愿同西蒙斯当选总统一道) counts as
speaking on its own, and a name a message congratulates on a state's office (致电西蒙斯，祝贺她
当选苏里南共和国总统) is that state's: the partner of the leader's wishes told later.

Provenance: the dev batch of seed 122; the seed-207 batch (coder-zh140).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from dipwatch.coder.doc import BY_START, Coding, Mention, starting_in

#: What follows a name that speaks on its own: an adverb at most, then a speech verb, or a
#: verb of a stance told as the name's own (胡德福高度赞赏中国发展取得的巨大成就: the name after
#: 越南副总理兼财政部长 acts with no 表示 of its own; a miss of the hand checks of free days,
#: eval/README.md "Misses the hand checks listed, gathered").
_SPEAKS = (
    r"(?:再次|也|还|则|随后|当天|同日)?"
    r"(?:表示|指出|强调|说|称|认为|介绍|(?:高度|积极)?(?:赞赏|评价|赞扬)|感谢|祝贺|谴责)"
)
#: Words that begin another phrase (对…, 同…, 在…, a verb's object with 的): no name holds them,
#: nor stands across them after a state.
_PHRASE_STARTS = "的对向同与和及在将已并为从"
#: What may not stand between a state and the title of its speaker: a word that begins another
#: phrase or anything but a Chinese character.
_GAP_STOPS = re.compile(rf"[{_PHRASE_STARTS}]|[^\u4e00-\u9fff]")
_LONGEST_GAP = 10
#: A state's form after its name (斯洛文尼亚共和国总统): part of the state's title.
_STATE_FORM = re.compile(r"(?:民主|联邦|人民|社会主义)*(?:共和国|王国|联邦|合众国)")
_NAME_LENGTHS = (6, 5, 4, 3, 2)


@cache
def _titles(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the titles, the longest first (外交部长 before 部长)."""
    return re.compile("|".join(map(re.escape, sorted(titles, key=len, reverse=True))))


def spoken_names(coding: Coding) -> dict[str, tuple[int, Mention]]:
    """Each name right after a state's title that the text later lets speak alone, with where
    the name ends and the state's mention (as ``discourse._titled_names`` gives them)."""
    norm = coding.norm
    titles = tuple(coding.reference.actors.words.get("titles", ()))
    if not titles:
        return {}
    speakers = _before_speech(norm) | set(_TITLED_AGAIN.findall(norm))
    found: dict[str, tuple[int, Mention]] = _congratulated(coding)
    if not speakers:
        return found
    mentions = coding.mentions
    for i, m in enumerate(mentions):
        if not m.country or m.inert or m.kind == "org":
            continue
        # (the widest window first: most mentions have no speaker's name after them, and then
        # the next actor need not be looked for)
        wide = norm[m.end : m.end + _LONGEST_GAP + 12]
        if not any(name in wide for name in speakers):
            continue
        # The state's own title and name stand before the next actor (习近平会见越南国会主席
        # 王庭惠: 王庭惠 is Vietnam's, not named by 习近平's phrase across 越南).
        # (the first after ``m`` to start at its end or later: mentions are sorted by start)
        j = max(bisect_left(mentions, m.end, key=BY_START), i + 1)
        limit = mentions[j].start if j < len(mentions) else len(norm)
        window = norm[m.end : min(limit, m.end + _LONGEST_GAP + 12)]
        if not any(name in window for name in speakers):
            continue
        for at in _name_starts(norm, m, titles, limit):
            name = _confirmed_name(norm, at, titles, speakers)
            if name:
                found.setdefault(name, (at + len(name), m))
                break
    return found


def _name_starts(norm: str, m: Mention, titles: tuple[str, ...], limit: int) -> list[int]:
    """Where a name may start after ``m`` (before ``limit``, the next actor): right after it
    when it ends with a title (越南国会主席), else after each title that ends a run of body
    words following it (…民族统一政府总理兼外长), or each title a second post joined by 兼
    adds (越南副总理 + 兼财政部长胡德福)."""
    titled = norm.endswith(titles, m.start, m.end)
    if titled and not norm.startswith("兼", m.end):
        return [m.end]
    window = norm[m.end : min(limit, m.end + _LONGEST_GAP + 6)]
    # (斯洛文尼亚 + 共和国总统帕霍尔: the state's form, whose 和 begins no other phrase)
    form = _STATE_FORM.match(window)
    stop = _GAP_STOPS.search(window, form.end() if form else 0)
    window = window[: stop.start()] if stop else window
    # A title the mention's own role word begins (越南财政部 + 长胡德福: 部长 ends past the
    # mention) counts as one after it.
    lo = max(m.start, m.end - 2)
    ends = [t.end() for t in _titles(titles).finditer(norm, lo, m.end + len(window))]
    return [e for e in ends if e > m.end][::-1] + ([m.end] if titled else [])


def _before_speech(norm: str) -> set[str]:
    """Every run of characters that may be a name, opening a clause right before a speech verb
    (，王庭惠表示): a name not among them speaks alone nowhere in the text (worked out once a
    text, not per name; ``_speaks_alone`` then checks where)."""
    # From each speech verb back to the opener before its name (the verbs are fewer than the
    # folded text's half-width commas, each of which the opener-first findall tried): the name
    # and the adverb before the verb are at most 8 Chinese characters, with spaces before them.
    found: set[str] = set()
    tried: set[int] = set()
    for verb in _SPEECH_VERB.finditer(norm):
        v = k = verb.start()
        while k > 0 and v - k < 9 and "\u4e00" <= norm[k - 1] <= "\u9fff":
            k -= 1
        if v - k < 2 or (k > 0 and "\u4e00" <= norm[k - 1] <= "\u9fff"):
            continue
        w = k
        while w > 0 and norm[w - 1].isspace():
            w -= 1
        for o in range(max(w - 1, 0), k):
            if norm[o] in _OPENERS and o not in tried:
                tried.add(o)
                opening = _OPENING_SPEAKER.match(norm, o)
                if opening:
                    found.add(opening.group(1))
    first = _FIRST_SPEAKER.match(norm)
    if first:
        found.add(first.group(1))
    return found


def _confirmed_name(norm: str, at: int, titles: tuple[str, ...], speakers: set[str]) -> str | None:
    """The longest name starting at ``at`` that reappears later as the subject of a speech verb
    (王庭惠表示), and is no title itself."""
    for n in _NAME_LENGTHS:
        name = norm[at : at + n]
        if len(name) < n or name not in speakers or _NOT_IN_NAMES.search(name):
            continue
        if name.startswith(titles) or name.endswith(titles):
            continue
        if _speaks_alone(norm, name, at + n):
            return name
    return None


def _speaks_alone(norm: str, name: str, lo: int) -> bool:
    """Does ``name`` stand after ``lo`` opening a sentence or clause (or right at ``lo``),
    followed by a speech verb? (A search per name, not a regex compiled per name: this runs
    for every name tried after every title.)"""
    at = norm.find(name, lo)
    while at >= 0:
        opens = at
        while opens > lo and norm[opens - 1].isspace():
            opens -= 1
        if (opens == lo or norm[opens - 1] in _OPENERS) and _SPEAKS_RE.match(norm, at + len(name)):
            return True
        if at and norm[at - 1] in _BEFORE_TITLED and _LEADER_TITLE.match(norm, at + len(name)):
            return True  # 愿同帕霍尔总统一道努力: the name told again with a leader's title
        at = norm.find(name, at + 1)
    return False


#: Signs no name holds: function words and adverbs that follow a title (主席对此表示, 总统也说),
#: and anything but a Chinese character.
_NON_NAME = _PHRASE_STARTS + "此也还再则就了是不均都曾又即"
_NOT_IN_NAMES = re.compile(rf"[{_NON_NAME}]|[^\u4e00-\u9fff]")
#: Where a name that speaks alone stands: opening its sentence or clause, after one of these
#: (half-width: the text is folded, so ，；：！？ are ,;:!? there).
_OPENERS = "。,;:!?\n>”"
_SPEAKS_RE = re.compile(_SPEAKS)
#: A name (two to six characters no name holds: ``_NOT_IN_NAMES``) opening a clause right
#: before a speech verb; the first test, an opener, lets the scan skip most places at once.
_SPEAKER_NAME = rf"\s*((?:(?![{_NON_NAME}])[\u4e00-\u9fff]){{2,6}}?)" + "(?=" + _SPEAKS + ")"
#: The opener is matched, not looked behind for: a pattern that begins with a class of
#: characters lets re skip to the next opener at once, where ``^|(?<=…)`` tried every place
#: (0.03 s of the bench's 300 texts). The text's own start is ``_FIRST_SPEAKER``'s.
_OPENING_SPEAKER = re.compile(f"[{_OPENERS}]" + _SPEAKER_NAME)
_FIRST_SPEAKER = re.compile(_SPEAKER_NAME)
#: A leader's title right after a name told again (帕霍尔总统, 西蒙斯当选总统), and what stands
#: before such a name: a name so titled is a person, not characters that spell states (西蒙斯:
#: 西, 蒙, 斯). Seed 207's batch (coder-zh140): 习近平…同斯洛文尼亚共和国总统帕霍尔互致贺电 …
#: 愿同帕霍尔总统一道努力 lost its partner, the name being none the tables know.
_LEADER_TITLES = r"(?:当选)?(?:总统|总理|首相|国王|女王|议长)(?![府官])"
_LEADER_TITLE = re.compile(_LEADER_TITLES)
_BEFORE_TITLED = "同与和向对"
_TITLED_AGAIN = re.compile(
    rf"[{_BEFORE_TITLED}]((?:(?![{_NON_NAME}])[\u4e00-\u9fff]|·){{2,8}}?)(?={_LEADER_TITLES})"
)
#: A message to a person congratulating him on a state's office (致电西蒙斯，祝贺她当选苏里南
#: 共和国总统): the name is that state's, the state named within a few characters after.
_CONGRATULATED = re.compile(
    rf"致电\s*((?:(?![{_NON_NAME}])[\u4e00-\u9fff]|·){{2,10}}?)\s*[，,]\s*祝贺(?:他|她)"
    r"(?:再次|继续)?(?:当选|就任|连任|当选连任)"
)


def _congratulated(coding: Coding) -> dict[str, tuple[int, Mention]]:
    """Each name a message congratulates on a state's office (致电西蒙斯，祝贺她当选苏里南共和国
    总统), with where it ends and the state's mention: the name told again later (愿同西蒙斯当选
    总统一道努力) is that state's person."""
    norm = coding.norm
    found: dict[str, tuple[int, Mention]] = {}
    for m in _CONGRATULATED.finditer(norm):
        after = [
            x
            for x in starting_in(coding.mentions, m.end(), m.end() + 6)
            if x.country and not x.inert
        ]
        if after and after[0].kind != "person":
            found.setdefault(m.group(1), (m.end(1), after[0]))
    return found


#: The verbs of ``_SPEAKS`` (none begins inside another).
_SPEECH_VERB = re.compile(r"表示|指出|强调|说|称|认为|介绍|赞赏|评价|赞扬|感谢|祝贺|谴责")
