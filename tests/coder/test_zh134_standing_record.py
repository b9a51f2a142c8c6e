"""A foreign speaker's account of China's standing support (eval/README.md, coder-zh134): a
clause going on from `中方一直…支持…` in another's statement continues the record described,
no act of the day; tried on wordings of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

_AIRED = date(2023, 9, 28)


def _acts(text: str) -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=_AIRED, kind="xwlb", source="xwlb"))
    return {(e.source_actor or "", e.code, e.target_actor or "") for e in c.events}


@pytest.mark.parametrize(
    "text",
    [
        "世界卫生组织总干事谭德塞表示，中国政府一直积极支持世界卫生组织工作，中方支持设立世界卫生组织"
        "传统医学中心，对促进全球健康发挥了重要作用。",
        "谭德塞说，中方始终支持世界卫生组织，中国支持设立世界卫生组织传统医学中心。",
        "谭德塞指出，中国长期重视世界卫生组织工作，中方支持设立世界卫生组织传统医学中心。",
    ],
)
def test_record_described_by_another_is_no_act(text):
    """X表示，中国一直…支持…，中方支持…: the later clause goes on with the record."""
    assert not {a for a in _acts(text) if a[0].startswith("CHN") and a[1] == "051"}


@pytest.mark.parametrize(
    "text",
    [
        # China's own spokesman: the stance stated stays as before.
        "外交部发言人表示，中方一直支持联合国工作，中方支持设立世界卫生组织传统医学中心。",
        # No standing course named before: the support told stays.
        "谭德塞表示，中方支持设立世界卫生组织传统医学中心。",
        # The standing course is another's (the speaker's own state's).
        "谭德塞表示，法国一直支持中国，中方支持设立世界卫生组织传统医学中心。",
    ],
)
def test_support_told_otherwise_stays(text):
    assert ("CHN", "051", "UNO") in {(a[0][:3], a[1], a[2][:3]) for a in _acts(text)}


def test_speakers_own_state_keeps_its_support():
    """A foreign speaker's own state's support of China is not touched by the rule."""
    acts = _acts("巴基斯坦总理表示，巴方始终坚定支持中国，巴方支持中国维护国家主权。")
    assert ("PAK", "051", "CHN") in {(a[0][:3], a[1], a[2][:3]) for a in acts}
