"""Use case: code the gold with the text coder and score what it finds.

Two kinds of gold set (``eval/README.md``): the sentence sets (``eval/<set>.jsonl``: each
gold sentence becomes a ``Document`` dated with its document's date) and the whole-document
sets (``eval/docs/<set>.jsonl``: every event of a document annotated; each is coded whole, as
``dipwatch code`` would read it). ``evaluate()`` runs ``dipwatch.coder.code_document`` and scores
the events against the annotations (``dipwatch.evaluation.scoring`` says what counts as a
match). Mistakes are kept for development items only: held-out gold is read in aggregate.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dipwatch.api.evaluate_plover import FOLDS_FILE, cross_validate, scorer
from dipwatch.errors import DipwatchError, InputError
from dipwatch.evaluation import default_data_dir, default_gold_dir
from dipwatch.evaluation.documents import (
    GoldDocument,
    check_quotes,
    document_sets,
    load_documents,
    read_gold_document,
)
from dipwatch.evaluation.gold import SETS, SPLITS, GoldItem, load_en, load_xwlb, load_zh_hant
from dipwatch.evaluation.plover import load_records, load_rules, plover_mapper
from dipwatch.evaluation.scoring import (
    PloverScore,
    SetScore,
    score_document,
    score_item,
)
from dipwatch.models import Document, Event

Coder = Callable[[Document], list[Event]]
PLOVER_FILE = "PLOVER_GSR_CAMEO.dev.json"
PLOVER_TABLE = "CAMEO2PLOVER-2021.txt"


class CoderUnavailable(DipwatchError):
    """The text coder cannot be imported, so there is nothing to evaluate yet."""


@dataclass(slots=True)
class Evaluation:
    """Scores per gold set; ``splits`` holds the same figures per split of each set;
    ``documents`` names the sets scored as whole documents."""

    split: str
    scores: list[SetScore] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    splits: list[SetScore] = field(default_factory=list)
    plover: PloverScore | None = None  # pooled out of fold (cross-validated)
    plover_folds: list[PloverScore] = field(default_factory=list)
    plover_in_sample: PloverScore | None = None
    plover_protocol: str = ""
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


def available_sets(gold_dir: Path | None = None) -> tuple[str, ...]:
    """The sentence sets, then the whole-document sets found in ``gold_dir/docs``."""
    return (*SETS, *document_sets(gold_dir or default_gold_dir()))


def evaluate(
    sets: Sequence[str] | None = None,
    split: str = "all",
    gold_dir: Path | None = None,
    data_dir: Path | None = None,
    coder: Coder | None = None,
) -> Evaluation:
    """Score the coder on the chosen gold sets (all by default); sets whose data is absent are
    skipped, saying why.

    >>> result = evaluate(["zh_hant"], split="heldout")  # doctest: +SKIP
    >>> result.scores[0].events.recall  # doctest: +SKIP
    0.93
    """
    gold_dir = gold_dir or default_gold_dir()
    known = available_sets(gold_dir)
    sets = known if sets is None else sets
    unknown = [s for s in sets if s not in known]
    if unknown or split not in (*SPLITS, "all"):
        raise InputError(
            f"choose sets among {', '.join(known)} and a split among dev, heldout, all "
            f"(got {', '.join(unknown) or split})"
        )
    data_dir = data_dir or default_data_dir()
    code = coder or load_coder()
    result = Evaluation(split)
    started = time.perf_counter()
    for name in sets:
        if name == "plover":
            _run_plover(result, gold_dir, data_dir, code, custom=coder is not None)
        elif name not in SETS:
            _run_documents(result, name, gold_dir / "docs" / f"{name}.jsonl", data_dir, code)
        elif (items := _gold_items(result, name, gold_dir, data_dir)) is not None:
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
    dev = {i.item_id for i in items if i.split == "dev"}
    whole.mistakes = [m for m in whole.mistakes if m.item_id in dev]
    result.scores.append(whole)
    result.splits.extend(p for p in parts.values() if p.items)


def _run_documents(result: Evaluation, name: str, gold: Path, data_dir: Path, code: Coder) -> None:
    """Code each gold document whole and score it against every event annotated in it."""
    docs = [d for d in load_documents(gold) if result.split in ("all", d.split)]
    if any(d.ref_path for d in docs) and not data_dir.is_dir():
        result.skipped[name] = f"needs the shared data at {data_dir} (absent)"
        return
    whole = SetScore(name)
    parts = {s: SetScore(f"{name}:{s}") for s in SPLITS}
    for doc in docs:
        events = _code_document(result, code, doc, data_dir.parent)
        score_document(whole, doc, events, mistakes=doc.split == "dev")
        score_document(parts[doc.split], doc, events, mistakes=False)
    result.scores.append(whole)
    result.documents.add(name)
    result.splits.extend(p for p in parts.values() if p.items)


def _code_document(result: Evaluation, code: Coder, doc: GoldDocument, shared: Path) -> list[Event]:
    """Every event coded from the texts of one gold document (its quotes checked first)."""
    texts = read_gold_document(doc, shared)
    check_quotes(doc, texts)
    return [e for text in texts for e in _code(result, code, text)]


def _run_plover(
    result: Evaluation, gold_dir: Path, data_dir: Path, code: Coder, custom: bool = False
) -> None:
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
    score = scorer(to_plover, rules, _organisation_codes())
    if not (gold_dir / FOLDS_FILE).is_file():  # no folds: the in-sample figure only
        coded = [
            _code(result, code, Document(text=r.text, source="plover", lang="en",
                                         published=date(2000, 1, 1), location=r.record_id))
            for r in records
        ]  # fmt: skip
        result.plover = score(records, coded)
        return
    pooled, folds, in_sample, made = cross_validate(records, gold_dir, code, custom, score)
    result.sentences += len(records) * (1 if in_sample is None else 2)
    result.plover, result.plover_folds, result.plover_in_sample = pooled, folds, in_sample
    result.plover_protocol = (
        f"{made.k}-fold cross-validated (seed {made.seed}): each fold coded without the rules "
        f"tuned on it; folds {', '.join(map(str, made.tuning))} open to tuning, the others "
        "never read"
    )


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
