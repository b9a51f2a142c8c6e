"""Faults the seventeenth round left: actors and speakers (eval/README.md, "Faults the
seventeenth round left: actors and speakers", coder-zh125). Sentences of our own, not the
gold's."""

from datetime import date

import pytest

from tests.coder.conftest import triples

_DAY = date(2025, 3, 4)

_NEW_TERM = {
    # a short form, then the new term, then the government: the short form's state
    "中方愿同美新政府加强对话沟通。": [("CHN", "036", "USAGOV")],
    "中方愿同韩新一届政府加强对话沟通。": [("CHN", "036", "KORGOV")],
    "美新政府上台后宣布对中国加征关税。": [("USAGOV", "163", "CHN")],
    # the short form right before the role, as before
    "中方愿同美政府加强对话沟通。": [("CHN", "036", "USAGOV")],
    # no short form before the new term: no state
    "中方愿同新政府加强对话沟通。": [],
    "必须创新政府管理方式。": [],
}


@pytest.mark.parametrize(("text", "events"), _NEW_TERM.items())
def test_a_short_form_before_the_new_government(code, text, events):
    """美新政府: the new term (新, 新一届) between a short form and its government's role does
    not part them; the government is the short form's state's."""
    assert triples(code(text, _DAY, source="xwlb")) == events
