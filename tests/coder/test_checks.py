"""The checks a candidate passes: small named functions that each return a reason."""

from datetime import date

import pytest

from dipwatch.coder import coding, zh_news
from dipwatch.coder.checks import candidate, not_negated, read_from_source
from dipwatch.coder.en_checks import EN
from dipwatch.coder.matcher import Matcher
from dipwatch.coder.patterns import LANGUAGES
from dipwatch.coder.zh_checks import ZH
from dipwatch.models import Document

D = date(2021, 12, 10)


@pytest.mark.parametrize("checks", [ZH, EN], ids=lambda c: c.lang)
def test_every_step_is_a_documented_named_function(checks):
    assert LANGUAGES[checks.lang] is checks
    for step in (*checks.before, *checks.steps):
        assert step.__name__.isidentifier() and not step.__name__.startswith("<")
        assert step.__doc__, step.__name__


def test_chinese_checks_are_split_into_who_acts_and_what_is_news():
    """zh_news holds the checks that tell the day's act from background; zh_checks who acts."""
    news = {s.__name__ for s in ZH.steps if s.__module__ == zh_news.__name__}
    assert news == {"not_attributive", "not_recounted_by_voices", "told_as_news", "fixed_tense",
                    "told_as_done", "not_called_off", "not_topic_of_talks", "held", "not_obliged", "not_alleged", "not_invited",
                    "not_a_subject_noun"}  # fmt: skip
    # the rest come from the shared checks or a Chinese module (zh_checks, zh_news and the
    # small zh_* modules each round's classes live in), never from an English one
    assert all(s.__module__ == "dipwatch.coder.checks"
               or s.__module__.startswith("dipwatch.coder.zh_") for s in ZH.steps)  # fmt: skip
    assert ZH.skip_trigger is zh_news.keep_trigger


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("美方没有同中方通电话。", "negated"),
        ("美国要求对俄罗斯实施制裁。", "embedded"),
        ("美国要求欧盟对俄罗斯实施制裁。", "asked_for"),
        ("表示强烈谴责。", "no_source"),
        ("美国和日本表示谴责，不满意。", "no_target"),
        ("中方同中方举行会谈。", "self_directed"),
        ("Russia praised the besieged Ukrainian army.", "modifier"),  # (a pattern holds)
        ("He praised the besieged town.", "pattern"),  # (none holds: no modifier asked)
        ("Her visit to Taiwan angered China.", "noun"),
        ("The town was shelled.", "pattern"),
    ],
)
def test_a_rejected_candidate_is_counted_with_its_reason(text, reason):
    c = coding(Document(text, published=D))
    assert c.counts[reason] >= 1
    assert reason != "negated" or c.events == []


def _candidate(text: str, rule_id: str):
    c = coding(Document(text, published=D))
    s = c.sentences[0]
    ruleset = c.reference.rules["zh"]
    mt = Matcher(c, s, ruleset, [m for m in c.mentions if m.end <= s.end])
    rule = ruleset.by_id[rule_id]
    for end, (length, hits) in ruleset.triggers.iter(mt.text, s.start, s.end):
        for r, p in hits:
            if ruleset.rules[r] is rule:
                return candidate(ZH, mt, rule, rule.patterns[p], end + 1 - length, end + 1)
    raise AssertionError(f"{rule_id} never triggers on {text}")


def test_one_check_runs_alone_on_a_candidate():
    negated = _candidate("美方没有同中方通电话。", "zh.041.call")
    affirmed = _candidate("美方同中方通电话。", "zh.041.call")
    for cand in (negated, affirmed):
        for step in ZH.steps[: ZH.steps.index(read_from_source) + 1]:
            assert step(cand) is None, step.__name__
    assert (not_negated(negated), not_negated(affirmed)) == ("negated", None)
    assert (affirmed.source.country, affirmed.target.country) == ("USA", "CHN")
