"""eval/fallback_model.py: the learned fallback's pairs, fragments and events; its trainer's labels."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from dipwatch.coder import coding
from dipwatch.evaluation.documents import DocEvent, GoldDocument
from dipwatch.evaluation.gold import GoldEvent
from dipwatch.models import Document
from tests.evaluation.eval_scripts import load

fallback_model = load("fallback_model")
train_fallback = load("train_fallback")
NONE, Model, learned_events = (
    fallback_model.NONE,
    fallback_model.Model,
    fallback_model.learned_events,
)
load_model, masked, silent_pairs = (
    fallback_model.load_model,
    fallback_model.masked,
    fallback_model.silent_pairs,
)


def _coded(text: str):  # type: ignore[no-untyped-def]
    return coding(Document(text, published=date(2023, 5, 4), kind="xwlb", source="xwlb"))


def test_a_silent_sentence_gives_each_ordered_pair_with_names_masked():
    c = _coded("军乐团奏古中两国国歌。")
    pairs = list(silent_pairs(c))
    assert {(p.source.country, p.target.country) for p in pairs} == {("CUB", "CHN"), ("CHN", "CUB")}
    feats = pairs[0].features
    assert any(f.startswith("k:") and f.endswith("两国国") for f in feats)
    assert not any("古" in f or "中" in f for f in feats)  # the names are masked


def test_a_sentence_with_an_event_gives_no_pair():
    c = _coded("国家主席习近平同美国总统拜登举行视频会晤。")
    assert c.events and list(silent_pairs(c)) == []


def test_digits_and_names_are_masked():
    assert masked("美国于12日对中国加征关税", [(0, 2), (7, 9)], 0, 13) == "X于#日对X加征关税"


def _model(root: str, feature: str, weight: float = 9.0) -> Model:
    return Model((root, NONE), {"bias": [0.0, 1.0], feature: [weight, 0.0]})


def test_a_confident_pair_becomes_an_event_of_its_root_and_order():
    c = _coded("军乐团奏古中两国国歌。")
    added = learned_events(c, _model("05", "o:sf"), 0.9)
    # One event for the pair, whichever order it scored first with; ruled as the fallback's.
    assert len(added) == 1
    ((event, prob),) = added
    assert event.code == "050" and event.pattern == "zh.learned.05" and prob > 0.9
    assert {event.source_actor[:3], event.target_actor[:3]} == {"CUB", "CHN"}
    assert event.date == date(2023, 5, 4) and event.text and "国歌" in event.text


def test_below_the_threshold_or_negated_nothing_is_added():
    c = _coded("军乐团奏古中两国国歌。")
    assert learned_events(c, _model("05", "o:sf", 1.0), 0.9) == []
    c = _coded("古巴没有同中国签署协议。")
    assert learned_events(c, _model("05", "o:sf"), 0.5) == []


def test_a_label_is_the_root_of_the_pairs_gold_event_quoted_in_the_sentence():
    gold = GoldEvent(date(2023, 5, 4), "day", "CUB", "CHN", "051")
    doc = GoldDocument("xwlb_docs", "d", "news", "zh-Hans", date(2023, 5, 4), "dev",
                       (DocEvent(gold, "奏古中两国国歌"),))  # fmt: skip
    text = "军乐团奏古中两国国歌。"
    assert train_fallback.label(doc, text, "CUB", "CHN", set()) == "05"
    assert train_fallback.label(doc, text, "CHN", "CUB", set()) == NONE
    assert train_fallback.label(doc, text, "CUB", "CHN", {0}) == NONE  # matched elsewhere


def test_the_trainer_never_reads_a_held_out_document(monkeypatch):
    read: list[str] = []
    losses = sys.modules["losses"]
    monkeypatch.setattr(
        losses, "read_gold_document", lambda doc, shared: read.append(doc.split) or []
    )
    for _ in losses.dev_codings("prose_hans", Path("/nonexistent")):
        pass
    assert read and set(read) == {"dev"}


def test_the_model_learns_a_fragment():
    x = [(["a:谴责", "o:sf"], "11")] * 20 + [(["a:会见", "o:sf"], NONE)] * 20
    model = train_fallback.train(x)
    assert model.best(["a:谴责", "o:sf"])[0] == "11"
    assert model.best(["a:会见", "o:sf"])[0] == NONE


def test_a_written_model_loads_as_it_was(tmp_path):
    model = _model("05", "o:sf")
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), "utf-8")
    assert load_model(path) == model
