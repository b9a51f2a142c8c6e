"""Train the learned fallback for silent Chinese sentences naming two parties (issue 10).

Examples: every sentence of a **dev** document of ``xwlb_docs``, ``prose_hant`` and
``prose_hans`` where the coder found mentions of two or more different parties and emitted
no event (``fallback_model.silent_pairs``; documents are coded by ``losses.dev_codings``, which
skips held-out documents before reading them). Each ordered pair of parties is one example;
its label is the root of the dev gold event of that pair whose quote stands in the sentence
(``quote_in``), else ``none``. The model is a multinomial logistic regression (averaged SGD)
over the pair's masked fragments (``fallback_model.pair_features``).

    uv run python eval/train_fallback.py [--folds] [--show=P] [--missed] [--write]
                                         [--unseen=SEED:N:P]

``--folds`` reports five folds by document (a day or passage never split): trained on four,
the fifth's added events scored with ``dipwatch evaluate``'s scorer at each threshold;
``--show=P`` prints each dev event added out of fold at P or more, right or not. ``--missed``
labels only gold events the coder missed (one it coded from another sentence, told again
here, would be a false alarm if added). ``--unseen=SEED:N:P`` trains on all dev and prints
the events the model would add at P on the N unseen CCTV days of ``sample_days.py SEED N
--unseen``, a sample of 60 drawn with ``random.Random(SEED)`` to read. ``--write=PATH``
trains on all dev and writes the model (classes, and per masked fragment a weight a class).
The fallback was not adopted (eval/README.md, "A learned fallback for two-state silent
sentences"); the script is kept for the next trial.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

import losses  # noqa: E402  (a script beside this one, not a package)
from fallback_model import (  # noqa: E402  (beside this one)
    NONE,
    Model,
    learned_events,
    party,
    silent_pairs,
)

from dipwatch.coder.doc import Coding  # noqa: E402
from dipwatch.evaluation.documents import GoldDocument, quote_in  # noqa: E402
from dipwatch.evaluation.scoring import (  # noqa: E402
    SetScore,
    country,
    match,
    same_act,
    score_document,
)

SETS = ("xwlb_docs", "prose_hant", "prose_hans")
FOLDS = 5
EPOCHS = 12
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
#: A feature seen in fewer examples than this is dropped (a fragment of one sentence).
MIN_COUNT = 2
#: A root with fewer examples than this is no class (it cannot be learned).
MIN_CLASS = 3


@dataclass(slots=True)
class Doc:
    """A dev document: its gold, its codings, and its examples (features, label)."""

    set: str
    gold: GoldDocument
    codings: list[Coding]
    examples: list[tuple[list[str], str]]


def label(doc: GoldDocument, text: str, a: str, b: str, skip: set[int]) -> str:
    """The root of the gold event from ``a`` to ``b`` quoted in ``text``, else ``none``
    (gold events whose index is in ``skip`` aside)."""
    for i, g in enumerate(doc.events):
        e = g.event
        if i in skip:
            continue
        if country(e.source) == a and country(e.target) == b and quote_in(g.quote, text):
            return e.root
    return NONE


def collect(shared: Path, missed: bool) -> list[Doc]:
    """Every dev document of the sets, coded, with its examples; with ``missed``, gold events
    the coder matched elsewhere label nothing (adding them again would be false alarms)."""
    docs = []
    for name in SETS:
        for gold, codings in losses.dev_codings(name, shared):
            pred = [e for c in codings for e in c.events]
            skip = set(match(gold.gold_events, pred, same_act)) if missed else set()
            examples = []
            for c in codings:
                for pair in silent_pairs(c):
                    s = c.sentences[pair.sentence]
                    a, b = party(pair.source), party(pair.target)
                    assert a and b
                    examples.append(
                        (pair.features, label(gold, c.text[s.start : s.end], a, b, skip))
                    )
            docs.append(Doc(name, gold, codings, examples))
    return docs


def train(examples: Sequence[tuple[list[str], str]], seed: int = 0) -> Model:
    """Multinomial logistic regression by averaged SGD (the average damps one sentence's
    fragments as a prior would)."""
    sizes = Counter(y for _, y in examples)
    classes = tuple(sorted(k for k, n in sizes.items() if n >= MIN_CLASS or k == NONE))
    index = {k: i for i, k in enumerate(classes)}
    seen = Counter(f for x, _ in examples for f in set(x))
    kept = [(["bias", *(f for f in x if seen[f] >= MIN_COUNT)], index[y])
            for x, y in examples if y in index]  # fmt: skip
    n = len(classes)
    w: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    u: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)  # for the average
    rng, step, t = random.Random(seed), 0.2, 1
    order = list(range(len(kept)))
    model = Model(classes, w)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = step / (1 + epoch)
        for i in order:
            x, y = kept[i]
            probs = model.probabilities(x)
            probs[y] -= 1.0
            for f in x:
                wf, uf = w[f], u[f]
                for k, g in enumerate(probs):
                    wf[k] -= rate * g
                    uf[k] -= t * rate * g
            t += 1
    avg = {f: [round(a - b / t, 3) for a, b in zip(w[f], u[f], strict=True)] for f in w}
    return Model(classes, {f: v for f, v in avg.items() if any(v)})


def scores(docs: Sequence[Doc], added: dict[int, list]) -> dict[str, SetScore]:
    """Each set's figures with the events ``added`` (by document index) to the coder's."""
    out = {name: SetScore(name) for name in SETS}
    for i, d in enumerate(docs):
        pred = [e for c in d.codings for e in c.events] + added.get(i, [])
        score_document(out[d.set], d.gold, pred, mistakes=False)
    return out


def folds(docs: Sequence[Doc], show: float | None) -> None:
    """Out-of-fold figures per threshold (see the module docstring)."""
    order = list(range(len(docs)))
    random.Random(4453).shuffle(order)
    fold_of = {i: k % FOLDS for k, i in enumerate(order)}
    scored: dict[int, list] = {}
    for k in range(FOLDS):
        model = train([ex for i, d in enumerate(docs) if fold_of[i] != k for ex in d.examples])
        for i, d in enumerate(docs):
            if fold_of[i] == k:
                scored[i] = [learned_events(c, model, 0.0) for c in d.codings]
    base = scores(docs, {})
    if show is not None:
        shown(docs, scored, show)
    positives = Counter(d.set for d in docs for _, y in d.examples if y != NONE)
    print("set: dev tp/fp/fn at the start;", dict(positives), "labelled examples")
    for name, s in base.items():
        print(f"  {name}: {s.events.tp}/{s.events.fp}/{s.events.fn}")
    print("threshold  added  right  precision  of-labelled  per set tp/fp/fn after")
    for th in THRESHOLDS:
        added = {i: [e for evs in lists for e, p in evs if p >= th] for i, lists in scored.items()}
        after = scores(docs, added)
        n = sum(len(v) for v in added.values())
        right = sum(after[s].events.tp - base[s].events.tp for s in SETS)
        sets = "  ".join(
            f"{s}:{after[s].events.tp}/{after[s].events.fp}/{after[s].events.fn}" for s in SETS
        )
        print(f"{th:9.2f}  {n:5d}  {right:5d}  {right / max(n, 1):9.3f}  "
              f"{right / max(sum(positives.values()), 1):11.3f}  {sets}")  # fmt: skip


def shown(docs: Sequence[Doc], scored: dict[int, list], th: float) -> None:
    """Each dev event added out of fold at ``th`` or more, right (a gold event it alone
    matches) or not, with its sentence (dev documents only)."""
    for i, lists in sorted(scored.items()):
        d = docs[i]
        pred = [e for c in d.codings for e in c.events]
        before = len(match(d.gold.gold_events, pred, same_act))
        for evs in lists:
            for e, p in evs:
                if p < th:
                    continue
                right = len(match(d.gold.gold_events, [*pred, e], same_act)) > before
                text = (e.text or "").strip().replace("\n", " ")[:70]
                print(f"{'+' if right else '-'} {p:.2f} {d.gold.doc_id} "
                      f"{e.source_actor}->{e.target_actor} {e.code} | {text}")  # fmt: skip


def unseen(model: Model, seed: int, n: int, th: float, read: int = 60) -> None:
    """Code ``n`` unseen CCTV days (``sample_days.py SEED N --unseen``) and print the events
    the model would add at ``th``: how many, and ``read`` of them drawn with
    ``random.Random(seed)``, each with its day, item and sentence, to be read by hand."""
    import sample_days

    from dipwatch.coder import coding
    from dipwatch.models import Document
    from dipwatch.sources.text import read_documents

    added = []
    days = sample_days.draw(seed, n, unseen=True)
    for day in days:
        for doc in read_documents(sample_days.XWLB / f"{day}.md", source="xwlb"):
            if isinstance(doc, Document):
                item = doc.location.rsplit("#", 1)[-1]
                added += [(day, item, e, p) for e, p in learned_events(coding(doc), model, th)]
    print(f"{len(added)} events added at {th} on {len(days)} unseen days")
    for day, item, e, p in random.Random(seed).sample(added, min(read, len(added))):
        text = (e.text or "").strip().replace("\n", " ")
        print(
            f"{day} #{item} {p:.2f} {e.source_actor}->{e.target_actor} {e.code} {e.date} | {text}"
        )


#: The options, each alone or with ``=VALUE``.
_OPTIONS = ("--folds", "--show", "--missed", "--write", "--unseen")


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    unknown = [a for a in argv if a.split("=", 1)[0] not in _OPTIONS]
    if unknown:
        sys.exit(f"unknown option {unknown[0]!r}; see --help")
    shared = EVAL.parent.parent / "shared"
    if not (shared / "data").is_dir():
        sys.exit(f"needs the shared data at {shared / 'data'} (absent)")
    docs = collect(shared, "--missed" in argv)
    sizes = Counter(y for d in docs for _, y in d.examples)
    print(f"{sum(sizes.values())} examples from {len(docs)} dev documents; classes:")
    print("  " + ", ".join(f"{k} {n}" for k, n in sizes.most_common()))
    if "--folds" in argv:
        opts = [a.split("=", 1)[1] for a in argv if a.startswith("--show=")]
        folds(docs, float(opts[0]) if opts else None)
    for out in (Path(a.split("=", 1)[1]) for a in argv if a.startswith("--write=")):
        model = train([ex for d in docs for ex in d.examples])
        out.write_text(json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"wrote {out} ({len(model.weights)} features, classes {' '.join(model.classes)})")
    days = [a.split("=", 1)[1] for a in argv if a.startswith("--unseen=")]
    if days:
        seed, n, th = days[0].split(":")
        unseen(train([ex for d in docs for ex in d.examples]), int(seed), int(n), float(th))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
