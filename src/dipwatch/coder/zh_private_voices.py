"""A state's private people and unnamed voices, who speak and act in no state's name (issue
10, eval/README.md ``xwlb_docs`` and its unnamed voices): its residents, relatives or
civilians (巴勒斯坦加沙地带居民及其在美国的亲属共同提起诉讼), and its unnamed voices opening a
sentence (美国国内人士也对…表示不满, 法国政界人士谴责…): what they say is no act of their
state; nor is the trip of its citizens or tourists a visit of their state. Each is a
``zh_checks.ZH`` step.

Provenance: the dev batches of seeds 116 and 121.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.checks import Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.zh_news import clause_start


@for_rules(lambda rule: rule.code[:2] in _VERBAL)
def not_private_peoples(c: Candidate) -> str | None:
    """巴勒斯坦加沙地带居民及其在美国的亲属共同提起诉讼，指控美国国务院…: a state's residents,
    relatives or civilians (the state, a place of it at most, then 居民, 亲属…) are unnamed
    private people; what they say or claim is no act of their state, as unnamed voices' is not
    (eval/README.md). Their marches are left alone: a crowd marching against a foreign state is
    its state's demonstration (141, ``zh_sampled.crowd_demands``)."""
    mt, source = c.mt, c.source
    if source is None or not source.country or source.end > c.a:
        return None
    if mt.has_any(c.lex["march_words"], mt.s.start, c.a):
        return None  # 韩国民众举行集会，反对日本…: a rally, a demonstration
    if _PEOPLE.match(mt.text, source.end):
        return "private"
    # 日本日产汽车公司称，…美国关税政策带来的冲击，公司利润受到严重挤压: a state's firm telling
    # of its own results voices no reproach of its state (seed-159 decision); a firm that sues
    # or protests a state's decision (日本制铁公司…对美国拜登政府提起诉讼) is left to the rules
    firm = c.rule.code[:2] in _REPROACHES and _FIRM.match(mt.text, source.end)
    return "private" if firm and _RESULTS.search(mt.text, mt.s.start, mt.s.end) else None


@for_rules(lambda rule: rule.code == "042")
def not_private_travellers(c: Candidate) -> str | None:
    """印度尼西亚公民可适用240小时过境免签政策便捷来华: a state's citizens, tourists or students
    who come and go (the state, then 公民, 游客…) travel on their own; their trip is no visit
    of their state (coder-zh143)."""
    source = c.source
    if c.rule.code != "042" or source is None or not source.country or source.end > c.a:
        return None
    return "private" if _TRAVELLERS.match(c.mt.text, source.end) else None


#: Right after a state: its private travellers (公民, 游客, 旅客, 留学生…).
_TRAVELLERS = re.compile(r"(?:籍)?(?:公民|游客|旅客|留学生|学生|侨民|居民|民众|网民|商人|企业家)")


#: Verbal roots: statements to accusations, demands, rejections and threats (01-13).
_VERBAL = frozenset(f"{k:02d}" for k in range(1, 14))
#: Demands, reproaches, rejections and threats: what a firm's account of its results is read as.
_REPROACHES = frozenset(("10", "11", "12", "13"))
#: After a state, one of its firms: a name (no conjunction: 日本政府与丰田公司) and 公司, 集团…
_FIRM = re.compile(r"[^,。;、\s与和同及对向]{0,8}?(?:公司|集团|企业)(?!家)")
#: A firm's results: what its account tells of.
_RESULTS = re.compile("利润|亏损|巨亏|销量|业绩|营收|营业收入|盈利|净利|财报|财年")
#: After a state: a place of it at most, then its private people.
_PEOPLE = re.compile(
    r"(?:[^,。;、\s]{0,6}?(?:地带|地区|州|省|市|境内|国内|当地))?"
    r"(?:居民|民众|家属|亲属|平民|难民|网民|选民|市民|村民)"
)


def not_chinese_abroad(c: Candidate) -> str | None:
    """中国驻美国大使馆与美国华人团体共同举办春节招待会: a state's ethnic Chinese, overseas
    Chinese or Chinese firms there (the state, then 华人, 华侨, 侨界, 侨团, 中资) are private bodies
    of the place, no side of its state: an act with them as doer or other side is none."""
    for slot in ("S", "T"):
        found = c.slots.get(slot)
        if found is not None and found.country and _ABROAD.match(c.mt.text, found.end):
            return "private"
    return None


#: After a state: its ethnic or overseas Chinese and Chinese firms (美国华人团体, 旅法华侨华人社团).
_ABROAD = re.compile(r"(?:当地|各地)?(?:华人|华侨|侨界|侨团|侨胞|中资)")


def not_a_nationals_state(c: Candidate) -> str | None:
    """这两名美国籍雇佣兵随后承认参与了入侵委内瑞拉…的行动: a state told with 籍 names the
    nationality of persons (or the flag of a ship) who act in no state's name; what they do is
    no act of their state (private nationals, eval/README.md; the integrator's seed-201
    check). Done to them it stays aimed at their state (逮捕了一名突尼斯籍恐怖嫌疑人: 173)."""
    source = c.source
    if source is None or not source.country:
        return None
    return "private" if c.mt.text.startswith("籍", source.end) else None


#: After a state, who its unnamed voices are (国内, 各界, 政界…) and the voices themselves.
_STATE_VOICES = re.compile(
    r"(?:国内|政界|学界|商界|民间|业内|业界|知名|有关|相关|一些|部分|不少|许多|多位|多名)?"
    r"(?:人士|专家|学者)(?!组)"
)
#: What may stand between the start of a clause and its subject: a count of the voices (一些美国
#:国内人士; 也, 还: an adverb runs after).
_OPENER = re.compile(r"\s*(?:一些|部分|不少|许多|很多)?")


def not_said_by_state_voices(c: Candidate) -> str | None:
    """美国国内人士也对美国和北约…武装乌克兰表示不满; 法国政界人士谴责…: a state's unnamed voices
    (the state, then 国内, 各界… and 人士, 专家, 学者) opening the sentence's first clause speak;
    what they say is no act of any state, nor is any act they recount (eval/README.md, unnamed
    voices), however the rule found its actors (乌克兰表示: the one armed, not a speaker).
    Of a state's people of all quarters (沙特各界人士指出，习近平主席…访问沙特) only the acts of
    others they recount. (联合国专家组, a UN panel, is a body, and bodies are left alone.)"""
    mt = c.mt
    first = next(starting_in(mt.mentions, mt.s.start, c.a), None)  # (by bisection)
    if first is None or first.kind == "org" or not first.country:
        return None
    voiced = _STATE_VOICES.match(mt.text, first.end) or (
        _ALL_QUARTERS.match(mt.text, first.end) and _recounted(c, first)
    )
    if not voiced:
        return None
    opens = clause_start(mt, first.start)
    if not _OPENER.fullmatch(mt.text, opens, first.start):
        return None
    return "unnamed" if _first_clauses(mt, opens) else None


#: After a state, its people of all quarters (沙特各界人士, 塔吉克斯坦各界): the sentence gold
#: counts their own praise as the state's (马来西亚各界人士高度评价…), not what they recount.
_ALL_QUARTERS = re.compile(r"各界(?:人士|民众|代表)?")


def _recounted(c: Candidate, voices: Mention) -> bool:
    """Is the act another state's, one the voices tell of (沙特各界人士指出，习近平主席…访问沙特)?"""
    return c.source is not None and c.source.country != voices.country


def _first_clauses(mt: Matcher, opens: int) -> bool:
    """Does the clause at ``opens`` begin the sentence, after a broadcast's lead words or a time
    at most (央视网消息（新闻联播）：, 20日，)?"""
    return bool(_HEAD.fullmatch(mt.text, mt.s.start, opens))


#: What may open a sentence before its subject's clause: markup, the broadcast's lead words and
#: a day (20日，, 当地时间20日，).
_HEAD = re.compile(
    r"(?:<[^>]*>|\s)*(?:央视网消息\s*\(新闻联播\)\s*:)?\s*"
    r"(?:(?:当地时间)?[0-9]{1,2}日[上下]?午?,)?\s*"
)
