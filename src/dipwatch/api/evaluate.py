"""Use case: code the gold sentences with the text coder and score what it finds.

``evaluate()`` builds each gold sentence as a ``Document`` (dated with its document's date),
runs ``dipwatch.coder.code_document`` on it, and scores the events against the annotations
(see ``dipwatch.evaluation.scoring`` for what counts as a match).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dipwatch.errors import DipwatchError, InputError
from dipwatch.evaluation import default_data_dir, default_gold_dir
from dipwatch.evaluation.gold import SETS, SPLITS, GoldItem, load_en, load_xwlb, load_zh_hant
from dipwatch.evaluation.plover import load_records, load_rules, plover_mapper
from dipwatch.evaluation.scoring import PloverScore, SetScore, score_item, score_plover
from dipwatch.models import Document, Event

Coder = Callable[[Document], list[Event]]
PLOVER_FILE = "PLOVER_GSR_CAMEO.dev.json"
PLOVER_TABLE = "CAMEO2PLOVER-2021.txt"


class CoderUnavailable(DipwatchError):
    """The text coder cannot be imported, so there is nothing to evaluate yet."""


@dataclass(slots=True)
class Evaluation:
    """Scores per gold set; ``splits`` holds the same figures per split of each set."""

    split: str
    scores: list[SetScore] = field(default_factory=list)
    splits: list[SetScore] = field(default_factory=list)
    plover: PloverScore | None = None
    skipped: dict[str, str] = field(default_factory=dict)
    coder_errors: list[str] = field(default_factory=list)
    sentences: int = 0
    seconds: float = 0.0


def load_coder() -> Coder:
    """``dipwatch.coder.code_document``, or a clear error while the coder does not import."""
    try:
        from dipwatch.coder import code_document
    except ImportError as err:
        raise CoderUnavailable(
            f"the text coder (dipwatch.coder.code_document) does not import yet ({err}); "
            "nothing to evaluate"
        ) from None
    return code_document


def evaluate(
    sets: Sequence[str] = SETS,
    split: str = "all",
    gold_dir: Path | None = None,
    data_dir: Path | None = None,
    coder: Coder | None = None,
) -> Evaluation:
    """Score the coder on the chosen gold sets; sets whose data is absent are skipped, saying why.

    >>> result = evaluate(["zh_hant"], split="heldout")  # doctest: +SKIP
    >>> result.scores[0].events.recall  # doctest: +SKIP
    0.93
    """
    unknown = [s for s in sets if s not in SETS]
    if unknown or split not in (*SPLITS, "all"):
        raise InputError(
            f"choose sets among {', '.join(SETS)} and a split among dev, heldout, all "
            f"(got {', '.join(unknown) or split})"
        )
    gold_dir = gold_dir or default_gold_dir()
    data_dir = data_dir or default_data_dir()
    code = coder or load_coder()
    result = Evaluation(split)
    started = time.perf_counter()
    for name in sets:
        if name == "plover":
            _run_plover(result, gold_dir, data_dir, code)
            continue
        items = _gold_items(result, name, gold_dir, data_dir)
        if items is not None:
            _run_set(result, name, [i for i in items if split in ("all", i.split)], code)
    result.seconds = time.perf_counter() - started
    return result


def _gold_items(
    result: Evaluation, name: str, gold_dir: Path, data_dir: Path
) -> list[GoldItem] | None:
    gold = gold_dir / f"{name}.jsonl"
    if not gold.is_file():
        result.skipped[name] = f"no gold file at {gold}"
        return None
    if name == "zh_hant":
        return load_zh_hant(gold)
    if name == "en":
        return load_en(gold)
    if not (data_dir / "xwlb").is_dir():
        result.skipped[name] = f"needs the shared data at {data_dir / 'xwlb'} (absent)"
        return None
    return load_xwlb(gold, data_dir / "xwlb")


def _run_set(result: Evaluation, name: str, items: list[GoldItem], code: Coder) -> None:
    whole = SetScore(name)
    parts = {s: SetScore(f"{name}:{s}") for s in SPLITS}
    for item in items:
        doc = Document(
            text=item.text, source=name, lang=item.lang, published=item.doc_date,
            location=item.item_id,
        )  # fmt: skip
        events = _code(result, code, doc)
        score_item(whole, item, events)
        score_item(parts[item.split], item, events)
    result.scores.append(whole)
    result.splits.extend(p for p in parts.values() if p.items)


def _run_plover(result: Evaluation, gold_dir: Path, data_dir: Path, code: Coder) -> None:
    records_path, rules_path = data_dir / "plover" / PLOVER_FILE, gold_dir / "plover.yaml"
    if not records_path.is_file():
        result.skipped["plover"] = f"needs the shared data at {records_path} (absent)"
        return
    if not rules_path.is_file():
        result.skipped["plover"] = f"no comparison rules at {rules_path}"
        return
    rules = load_rules(rules_path)
    records = load_records(records_path, rules)
    to_plover = plover_mapper(data_dir / "plover" / PLOVER_TABLE, rules)
    coded = [
        _code(result, code, Document(text=r.text, source="plover", lang="en",
                                     published=date(2000, 1, 1), location=r.record_id))
        for r in records
    ]  # fmt: skip
    result.plover = score_plover(records, coded, to_plover, rules, _organisation_codes())


def _code(result: Evaluation, code: Coder, doc: Document) -> list[Event]:
    result.sentences += 1
    try:
        return list(code(doc))
    except Exception as err:  # a coder crash on one sentence is a finding, not the end of the run
        result.coder_errors.append(f"{doc.location}: {type(err).__name__}: {err}")
        return []


def _organisation_codes() -> set[str]:
    try:
        from dipwatch.reference import organisations

        return {o.cameo for o in organisations() if o.cameo}
    except (ImportError, DipwatchError):
        return set()
