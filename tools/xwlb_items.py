"""Print a CCTV transcript item by item as the project's reader gives it, for annotating it
whole before the coder is ever run on it (no coder output is printed).

Items that name no foreign state, organisation or foreign-affairs word are listed by title
only (most are domestic); every other item is printed whole, sentence by sentence (cut at
。！？), with its number. Held-out transcripts of eval/docs are refused.

    uv run python tools/xwlb_items.py ../shared/data/xwlb/20170121.md
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from pathlib import Path

from dipwatch.sources.text import read_documents

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dipwatch" / "reference" / "data"
_WORDS = ("外国", "国际", "联合国", "外长", "外交", "大使", "总统", "总理", "首相", "会见", "会谈",
          "通电话", "访问", "贺电", "贺信", "致电", "峰会", "论坛", "制裁", "袭击", "空袭")  # fmt: skip


def _names() -> re.Pattern[str]:
    names: set[str] = set(_WORDS)
    for file, cols in (("countries.csv", ("name_zh_hans", "aliases", "short_zh")),
                       ("organisations.csv", ("name_zh_hans", "aliases"))):  # fmt: skip
        with open(DATA / file, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for col in cols:
                    names.update(n for n in (row.get(col) or "").split("|")
                                 if len(n) >= 2 and re.search("[\u4e00-\u9fff]", n))  # fmt: skip
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def _held_out() -> set[str]:
    held = set()
    for line in (ROOT / "eval" / "docs" / "xwlb_docs.jsonl").open(encoding="utf-8"):
        obj = json.loads(line)
        if obj["split"] == "heldout":
            held.add(obj["ref"]["path"].rsplit("/", 1)[-1])
    return held


def main(path: Path) -> None:
    if path.name in _held_out():
        sys.exit(f"{path.name} is a held-out transcript: not shown")
    day = date(int(path.name[:4]), int(path.name[4:6]), int(path.name[6:8]))
    foreign = _names()
    for k, doc in enumerate(read_documents(path, date=day, lang="zh-Hans", genre="news"), 1):
        if not foreign.search(doc.text):
            print(f"=== item {k} (no foreign names): {doc.title}")
            continue
        print(f"=== item {k}: {doc.title}")
        for n, s in enumerate(re.findall(r"[^。！？\n]+[。！？]?", doc.text)):
            print(f"  [{n}] {s.strip()}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
