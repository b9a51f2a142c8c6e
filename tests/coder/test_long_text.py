"""A text that runs on without a full stop is coded in time that grows with its length
(issue 12: one unpunctuated 800 KB sentence took 36 s, its time growing with the square)."""

import time
from datetime import date

from dipwatch.coder import code_document, coding
from dipwatch.coder.normalise import LONGEST
from dipwatch.models import Document

RUN = "国家主席习近平同俄罗斯总统普京举行会谈双方同意加强合作美方表示反对中方对此表示强烈不满并提出严正交涉"


def _text(chars: int) -> str:
    return (RUN * (chars // len(RUN) + 1))[:chars]


def test_a_sentence_longer_than_the_limit_is_cut_at_a_comma_or_at_the_limit():
    commas = ("习近平同普京举行会谈，" * 300)[:-1] + "。"
    for text in (_text(5 * LONGEST), commas):
        c = coding(Document(text, published=date(2021, 1, 1)))
        lengths = [s.end - s.start for s in c.sentences]
        assert max(lengths) <= LONGEST and sum(lengths) == len(text)
    pieces = coding(Document(commas, published=date(2021, 1, 1))).sentences
    assert all(commas[s.end - 1] in "，。" for s in pieces)  # cut after a comma


def _seconds(text: str) -> float:
    doc = Document(text, published=date(2021, 1, 1))
    start = time.process_time()  # this process's CPU time: other work on the machine adds none
    code_document(doc)
    return time.process_time() - start


def test_coding_time_grows_with_the_length_not_its_square():
    small, large = _text(10_000), _text(40_000)
    _seconds(small)  # warm up: the rules are loaded once
    times: dict[str, list[float]] = {"small": [], "large": []}
    for _ in range(3):  # interleaved, the fastest of each: caches and frequency shift both alike
        times["small"].append(_seconds(small))
        times["large"].append(_seconds(large))
    ratio = min(times["large"]) / min(times["small"])
    # Four times the text: about 4 when linear, 16 when quadratic.
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time"
