"""A pair word (两国, 双方) whose states its sentence does not name stands for the two states of
the item's lead (``coder/zh_lead_pair.py``), and a span word after a will word (愿不断深化) is
no background (``zh_news.only_willed_spans``). Our own sentences, read as items of a broadcast
of 14 August 2025 (``broadcast``)."""

from datetime import date

import pytest

from dipwatch.coder.zh_news import only_willed_spans
from tests.coder.conftest import broadcast

D = date(2025, 8, 14)

#: A lead naming two states, then paragraphs about them that name neither in their last one.
TALKS = (
    "国务院总理李强13日在北京同越南总理举行会谈。\n"
    "李强表示，中方愿同越方加强发展战略对接。\n"
    "越南总理表示，越方愿同中方密切高层往来。\n"
)
MESSAGES = (
    "国家主席习近平13日同智利总统互致贺电，庆祝两国建交五十五周年。\n"
    "习近平指出，中方高度重视中智关系发展。\n"
    "智利总统表示，智方坚持一个中国原则。\n"
)


def _either_way(acts: set[tuple[str, str, str]], a: str, root: str, b: str) -> bool:
    return (a, root, b) in acts or (b, root, a) in acts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the pair's leaders witness the documents signed: an agreement of the lead's states
        (TALKS + "会谈后，两国总理共同见证签署多项合作文件。", ("CHN", "VNM")),
        (TALKS + "此访期间，双方签署二十多项合作协议。", ("CHN", "VNM")),
        (TALKS + "两国领导人就共同关心的问题交换看法，达成很多共识。", ("CHN", "VNM")),
    ],
)
def test_a_pair_word_names_the_leads_two_states(text, pair):
    assert _either_way(broadcast(text, D), pair[0], "05", pair[1])


def test_a_speaker_who_means_the_pairs_relation_means_it_with_the_lead_partner():
    acts = broadcast(MESSAGES + "他表示，我愿不断深化两国传统友谊。", D)
    assert ("CHL", "03", "CHN") in acts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the pair inside a topic (就…) is what the act is about, not who does it
        (TALKS + "去年，我们就两国各领域合作达成许多共识。", ("CHN", "VNM")),
        # two short forms before the pair word name its states (China and Africa), not the lead's
        (
            "国家主席习近平13日同塞内加尔总统共致贺电。\n"
            "习近平指出，中非双方一致决定构建更加紧密的命运共同体。",
            ("CHN", "SEN"),
        ),
        # a lead of three states has no one other state
        (
            "外交部长王毅13日在北京同越南外长和老挝外长举行三方会谈。\n"
            "王毅表示，中方愿同各方加强合作。\n会谈后，两国外长签署合作协议。",
            ("CHN", "VNM"),
        ),
    ],
)
def test_no_lead_partner_for_a_topic_a_named_pair_or_a_crowded_lead(text, pair):
    assert not _either_way(broadcast(text, D), pair[0], "05", pair[1])


@pytest.mark.parametrize(
    ("head", "willed"),
    [
        ("我愿不断深化", True),
        ("越方希望一直加强", True),
        ("中方将继续不断推动", True),
        ("此前一直指责", False),  # a span told of the past
        ("我愿继续深化，此前多次", False),  # another background word beside the willed one
        ("双方不断深化", False),  # no will word: the span is of what went on
    ],
)
def test_a_span_word_after_a_will_word_is_no_background(head, willed):
    assert only_willed_spans(head, ("此前", "一直", "多次", "不断")) is willed
