"""Who does a Chinese act when the actor a rule took is not its doer (issue 10, eval/README.md
``xwlb_docs``): the body a report or letter is addressed to (以色列向联合国通报称，已警告…),
whose teller before 向 acts; a place after 在 (在拉法等加沙地带多地与以军交火), where the clause's
subject acts; and one signer of a joint statement (…发表联合声明，呼吁欧盟…), where each signer
says what it says. Each is a ``zh_checks.ZH`` step.

Provenance: the dev batch of seed 122 and the free CCTV days judged with seeds 118 and 131
("Judging output no gold holds").
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import JOINT, Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.zh_news import clause_start
from dipwatch.coder.zh_sampled import PLACE_KINDS

#: Right after the addressee of 向: a verb of telling, then the mark that opens what is told
#: (通报称, 致信表示, 提交报告说); the telling verb may take a short object (致函, 递交照会).
_TOLD_TO = re.compile(
    r"(?:[^,。;:]{0,6}?)(?:通报|通告|报告|致信|致函|写信|发函|递交|提交|转交|说明|介绍|表示|称|说)"
    r"[^,。;:]{0,6}?(?:称|说|表示|指出)?[,:]"
)


def not_the_addressee(c: Candidate) -> str | None:
    """以色列13日向联合国通报称，已警告加沙北部居民撤离: the body right after 向, before a verb
    of telling and what is told, is the one told; the act inside the telling (the warning) is
    the teller's, named before 向 in its clause. With no teller there the act has no doer."""
    mt, source = c.mt, c.source
    if source is None or source.end > c.a or not mt.text.endswith("向", 0, source.start):
        return None
    told = _TOLD_TO.match(mt.text, source.end)
    if told is None or told.end() > c.a:
        return None
    start = clause_start(mt, source.start)
    teller = mt.actor_before(source.start - 1)
    if teller is None or teller.end <= start or teller is c.target:
        return "addressee"
    c.source = teller
    return None


@for_rules(lambda rule: rule.code[:2] == "07")
def not_a_supported_doer(c: Candidate) -> str | None:
    """中国…支持联合国近东救济工程处继续向加沙人民提供人道援助: a body right after 支持 is the
    one supported in its going on; its aid is the object of the speaker's support, no aid given
    that day (coder-zh130)."""
    source = c.source
    if c.rule.code[:2] != "07" or source is None or source.end > c.a:
        return None
    return "supported_doer" if c.mt.text.endswith("支持", 0, source.start) else None


#: 在拉法等加沙地带多地: what may stand between 在 and the last place of a list of places.
_WHERE = re.compile(r"[在于][^,。;与同和对向]{0,12}$")


def source_not_where_it_acts(c: Candidate) -> str | None:
    """巴勒斯坦武装组织继续在拉法等加沙地带多地与以军交火: a place after 在 (a list of places
    closed by 等 or 多地 too) is where the act happens; the doer is the clause's subject named
    before 在, which takes the place's slot."""
    mt, source = c.mt, c.source
    if source is None or source.kind not in PLACE_KINDS or source.end > c.a:
        return None
    clause = clause_start(mt, source.start)
    opens = mt.text.rfind("在", clause, source.start)
    if opens < 0 or not _WHERE.search(mt.text, opens, source.start):
        return None
    subject = next((m for m in reversed(mt.active) if m.end <= opens and m.country
                    and m.start >= clause), None)  # fmt: skip
    if subject is not None and subject is not c.target:
        c.source = subject
    return None


#: A joint statement issued (发表联合声明, 23日共同发表了联合公报), after its signers.
_JOINT_STATEMENT = re.compile(
    r"(?:[0-9]{1,2}日)?(?:共同|联合)?(?:发表|发布|签署)了?(?:一份)?(?:联合声明|共同声明|联合公报)"
)


def signers_say_together(c: Candidate) -> str | None:
    """法国经济和财政部长和德国副总理22日发表联合声明，呼吁欧盟…; 沙特阿拉伯等19国外长以及阿拉伯
    国家联盟和伊斯兰合作组织秘书长发表联合声明，强烈谴责以色列…: what a joint statement says,
    in a later clause of its sentence with no subject of its own, each signer says (one event
    per signer, as two senders are two); the rule had found only the signer nearest its verb."""
    mt, source = c.mt, c.source
    if source is None or c.rule.code.startswith(JOINT) or len(c.sources) != 1:
        return None
    if mt.text.find("声明", mt.s.start, c.a) < 0 and mt.text.find("公报", mt.s.start, c.a) < 0:
        return None  # (most candidates: no statement before, told without a regex)
    said = max(_JOINT_STATEMENT.finditer(mt.text, mt.s.start, c.a), key=lambda m: m.start(),
               default=None)  # fmt: skip
    clause = clause_start(mt, c.a)
    if said is None or clause <= said.start():
        return None  # the act is no later clause of the statement's sentence
    if any(clause <= m.start < c.a for m in mt.active if m.country):
        return None  # the act's clause names its own doer
    signers = _signers(mt, said.start())
    if source not in signers or len(signers) < 2:
        return None
    target = _party(c.target) if c.target is not None else None
    c.sources = [m for m in signers if _party(m) != target]
    return None


def _signers(mt: Matcher, said: int) -> list[Mention]:
    """The actors of the statement's clause before it (法国经济和财政部长勒梅尔和德国副总理哈贝克),
    one of each state or body."""
    clause = clause_start(mt, said)
    found: list[Mention] = []
    parties: set[str] = set()
    for m in mt.active:
        party = _party(m)
        if party and clause <= m.start < said and party not in parties:
            found.append(m)
            parties.add(party)
    return found


def _party(m: Mention) -> str | None:
    """A state's country, or an organisation's code (阿拉伯国家联盟: ARL), else None."""
    return m.country or (m.code[:3] if m.kind == "org" and m.code else None)
