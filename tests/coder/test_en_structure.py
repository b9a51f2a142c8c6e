"""English constructions that hold whatever the story, in sentences of our own: acts named as
nouns (the visit of X to Y, X's visit to Y) and states named by their former names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.conftest import countries

D = date(1995, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told as a noun, its visitor after "of" or before "'s"
        ("The visit of the Chinese premier to India was the first in a decade.",
         ("CHN", "04", "IND")),
        ("The Chinese premier's visit to India ended on Sunday.", ("CHN", "04", "IND")),
        # states by the names they had (Yugoslavia's successor in event data is Serbia)
        ("Yugoslavia condemned the NATO air strikes.", ("SRB", "11", "NAT")),
        ("The Yugoslav army shelled Albanian villages.", ("SRB", "19", "ALB")),
        ("Czechoslovakia expelled two American diplomats.", ("CZE", "16", "USA")),
    ],
)  # fmt: skip
def test_structure(code, text, expected):
    assert expected in countries(code(text, D))


def test_a_visit_told_as_a_noun_needs_its_visitor_named(code):
    text = "The ministers said on Wednesday, following a visit to Taiwan by a US delegation, that"
    assert ("USA", "04", "TWN") not in countries(code(text + " they were concerned.", D))
