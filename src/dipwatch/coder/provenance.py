"""The ``provenance`` component: matches become Events tied to where they came from.

Every event carries the document id, the sentence's index and text, and ``span_start`` /
``span_end``: the offsets in the document of the **trigger** (the words that fired the rule).
The sentence's own span, the trigger's text and the actors' texts are in ``extra``.
Codes, roots, quad classes and Goldstein values come from the CAMEO codebook. A match with no
date at all (no expression in its paragraph, no document date) is not emitted but counted.
"""

from __future__ import annotations

from dipwatch.coder.dates import event_date
from dipwatch.coder.doc import Coding, Match
from dipwatch.coder.english import one_event_per_act
from dipwatch.models import Event


def attach_provenance(coding: Coding) -> None:
    """Fill ``coding.events`` from ``coding.matches``."""
    doc = coding.document
    doc_id = doc.doc_id
    codebook = coding.reference.codebook
    for match in coding.matches:
        intent = match.rule.endswith("+future")
        dated = event_date(coding, match.sentence, match.start, match.end, intent)
        if dated is None:
            coding.counts["undated"] += 1
            continue
        day, precision = dated
        sentence = coding.sentences[match.sentence]
        info = codebook.get(match.code)
        coding.events.append(
            Event(
                date=day,
                code=match.code,
                source_actor=match.source.code if match.source else None,
                target_actor=match.target.code if match.target else None,
                origin="text",
                date_precision=precision,
                root=info.root if info else match.code[:2],
                quad_class=info.quad_class if info else None,
                goldstein=info.goldstein if info else None,
                issues=coding.issues[match.sentence] if coding.issues else (),
                doc_id=doc_id,
                sentence=match.sentence,
                text=doc.text[sentence.start : sentence.end],
                span_start=match.start,
                span_end=match.end,
                pattern=match.rule,
                confidence=round(match.confidence, 3),
                url=doc.url,
                extra=_extra(coding, match),
            )
        )
    before = len(coding.events)
    coding.events = one_event_per_act(coding.events, {s.index for s in coding.sentences if s.cjk})
    coding.counts["same_act"] += before - len(coding.events)
    coding.counts["events"] += len(coding.events)


def _extra(coding: Coding, match: Match) -> dict[str, object]:
    text = coding.document.text
    sentence = coding.sentences[match.sentence]
    extra: dict[str, object] = {
        "sentence_span": [sentence.start, sentence.end],
        "trigger": text[match.start : match.end],
    }
    for name, actor in (("source_text", match.source), ("target_text", match.target)):
        if actor is not None and actor.end > actor.start:
            extra[name] = text[actor.start : actor.end]
    if match.conditional:
        extra["conditional"] = True
    return extra
