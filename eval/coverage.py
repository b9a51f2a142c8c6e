"""Where recall is lost on the unlabelled corpus: silent sentences, grouped by their predicate.

Rules picked from dev gold's misses stopped moving recall on unseen text (issue 10): the misses
there are spread over wordings seen once or twice. This script ranks what to build by how often
it occurs on the corpus instead. It draws unseen CCTV days with ``sample_days.draw`` (the very
days ``sample_days.py SEED N --unseen`` lists), codes them in this process, and keeps each
sentence where the coder found mentions of at least two different parties, states or
international organisations (two codes, not one country named twice), but emitted no event
from it. Those sentences are grouped by a predicate key, ranked by sentences and days, and the
head of the ranking is printed with three examples a group.

Two keys (``--key``), names masked as ``X`` and digits as ``#``:

- ``after``: the three characters right after the last party's mention, cut at punctuation
  (``美国对X加征关税`` gives ``加征关``): the verb of Chinese SVO follows its object's
  preposition phrase, so what follows the last actor is most often the act.
- ``between``: the stretch between the first and the last party's mentions, its last four
  characters when longer (``X谴责X`` gives ``谴责``; ``X同X举行`` gives ``同``).

Read, ``after`` groups better: its top groups are each one construction (a ceremony's anthem,
a guard of honour, attacks repelled), where ``between``'s are function words (和, 与, 、).
Each sentence also lists the item's events between two of its parties (``coded``): a sentence
whose pair and root the item coded from another sentence loses no recall.

    uv run python eval/coverage.py 4444 400 --out=/tmp/coverage

writes ``DIR/coverage-SEED-N-KEY.tsv`` (the whole ranking) and ``DIR/silent-SEED-N.jsonl``
(every silent sentence, for drawing a sample to read; read again instead of coding when it is
there, unless ``--fresh``). ``--days=FILE`` codes the days a file lists instead of a draw (a
second seed's days less those the first drew). Run from another checkout's environment
(``cd OTHER && uv run python …/eval/coverage.py``) it counts that code's silent sentences.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

import sample_days  # noqa: E402  (a script beside this one, not a package)
from fallback_model import key_after, masked, named_parties  # noqa: E402  (beside this one)

from dipwatch.coder import coding  # noqa: E402
from dipwatch.coder.doc import Coding  # noqa: E402

#: The tail of a long ``between`` stretch (an ``after`` key's three characters: ``key_after``).
BETWEEN = 4


@dataclass(slots=True)
class Silent:
    """A sentence naming two parties that gave no event: where it is, its text, its keys."""

    day: str
    item: str
    sentence: int
    text: str
    parties: list[str]
    after: str
    between: str
    #: the item's events between two of these parties (``CHN>KAZ:01``): a sentence whose act
    #: the item already coded from another sentence is no loss of recall
    coded: list[str]


def key_between(text: str, spans: list[tuple[int, int]], first_end: int, last_start: int) -> str:
    """The stretch between the first and last party, its last ``BETWEEN`` characters if longer.

    >>> key_between("美国谴责俄罗斯", [(0, 2), (4, 7)], 2, 4)
    '谴责'
    >>> key_between("中国同巴西于5日在北京举行", [(0, 2), (3, 5)], 2, 3)
    '同'
    """
    mid = masked(text, spans, first_end, last_start).strip()
    return mid[-BETWEEN:] or "—"


def silent_sentences(c: Coding, day: str, item: str) -> Iterator[Silent]:
    """The sentences of a coded document that name two parties and gave no event."""
    spoken = {e.sentence for e in c.events}
    pairs = {(e.source_actor[:3], e.target_actor[:3], e.root) for e in c.events
             if e.source_actor and e.target_actor}  # fmt: skip
    for s in c.sentences:
        if s.index in spoken or not s.cjk:
            continue
        named = named_parties(c, s.start, s.end)
        parties = {p for _, p in named}
        if len(parties) < 2:
            continue
        spans = [(m.start, m.end) for m, _ in named]
        first = named[0]
        last_other = [m for m, p in named if p != first[1]][-1]
        yield Silent(
            day,
            item,
            s.index,
            c.text[s.start : s.end].strip(),
            sorted(parties),
            key_after(c.text, spans, named[-1][0].end, s.end),
            key_between(c.text, spans, first[0].end, last_other.start),
            sorted(f"{a}>{b}:{r}" for a, b, r in pairs if {a, b} <= parties),
        )


def collect(days: list[str]) -> Iterator[Silent]:
    """Code each day's items in this process and yield their silent sentences."""
    from dipwatch.models import Document
    from dipwatch.sources.text import read_documents

    for day in days:
        for doc in read_documents(sample_days.XWLB / f"{day}.md", source="xwlb"):
            if isinstance(doc, Document):
                item = doc.location.rsplit("#", 1)[-1]
                yield from silent_sentences(coding(doc), day, item)


def rank(silent: list[Silent], key: str) -> list[tuple[str, int, int, list[str]]]:
    """(key, sentences, days, the first three sentences) by sentences, then days, then key.

    >>> s = [Silent("d1", "i", 0, "a", [], "谴责", "", []), Silent("d2", "i", 0, "b", [], "谴责", "", [])]
    >>> rank([*s, Silent("d1", "i", 1, "c", [], "会见", "", [])], "after")[0][:3]
    ('谴责', 2, 2)
    """
    groups: dict[str, list[Silent]] = defaultdict(list)
    for s in silent:
        groups[getattr(s, key)].append(s)
    rows = [
        (k, len(v), len({s.day for s in v}), [s.text for s in v[:3]]) for k, v in groups.items()
    ]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))


def _short(text: str, width: int) -> str:
    """Cut to ``width`` display columns (a CJK character takes two)."""
    out, cols = [], 0
    for ch in text.replace("\n", " "):
        cols += 2 if ord(ch) > 0x2E7F else 1
        if cols > width - 1:
            return "".join(out) + "…"
        out.append(ch)
    return "".join(out)


def table(rows: list[tuple[str, int, int, list[str]]], top: int) -> str:
    """The head of the ranking, readable in 80 columns."""
    total = sum(r[1] for r in rows)
    lines = [f"{'rank':>4} {'sents':>5} {'days':>4}  key", "-" * 80]
    for i, (key, n, d, examples) in enumerate(rows[:top], 1):
        lines.append(f"{i:>4} {n:>5} {d:>4}  {key}")
        lines += [f"{'':>11}{_short(e, 69)}" for e in examples]
    lines.append("-" * 80)
    for k in (10, 30, 100):
        mass = sum(r[1] for r in rows[:k])
        lines.append(f"top {k:>3} groups: {mass} of {total} sentences ({mass / max(total, 1):.0%})")
    lines.append(f"{len(rows)} groups in all")
    return "\n".join(lines)


#: How to call the script (its docstring says what each option does).
USAGE = (
    "usage: coverage.py SEED N [--key=after|between] [--top=K] [--out=DIR] [--days=FILE] [--fresh]"
)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    opts = dict([*a[2:].split("=", 1), "1"][:2] for a in argv if a.startswith("--"))
    usable = len(args) >= 2 and all(a.isdigit() for a in args[:2])
    if not usable or opts.get("key", "after") not in ("after", "between"):
        print(__doc__.strip().splitlines()[0], USAGE, sep="\n", file=sys.stderr)
        return 2
    seed, n, key = int(args[0]), int(args[1]), opts.get("key", "after")
    out = Path(opts.get("out", "."))
    dump = out / f"silent-{seed}-{n}.jsonl"
    days = sample_days.draw(seed, n, unseen=True)
    if "days" in opts:
        days = Path(opts["days"]).read_text("utf-8").split()
    if dump.is_file() and "fresh" not in opts:
        silent = [Silent(**json.loads(line)) for line in dump.read_text("utf-8").splitlines()]
    else:
        silent = list(collect(days))
        out.mkdir(parents=True, exist_ok=True)
        dump.write_text(
            "".join(json.dumps(asdict(s), ensure_ascii=False) + "\n" for s in silent), "utf-8"
        )
    rows = rank(silent, key)
    with (out / f"coverage-{seed}-{n}-{key}.tsv").open("w", encoding="utf-8") as f:
        for k, n_sent, n_days, examples in rows:
            f.write("\t".join([k, str(n_sent), str(n_days), *examples]) + "\n")
    print(f"{len(silent)} silent sentences with two parties on {len(days)} days, key {key}")
    print(table(rows, int(opts.get("top", 30))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
