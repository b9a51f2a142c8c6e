"""Chinese checks for classes of error met judging random CCTV days no gold set holds (issue 10,
eval/README.md "Judging output no gold holds", seed 118): a crowd that protests its own rulers
over a matter a foreign state is named in, a domestic procedure told in the passive (由…协商后
任命), a place after 在 taken for the doer. Each is a ``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start
from dipwatch.coder.zh_sampled import PLACE_KINDS

#: The rulers a crowd may protest at home, named with no state before them (抗议政府…, 要求首相
#: 辞职) or after the crowd's own state (抗议韩国政府…).
_OWN_RULERS = re.compile(
    r"(?:本国|该国)?(?:政府|当局|内阁|执政党|执政联盟|总统|首相|总理|议会|国会)"
)
#: What may stand between the verb and its object: an aspect mark, a space.
_AFTER_VERB = re.compile(r"\s*了?\s*")


def not_a_crowds_own_rulers(c: Candidate) -> str | None:
    """韩国民众举行集会，抗议政府对日本的外交政策; 民众游行，反对政府与美国的合作: what a crowd
    protests, opposes or demands of is its own government (a ruler's title with no state before
    it, or after the crowd's own state), so the foreign state named in the matter is no target of
    the demonstration; a crowd protesting a foreign government (抗议日本政府…) keeps it."""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or not source.country or target.start < c.b:
        return None
    if target.country == source.country or not mt.has_any(c.lex["crowd_words"], mt.s.start, c.a):
        return None
    verb = max(_PROTESTS.finditer(mt.text, c.a, target.start), key=lambda f: f.end(), default=None)
    if verb is None:
        return None
    at = _AFTER_VERB.match(mt.text, verb.end()).end()
    own = next((m for m in mt.active if m.start == at and m.country == source.country), None)
    if own is not None:
        if len(own.code) > 3:  # 抗议韩国政府…: the mention is the state's own government
            return "own_rulers"
        at = own.end
    return "own_rulers" if _OWN_RULERS.match(mt.text, at) else None


#: The verbs a crowd's matter follows (抗议政府…, 反对政府…, 要求政府…).
_PROTESTS = re.compile(r"抗议|反对|谴责|要求|敦促|呼吁")


#: 在拉法等加沙地带多地: what may stand between 在 and the last place of a list of places.
_WHERE = re.compile(r"[在于][^，,。；;与同和对向]{0,12}$")


def source_not_where_it_acts(c: Candidate) -> str | None:
    """巴勒斯坦武装组织继续在拉法等加沙地带多地与以军交火: a place after 在 (a list of places
    closed by 等 or 多地 too) is where the act happens; the doer is the clause's subject named
    before 在, which takes the place's slot."""
    mt, source = c.mt, c.source
    if source is None or source.kind not in PLACE_KINDS or source.end > c.a:
        return None
    opens = mt.text.rfind("在", clause_start(mt, source.start), source.start)
    if opens < 0 or not _WHERE.search(mt.text, opens, source.start):
        return None
    subject = next((m for m in reversed(mt.active) if m.end <= opens and m.country
                    and m.start >= clause_start(mt, source.start)), None)  # fmt: skip
    if subject is not None and subject is not c.target:
        c.source = subject
    return None
