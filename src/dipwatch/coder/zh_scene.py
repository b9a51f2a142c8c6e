"""Chinese: force whose own clause names no place is used where an earlier clause of its
sentence set the scene (eval/README.md, "Dropped by a check and wrong actors").

在基辅西北方向，俄罗斯军队正在推进; …士兵已越过…边界，进入了乌克兰领土，俄军正沿战线推进: the
clause that tells the act opens with its doer and names no place, and the clauses before it
say where (a place, or a state's land the doer entered). A ``zh_checks.ZH`` step.
"""

from __future__ import annotations

from dipwatch.coder.checks import FORCE, Candidate, for_rules
from dipwatch.coder.doc import Mention
from dipwatch.coder.rules import Rule
from dipwatch.coder.zh_news import clause_start
from dipwatch.coder.zh_roots import if_clauses


def _force_on_a_place(rule: Rule) -> bool:
    return rule.target.rstrip("!?") == "place" and rule.code[:2] in FORCE


@for_rules(_force_on_a_place)
def place_of_an_earlier_clause(c: Candidate) -> str | None:
    """Force (a rule whose target is the place it is used on) whose clause names only its doer,
    at its head, is used on the state named last before that
    clause in its sentence, when that is another state than the doer's (``scene_before``).
    Never rejects."""
    mt, source = c.mt, c.source
    if c.target is not None or source is None:
        return None
    start = clause_start(mt, c.a)
    if start <= mt.s.start or not _opens_alone(c, start):
        return None  # the act's clause opens the sentence, or has other actors than its doer
    scene = scene_before([m for m in mt.mentions if mt.s.start <= m.start], start, source)
    if scene is not None and not _speaks(mt.text[scene.end : start], c.lex["speech"]):
        c.target = _conditions_doer(c, scene)
    return None


def _conditions_doer(c: Candidate, scene: Mention) -> Mention | None:
    """如果美国对委内瑞拉动武，俄罗斯将予以打击: a place an if-clause names is what its condition
    is about, not where the force promised falls; a threat on a condition is aimed at the
    condition's own doer, the first actor of the if-clause (America), if of another state."""
    span = next(((lo, hi) for lo, hi in if_clauses(c) if lo <= scene.start < hi), None)
    if span is None:
        return scene
    assert c.source is not None
    doer = next((m for m in c.mt.active if span[0] <= m.start < span[1] and m.country), None)
    return doer if doer is not None and doer.country != c.source.country else None


def _speaks(gap: str, speech: tuple[str, ...]) -> bool:
    """Is ``gap`` (from an actor to the act's clause) the actor's speech verb (美国媒体…报道称，
    柬埔寨…官员今天称，)? The one who tells of the act is not where it happens."""
    return gap.rstrip(",，:：").endswith(speech)


def _opens_alone(c: Candidate, start: int) -> bool:
    """Does the doer open the act's clause (its first words), with no other actor or place
    named in the clause to the act's last words?"""
    mt, source = c.mt, c.source
    assert source is not None
    if source.start < start or mt.text[start : source.start].strip():
        return False
    end = max(c.b, c.right)
    return not any(start <= m.start < end and m is not source for m in mt.mentions)


def _a_scene(m: Mention) -> bool:
    """A place (基辅, 加沙地带) or a state by its bare name (乌克兰领土): not an office, a force
    or the media of one (乌克兰媒体 reports, 俄军 acts)."""
    bare = m.code == m.country and (not m.inert or m.kind == "alias")
    return bool(m.country) and (m.kind in _PLACES or bare)


#: The kinds of mention that name a place.
_PLACES = ("place", "capital")


def scene_before(mentions: list[Mention], start: int, source: Mention) -> Mention | None:
    """The last place or state named before ``start`` (``mentions`` in order), if it is of
    another state than ``source``'s: a state of the doer's own side named last (俄罗斯与乌克兰
    的边界, 俄方) leaves the scene unknown."""
    before = [m for m in mentions if m.end <= start and _a_scene(m)]
    if not before or before[-1].country == source.country:
        return None
    return before[-1]
