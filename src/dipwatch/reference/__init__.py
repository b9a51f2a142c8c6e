"""Reference tables shipped as package data, loaded once and validated.

Every loader takes an optional ``path`` to a user's own file in the same layout, which is used
instead of the bundled one. Malformed files raise ReferenceDataError naming the file and entry.

Public API (what the rest of dipwatch may call):

- ``countries(path=None) -> CountryTable``       (``dipwatch.reference.countries``)
- ``people(path=None) -> PeopleTable``           leaders, ministers, spokespeople with terms
- ``organisations(path=None) -> list[Organisation]``
- ``cameo(path=None) -> CameoCodebook``          event codes with labels, Goldstein, quad, PLOVER
- ``issues(path=None) -> list[Issue]``           the issue lexicon
- ``recognition(path=None) -> RecognitionHistory`` ROC/PRC recognition changes since 1971
- ``actor_codes(path=None) -> ActorCodes``      CAMEO actor type and known-group codes
- ``former_states(path=None) -> FormerStates``   states that no longer exist, with their codes
- ``places(path=None) -> PlaceTable``           regions and towns of states, each with its state
- ``spring_festivals(path=None) -> dict[int, date]`` the lunar new year's day of each year
- ``relations_established_days(path=None) -> dict[str, date]`` the day the PRC and a state set up
  relations, by the state's short form
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_HOME = {
    "CameoCode": "cameo", "CameoCodebook": "cameo", "cameo": "cameo",
    "Country": "countries", "CountryTable": "countries", "countries": "countries",
    "REGIONS": "countries",
    "Issue": "issues", "issues": "issues", "term_index": "issues", "quad_class_of": "cameo",
    "Organisation": "people", "PeopleTable": "people", "Person": "people",
    "organisations": "people", "people": "people", "lookup_organisation": "people",
    "RecognitionChange": "recognition", "RecognitionHistory": "recognition", "recognition": "recognition",
    "ActorCode": "actor_codes", "ActorCodes": "actor_codes", "actor_codes": "actor_codes",
    "FormerState": "former_states", "FormerStates": "former_states",
    "former_states": "former_states",
    "Place": "places", "PlaceTable": "places", "places": "places",
    "spring_festivals": "calendar", "spring_festival": "calendar",
    "relations_established_days": "calendar", "relations_established": "calendar",
}  # fmt: skip

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    """Load each table's module on first use, so importing one table never loads the others."""
    if name in _HOME:
        return getattr(importlib.import_module(f"dipwatch.reference.{_HOME[name]}"), name)
    raise AttributeError(f"module 'dipwatch.reference' has no attribute {name!r}")


class _Package(types.ModuleType):
    """Keeps ``dipwatch.reference.countries`` (people, cameo…) the loader function: importing
    a submodule binds it on its package under its own name, which would shadow the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _HOME.get(name) == name:
            value = getattr(value, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
