"""A learned fallback for Chinese sentences that name two parties and gave no event: tried,
measured out of fold and on unseen days, and not adopted (eval/README.md, "A learned fallback
for two-state silent sentences"): no component of the pipeline calls it, so it lives beside
the scripts that train and measure it (``train_fallback.py``, ``coverage.py`` for its masking),
not in the coder.

Rules written one construction at a time leave a long tail of wordings, each met once or twice
(issue 10; ``eval/losses.py``'s class "silent, both actors found"). This module reads such a
sentence another way: each ordered pair of the parties it names (states, or organisations with
a code) is described by short masked fragments (the stretch between the two mentions, what
follows the last, the order, the parties' kinds) and scored by a multinomial logistic
regression over CAMEO roots and ``none``, trained on dev gold by ``eval/train_fallback.py``.
Names are masked as ``X`` and digits as ``#`` (``eval/coverage.py`` keys its groups so too).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dipwatch.coder.doc import Coding, Match, Mention, starting_in
from dipwatch.coder.provenance import event_of
from dipwatch.models import Event

#: Where a predicate key stops: the end of a clause or of a quoted stretch.
STOP = set("，。；：、！？,.;:!?“”「」《》（）()\n ")
DIGITS = re.compile(
    r"[0-9０-９一二三四五六七八九十百千万亿两]+(?=[年月日号个次项名%％])|[0-9０-９]+"
)
#: Characters read after the last party, and at each end of the stretch between the two.
TAIL, EDGE = 6, 8
NONE = "none"


def party(mention: Mention) -> str | None:
    """The state or international body a mention stands for: its country, or an
    organisation's code (``UNO``, ``EEC``); None for anything else (a firm's home is its
    country: it counts, as the coder would give its acts the state's code's root)."""
    if mention.inert:
        return None
    if mention.country:
        return mention.country
    if mention.kind == "org":
        return mention.code[:3]
    return None


def masked(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> str:
    """``text[lo:hi]`` with each mention in ``spans`` as ``X`` and digits as ``#``.

    >>> masked("美国于3日对中国加征关税", [(0, 2), (6, 8)], 0, 12)
    'X于#日对X加征关税'
    """
    out, at = [], lo
    for start, end in spans:
        if end <= lo or start >= hi:
            continue
        out.append(text[at : max(start, at)])
        out.append("X")
        at = max(at, min(end, hi))
    out.append(text[at:hi])
    return DIGITS.sub("#", "".join(out))


def key_after(text: str, spans: list[tuple[int, int]], last_end: int, end: int, n: int = 3) -> str:
    """The ``n`` characters after the last party, stopped at punctuation (``—`` if none).

    >>> key_after("美国对中国加征关税。", [(0, 2), (3, 5)], 5, 10)
    '加征关'
    >>> key_after("中国和俄罗斯，", [(0, 2), (3, 6)], 6, 7)
    '—'
    """
    tail = masked(text, spans, last_end, end)
    cut = next((i for i, ch in enumerate(tail) if ch in STOP), len(tail))
    return tail[: min(cut, n)] or "—"


def named_parties(c: Coding, lo: int, hi: int) -> list[tuple[Mention, str]]:
    """The mentions in ``[lo, hi)`` that stand for a party, with the party."""
    return [(m, p) for m in starting_in(c.mentions, lo, hi) if (p := party(m))]


@dataclass(slots=True)
class Pair:
    """An ordered pair of parties a silent sentence names: the first mention of each, and
    the fragments that describe them."""

    sentence: int
    source: Mention
    target: Mention
    features: list[str]


def _grams(prefix: str, text: str) -> list[str]:
    return [prefix + ch for ch in text] + [prefix + text[i : i + 2] for i in range(len(text) - 1)]


def pair_features(c: Coding, lo: int, hi: int, spans: list[tuple[int, int]],
                  source: Mention, target: Mention) -> list[str]:  # fmt: skip
    """The fragments of one ordered pair in the sentence ``[lo, hi)`` (see the module
    docstring); every name masked, no fragment longer than two characters but the keys."""
    text, lex = c.text, c.reference.rules["zh"].lexicon
    first, last = sorted((source, target), key=lambda m: m.start)
    order = "sf" if first is source else "tf"
    mid = masked(text, spans, first.end, last.start).strip()
    tail = masked(text, spans, last.end, hi)[:TAIL]
    head = masked(text, spans, lo, first.start)[-4:]
    reach = min(hi, last.end + TAIL)
    feats = [f"o:{order}", f"ks:{source.kind}", f"kt:{target.kind}",
             f"k:{order}:{key_after(text, spans, last.end, hi)}",
             f"k2:{key_after(text, spans, last.end, hi, 2)}", f"m:{order}:{mid[-2:]}",
             f"n:{min(len(mid), 12) // 3}"]  # fmt: skip
    feats += _grams("b:", mid[:EDGE]) + _grams("e:", mid[-EDGE:]) if len(mid) > EDGE else []
    feats += _grams("b:", mid) if len(mid) <= EDGE else []
    feats += _grams("a:", tail) + _grams("h:", head)
    if source.country == c.home:
        feats.append("home:s")
    if target.country == c.home:
        feats.append("home:t")
    if any(w in text[lo:reach] for w in lex["negation"]):
        feats.append("neg")
    if any(w in text[lo:reach] for w in lex["future"]):
        feats.append("fut")
    return feats


def silent_pairs(c: Coding) -> Iterator[Pair]:
    """Each ordered pair of different parties named in a Chinese sentence no event came from."""
    spoken = {e.sentence for e in c.events}
    for s in c.sentences:
        if s.index in spoken or not s.cjk:
            continue
        named = named_parties(c, s.start, s.end)
        firsts: dict[str, Mention] = {}
        for m, p in named:
            firsts.setdefault(p, m)
        if len(firsts) < 2:
            continue
        spans = [(m.start, m.end) for m, _ in named]
        for a, ma in firsts.items():
            for b, mb in firsts.items():
                if a != b:
                    feats = pair_features(c, s.start, s.end, spans, ma, mb)
                    yield Pair(s.index, ma, mb, feats)


@dataclass(frozen=True, slots=True)
class Model:
    """Classes (roots and ``none``) and, for each feature, a weight per class."""

    classes: tuple[str, ...]
    weights: dict[str, list[float]]

    def probabilities(self, features: list[str]) -> list[float]:
        """Softmax of the summed weights (a ``bias`` feature always on)."""
        scores = [0.0] * len(self.classes)
        for f in ("bias", *features):
            w = self.weights.get(f)
            if w is not None:
                for k, x in enumerate(w):
                    scores[k] += x
        top = max(scores)
        exp = [math.exp(x - top) for x in scores]
        total = sum(exp)
        return [x / total for x in exp]

    def best(self, features: list[str]) -> tuple[str, float]:
        """The likeliest class and its probability."""
        probs = self.probabilities(features)
        k = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[k], probs[k]

    def to_json(self) -> dict[str, object]:
        return {"classes": list(self.classes), "weights": self.weights}


def load_model(path: Path) -> Model:
    """A model ``eval/train_fallback.py --write=PATH`` wrote."""
    raw = json.loads(path.read_text("utf-8"))
    return Model(tuple(raw["classes"]), raw["weights"])


def scored_pairs(c: Coding, model: Model) -> list[tuple[float, str, Pair]]:
    """(probability, root, pair) for each silent pair the model gives a root, best first."""
    out = []
    for pair in silent_pairs(c):
        root, prob = model.best(pair.features)
        if root != NONE:
            out.append((prob, root, pair))
    return sorted(out, key=lambda t: -t[0])


def learned_events(c: Coding, model: Model, threshold: float) -> list[tuple[Event, float]]:
    """The events the model adds to a coding, with their probabilities, best first: one per
    pair of parties in a sentence, none where a negation word stands before the act, only an
    intent (root 03) where a future word does, and none of a pair and root the document
    already coded (one act, one event: a silent sentence is most often an act told again)."""
    had = {_key(e.source_actor, e.target_actor, e.root) for e in c.events}
    told: set[tuple[int, frozenset[str]]] = set()
    out: list[tuple[Event, float]] = []
    for prob, root, pair in scored_pairs(c, model):
        if prob < threshold:
            break
        a, b = pair.source, pair.target
        key = _key(a.code, b.code, root)
        here = (pair.sentence, frozenset((a.country or a.code[:3], b.country or b.code[:3])))
        if key in had or here in told or "neg" in pair.features:
            continue
        if "fut" in pair.features and root != "03":
            continue
        first, last = sorted((a, b), key=lambda m: m.start)
        match = Match(f"zh.learned.{root}", f"{root}0", pair.sentence, first.start, last.end,
                      a, b, prob)  # fmt: skip
        made = event_of(c, match, c.document.doc_id)
        if made is None:
            continue
        had.add(key)
        told.add(here)
        out.append((made[0], prob))
    return out


def _key(a: str | None, b: str | None, root: str) -> tuple[frozenset[str | None], str]:
    return frozenset((a[:3] if a else None, b[:3] if b else None)), root
