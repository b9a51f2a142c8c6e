"""Text-coding speed and memory on CCTV's evening-news transcripts (../shared/data/xwlb).

    uv run python benchmarks/bench_coder.py [--files N] [--workers N]

Reads every ``###`` item of the xwlb Markdown files as a Document (the project's reader), then:

1. baseline: a naive Python ``re`` alternation of the same trigger words and actor names, run
   over the same sentences (what a coder without automata would do, before any rule logic);
2. the coder in this process: sentences per second per core, and RSS sampled along the way
   (flat memory: the last sample should not keep growing with the input);
3. the coder in a process pool on every core (``code_documents``).

Prints sentences/s, the ratio to the baseline, events found and peak RSS. Target (DESIGN.md):
at least 5,000 sentences/s per core, flat memory.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from pathlib import Path

import psutil

from dipwatch.coder import code_documents, coding, default_reference
from dipwatch.models import Document
from dipwatch.sources.text import read_documents

XWLB = Path(__file__).resolve().parents[2] / "shared" / "data" / "xwlb"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(files: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for path in files:
        docs.extend(d for d in read_documents(path, source="xwlb") if isinstance(d, Document))
    return docs


def baseline(sentences: list[str]) -> tuple[float, int]:
    """Seconds for one naive ``re`` alternation (all trigger words and names) over the text."""
    ref = default_reference()
    words: set[str] = set()
    for ruleset in ref.rules.values():
        for rule in ruleset.rules:
            for pattern in rule.patterns:
                words.update(pattern.elements[pattern.anchor].words)
    words.update(k for k, _ in ref.actors.cjk.items())
    regex = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    start = time.perf_counter()
    hits = sum(1 for s in sentences for _ in regex.finditer(s))
    return time.perf_counter() - start, hits


def single(docs: list[Document]) -> tuple[float, int, int, list[float]]:
    """Seconds, sentences, events and RSS samples (MB) coding in this process."""
    proc, samples = psutil.Process(), []
    sentences = events = 0
    step = max(len(docs) // 5, 1)
    start = time.perf_counter()
    for i, doc in enumerate(docs):
        c = coding(doc)
        sentences += len(c.sentences)
        events += len(c.events)
        if i % step == step - 1:
            samples.append(proc.memory_info().rss / 2**20)
    return time.perf_counter() - start, sentences, events, samples


def pooled(docs: list[Document], workers: int) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(ev) for _, ev in code_documents(docs, workers=workers))
    return time.perf_counter() - start, events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=0, help="first N xwlb files (0: all)")
    ap.add_argument("--workers", type=int, default=0, help="pool size (0: every core)")
    args = ap.parse_args()
    if not XWLB.is_dir():
        sys.exit(f"needs the xwlb transcripts at {XWLB}")
    files = sorted(XWLB.glob("*.md"))[: args.files or None]
    t0 = time.perf_counter()
    default_reference()
    print(f"reference built in {time.perf_counter() - t0:.2f} s", flush=True)
    docs = load(files)
    cores = args.workers or os.cpu_count() or 1
    took, n_sent, n_events, samples = single(docs)
    texts = [c.text[s.start : s.end] for d in docs for c in [coding(d)] for s in c.sentences]
    base, hits = baseline(texts)
    print(f"{len(files)} files, {len(docs)} documents, {n_sent} sentences, {n_events} events")
    print(f"baseline re alternation  {n_sent / base:10,.0f} sentences/s  ({hits} raw hits)")
    print(f"coder, 1 process         {n_sent / took:10,.0f} sentences/s per core  "
          f"{base / took:5.2f}x the baseline's speed")  # fmt: skip
    print("RSS samples (MB)         " + " ".join(f"{s:.0f}" for s in samples))
    took_pool, pool_events = pooled(docs, cores)
    print(f"coder, pool of {cores}        {n_sent / took_pool:10,.0f} sentences/s  "
          f"({n_sent / took_pool / cores:,.0f} per core; {pool_events} events)")  # fmt: skip
    print(f"peak RSS {peak_rss_mb():.0f} MB (this process)")


if __name__ == "__main__":
    main()
