"""People the tables lack, named by the corpus: appositions mined, bare names counted.

A person given once with state and title (``美国国务卿布林肯``) and then bare (``布林肯表示``)
leaves the bare sentences with one state or none when the people table lacks the name
(issue 10, the one-state class). Two jobs:

    uv run python eval/names.py mine SILENT.jsonl [...] > eval/names_corpus.tsv
    uv run python eval/names.py code SEED N OUT.jsonl
    uv run python eval/names.py code-free OUT.jsonl

``mine`` reads every free CCTV day (all of ``../shared/data/xwlb`` less the days any held-out
gold line names), finds ``<state><title word><2-4 Han characters>`` (the state's names and
short forms from the reference tables, the title words from zh.yaml's roles lexicon) and
counts per (state, name) the days with the state, the days the bare name stands in an item
after it, the first and last day, and how many silent sentences (``code``'s dumps: sentences
that gave no event) hold the bare name; rows are ranked by that count. ``code`` codes the
``sample_days.py SEED N --unseen`` days in this process and writes each event and each
silent sentence with the parties found (run from another checkout's environment, it codes
that code: ``cd OTHER && uv run python …/eval/names.py code …``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

import coverage  # noqa: E402  (a script beside this one, not a package)
import sample_days  # noqa: E402

from dipwatch.coder import coding  # noqa: E402
from dipwatch.coder.doc import starting_in  # noqa: E402


def heldout_days() -> set[str]:
    """The days a held-out line of either day-naming gold file names (read: split, path)."""
    days: set[str] = set()
    for name in ("docs/xwlb_docs.jsonl", "xwlb.jsonl"):
        for line in (EVAL / name).read_text("utf-8").splitlines():
            d = json.loads(line)
            if d["split"] == "heldout":
                days.add(Path(d["ref"]["path"] if "ref" in d else d["file"]).stem)
    return days


def free_days() -> list[str]:
    """Every CCTV day of the shared corpus less the held-out days."""
    held = heldout_days()
    return sorted(p.stem for p in sample_days.XWLB.glob("*.md") if p.stem not in held)


def code_days(days: list[str], out: Path) -> None:
    """Code each day and write its events and its silent sentences (no event), one a line."""
    from dipwatch.models import Document
    from dipwatch.sources.text import read_documents

    with out.open("w", encoding="utf-8") as f:
        for day in days:
            for doc in read_documents(sample_days.XWLB / f"{day}.md", source="xwlb"):
                if not isinstance(doc, Document):
                    continue
                item = doc.location.rsplit("#", 1)[-1]
                c = coding(doc)
                spoken = {e.sentence for e in c.events}
                for e in c.events:
                    s = c.sentences[e.sentence]
                    rec = {"kind": "event", "day": day, "item": item, "sentence": e.sentence,
                           "text": c.text[s.start : s.end].strip(), "src": e.source_actor,
                           "tgt": e.target_actor, "code": e.code, "date": str(e.date)}  # fmt: skip
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                for s in c.sentences:
                    if s.index in spoken or not s.cjk:
                        continue
                    parties = {
                        p
                        for m in starting_in(c.mentions, s.start, s.end)
                        if (p := coverage.party(m))
                    }
                    rec = {"kind": "silent", "day": day, "item": item, "sentence": s.index,
                           "text": c.text[s.start : s.end].strip(), "parties": sorted(parties)}  # fmt: skip
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")


#: The title words of an apposition: the people among zh.yaml's role words (not a ministry, a
#: mission or a force), read from the lexicon so that a new title is mined as it is added.
_NOT_PERSON = re.compile(r"(?:部|馆|府|处|院|会|团|署|党|中央|当局|内阁|政府|军队|部队|军方|使团|领事馆|"
                         r"办公室|办事处|代表处|武装.*|民兵.*|海警.*|军舰|战机|军机|侦察.*|破坏小组|"
                         r"卫队|媒体|通讯社|电视台|企业|公司|海军|空军|陆军|杜马|国会|议会|法院|"
                         r"反对派|反对党|外交人员|官员|外交官|政党|元首|国家元首|领导人|委|人大)$")  # fmt: skip
#: What may follow a name in its apposition: the verb or particle after it, not a name's next
#: character (a transliteration's characters are drawn from a small set none of these are in).
#: A title cut short (大使馆, 总统府, 首相官邸, 王储兼首相, 特别代表): no name starts so.
_NOT_FIRST = set("馆府官兼亦讨特别")
_AFTER_NAME = set(
    "表说会在当日称于对与同，。的将发宣和访强指也还举签通抵出致、：:率并就近（“今昨此向则已再为认呼等"
)


def titles() -> list[str]:
    """zh.yaml's role words that name a person's office, longest first."""
    import yaml

    zh = yaml.safe_load(
        (EVAL.parent / "src/dipwatch/reference/data/patterns/zh.yaml").read_text("utf-8")
    )
    words = {w for ws in zh["lexicon"]["roles"].values() for w in ws}
    return sorted((w for w in words if not _NOT_PERSON.search(w)), key=len, reverse=True)


def state_names() -> dict[str, str]:
    """Each Simplified name and short form of a state or territory -> its ISO3 code."""
    from dipwatch.reference.countries import countries

    out: dict[str, str] = {}
    for c in countries():
        for n in (c.name_zh_hans, *c.aliases, *c.short_zh):
            if n and re.fullmatch(r"[\u4e00-\u9fff]+", n) and not n.endswith("方"):
                out.setdefault(n, c.iso3)
    return out


def name_at(text: str, pos: int) -> str | None:
    """The shortest 2-4 character name at ``pos`` that a verb or a stop follows.

    >>> name_at("布林肯表示，", 0), name_at("阿拉格齐说", 0), name_at("的讲话", 0)
    ('布林肯', '阿拉格齐', None)
    """
    for n in (2, 3, 4):
        run = text[pos : pos + n]
        if (
            len(run) < n
            or not re.fullmatch(r"[\u4e00-\u9fff]+", run)
            or run[0] in _AFTER_NAME | _NOT_FIRST
        ):
            return None
        if pos + n < len(text) and text[pos + n] in _AFTER_NAME:
            return run
    return None


def mine(silent_files: list[Path]) -> list[tuple]:
    """(state, title, name, days with state, days bare after, first, last, silent, silent with
    one party, share of the name's days that give its state, in the table) per (state, name),
    ranked by the silent sentences holding the bare name."""
    from dipwatch.reference.people import people

    states = state_names()
    title_re = "|".join(map(re.escape, titles()))
    state_re = "|".join(map(re.escape, sorted(states, key=len, reverse=True)))
    appo = re.compile(f"({state_re})({title_re})")
    with_state: dict[tuple[str, str], set[str]] = defaultdict(set)
    bare: dict[tuple[str, str], set[str]] = defaultdict(set)
    role: dict[tuple[str, str], defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    texts = {day: (sample_days.XWLB / f"{day}.md").read_text("utf-8") for day in free_days()}
    for day, text in texts.items():
        for item in re.split(r"^###", text, flags=re.M):
            for m in appo.finditer(item):
                name = name_at(item, m.end())
                if not name or item[m.start() - 1 : m.start()] == "驻":
                    continue  # 中国驻泰国大使: China's envoy, not Thailand's
                key = (states[m.group(1)], name)
                with_state[key].add(day)
                role[key][m.group(2)] += 1
                rest = item[m.end() + len(name) :]
                if name in rest:
                    bare[key].add(day)
    silent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    names = {n for _, n in with_state}
    for f in silent_files:
        for line in f.read_text("utf-8").splitlines():
            d = json.loads(line)
            if d["kind"] != "silent":
                continue
            t = d["text"]
            for n in {t[i : i + k] for k in (2, 3, 4) for i in range(len(t))} & names:
                silent[n][0] += 1
                silent[n][1] += len(d["parties"]) <= 1
    # A word cut as a name (总统共同出席) is everywhere else too; a name mostly stands near
    # its title: the share of the days holding the string that hold it in apposition.
    anywhere: dict[str, int] = defaultdict(int)
    for text in texts.values():
        for n in {text[i : i + k] for k in (2, 3, 4) for i in range(len(text))} & names:
            anywhere[n] += 1
    known = people().surface_forms()
    rows = []
    for (state, name), days in with_state.items():
        if any(name[:k] in known for k in range(2, len(name))):
            continue  # a known name and the next word (习近平提出)
        top = max(role[(state, name)].items(), key=lambda kv: kv[1])[0]
        rows.append((state, top, name, len(days), len(bare[(state, name)]), min(days), max(days),
                     *silent[name], round(len(days) / anywhere[name], 3),
                     "yes" if name in known else "no"))  # fmt: skip
    rows.sort(key=lambda r: (-r[7], -r[3], r[2]))
    return rows


def main(argv: list[str]) -> int:
    if argv[:1] == ["code"]:
        seed, n, out = int(argv[1]), int(argv[2]), Path(argv[3])
        code_days(sample_days.draw(seed, n, unseen=True), out)
        return 0
    if argv[:1] == ["mine"]:
        head = ("state", "title", "name", "days_with_state", "days_bare_after", "first", "last",
                "silent", "silent_one_party", "share_with_state", "in_table")  # fmt: skip
        print("\t".join(head))
        for row in mine([Path(a) for a in argv[1:]]):
            print("\t".join(map(str, row)))
        return 0
    if argv[:1] == ["code-free"]:
        code_days(free_days(), Path(argv[1]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
