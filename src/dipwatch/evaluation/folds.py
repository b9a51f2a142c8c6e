"""Cross-validating the English rules on the PLOVER records: the folds, and what each shaped.

The 164 records are split into ``k`` folds (``eval/plover_folds.yaml``, made by
``assign_folds``: stratified by gold type, ordered by a seeded hash). A rule written or changed
while reading a fold's records is listed under that fold in ``eval/plover_tuning.yaml``; when
``dipwatch evaluate --set plover`` codes the records of fold *f*, it leaves out every rule,
pattern and word listed under *f*, so that each fold is scored by rules that never saw it (the
out-of-fold, cross-validated figure). Folds not listed under ``tuning`` were never read: only
their aggregate figures are looked at.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dipwatch.errors import ReferenceDataError
from dipwatch.evaluation.plover import PloverRecord, read_mapping


@dataclass(frozen=True, slots=True)
class Folds:
    """The folds of the PLOVER records: ``folds[f]`` are the record ids of fold ``f``."""

    seed: int
    k: int
    tuning: tuple[int, ...]
    folds: dict[int, tuple[str, ...]]

    def fold_of(self, record_id: str) -> int:
        return next(f for f, ids in self.folds.items() if record_id in ids)


@dataclass(frozen=True, slots=True)
class Tuned:
    """What one fold's records shaped: whole rules, single patterns (rule id, pattern text),
    and words of the pattern file's lexicon (``fixed`` actors, ``roles``)."""

    rules: frozenset[str] = frozenset()
    patterns: frozenset[tuple[str, str]] = frozenset()
    fixed: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    lexicon: tuple[tuple[str, frozenset[str]], ...] = ()  # (list name, words) of the lexicon

    def __bool__(self) -> bool:
        return bool(self.rules or self.patterns or self.fixed or self.roles or self.lexicon)


def assign_folds(records: Sequence[PloverRecord], k: int, seed: int) -> dict[int, list[str]]:
    """Deal the records to folds ``1..k``: by gold type as the records write it (in name
    order; FIGHT apart from ASSAULT), each type's records
    ordered by ``sha1(f"{seed}:{id}")``, one count running across types so folds stay even.

    >>> r = [PloverRecord(f"R{i}", "", "AGREE" if i < 3 else "ASSAULT", (), ()) for i in range(5)]
    >>> {f: len(ids) for f, ids in assign_folds(r, 2, 10).items()}
    {1: 3, 2: 2}
    """
    by_type: dict[str, list[str]] = defaultdict(list)
    for r in records:
        by_type[r.written_type or r.event_type].append(r.record_id)
    folds: dict[int, list[str]] = {f: [] for f in range(1, k + 1)}
    n = 0
    for event_type in sorted(by_type):
        for record_id in sorted(by_type[event_type], key=lambda i: _hash(seed, i)):
            folds[n % k + 1].append(record_id)
            n += 1
    return folds


def _hash(seed: int, record_id: str) -> str:
    return hashlib.sha1(f"{seed}:{record_id}".encode()).hexdigest()


def load_folds(path: Path, records: Sequence[PloverRecord]) -> Folds:
    """Read ``eval/plover_folds.yaml`` and check that it places every record exactly once."""
    raw = read_mapping(path)
    try:
        seed, k = int(raw["seed"]), int(raw["k"])
        tuning = tuple(int(f) for f in raw.get("tuning") or ())
        folds = {int(f): tuple(str(i) for i in ids) for f, ids in raw["folds"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ReferenceDataError(str(path), "file", f"needs seed, k and folds: {err}") from None
    placed = [i for ids in folds.values() for i in ids]
    wanted = {r.record_id for r in records}
    if sorted(placed) != sorted(wanted) or len(folds) != k:
        missing, extra = wanted - set(placed), set(placed) - wanted
        raise ReferenceDataError(
            str(path), "folds", f"must hold each record once in {k} folds "
            f"(missing {sorted(missing)[:3]}, unknown {sorted(extra)[:3]}, "
            f"{len(placed) - len(set(placed))} twice)",
        )  # fmt: skip
    return Folds(seed, k, tuning, folds)


def load_tuning(path: Path) -> dict[int, Tuned]:
    """Read ``eval/plover_tuning.yaml``: for each fold, what its records shaped."""
    raw = read_mapping(path) if path.is_file() else {}
    tuned: dict[int, Tuned] = {}
    # ``folds``: written while reading a fold; ``audit``: found by eval/plover_audit.py. Both
    # are coded around the same way.
    for section in ("folds", "audit"):
        for fold, entry in (raw.get(section) or {}).items():
            entry = entry or {}
            patterns = entry.get("patterns") or []
            if not all(isinstance(p, dict) and {"rule", "pattern"} <= set(p) for p in patterns):
                raise ReferenceDataError(str(path), f"fold {fold}", "a pattern is {rule, pattern}")
            old = tuned.get(int(fold), Tuned())
            tuned[int(fold)] = Tuned(
                rules=old.rules | frozenset(entry.get("rules") or ()),
                patterns=old.patterns | frozenset((p["rule"], p["pattern"]) for p in patterns),
                fixed=old.fixed | frozenset(entry.get("fixed") or ()),
                roles=old.roles | frozenset(entry.get("roles") or ()),
                lexicon=old.lexicon
                + tuple((k, frozenset(v)) for k, v in (entry.get("lexicon") or {}).items()),
            )
    return tuned


def without(patterns: dict[str, Any], tuned: Tuned, where: str = "patterns") -> dict[str, Any]:
    """The data of a pattern file minus what ``tuned`` lists (a rule left with no pattern goes
    too); a listed rule, pattern or word that the file lacks is an error, so that the tuning
    file cannot silently go stale.

    >>> data = {"rules": [{"id": "en.1", "en": ["a", "b"]}], "lexicon": {"fixed": {"x": "USA"}}}
    >>> without(data, Tuned(patterns=frozenset({("en.1", "a")}), fixed=frozenset({"x"})))
    {'rules': [{'id': 'en.1', 'en': ['b']}], 'lexicon': {'fixed': {}}}
    """
    rules = []
    known = {(r["id"], p) for r in patterns["rules"] for p in r.get("en", [])}
    ids = {r["id"] for r in patterns["rules"]}
    stale = [r for r in tuned.rules if r not in ids] + [
        f"{r}: {p}" for r, p in tuned.patterns if (r, p) not in known
    ]
    lexicon = dict(patterns.get("lexicon") or {})
    fixed = dict(lexicon.get("fixed") or {})
    stale += [w for w in tuned.fixed if w not in fixed]
    stale += [f"{k}: {w}" for k, words in tuned.lexicon for w in words
              if w not in (lexicon.get(k) or ())]  # fmt: skip
    if stale:
        raise ReferenceDataError(where, "tuning", f"names what the patterns lack: {stale[:3]}")
    for rule in patterns["rules"]:
        kept = [p for p in rule.get("en", []) if (rule["id"], p) not in tuned.patterns]
        if rule["id"] not in tuned.rules and kept:
            rules.append({**rule, "en": kept})
    lexicon["fixed"] = {w: c for w, c in fixed.items() if w not in tuned.fixed}
    for key, words in tuned.lexicon:
        lexicon[key] = [w for w in lexicon[key] if w not in words]
    if tuned.roles:
        lexicon["roles"] = {role: [w for w in words if w not in tuned.roles]
                            for role, words in (lexicon.get("roles") or {}).items()}  # fmt: skip
    return {**patterns, "rules": rules, "lexicon": lexicon}
