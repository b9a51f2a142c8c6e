"""A bloc's retaliation promised by a member's official (eval/README.md "Dev misses by
construction", threats): 德国财长表示，…否则欧盟将会对美国采取反制措施. The speaker threatens for
the bloc his state belongs to, and the guidelines (as the dev gold, "threats by a bloc the gold
gives to the speaker's state") code what a state's official says the bloc will do against
another as that state's threat; the bloc's own voices (欧盟委员会发言人) keep it the bloc's. A
``zh_checks.ZH`` step.
"""

from __future__ import annotations

import re
from functools import cache

from dipwatch.coder.checks import Candidate
from dipwatch.coder.zh_news import clause_start, said_by

#: The blocs whose members' officials speak of what the bloc will do, with their members: a
#: threat the bloc makes is the speaker's state's only when that state is one of them (俄罗斯外长
#: 表示，欧盟威胁对伊朗…: Russia reports the EU's threat, it makes none). The EU's members since
#: 2020 (a British official after Brexit speaks of the EU from outside).
_MEMBERS = {
    "EEC": frozenset(
        [
            "AUT",
            "BEL",
            "BGR",
            "HRV",
            "CYP",
            "CZE",
            "DNK",
            "EST",
            "FIN",
            "FRA",
            "DEU",
            "GRC",
            "HUN",
            "IRL",
            "ITA",
            "LVA",
            "LTU",
            "LUX",
            "MLT",
            "NLD",
            "POL",
            "PRT",
            "ROU",
            "SVK",
            "SVN",
            "ESP",
            "SWE",
        ]
    )
}


def bloc_threat_of_its_speaker(c: Candidate) -> str | None:
    """…表示，如果…，欧盟将进行反制: a threat (13x) whose doer is a bloc named inside what a
    state's official says (a speech verb between them; 他强调 takes the speaker in force) is
    the speaker's state's, when it is a member. Never rejects."""
    mt, source = c.mt, c.source
    if source is None or source.code not in _MEMBERS or not c.code.startswith("13"):
        return None
    # (no speech verb before the bloc: the narrator's own telling, and the bloc acts)
    speaker = said_by(mt, source.start)
    target = c.target
    if speaker is None or speaker.country not in _MEMBERS[source.code]:
        return None  # the bloc's own voice (欧盟委员会发言人), or an outsider's report
    if target is not None and target.country == speaker.country:
        return None
    c.source = speaker
    return None


def threat_not_on_its_teller(c: Candidate) -> str | None:
    """外交部发言人表示，俄罗斯将不排除使用武力: a threat (13x) that a speaker of another state
    tells of threatens whom its words or context name, not the teller, whom a fallback target
    (``first_other``) took for the first state in the sentence. Never rejects: with no target
    left, ``target_found`` lends one from the sentence before or drops the act."""
    mt, source, target = c.mt, c.source, c.target
    if source is None or target is None or not c.code.startswith("13") or "T" in c.slots:
        return None
    speaker = said_by(mt, source.start)
    if (
        speaker is not None
        and speaker.country != source.country
        and target.country == speaker.country
        and _tells(mt.coding.reference.actors.words.get("speech", ())).fullmatch(
            mt.text, speaker.end, clause_start(mt, source.start)
        )
    ):
        c.target = None
    return None


@cache
def _tells(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """Between the teller and the clause of the threat told: a speech verb of the lexicon's that
    opens it (外交部发言人表示，俄罗斯…), not an act of the teller's (拜登政府宣布…，中方表示…)
    the threat answers."""
    return re.compile(rf"[^,;。]{{0,12}}?(?:{'|'.join(map(re.escape, verbs))})\s*[,:]\s*")
