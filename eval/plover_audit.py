"""Audit the English patterns for what only the PLOVER records justify, fold by fold.

    uv run python eval/plover_audit.py            # prints the entries; --write updates the file

The English rules were first written with all 164 PLOVER records in view, before they were
split into folds. To score them out of fold honestly, every pattern, fixed actor and role word
is audited the same way, without reading any record:

1. it is *independently justified* when the open event-data community's English dictionaries
   (``../shared/data/petrarch2``: the CAMEO verb dictionary for patterns, the Phoenix actor and
   agent dictionaries for words) have its trigger with the same CAMEO root (its word), or when
   leaving it out loses a true event on the development sentences or news articles
   (``en:dev``, ``en_news:dev``);
2. otherwise, if leaving it out turns a PLOVER record from right to wrong (its type), it is
   listed under that record's fold in ``eval/plover_tuning.yaml`` (section ``audit``), so that
   the cross-validated figure codes that fold without it.

Only record ids and right/wrong outcomes are compared; no record's text is printed.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from dipwatch.api.evaluate import PLOVER_FILE, PLOVER_TABLE, _organisation_codes, evaluate
from dipwatch.coder import code_document
from dipwatch.coder.english import expand
from dipwatch.coder.reference import Reference
from dipwatch.evaluation import default_data_dir, default_gold_dir
from dipwatch.evaluation.folds import Tuned, load_folds, without
from dipwatch.evaluation.plover import load_records, load_rules, plover_mapper
from dipwatch.evaluation.scoring import score_plover
from dipwatch.models import Document
from dipwatch.reference.loader import read_yaml

GOLD, DATA = default_gold_dir(), default_data_dir()
_VERB_LINE = re.compile(r"^\+?([A-Z][A-Z_\-']*)(?:\s*\{([^}]*)\})?\s*(?:\[(:?\d{2,4})[^\]]*\])?")
_CODE = re.compile(r"\[:?(\d{2,4})")


def petrarch_roots() -> dict[str, list[tuple[frozenset[str], str]]]:
    """word (lower case, any listed form) -> (words, root) it carries in the CAMEO verb
    dictionary: the root of its block or its own line (with no words), and the root of each
    of its block's patterns (with the pattern's words)."""
    lexicon: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    verbs: list[str] = []
    senses: list[tuple[frozenset[str], str]] = []

    def close() -> None:
        for v in verbs:
            lexicon[v].extend(senses)

    for line in (DATA / "petrarch2" / "CAMEO.2.0.txt").read_text(errors="replace").splitlines():
        if line.startswith("---"):
            close()
            verbs = []
            senses = [(frozenset(), c[:2]) for c in _CODE.findall(line)]
        elif line.startswith("- "):
            body = line.split("[")[0].split("#")[0]
            words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]{3,}", body))
            senses += [(words, c[:2]) for c in _CODE.findall(line)]
        elif (m := _VERB_LINE.match(line)) and not line.startswith(("#", "&")):
            forms = [m.group(1), *(m.group(2) or "").replace("+", "").split()]
            here = [f.lower().replace("_", " ").strip() for f in forms if f]
            verbs += here
            for c in _CODE.findall(line.split("#")[0]):
                for v in here:
                    lexicon[v].append((frozenset(), c[:2]))
    close()
    return lexicon


def phoenix_words() -> set[str]:
    words: set[str] = set()
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.agents.txt"):  # fmt: skip
        for line in (DATA / "petrarch2" / name).read_text(errors="replace").splitlines():
            word = line.strip().lstrip("+").split("[")[0].split("#")[0].strip().rstrip("_")
            if word:
                words.add(word.lower().replace("_", " "))
    return words


def supported(pattern: str, root: str, lexicon: dict[str, list]) -> bool:
    """Does a word of ``pattern`` carry ``root`` in the verb dictionary: as its block's or its
    own root, or by a pattern of its block whose words ``pattern`` has too?"""
    words = {w.lower().rstrip("~") for token in pattern.split() for alt in token.split("|")
             for w in alt.rstrip("?").split("_") if w and not w.startswith("{")}  # fmt: skip
    for token in pattern.split():
        if token.startswith("{") or token in ("…", "..."):
            continue
        for word in token.rstrip("?").split("|"):
            head = word.split("_")[0].lower().rstrip("~")
            forms = {head, *expand(head + "~")}
            for form in forms:
                for sense_words, sense_root in lexicon.get(form, ()):
                    if sense_root == root and (not sense_words or sense_words & words):
                        return True
    return False


def outcome(tuned: Tuned, records, to_plover, rules) -> tuple[set[str], int]:
    """(ids of the records typed right, true events on the development sets) without ``tuned``."""
    data, where = read_yaml("patterns/en.yaml")
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
        yaml.safe_dump(without(data, tuned, where), fh, allow_unicode=True, sort_keys=False)
    reference = Reference.build(patterns={"en": fh.name})
    Path(fh.name).unlink()

    def code(doc: Document):
        return code_document(doc, reference)

    coded = [code(Document(text=r.text, lang="en", source="plover", location=r.record_id,
                           published=date(2000, 1, 1)))
             for r in records]  # fmt: skip
    score = score_plover(records, coded, to_plover, rules, _organisation_codes())
    wrong = {m.item_id for m in score.mistakes}
    dev = evaluate(["en", "en_news"], split="dev", coder=code)
    return {r.record_id for r in records} - wrong, sum(s.events.tp for s in dev.scores)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="update eval/plover_tuning.yaml")
    args = ap.parse_args()
    rules = load_rules(GOLD / "plover.yaml")
    records = load_records(DATA / "plover" / PLOVER_FILE, rules)
    folds = load_folds(GOLD / "plover_folds.yaml", records)
    to_plover = plover_mapper(DATA / "plover" / PLOVER_TABLE, rules)
    right, dev_tp = outcome(Tuned(), records, to_plover, rules)
    verbs, words = petrarch_roots(), phoenix_words()
    data, _ = read_yaml("patterns/en.yaml")
    candidates: list[tuple[str, Tuned]] = []
    for rule in data["rules"]:
        for p in rule["en"]:
            if not supported(p, rule["code"][:2], verbs):
                candidates.append((f"{rule['id']}: {p}",
                                   Tuned(patterns=frozenset({(rule["id"], p)}))))  # fmt: skip
    for word in data["lexicon"].get("fixed", {}):
        if word.lower() not in words:
            candidates.append((f"fixed {word}", Tuned(fixed=frozenset({word}))))
    audit: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for n, (name, tuned) in enumerate(candidates, 1):
        kept, tp = outcome(tuned, records, to_plover, rules)
        lost = right - kept
        print(f"[{n}/{len(candidates)}] {name[:70]!r}: {len(lost)} records lost, dev tp "
              f"{tp - dev_tp:+d}", file=sys.stderr)  # fmt: skip
        if lost and tp >= dev_tp:
            for fold in sorted({folds.fold_of(i) for i in lost}):
                if tuned.patterns:
                    rule_id, text = next(iter(tuned.patterns))
                    audit[fold]["patterns"].append({"rule": rule_id, "pattern": text})
                else:
                    audit[fold]["fixed"].extend(sorted(tuned.fixed))
    result = {f: dict(v) for f, v in sorted(audit.items())}
    print(yaml.safe_dump(result, allow_unicode=True, sort_keys=False, width=100))
    if args.write:
        write(result)


_AUDIT_HEAD = """
# Written by eval/plover_audit.py (do not edit by hand): patterns and words of the file as it
# stood before the folds were made that nothing but a fold's records justifies (see the
# script's docstring). Coded without them, as the entries above.
audit:
"""


def write(audit: dict[int, dict[str, list]]) -> None:
    """Put the audit's entries in the tuning file's ``audit`` section (replaced whole), after
    the entries written by hand."""
    path = GOLD / "plover_tuning.yaml"
    text = path.read_text(encoding="utf-8")
    head = text.split(_AUDIT_HEAD.split("audit:")[0].rstrip("\n"), 1)[0].rstrip("\n") + "\n"
    body = yaml.safe_dump(audit, allow_unicode=True, sort_keys=False, width=100)
    body = "".join("  " + line if line else line for line in body.splitlines(keepends=True))
    path.write_text(head + _AUDIT_HEAD + body, encoding="utf-8")


if __name__ == "__main__":
    main()
