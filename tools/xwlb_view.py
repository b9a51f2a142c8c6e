"""Print a development CCTV transcript of the whole-document gold as the coder reads it.

Each item (one document per item, as ``dipwatch code`` reads the file) is printed with its
sentences numbered, then the gold events whose quote is in it and the events the coder emits
from it, each marked ``+`` (matched) or ``-`` (a miss or a false alarm). Held-out documents
are refused: they are read in aggregate only (eval/README.md).

    uv run python tools/xwlb_view.py x20220206 [--all] [--items 3,5]

``--all`` prints items without any event too; a path (``../shared/data/xwlb/20170312.md``)
instead of an id prints a transcript that is not in the gold yet (for annotating it).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dipwatch.coder import code_document, coding
from dipwatch.evaluation.documents import load_documents, quote_in, read_gold_document
from dipwatch.evaluation.scoring import match, same_act
from dipwatch.sources.text import read_documents

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "docs" / "xwlb_docs.jsonl"
SHARED = ROOT.parent / "shared"


def _event(e) -> str:
    return f"{e.date} {e.source_actor}→{e.target_actor} {e.code} [{e.pattern}]"


def _gold(g) -> str:
    return f"{g.date}{'' if g.precision == 'day' else '/' + g.precision} {g.source}→{g.target} {g.code}"


def show(doc_id: str, every: bool, only: set[int]) -> None:
    docs = {d.doc_id: d for d in load_documents(GOLD)}
    if doc_id.endswith(".md"):
        path = Path(doc_id)
        held = {d.ref_path.rsplit("/", 1)[-1] for d in docs.values() if d.split == "heldout"}
        if path.name in held:
            sys.exit(f"{path.name} is a held-out transcript: not shown")
        day = date(int(path.name[:4]), int(path.name[4:6]), int(path.name[6:8]))
        texts = [d for d in read_documents(path, date=day, lang="zh-Hans", genre="news")]
        gold_events = []
    else:
        gold = docs[doc_id]
        if gold.split != "dev":
            sys.exit(f"{doc_id} is held out: read in aggregate only")
        texts = read_gold_document(gold, SHARED)
        gold_events = list(gold.events)
    preds = [(k, e) for k, t in enumerate(texts) for e in code_document(t)]
    pairs = match([g.event for g in gold_events], [e for _, e in preds], same_act)
    matched = set(pairs.values())
    placed: set[int] = set()
    for k, text in enumerate(texts):
        item = k + 1
        mine = [i for i, g in enumerate(gold_events) if i not in placed
                and quote_in(g.quote, text.text)]  # fmt: skip
        placed.update(mine)
        coded = [(j, e) for j, (kk, e) in enumerate(preds) if kk == k]
        if only and item not in only:
            continue
        if not (every or mine or coded or only):
            continue
        print(f"=== item {item}: {text.title}")
        for s in coding(text).sentences:
            print(f"  [{s.index}] {text.text[s.start : s.end].strip()}")
        for i in mine:
            g = gold_events[i]
            print(f"  G{'+' if i in pairs else '-'} {_gold(g.event)}  «{g.quote}»")
        for j, e in coded:
            print(f"  C{'+' if j in matched else '-'} s{e.sentence} {_event(e)}")
    for i, g in enumerate(gold_events):
        if i not in placed:
            print(f"  unplaced gold: {_gold(g.event)} «{g.quote}»")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("doc")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--items", default="")
    args = parser.parse_args()
    only = {int(x) for x in args.items.split(",") if x}
    show(args.doc, args.all, only)


if __name__ == "__main__":
    main()
