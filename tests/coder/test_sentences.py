"""Sentence splitting: Chinese and English terminators, abbreviations, offsets, paragraphs."""

from dipwatch.coder.doc import Coding
from dipwatch.coder.normalise import normalise, split_sentences
from dipwatch.models import Document


def _split(text: str) -> list[str]:
    c = Coding(Document(text), None)  # type: ignore[arg-type]
    normalise(c)
    split_sentences(c)
    return [text[s.start : s.end] for s in c.sentences]


def test_chinese_terminators_and_closing_quotes():
    text = "習近平表示：「我們是有耐心的。」中方決定反制！你同意嗎？是的；好\n新段落"
    assert _split(text) == [
        "習近平表示：「我們是有耐心的。」", "中方決定反制！", "你同意嗎？", "是的；", "好", "新段落",
    ]  # fmt: skip


def test_english_abbreviations_and_numbers_do_not_split():
    text = "Mr. Blinken met the U.S. envoy on Nov. 16 at 3.5 p.m. sharp. Joe R. Biden spoke."
    assert _split(text) == [
        "Mr. Blinken met the U.S. envoy on Nov. 16 at 3.5 p.m. sharp.",
        "Joe R. Biden spoke.",
    ]


def test_offsets_point_into_the_original_text_and_paragraphs_count():
    text = "  臺灣與ＵＳ。\n\n  第二段。第二句。"
    c = Coding(Document(text), None)  # type: ignore[arg-type]
    normalise(c)
    split_sentences(c)
    assert c.norm == "  台湾与US。\n\n  第二段。第二句。"
    assert len(c.norm) == len(text)
    assert [(text[s.start : s.end], s.paragraph) for s in c.sentences] == [
        ("臺灣與ＵＳ。", 0), ("第二段。", 2), ("第二句。", 2),
    ]  # fmt: skip
    assert all(s.cjk for s in c.sentences)


def test_english_sentence_is_not_cjk():
    c = Coding(Document("China protested. 中方抗议。"), None)  # type: ignore[arg-type]
    normalise(c)
    split_sentences(c)
    assert [s.cjk for s in c.sentences] == [False, True]
