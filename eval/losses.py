"""Where recall is lost on dev gold: each missed event, by what the coder saw in its sentence.

Rules written per construction stopped moving recall on unseen text (issue 10), and
``coverage.py`` showed that the corpus's silent sentences naming two parties hold few real
misses (about 1.3 a CCTV day). This script looks from the other side: it codes every **dev**
document of the whole-document sets (held-out documents are skipped before they are read),
matches the gold as ``dipwatch evaluate`` does, and sorts each missed gold event by the sentence
its quote stands in:

- ``coded, date wrong``: the same act was coded from that sentence, with another date;
- ``coded, same pair, other root``: the two states were coded there, with another act;
- ``coded, same root, other pair``: the act was coded there, between other parties;
- ``coded, other events only``: the sentence gave events, none of these;
- ``silent, both actors found``: no event from the sentence, though the coder found mentions
  of both the gold's source and target states in it (a trigger or a rule is missing, or a
  check rejected the match);
- ``silent, one actor found``: no event, and only one of the two states was found (the other
  is implicit, carried from earlier, or a name the tables lack);
- ``silent, neither actor found``;
- ``quote in no one sentence``: the gold quote spans sentences (rare).

    uv run python eval/losses.py [SET ...] [--examples=N] [--reasons]

``--reasons`` splits each silent class by what the rules' candidates in the sentence came to
(``candidates``): none held a pattern (``no candidate``: no rule has the wording), or a
candidate was rejected for want of a partner (``no_target``) or of a doer (``no_source``), or
by another check, or passed the checks and was dropped later (a selection, a duplicate). SET defaults to every whole-document set with dev documents. Run from another checkout's
environment (``cd OTHER && uv run python …/eval/losses.py``) it sorts that code's misses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from dipwatch.coder import coding, patterns
from dipwatch.coder.checks import Candidate, Checks
from dipwatch.coder.doc import Coding, Match, Sentence, starting_in
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.rules import Pattern, Rule
from dipwatch.evaluation.documents import (
    GoldDocument,
    load_documents,
    quote_in,
    read_gold_document,
)
from dipwatch.evaluation.gold import GoldEvent
from dipwatch.evaluation.scoring import country, match, same_act
from dipwatch.models import Event

EVAL = Path(__file__).resolve().parent
SETS = ("xwlb_docs", "prose_hant", "prose_hans", "en_news")
NOT_ONE_SENTENCE = "quote in no one sentence"


def loss(gold: GoldEvent, coded_here: Sequence[Event], found: set[str]) -> str:
    """The class of one missed gold event, given the events coded from its sentence and the
    codes (countries and actor codes) of the mentions the coder found in it."""
    if coded_here:
        if any(same_act(gold, p, with_date=False) for p in coded_here):
            return "coded, date wrong"
        pair = {country(gold.source), country(gold.target)}
        if any({country(p.source_actor), country(p.target_actor)} == pair for p in coded_here):
            return "coded, same pair, other root"
        if any((p.root or p.code[:2]) == gold.root for p in coded_here):
            return "coded, same root, other pair"
        return "coded, other events only"
    source = country(gold.source) in found
    target = gold.target is None or country(gold.target) in found
    if source and target:
        return "silent, both actors found"
    return "silent, one actor found" if source or target else "silent, neither actor found"


#: What the candidates of each sentence came to, (id of the coding, sentence) -> reasons
#: ("OK" for a candidate that passed), gathered while ``--reasons`` is given.
_TRACE: dict[tuple[int, int], list[str]] = defaultdict(list)


@contextmanager
def candidates() -> Iterator[None]:
    """While open, ``patterns`` notes in ``_TRACE`` what each candidate came to: the rejecting
    check's reason or "OK". Its two calls are wrapped for this report only and put back on
    leaving: the coder is unchanged."""
    made, checked = patterns.candidate, patterns.run_checks

    def candidate(
        checks: Checks, mt: Matcher, rule: Rule, pattern: Pattern, a: int, b: int, held: Any = None
    ) -> Candidate | str:
        result = made(checks, mt, rule, pattern, a, b, held)
        if isinstance(result, str):
            _TRACE[(id(mt.coding), mt.s.index)].append(result)
        return result

    def run_checks(checks: Checks, c: Candidate) -> tuple[int, list[Match]] | str:
        result = checked(checks, c)
        _TRACE[(id(c.mt.coding), c.mt.s.index)].append(result if isinstance(result, str) else "OK")
        return result

    patterns.candidate, patterns.run_checks = candidate, run_checks
    try:
        yield
    finally:
        patterns.candidate, patterns.run_checks = made, checked


def came_to(c: Coding, s: Sentence) -> str:
    """What the sentence's candidates came to (``candidates``), most telling first."""
    seen = set(_TRACE.get((id(c), s.index), ()))
    if not seen:
        return "no candidate"
    told = next((r for r in ("no_target", "no_source") if r in seen), None)
    return told or ("passed, dropped later" if "OK" in seen else "another check")


def _sentence(codings: Sequence[Coding], quote: str) -> tuple[Coding, Sentence] | None:
    for c in codings:
        for s in c.sentences:
            if quote_in(quote, c.document.text[s.start : s.end]):
                return c, s
    return None


def dev_codings(name: str, shared: Path) -> Iterator[tuple[GoldDocument, list[Coding]]]:
    """Each dev document of a whole-document set with the codings of its texts; held-out
    documents are skipped before they are read (neither their text nor coded)."""
    for doc in load_documents(EVAL / "docs" / f"{name}.jsonl"):
        if doc.split != "dev":
            continue
        _TRACE.clear()  # (the ids of a document's codings are reused by the next one's)
        yield doc, [coding(text) for text in read_gold_document(doc, shared)]


def losses(
    name: str, shared: Path, reasons: bool = False
) -> tuple[int, Counter[str], dict[str, list[str]]]:
    """Gold events of the set's dev documents, its misses by class, and examples of each."""
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for doc, codings in dev_codings(name, shared):
        pred = [e for c in codings for e in c.events]
        pairs = match(doc.gold_events, pred, same_act)
        total += len(doc.events)
        for i, gold in enumerate(doc.events):
            if i in pairs:
                continue
            where = _sentence(codings, gold.quote)
            if where is None:
                counts[NOT_ONE_SENTENCE] += 1
                continue
            c, s = where
            here = [p for p in pred if p.text and quote_in(gold.quote, p.text)]
            mentions = [m for m in starting_in(c.mentions, s.start, s.end) if not m.inert]
            found = {m.code for m in mentions} | {m.country for m in mentions if m.country}
            kind = loss(gold.event, here, found)
            if reasons and kind.startswith("silent"):
                kind = f"{kind}: {came_to(c, s)}"
            counts[kind] += 1
            g = gold.event
            examples[kind].append(
                f"{doc.doc_id} {g.source}->{g.target} {g.code} | "
                + c.document.text[s.start : s.end].strip().replace("\n", " ")[:60]
            )
    return total, counts, examples


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="losses.py",
        description="Each missed dev gold event, sorted by what the coder saw in its sentence.",
    )
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"default: {' '.join(SETS)}")
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="print N examples of each class")  # fmt: skip
    parser.add_argument("--reasons", action="store_true",
                        help="split the silent classes by what the rules' candidates came to")  # fmt: skip
    args = parser.parse_args(argv)
    unknown = sorted(set(args.sets) - set(SETS))
    if unknown:
        parser.error(f"no whole-document set {', '.join(unknown)} (sets: {', '.join(SETS)})")
    shared = EVAL.parent.parent / "shared"
    if not (shared / "data").is_dir():
        sys.exit(f"needs the shared data at {shared / 'data'} (absent)")
    with candidates() if args.reasons else nullcontext():
        for name in args.sets or SETS:
            total, counts, examples = losses(name, shared, args.reasons)
            missed = sum(counts.values())
            print(f"{name}: {total} dev gold events, {missed} missed")
            for kind, n in counts.most_common():
                print(f"  {n:5d} {n / missed:6.1%}  {kind}")
                for line in examples[kind][: args.examples]:
                    print(f"         {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
