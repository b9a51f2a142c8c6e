"""Use case: the PLOVER records, cross-validated (``dipwatch evaluate --set plover``).

Each fold of ``eval/plover_folds.yaml`` is coded by the English rules minus what
``eval/plover_tuning.yaml`` says was written or changed while reading that fold's records: a
pattern file without them is built for the fold, so every record is scored by rules that never
saw it. The figure reported for PLOVER is the pooled out-of-fold one; the in-sample figure (all
rules on all records) is kept beside it for comparison. Mistakes are listed for the folds open
to tuning only.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dipwatch.evaluation.folds import Folds, Tuned, load_folds, load_tuning, without
from dipwatch.evaluation.plover import PloverRecord, PloverRules
from dipwatch.evaluation.scoring import PloverScore, merge_plover, score_plover
from dipwatch.models import Document, Event

Coder = Callable[[Document], list[Event]]
FOLDS_FILE, TUNING_FILE = "plover_folds.yaml", "plover_tuning.yaml"


def cross_validate(
    records: Sequence[PloverRecord], gold_dir: Path, code: Coder, custom: bool,
    score: Callable[[Sequence[PloverRecord], Sequence[Sequence[Event]]], PloverScore],
) -> tuple[PloverScore, list[PloverScore], PloverScore | None, Folds]:  # fmt: skip
    """(pooled out-of-fold score, one score per fold, in-sample score or None, the folds).

    A ``custom`` coder (a test's) cannot be rebuilt without a fold's rules: it codes every
    fold as it is, and no in-sample figure is kept apart.
    """
    folds = load_folds(gold_dir / FOLDS_FILE, records)
    tuning = load_tuning(gold_dir / TUNING_FILE)
    by_id = {r.record_id: r for r in records}
    per_fold, in_sample_parts = [], []
    for fold, ids in sorted(folds.folds.items()):
        recs = [by_id[i] for i in ids]
        tuned = tuning.get(fold, Tuned())
        fold_code = code if custom or not tuned else fold_coder(tuned)
        part = score(recs, [_code(fold_code, r) for r in recs])
        part.name = f"fold {fold}"
        if fold not in folds.tuning:
            part.mistakes.clear()  # never read: figures only
        per_fold.append(part)
        if not custom:
            in_sample_parts.append(part if fold_code is code else
                                   score(recs, [_code(code, r) for r in recs]))  # fmt: skip
    pooled = merge_plover(per_fold, "plover")
    in_sample = merge_plover(in_sample_parts, "plover (in sample)") if in_sample_parts else None
    return pooled, per_fold, in_sample, folds


def _code(code: Coder, record: PloverRecord) -> list[Event]:
    doc = Document(text=record.text, source="plover", lang="en", published=date(2000, 1, 1),
                   location=record.record_id)  # fmt: skip
    try:
        return list(code(doc))
    except Exception:  # a crash on one record counts it wrong, as in the in-sample run
        return []


def fold_coder(tuned: Tuned) -> Coder:
    """The coder with the bundled English patterns minus what ``tuned`` lists."""
    from dipwatch.coder import code_document
    from dipwatch.coder.reference import Reference
    from dipwatch.reference.loader import read_yaml

    data, where = read_yaml("patterns/en.yaml")
    reduced = without(data, tuned, where)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as fh:
        yaml.safe_dump(reduced, fh, allow_unicode=True, sort_keys=False)
        path = Path(fh.name)
    try:
        reference = Reference.build(patterns={"en": path})
    finally:
        path.unlink(missing_ok=True)
    return lambda doc: code_document(doc, reference)


def scorer(to_plover: Any, rules: PloverRules, organisations: set[str]):
    """``score(records, coded)`` with the comparison rules bound."""
    return lambda recs, coded: score_plover(recs, coded, to_plover, rules, organisations)
