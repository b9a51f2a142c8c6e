"""The pipeline: small components over one ``Coding``, run in order by ``Pipeline``.

Each component is registered with what it requires and what it assigns (the fields of
``Coding``); building a Pipeline checks that every requirement is assigned by an earlier
component, so a reordered or missing component fails at once, naming itself. An unexpected
error inside a component is re-raised naming the component and the document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dipwatch.coder.actors import find_actors
from dipwatch.coder.dates import resolve_dates
from dipwatch.coder.discourse import resolve_discourse
from dipwatch.coder.doc import Coding
from dipwatch.coder.groups import code_group_acts
from dipwatch.coder.issues import tag_issues
from dipwatch.coder.narrative import keep_told_events
from dipwatch.coder.normalise import normalise, split_sentences
from dipwatch.coder.patterns import match_patterns
from dipwatch.coder.provenance import attach_provenance
from dipwatch.coder.roundups import code_round_ups
from dipwatch.errors import DipwatchError


@dataclass(frozen=True, slots=True)
class Component:
    """A named step: ``func(coding)`` reads ``requires`` and fills ``assigns``."""

    name: str
    func: Callable[[Coding], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


COMPONENTS: tuple[Component, ...] = (
    Component("normalise", normalise, ("document",), ("norm", "lower")),
    Component("sentences", split_sentences, ("norm",), ("sentences",)),
    Component("dates", resolve_dates, ("sentences",), ("dates", "sentence_dates", "timexes")),
    Component("actors", find_actors, ("sentences", "sentence_dates"), ("mentions", "home")),
    Component(
        "discourse",
        resolve_discourse,
        ("mentions",),
        ("speakers", "participants", "leads", "mentions"),
    ),
    Component(
        "patterns", match_patterns, ("mentions", "dates", "speakers"), ("matches", "sourceless")
    ),
    Component("round_ups", code_round_ups, ("matches", "sourceless"), ("matches",)),
    Component("groups", code_group_acts, ("mentions", "matches"), ("matches",)),
    Component("issues", tag_issues, ("sentences",), ("issues",)),
    Component("provenance", attach_provenance, ("matches", "issues"), ("events",)),
    Component("narrative", keep_told_events, ("events", "dates"), ("events",)),
)


class Pipeline:
    """Runs components in order on a Coding.

    >>> " ".join(c.name for c in Pipeline().components)
    'normalise sentences dates actors discourse patterns round_ups groups issues provenance narrative'
    """

    def __init__(self, components: Sequence[Component] = COMPONENTS) -> None:
        assigned = {"document", "reference"}
        for component in components:
            missing = [r for r in component.requires if r not in assigned]
            if missing:
                raise ValueError(
                    f"component {component.name!r} requires {', '.join(missing)}, "
                    "which no earlier component assigns"
                )
            assigned.update(component.assigns)
        self.components = tuple(components)

    def __call__(self, coding: Coding) -> Coding:
        for component in self.components:
            try:
                component.func(coding)
            except DipwatchError:
                raise
            except Exception as err:
                where = coding.document.location or coding.document.doc_id
                raise RuntimeError(
                    f"coder component {component.name!r} failed on {where}: {err}"
                ) from err
        return coding
